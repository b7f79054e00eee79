package org.tradetarget.core.simulate;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The per-year summary of one simulated series: what the engine keeps while it streams through
 * the years. Counts, not probabilities: {@code core.analysis} divides by the number of paths and
 * adds standard errors. Values are US$ million (the model's scale after exp); arrays are copied on
 * the way in and out.
 *
 * @param name the series' label
 * @param baseYear Y0, the year of the model's base
 * @param baseValue the value at the base, exp of the model's base log value
 * @param years the checkpoint years Y0 + 1 .. end of the horizon
 * @param mean the mean value per checkpoint
 * @param quantileProbabilities the quantile probabilities, as in the spec
 * @param quantiles quantiles[i][t]: the type-7 quantile (R's default, numpy's "linear") of
 *     probability i at checkpoint t, computed exactly from the simulated values
 * @param target the target value, or empty
 * @param deadline the target's deadline year, or empty
 * @param atOrAbove the number of paths at or above the target per checkpoint (empty without target)
 * @param firstPassage the number of paths whose first checkpoint at or above the target is this
 *     one (empty without target); paths never at or above number paths − the sum
 * @param deadlineTally the shortfall tallies at the deadline, when the target has one
 * @param samplePaths samplePaths[j][t]: the value of path j at checkpoint t
 */
@SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
public record SeriesSummary(
    String name,
    int baseYear,
    double baseValue,
    int[] years,
    double[] mean,
    double[] quantileProbabilities,
    double[][] quantiles,
    OptionalDouble target,
    OptionalInt deadline,
    int[] atOrAbove,
    int[] firstPassage,
    Optional<DeadlineTally> deadlineTally,
    double[][] samplePaths) {

  /**
   * Sums over all paths at the deadline, for the shortfall E[max(T − V_D, 0)].
   *
   * @param belowCount the number of paths with V_D below the target
   * @param shortfallSum Σ max(T − V_D, 0) over all paths, US$ million
   * @param shortfallSumOfSquares Σ max(T − V_D, 0)², (US$ million)²
   */
  public record DeadlineTally(int belowCount, double shortfallSum, double shortfallSumOfSquares) {}

  /** Copies every array. */
  public SeriesSummary {
    years = years.clone();
    mean = mean.clone();
    quantileProbabilities = quantileProbabilities.clone();
    quantiles = copy(quantiles);
    atOrAbove = atOrAbove.clone();
    firstPassage = firstPassage.clone();
    samplePaths = copy(samplePaths);
    if (mean.length != years.length || quantiles.length != quantileProbabilities.length) {
      throw new IllegalArgumentException("summary arrays do not match the checkpoints");
    }
  }

  /** The number of checkpoints. */
  public int checkpoints() {
    return years.length;
  }

  @Override
  public int[] years() {
    return years.clone();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] quantileProbabilities() {
    return quantileProbabilities.clone();
  }

  @Override
  public double[][] quantiles() {
    return copy(quantiles);
  }

  @Override
  public int[] atOrAbove() {
    return atOrAbove.clone();
  }

  @Override
  public int[] firstPassage() {
    return firstPassage.clone();
  }

  @Override
  public double[][] samplePaths() {
    return copy(samplePaths);
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesSummary s
        && name.equals(s.name)
        && baseYear == s.baseYear
        && Double.compare(baseValue, s.baseValue) == 0
        && java.util.Arrays.equals(years, s.years)
        && java.util.Arrays.equals(mean, s.mean)
        && java.util.Arrays.equals(quantileProbabilities, s.quantileProbabilities)
        && java.util.Arrays.deepEquals(quantiles, s.quantiles)
        && target.equals(s.target)
        && deadline.equals(s.deadline)
        && java.util.Arrays.equals(atOrAbove, s.atOrAbove)
        && java.util.Arrays.equals(firstPassage, s.firstPassage)
        && deadlineTally.equals(s.deadlineTally)
        && java.util.Arrays.deepEquals(samplePaths, s.samplePaths);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + java.util.Arrays.hashCode(mean);
  }

  @Override
  public String toString() {
    return "SeriesSummary[" + name + ", years "
        + (years.length == 0 ? "-" : years[0] + ".." + years[years.length - 1]) + ", mean="
        + java.util.Arrays.toString(mean) + "]";
  }
}
