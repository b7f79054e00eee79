package org.tradetarget.scenarios.report;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Number formats for the outputs. Machine formats (CSV, JSON) print a double so that it reads back
 * to the same double ({@link Double#toString(double)}), never rounded; an undefined value is an
 * empty CSV field and {@code null} in JSON. Only table output, for people, rounds.
 */
public final class Numbers {
  private Numbers() {}

  /** A CSV field: the shortest round-tripping decimal, or empty when NaN or infinite. */
  public static String csv(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "";
  }

  /** A CSV field for an optional number. */
  public static String csv(OptionalDouble v) {
    return v.isPresent() ? csv(v.getAsDouble()) : "";
  }

  /** A JSON number, or {@code null} when NaN or infinite. */
  public static String json(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "null";
  }

  /** A JSON value for an optional number. */
  public static String json(OptionalDouble v) {
    return v.isPresent() ? json(v.getAsDouble()) : "null";
  }

  /** US$ million for people: thousands separators; one decimal below 100, none above. */
  public static String money(double v) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    return Math.abs(v) >= 100 || Math.abs(v - Math.rint(v)) < 0.05
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%,.1f", v);
  }

  /** A rate (fraction) for people, as a percentage with one decimal, e.g. {@code 12.3%}. */
  public static String percent(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v * 100) : "-";
  }

  /** An optional rate for people. */
  public static String percent(OptionalDouble v) {
    return v.isPresent() ? percent(v.getAsDouble()) : "-";
  }

  /** A plain number for people with {@code decimals} decimals. */
  public static String fixed(double v, int decimals) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
  }

  /**
   * A change in US$ million for people, formatted as {@link #money} with its sign: {@code +2,040},
   * {@code -3.6}; a change that rounds to zero is {@code 0} (or {@code 0.0}), unsigned.
   */
  public static String signedMoney(double v) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    String m = money(Math.abs(v));
    if (m.chars().allMatch(ch -> ch == '0' || ch == '.')) {
      return m;
    }
    return (v > 0 ? "+" : "-") + m;
  }

  /**
   * A change of a probability (a difference of fractions) for people, in percentage points with
   * one decimal and its sign: {@code +8.2 pts}, {@code -1.4 pts}; one that rounds to zero is
   * {@code 0.0 pts}, unsigned.
   */
  public static String points(double delta) {
    if (!Double.isFinite(delta)) {
      return "-";
    }
    String m = String.format(Locale.ROOT, "%.1f", Math.abs(delta) * 100);
    if (m.equals("0.0")) {
      return m + " pts";
    }
    return (delta > 0 ? "+" : "-") + m + " pts";
  }
}
