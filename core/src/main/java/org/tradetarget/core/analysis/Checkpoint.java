package org.tradetarget.core.analysis;

import java.util.Arrays;

/**
 * The simulated distribution of one series in one checkpoint year. Values are US$ million,
 * probabilities are fractions; a probability and its standard error are NaN (undefined) when the
 * series has no target.
 *
 * @param year the calendar year
 * @param mean the mean value over the paths
 * @param quantileProbabilities the quantile probabilities, e.g. 0.05 .. 0.95
 * @param quantiles the type-7 quantiles, one per probability
 * @param atOrAbove P(value at or above the target in this year)
 * @param atOrAboveSe its Monte Carlo standard error √(p(1 − p)/N)
 * @param metBy P(met by this year): at or above the target in at least one checkpoint up to and
 *     including this year (first passage)
 * @param metBySe its Monte Carlo standard error √(p(1 − p)/N)
 */
@SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
public record Checkpoint(
    int year,
    double mean,
    double[] quantileProbabilities,
    double[] quantiles,
    double atOrAbove,
    double atOrAboveSe,
    double metBy,
    double metBySe) {

  /** Copies the arrays. */
  public Checkpoint {
    quantileProbabilities = quantileProbabilities.clone();
    quantiles = quantiles.clone();
    if (quantiles.length != quantileProbabilities.length) {
      throw new IllegalArgumentException("one quantile per probability expected");
    }
  }

  @Override
  public double[] quantileProbabilities() {
    return quantileProbabilities.clone();
  }

  @Override
  public double[] quantiles() {
    return quantiles.clone();
  }

  /**
   * The quantile of probability {@code p}, which must be one of the simulated probabilities.
   *
   * @throws IllegalArgumentException listing the available probabilities otherwise
   */
  public double quantile(double p) {
    for (int i = 0; i < quantileProbabilities.length; i++) {
      if (Math.abs(quantileProbabilities[i] - p) < 1e-12) {
        return quantiles[i];
      }
    }
    throw new IllegalArgumentException("quantile " + p + " was not simulated; available: "
        + Arrays.toString(quantileProbabilities));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c
        && year == c.year
        && Double.compare(mean, c.mean) == 0
        && Arrays.equals(quantileProbabilities, c.quantileProbabilities)
        && Arrays.equals(quantiles, c.quantiles)
        && Double.compare(atOrAbove, c.atOrAbove) == 0
        && Double.compare(atOrAboveSe, c.atOrAboveSe) == 0
        && Double.compare(metBy, c.metBy) == 0
        && Double.compare(metBySe, c.metBySe) == 0;
  }

  @Override
  public int hashCode() {
    return year * 31 + Double.hashCode(mean) + Arrays.hashCode(quantiles);
  }

  @Override
  public String toString() {
    return "Checkpoint[" + year + ", mean=" + mean + ", quantiles=" + Arrays.toString(quantiles)
        + ", atOrAbove=" + atOrAbove + ", metBy=" + metBy + "]";
  }
}
