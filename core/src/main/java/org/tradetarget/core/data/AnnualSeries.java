package org.tradetarget.core.data;

import java.util.Arrays;

/**
 * An immutable series of positive values observed in strictly increasing calendar years. Gaps are
 * allowed and stay visible: a missing year is simply absent, never interpolated.
 *
 * <p>Values are in the unit of the data (US$ million for trade). The time index of the models is
 * {@link #timeIndex(int)}: t = (year − first year) / step + 1, with step the smallest spacing.
 */
public final class AnnualSeries {
  private final String name;
  private final int[] years;
  private final double[] values;

  private AnnualSeries(String name, int[] years, double[] values) {
    this.name = name;
    this.years = years;
    this.values = values;
  }

  /**
   * Creates a series, copying the arrays.
   *
   * @param name a label used in messages, e.g. a corridor id or a file name
   * @throws InvalidInputException if lengths differ, the series is empty, years are not strictly
   *     increasing, or a value is not finite and positive; the message names the year and value
   */
  public static AnnualSeries of(String name, int[] years, double[] values) {
    if (years.length != values.length) {
      throw new InvalidInputException(
          name + ": " + years.length + " years but " + values.length + " values");
    }
    if (years.length == 0) {
      throw new InvalidInputException(name + ": a series needs at least one point");
    }
    for (int i = 0; i < years.length; i++) {
      if (i > 0 && years[i] <= years[i - 1]) {
        throw new InvalidInputException(name + ": years must be strictly increasing, but "
            + years[i] + " follows " + years[i - 1]);
      }
      if (!Double.isFinite(values[i]) || values[i] <= 0) {
        throw new InvalidInputException(
            name + ": value for " + years[i] + " must be finite and > 0, got " + values[i]);
      }
    }
    return new AnnualSeries(name, years.clone(), values.clone());
  }

  /** A label for messages. */
  public String name() {
    return name;
  }

  /** Number of observed points. */
  public int size() {
    return years.length;
  }

  /** A copy of the observed years. */
  public int[] years() {
    return years.clone();
  }

  /** A copy of the observed values. */
  public double[] values() {
    return values.clone();
  }

  /** The year of point {@code i} (0-based). */
  public int year(int i) {
    return years[i];
  }

  /** The value of point {@code i} (0-based). */
  public double value(int i) {
    return values[i];
  }

  /** The natural logs of the values. */
  public double[] logValues() {
    double[] x = new double[values.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.log(values[i]);
    }
    return x;
  }

  /** The first observed year. */
  public int firstYear() {
    return years[0];
  }

  /** The last observed year. */
  public int lastYear() {
    return years[years.length - 1];
  }

  /** The last observed value. */
  public double lastValue() {
    return values[values.length - 1];
  }

  /** The value observed in {@code year}, or NaN when that year is missing. */
  public double valueIn(int year) {
    int i = Arrays.binarySearch(years, year);
    return i >= 0 ? values[i] : Double.NaN;
  }

  /** Whether {@code year} is observed. */
  public boolean has(int year) {
    return Arrays.binarySearch(years, year) >= 0;
  }

  /** The smallest spacing between consecutive years (1 for annual data); 1 for a single point. */
  public int step() {
    int step = Integer.MAX_VALUE;
    for (int i = 1; i < years.length; i++) {
      step = Math.min(step, years[i] - years[i - 1]);
    }
    return step == Integer.MAX_VALUE ? 1 : step;
  }

  /** t = (year − first year) / step + 1 (may be fractional when the spacing is uneven). */
  public double timeIndex(int year) {
    return (year - (double) years[0]) / step() + 1.0;
  }

  /** Whether every spacing equals {@link #step()}. */
  public boolean isEquallySpaced() {
    int step = step();
    for (int i = 1; i < years.length; i++) {
      if (years[i] - years[i - 1] != step) {
        return false;
      }
    }
    return true;
  }

  /** The missing years between the first and last observation at the series' step. */
  public int[] gaps() {
    int step = step();
    return java.util.stream.IntStream.iterate(years[0], y -> y <= lastYear(), y -> y + step)
        .filter(y -> !has(y))
        .toArray();
  }

  /**
   * The longest run of consecutive points (spaced by {@link #step()}) that ends at the last
   * observation; what recursive models fit on.
   */
  public AnnualSeries consecutiveTail() {
    int step = step();
    int start = years.length - 1;
    while (start > 0 && years[start] - years[start - 1] == step) {
      start--;
    }
    return start == 0 ? this : slice(start, years.length);
  }

  /** The points with first ≤ year ≤ last. */
  public AnnualSeries between(int first, int last) {
    int from = 0;
    while (from < years.length && years[from] < first) {
      from++;
    }
    int to = from;
    while (to < years.length && years[to] <= last) {
      to++;
    }
    if (to == from) {
      throw new IllegalArgumentException(name + ": no observations between " + first + " and "
          + last + " (observed " + years[0] + "-" + lastYear() + ")");
    }
    return slice(from, to);
  }

  /** The points with index in [from, to). */
  public AnnualSeries slice(int from, int to) {
    return new AnnualSeries(
        name, Arrays.copyOfRange(years, from, to), Arrays.copyOfRange(values, from, to));
  }

  /** Returns the same data under another name. */
  public AnnualSeries withName(String newName) {
    return new AnnualSeries(newName, years, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnualSeries s
        && Arrays.equals(years, s.years)
        && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(years) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append('{');
    for (int i = 0; i < years.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(years[i]).append('=').append(values[i]);
    }
    return sb.append('}').toString();
  }
}
