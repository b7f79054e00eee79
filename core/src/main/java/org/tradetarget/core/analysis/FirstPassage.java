package org.tradetarget.core.analysis;

import java.util.Arrays;

/**
 * The distribution of the first checkpoint year in which a series is at or above its target,
 * including "not by the horizon". The probabilities sum to 1.
 *
 * @param years the checkpoint years
 * @param probability P(first at or above in that year), one per year
 * @param standardError the Monte Carlo standard error of each, √(p(1 − p)/N)
 * @param notByHorizon P(never at or above in any checkpoint)
 * @param notByHorizonSe its standard error
 */
@SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
public record FirstPassage(
    int[] years,
    double[] probability,
    double[] standardError,
    double notByHorizon,
    double notByHorizonSe) {

  /** Copies the arrays. */
  public FirstPassage {
    years = years.clone();
    probability = probability.clone();
    standardError = standardError.clone();
    if (probability.length != years.length || standardError.length != years.length) {
      throw new IllegalArgumentException(
          "one probability and one standard error per year expected");
    }
  }

  @Override
  public int[] years() {
    return years.clone();
  }

  @Override
  public double[] probability() {
    return probability.clone();
  }

  @Override
  public double[] standardError() {
    return standardError.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FirstPassage f
        && Arrays.equals(years, f.years)
        && Arrays.equals(probability, f.probability)
        && Arrays.equals(standardError, f.standardError)
        && Double.compare(notByHorizon, f.notByHorizon) == 0
        && Double.compare(notByHorizonSe, f.notByHorizonSe) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(probability) * 31 + Double.hashCode(notByHorizon);
  }

  @Override
  public String toString() {
    return "FirstPassage[years=" + Arrays.toString(years) + ", probability="
        + Arrays.toString(probability) + ", notByHorizon=" + notByHorizon + "]";
  }
}
