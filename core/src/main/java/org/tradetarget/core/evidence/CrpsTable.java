package org.tradetarget.core.evidence;

/**
 * The CRPS of a recalibrated standardised predictive distribution, T(Z) with Z ~ N(0, 1), at an
 * outcome y, tabulated on a grid of y and interpolated: CRPS = 2∫₀¹ (1{y < q(p)} − p)(q(p) − y) dp
 * with q(p) = T(Φ⁻¹(p)), by the midpoint rule on {@value #M} levels. The identity map uses the
 * closed form of the normal. A kind's CRPS on the log scale is σ times the standardised one.
 * Immutable.
 */
final class CrpsTable {
  private static final int M = 1000;
  private static final double RANGE = 12;
  private static final double STEP = 0.05;
  private static final int POINTS = (int) Math.round(2 * RANGE / STEP) + 1;
  private static final double[] NORMAL_Q = normalQuantiles();

  private final double[] grid;

  private CrpsTable(double[] grid) {
    this.grid = grid;
  }

  /** The table of a map, or null for the identity (closed form). */
  static CrpsTable of(QuantileMap map) {
    if (map.isIdentity()) {
      return null;
    }
    double[] q = new double[M];
    for (int i = 0; i < M; i++) {
      q[i] = map.apply(NORMAL_Q[i]);
    }
    double[] g = new double[POINTS];
    for (int j = 0; j < POINTS; j++) {
      double y = -RANGE + j * STEP;
      double s = 0;
      for (int i = 0; i < M; i++) {
        double p = (i + 0.5) / M;
        s += ((y < q[i] ? 1 : 0) - p) * (q[i] - y);
      }
      g[j] = 2 * s / M;
    }
    return new CrpsTable(g);
  }

  /** The standardised CRPS at y under {@code table}, or the normal's when it is null. */
  static double at(CrpsTable table, double y) {
    return table == null ? normal(y) : table.interpolate(y);
  }

  private double interpolate(double y) {
    double x = (y + RANGE) / STEP;
    if (x <= 0) {
      return grid[0] + (-RANGE - y);
    }
    if (x >= POINTS - 1) {
      return grid[POINTS - 1] + (y - RANGE);
    }
    int i = (int) x;
    double w = x - i;
    return grid[i] * (1 - w) + grid[i + 1] * w;
  }

  /** The CRPS of N(0, 1) at y: y(2Φ(y) − 1) + 2φ(y) − 1/√π. */
  static double normal(double y) {
    double pdf = Math.exp(-0.5 * y * y) / Math.sqrt(2 * Math.PI);
    return y * (2 * QuantileMap.normalCdf(y) - 1) + 2 * pdf - 1 / Math.sqrt(Math.PI);
  }

  private static double[] normalQuantiles() {
    double[] q = new double[M];
    for (int i = 0; i < M; i++) {
      q[i] = QuantileMap.normalQuantile((i + 0.5) / M);
    }
    return q;
  }
}
