package org.tradetarget.core.levers;

import java.nio.charset.StandardCharsets;

/**
 * Counter-based random draws: a uniform or normal number is a pure function of a path's 64-bit
 * key, a stream id and a counter. The Monte Carlo engine gives every path one key (drawn from its
 * block's random stream and shared by all series of the run); a lever draws its completion and
 * delay from the stream {@code lever:<name>}, and a country's growth shock of a year from the
 * stream {@code gdp:<country>} with the year as counter. So adding or removing a lever never
 * changes another lever's or the GDP's draws, a lever that affects two corridors completes (or
 * not) on the same paths for both, and a country's growth shock in a year is the same in every
 * corridor it belongs to.
 *
 * <p>The bits are SplitMix64's output function (Steele, Lea and Flood 2014, "Fast splittable
 * pseudorandom number generators", the finaliser also used to seed Commons RNG) applied twice, to
 * the key combined with the stream and then with the counter. Normals are Box–Muller transforms of
 * two such uniforms. Nothing allocates.
 */
public final class PathDraws {
  /** 2<sup>64</sup> divided by the golden ratio: SplitMix64's increment. */
  public static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private PathDraws() {}

  /** SplitMix64's output function (Stafford's variant 13 of the MurmurHash3 finaliser). */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The stream id of a name: its UTF-8 bytes folded by FNV-1a (64 bit), then mixed. */
  public static long streamId(String name) {
    long h = 0xCBF29CE484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /** 64 random bits for (key, stream, counter). */
  public static long bits(long key, long stream, long counter) {
    return mix(mix(key ^ stream) + (counter + 1) * GOLDEN);
  }

  /** A uniform number in [0, 1) with 53 random bits. */
  public static double uniform(long key, long stream, long counter) {
    return (bits(key, stream, counter) >>> 11) * 0x1.0p-53;
  }

  /**
   * A standard normal number: Box–Muller on the uniforms of counters 2·counter and 2·counter + 1
   * (the cosine branch).
   */
  public static double normal(long key, long stream, long counter) {
    double u1 = ((bits(key, stream, 2 * counter) >>> 11) + 1) * 0x1.0p-53; // (0, 1]
    double u2 = uniform(key, stream, 2 * counter + 1);
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /**
   * The Poisson quantile of a uniform number by inversion: the least k with P(K ≤ k) &gt; u, K ~
   * Poisson(mean). Mean 0 gives 0. Stops at 10,000.
   *
   * @param u a uniform number in [0, 1)
   * @param mean the Poisson mean, finite and ≥ 0
   */
  public static int poisson(double u, double mean) {
    if (mean <= 0) {
      return 0;
    }
    double p = Math.exp(-mean);
    double cdf = p;
    int k = 0;
    while (cdf <= u && k < 10_000) {
      k++;
      p *= mean / k;
      cdf += p;
      if (p == 0 && k > mean) {
        break;
      }
    }
    return k;
  }

  /** Packs a key into two doubles (its high and low 32 bits, exactly representable). */
  public static void store(long key, double[] state, int offset) {
    state[offset] = (double) (key >>> 32);
    state[offset + 1] = (double) (key & 0xFFFFFFFFL);
  }

  /** The key packed by {@link #store}. */
  public static long load(double[] state, int offset) {
    return ((long) state[offset] << 32) | (long) state[offset + 1];
  }
}
