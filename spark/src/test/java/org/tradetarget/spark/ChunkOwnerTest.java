package org.tradetarget.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Which partition scores a chunk: the partitions' first indices from their fitted-run counts, and
 * the owner of a chunk (the partition holding its first run), checked on counts worked by hand.
 */
class ChunkOwnerTest {
  // Partitions 0..3 hold 100, 0, 30 and 10 fitted runs (given out of order, as collect may):
  // first indices 0, 100, 100, 130 and 140 runs in all.
  private static final long[] START = SparkPanelBacktest.starts(List.of(
      new Tuple2<>(2, 30L), new Tuple2<>(0, 100L), new Tuple2<>(3, 10L), new Tuple2<>(1, 0L)));

  @Test
  void firstIndicesArePrefixSumsOfTheCountsInPartitionOrder() {
    assertArrayEquals(new long[] {0, 100, 100, 130, 140}, START);
  }

  @Test
  void aChunkBelongsToThePartitionOfItsFirstRunNeverToAnEmptyOne() {
    // chunks of 64: [0, 64) and [64, 128) start in partition 0; [128, 192) starts at run 128,
    // in partition 2 (runs 100..129), so partition 3's runs 130..139 are scored by partition 2.
    assertEquals(0, SparkPanelBacktest.owner(START, 0));
    assertEquals(0, SparkPanelBacktest.owner(START, 64));
    assertEquals(2, SparkPanelBacktest.owner(START, 128));
    // run 100 is partition 2's first run: partition 1, empty, shares its first index
    assertEquals(2, SparkPanelBacktest.owner(START, 100));
    assertEquals(3, SparkPanelBacktest.owner(START, 130));
    assertEquals(3, SparkPanelBacktest.owner(START, 139));
  }
}
