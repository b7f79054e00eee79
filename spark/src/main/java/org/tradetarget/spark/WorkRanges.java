package org.tradetarget.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.tradetarget.core.evidence.PanelSeries;
import scala.Tuple2;

/**
 * Contiguous ranges of series ids with about equal work each: partition p holds the ids above
 * bound p − 1 up to bound p, in id order, so the series keep the order one machine reads them in
 * while each partition gets about the same number of origins to fit and score (Spark's own range
 * partitioner evens out the number of series, and a long series has many more origins than a
 * short one). The bounds are read from a seeded sample of the series weighted by their origins.
 * Which partition a series lands in changes no output (the job's files are the same for any
 * partitioning); only how evenly the cores are kept busy. Immutable.
 */
final class WorkRanges extends Partitioner {
  private static final long serialVersionUID = 1L;

  /** Series sampled per partition for the bounds (at least {@value #MIN_SAMPLE} in all). */
  static final int SAMPLE_PER_PARTITION = 2_000;

  /** The fewest series sampled. */
  static final int MIN_SAMPLE = 10_000;

  private final String[] bounds;

  /** @param bounds the upper id of every partition but the last, strictly increasing */
  WorkRanges(String[] bounds) {
    for (int i = 1; i < bounds.length; i++) {
      if (bounds[i].compareTo(bounds[i - 1]) <= 0) {
        throw new IllegalArgumentException("bounds must increase");
      }
    }
    this.bounds = bounds.clone();
  }

  /**
   * Ranges of about equal work over {@code partitions} partitions (fewer when the sample has
   * fewer distinct ids): series weighed by their origins at {@code minTrain} (one at least).
   */
  static WorkRanges of(
      JavaPairRDD<String, Tuple2<int[], double[]>> series, int partitions, int minTrain) {
    if (partitions <= 1) {
      return new WorkRanges(new String[0]);
    }
    long n = series.count();
    long want = Math.max(MIN_SAMPLE, (long) SAMPLE_PER_PARTITION * partitions);
    double fraction = n <= want ? 1.0 : want / (double) n;
    List<Tuple2<String, Long>> sample = new ArrayList<>(series
        .sample(false, fraction, 20_24L)
        .mapToPair(t -> new Tuple2<>(t._1(), weight(t, minTrain)))
        .collect());
    return new WorkRanges(bounds(sample, partitions));
  }

  /** The origins a series gives at {@code minTrain} (runs of n points give n − minTrain), at least 1. */
  static long weight(Tuple2<String, Tuple2<int[], double[]>> series, int minTrain) {
    long w = 0;
    for (PanelSeries r : SparkPanels.runs(series)) {
      w += Math.max(0, r.run().size() - minTrain);
    }
    return Math.max(1, w);
  }

  /** The bounds that cut the weighted sample, sorted by id, into parts of about equal weight. */
  static String[] bounds(List<Tuple2<String, Long>> sample, int partitions) {
    List<Tuple2<String, Long>> sorted = new ArrayList<>(sample);
    if (sorted.isEmpty()) {
      return new String[0];
    }
    sorted.sort((a, b) -> a._1().compareTo(b._1()));
    double total = 0;
    for (Tuple2<String, Long> s : sorted) {
      total += s._2();
    }
    List<String> out = new ArrayList<>();
    double cum = 0;
    int next = 1;
    for (Tuple2<String, Long> s : sorted) {
      cum += s._2();
      while (next < partitions && cum >= total * next / partitions) {
        if (out.isEmpty() || s._1().compareTo(out.get(out.size() - 1)) > 0) {
          out.add(s._1());
        }
        next++;
      }
    }
    if (!out.isEmpty()
        && out.get(out.size() - 1).equals(sorted.get(sorted.size() - 1)._1())) {
      out.remove(out.size() - 1); // the last partition would be empty
    }
    return out.toArray(new String[0]);
  }

  @Override
  public int numPartitions() {
    return bounds.length + 1;
  }

  @Override
  public int getPartition(Object key) {
    int i = Arrays.binarySearch(bounds, (String) key);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkRanges w && Arrays.equals(w.bounds, bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }
}
