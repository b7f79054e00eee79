package org.tradetarget.core.evidence;

/**
 * The integrals of a recalibration map T that the CRPS of a recalibrated mixture needs ({@link
 * Mixture#crps(double, MapIntegrals)}): below(z) = ∫_{−∞}^{z} Φ(T⁻¹(s))² ds and above(z) = ∫_{z}^{∞}
 * (1 − Φ(T⁻¹(s)))² ds, tabulated by the trapezoidal rule every {@value #STEP} from −{@value #RANGE}
 * to {@value #RANGE} and interpolated linearly (beyond the range Φ(T⁻¹) is taken as 0 below and 1
 * above). Immutable.
 */
final class MapIntegrals {
  private static final double RANGE = 12;
  private static final double STEP = 0.01;
  private static final int POINTS = (int) Math.round(2 * RANGE / STEP) + 1;

  private final QuantileMap map;
  private final double[] below;
  private final double[] above;

  private MapIntegrals(QuantileMap map, double[] below, double[] above) {
    this.map = map;
    this.below = below;
    this.above = above;
  }

  /** The tables of a map. */
  static MapIntegrals of(QuantileMap map) {
    double[] p = new double[POINTS];
    for (int j = 0; j < POINTS; j++) {
      p[j] = Mixture.cdf(map.inverse(-RANGE + j * STEP));
    }
    double[] b = new double[POINTS];
    for (int j = 1; j < POINTS; j++) {
      b[j] = b[j - 1] + 0.5 * STEP * (p[j - 1] * p[j - 1] + p[j] * p[j]);
    }
    double[] a = new double[POINTS];
    for (int j = POINTS - 2; j >= 0; j--) {
      double u = 1 - p[j];
      double v = 1 - p[j + 1];
      a[j] = a[j + 1] + 0.5 * STEP * (u * u + v * v);
    }
    return new MapIntegrals(map, b, a);
  }

  /** Φ(T⁻¹(z)): the recalibrated law's probability below standardised position z. */
  double law(double z) {
    return Mixture.cdf(map.inverse(z));
  }

  /** ∫_{−∞}^{z} Φ(T⁻¹(s))² ds. */
  double below(double z) {
    if (z >= RANGE) {
      return below[POINTS - 1] + (z - RANGE);
    }
    return interpolate(below, z);
  }

  /** ∫_{z}^{∞} (1 − Φ(T⁻¹(s)))² ds. */
  double above(double z) {
    if (z <= -RANGE) {
      return above[0] + (-RANGE - z);
    }
    return interpolate(above, z);
  }

  private static double interpolate(double[] t, double z) {
    double x = (z + RANGE) / STEP;
    if (x <= 0) {
      return t[0];
    }
    if (x >= POINTS - 1) {
      return t[POINTS - 1];
    }
    int i = (int) x;
    double f = x - i;
    return t[i] * (1 - f) + t[i + 1] * f;
  }
}
