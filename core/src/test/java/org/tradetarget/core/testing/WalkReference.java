package org.tradetarget.core.testing;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Independent references for a random walk with drift on the log scale, ln V_t = ln V_{t−1} + μ +
 * σz from V0: closed forms of the lognormal V_h and a fine-grid density recursion for first passage.
 * Shared by the engine's accuracy tests and the tests of {@code Outlook}.
 */
public final class WalkReference {
  /** The standard normal distribution. */
  public static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

  private WalkReference() {}

  /** P(V_h ≥ T) = 1 − Φ((ln T − ln V0 − μh)/(σ√h)). */
  public static double terminal(double v0, double mu, double sigma, double target, int h) {
    return 1
        - STD.cumulativeProbability(
            (Math.log(target) - Math.log(v0) - mu * h) / (sigma * Math.sqrt(h)));
  }

  /** The p-quantile of the lognormal V_h: V0·exp(μh + σ√h·z_p). */
  public static double lognormalQuantile(double v0, double mu, double sigma, int h, double p) {
    return v0 * Math.exp(mu * h + sigma * Math.sqrt(h) * STD.inverseCumulativeProbability(p));
  }

  /**
   * The Monte Carlo standard error of a p-quantile q of a variable with density f at q over n
   * paths: √(p(1 − p)/n)/f(q).
   */
  public static double quantileSe(double p, int n, double density) {
    return Math.sqrt(p * (1 - p) / n) / density;
  }

  /** The density of the lognormal V_h at its p-quantile q: φ(z_p)/(q·σ√h). */
  public static double lognormalDensityAtQuantile(
      double v0, double mu, double sigma, int h, double p) {
    double z = STD.inverseCumulativeProbability(p);
    double q = lognormalQuantile(v0, mu, sigma, h, p);
    return STD.density(z) / (q * sigma * Math.sqrt(h));
  }

  /**
   * P(max over t = 1..h of X_t ≥ b) for each h, X_t = X_{t−1} + N(μ, σ²), X_0 = 0, b &gt; 0: the
   * mass below the barrier is carried on cells of width dx ending at b, and each step spreads a
   * cell's mass (at its centre) over the cells by exact normal interval probabilities; what lands
   * at or above b has passed. Mass below the grid's floor (10σ√h under min(0, μh)) is kept in the
   * lowest cell. Error O(dx²).
   */
  public static double[] firstPassageGrid(double b, double mu, double sigma, int h, double dx) {
    double floor = Math.min(0, mu * h) - 10 * sigma * Math.sqrt(h) - Math.abs(mu);
    int cells = (int) Math.ceil((b - floor) / dx);
    double lo = b - cells * dx;
    int reach = (int) Math.ceil((Math.abs(mu) + 10 * sigma) / dx) + 1;
    double[] w = new double[2 * reach + 1];
    for (int d = -reach; d <= reach; d++) {
      w[d + reach] = STD.cumulativeProbability(((d + 0.5) * dx - mu) / sigma)
          - STD.cumulativeProbability(((d - 0.5) * dx - mu) / sigma);
    }
    double[] mass = new double[cells];
    for (int i = 0; i < cells; i++) {
      double left = lo + i * dx;
      mass[i] = STD.cumulativeProbability((left + dx - mu) / sigma)
          - STD.cumulativeProbability((left - mu) / sigma);
    }
    mass[0] += STD.cumulativeProbability((lo - mu) / sigma);
    double[] met = new double[h];
    met[0] = 1 - STD.cumulativeProbability((b - mu) / sigma);
    double[] next = new double[cells];
    for (int t = 1; t < h; t++) {
      java.util.Arrays.fill(next, 0);
      double survive = 0;
      for (int j = 0; j < cells; j++) {
        double m = mass[j];
        if (m == 0) {
          continue;
        }
        int from = Math.max(0, j - reach);
        int to = Math.min(cells - 1, j + reach);
        for (int i = from; i <= to; i++) {
          next[i] += m * w[i - j + reach];
        }
        // Mass leaving below the floor stays in the lowest cell.
        if (j - reach > 0) {
          continue;
        }
        double below = STD.cumulativeProbability(((-j - 0.5) * dx - mu) / sigma);
        next[0] += m * below;
      }
      for (double m : next) {
        survive += m;
      }
      met[t] = 1 - survive;
      double[] tmp = mass;
      mass = next;
      next = tmp;
    }
    return met;
  }
}
