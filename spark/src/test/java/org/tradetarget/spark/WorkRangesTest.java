package org.tradetarget.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Ranges of series ids cut by work, checked on samples worked by hand. */
class WorkRangesTest {
  // Series a..e weighing 6, 1, 1, 1, 1 origins (given out of order): 10 in all.
  private static final List<Tuple2<String, Long>> SAMPLE = List.of(
      new Tuple2<>("c", 1L),
      new Tuple2<>("a", 6L),
      new Tuple2<>("e", 1L),
      new Tuple2<>("b", 1L),
      new Tuple2<>("d", 1L));

  @Test
  void boundsCutTheWeightNotTheCount() {
    // two parts: the cumulative weight reaches 5 at a (6), so a alone is the first range (6
    // against 4), where equal counts would cut after c (8 against 2).
    assertArrayEquals(new String[] {"a"}, WorkRanges.bounds(SAMPLE, 2));
    // three parts: 10/3 is reached at a (6), 20/3 at b (7): ranges {a}, {b}, {c, d, e}.
    assertArrayEquals(new String[] {"a", "b"}, WorkRanges.bounds(SAMPLE, 3));
    assertArrayEquals(new String[0], WorkRanges.bounds(List.of(), 3));
  }

  @Test
  void eachIdGoesToTheRangeThatHoldsItInIdOrder() {
    WorkRanges r = new WorkRanges(new String[] {"a", "b"});
    assertEquals(3, r.numPartitions());
    assertEquals(0, r.getPartition("a"));
    assertEquals(0, r.getPartition("A"));
    assertEquals(1, r.getPartition("aa"));
    assertEquals(1, r.getPartition("b"));
    assertEquals(2, r.getPartition("c"));
  }

  @Test
  void aSeriesWeighsItsOriginsOverItsRuns() {
    // 2000-2004 and 2007-2009: runs of 5 and 3 points; at min-train 3 they give 2 and 0 origins.
    int[] years = {2000, 2001, 2002, 2003, 2004, 2007, 2008, 2009};
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8};
    assertEquals(2, WorkRanges.weight(new Tuple2<>("s", new Tuple2<>(years, values)), 3));
    // too short for any origin: weighs 1, so it still counts.
    assertEquals(
        1,
        WorkRanges.weight(
            new Tuple2<>("s", new Tuple2<>(new int[] {2000, 2001}, new double[] {1, 2})), 3));
  }
}
