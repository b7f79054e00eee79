package org.tradetarget.core.simulate;

/**
 * exp(x) for the engine's per-path sums (mean and shortfall), about twice as fast as {@link
 * Math#exp}. Method: x = (128k + j)·ln2/128 + r with |r| ≤ ln2/256, exp(x) = 2^k · 2^(j/128) ·
 * p(r), where 2^(j/128) comes from a table of doubles and p is the degree-5 Taylor polynomial (its
 * truncation error r⁶/720 &lt; 6e-19). The relative error is below 1e-15 (a few ulp) for |x| &lt; 700;
 * outside that range it calls {@link Math#exp}. Pure and deterministic (Java arithmetic is strict).
 */
final class FastExp {
  private static final int TABLE_BITS = 7;
  private static final int TABLE_SIZE = 1 << TABLE_BITS;
  private static final double SHIFTER = 0x1.8p52;
  private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
  private static final double INV_LN2_N = TABLE_SIZE / Math.log(2.0);
  /** ln2/128 split so that k·LN2_N_HI is exact for |k| &lt; 2^20. */
  private static final double LN2_N_HI;
  private static final double LN2_N_LO;
  private static final long[] TABLE = new long[TABLE_SIZE];

  static {
    double ln2n = Math.log(2.0) / TABLE_SIZE;
    LN2_N_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(ln2n) & 0xFFFFFFFF00000000L);
    // ln2 = 0.6931471805599453094172321...; the low part from the exact split of the long decimal.
    LN2_N_LO = new java.math.BigDecimal("0.69314718055994530941723212145817656807550013436025525412")
        .divide(java.math.BigDecimal.valueOf(TABLE_SIZE))
        .subtract(new java.math.BigDecimal(LN2_N_HI)).doubleValue();
    for (int j = 0; j < TABLE_SIZE; j++) {
      TABLE[j] = Double.doubleToRawLongBits(Math.pow(2.0, j / (double) TABLE_SIZE));
    }
  }

  private FastExp() {}

  /** exp(x) within a few ulp. */
  static double exp(double x) {
    if (!(Math.abs(x) < 700.0)) {
      return Math.exp(x);
    }
    double kd = x * INV_LN2_N + SHIFTER;
    long m = Double.doubleToRawLongBits(kd) - SHIFTER_BITS;
    kd -= SHIFTER;
    double r = (x - kd * LN2_N_HI) - kd * LN2_N_LO;
    double p = 1.0 + r * (1.0 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120)))));
    double scale = Double.longBitsToDouble(TABLE[(int) m & (TABLE_SIZE - 1)] + ((m >> TABLE_BITS) << 52));
    return scale * p;
  }
}
