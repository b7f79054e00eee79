package org.tradetarget.core.simulate;

/**
 * Crisis jumps: in each simulated year, independently, a crisis happens with probability {@code
 * probability}; in a crisis year every series' log-scale shock gains a jump J ~ N(meanLogSize,
 * sdLogSize²), drawn independently per series (the crisis is common, its size per series is not).
 * A 2020-like fall of about 10 % is {@code meanLogSize} ≈ −0.105 (ln 0.9). The jump enters the
 * model like any shock, so in a random walk it is a permanent level shift unless persistence &lt; 1.
 *
 * @param probability the yearly probability, in [0, 1]
 * @param meanLogSize the mean of J on the log scale (negative for a fall)
 * @param sdLogSize the standard deviation of J on the log scale, ≥ 0
 */
public record CrisisJumps(double probability, double meanLogSize, double sdLogSize) {
  /** Validates the values. */
  public CrisisJumps {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("crisis jump probability " + probability
          + " is not allowed; expected a fraction in [0, 1]");
    }
    if (!Double.isFinite(meanLogSize)) {
      throw new IllegalArgumentException(
          "crisis jump mean log size " + meanLogSize + " is not finite");
    }
    if (!(sdLogSize >= 0) || !Double.isFinite(sdLogSize)) {
      throw new IllegalArgumentException(
          "crisis jump log-size sd " + sdLogSize + " is not allowed; expected a finite value >= 0");
    }
  }

  /** The variance the jumps add to one year's shock: p(m² + s²) − (pm)². */
  double variance() {
    double m2 = meanLogSize * meanLogSize + sdLogSize * sdLogSize;
    return probability * m2 - probability * probability * meanLogSize * meanLogSize;
  }
}
