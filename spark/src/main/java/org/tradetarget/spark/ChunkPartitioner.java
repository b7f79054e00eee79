package org.tradetarget.spark;

import org.apache.spark.Partitioner;

/**
 * Places a fitted run, keyed by its index in reading order, in the partition of its scoring chunk:
 * the chunks {@code 0 .. C-1} are cut into {@code P} contiguous ranges of nearly equal size, so
 * partition p holds whole chunks and reading the partitions in order reads the chunks in order.
 */
final class ChunkPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;

  private final int partitions;
  private final int chunk;
  private final long chunks;

  /**
   * @param partitions the partitions P (at least 1)
   * @param chunk the runs per chunk
   * @param runs the runs in all
   */
  ChunkPartitioner(int partitions, int chunk, long runs) {
    this.partitions = partitions;
    this.chunk = chunk;
    this.chunks = Math.max(1, (runs + chunk - 1) / chunk);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long c = (Long) key / chunk;
    return (int) Math.min(partitions - 1, c * partitions / chunks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChunkPartitioner p
        && p.partitions == partitions
        && p.chunk == chunk
        && p.chunks == chunks;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(chunks * 31 + partitions) * 31 + chunk;
  }
}
