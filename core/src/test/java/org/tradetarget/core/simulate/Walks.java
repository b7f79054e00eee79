package org.tradetarget.core.simulate;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.model.StateSpace;
import org.tradetarget.core.testing.WalkReference;

/**
 * Test helpers: random walks with drift and the independent references the accuracy tests compare
 * against (closed forms and a fine-grid density recursion for first passage).
 */
final class Walks {
  static final NormalDistribution STD = WalkReference.STD;

  private Walks() {}

  /** ln V_t = ln V_{t−1} + μ + σz from V0 in year y0. */
  static StateSpace rw(double v0, int y0, double mu, double sigma) {
    return new RandomWalkDrift("rw-drift", y0, 1, Math.log(v0), mu, sigma, 0, false).simulator();
  }

  /** P(V_h ≥ T) = 1 − Φ((ln T − ln V0 − μh)/(σ√h)). */
  static double terminal(double v0, double mu, double sigma, double target, int h) {
    return WalkReference.terminal(v0, mu, sigma, target, h);
  }

  /** The p-quantile of the lognormal V_h: V0·exp(μh + σ√h·z_p). */
  static double lognormalQuantile(double v0, double mu, double sigma, int h, double p) {
    return WalkReference.lognormalQuantile(v0, mu, sigma, h, p);
  }

  /** The Monte Carlo standard error of a quantile: √(p(1 − p)/n)/f(q). */
  static double quantileSe(double p, int n, double density) {
    return WalkReference.quantileSe(p, n, density);
  }

  /** The density of the lognormal V_h at its p-quantile. */
  static double lognormalDensityAtQuantile(double v0, double mu, double sigma, int h, double p) {
    return WalkReference.lognormalDensityAtQuantile(v0, mu, sigma, h, p);
  }

  /** P(max over t = 1..h of X_t ≥ b) for each h ({@link WalkReference#firstPassageGrid}). */
  static double[] firstPassageGrid(double b, double mu, double sigma, int h, double dx) {
    return WalkReference.firstPassageGrid(b, mu, sigma, h, dx);
  }
}
