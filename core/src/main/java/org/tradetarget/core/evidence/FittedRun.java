package org.tradetarget.core.evidence;

import java.nio.charset.StandardCharsets;

/**
 * One run of a panel series with every kind's log-scale forecasts at every origin: for origin i
 * (a fit on {@code points[i]} points) and kind k, {@code forecasts[i][k][2h]} is μ and {@code
 * [2h + 1]} σ at step h + 1; an array is null where the kind could not be fitted. Floats keep a
 * whole panel in memory.
 */
final class FittedRun {
  final String id;
  final int half;
  final int firstYear;
  final double[] values;
  final int[] points;
  final float[][][] forecasts;

  FittedRun(String id, int firstYear, double[] values, int[] points, float[][][] forecasts) {
    this.id = id;
    this.half = half(id);
    this.firstYear = firstYear;
    this.values = values;
    this.points = points;
    this.forecasts = forecasts;
  }

  int originYear(int i) {
    return firstYear + points[i] - 1;
  }

  /** Steps scored at origin i: min(H, points after the origin). */
  int steps(int i, int horizon) {
    return Math.min(horizon, values.length - points[i]);
  }

  /** The half of a series id: a bit of a mixed 64-bit FNV-1a hash of its UTF-8 bytes. */
  static int half(String id) {
    return (int) (mix(fnv(id)) >>> 63);
  }

  static long fnv(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
