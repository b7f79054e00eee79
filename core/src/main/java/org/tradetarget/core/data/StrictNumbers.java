package org.tradetarget.core.data;

import java.util.regex.Pattern;

/**
 * The one number grammar of every file reader: plain decimal numbers written with ASCII digits and a
 * point as the decimal mark, {@code [+-]digits[.digits][e[+-]digits]}. Everything else that {@link
 * Double#parseDouble} or {@link Integer#parseInt} would also take is refused: {@code Infinity},
 * {@code NaN} in any spelling, hexadecimal, the type suffixes {@code 100d} and {@code 1f}, digits of
 * other scripts (Arabic-Indic, full-width), inner spaces, and values that overflow to infinity
 * ({@code 1e309}). A decimal comma ({@code 1,5}) is refused with a hint.
 */
public final class StrictNumbers {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");
  private static final Pattern DECIMAL_COMMA =
      Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]{3})*,[0-9]+");

  private StrictNumbers() {}

  /**
   * Parses a finite decimal number.
   *
   * @throws NumberFormatException with a short reason ({@link #reason}) when {@code s} is not one
   */
  public static double parseFinite(String s) {
    String t = s == null ? "" : s.trim();
    if (!DECIMAL.matcher(t).matches()) {
      throw new NumberFormatException(reason(t));
    }
    double v = Double.parseDouble(t);
    if (!Double.isFinite(v)) {
      throw new NumberFormatException(reason(t));
    }
    return v;
  }

  /**
   * Parses a whole number written with ASCII digits, within {@code lo..hi}.
   *
   * @throws NumberFormatException with a short reason when {@code s} is not one or is out of range
   */
  public static long parseWhole(String s, long lo, long hi) {
    String t = s == null ? "" : s.trim();
    if (!INTEGER.matcher(t).matches()) {
      throw new NumberFormatException(
          t.length() > 19 && INTEGER.matcher(t.substring(0, 18)).matches()
              ? "is too large"
              : "is not a whole number written with the digits 0-9");
    }
    long v = Long.parseLong(t);
    if (v < lo || v > hi) {
      throw new NumberFormatException("is out of range; expected " + lo + " to " + hi);
    }
    return v;
  }

  /** Parses a whole number of type int (ASCII digits only). */
  public static int parseInt(String s) {
    return (int) parseWhole(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Whether {@code s} is a number this grammar accepts. */
  public static boolean isNumber(String s) {
    try {
      parseFinite(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Why {@code s} is not a number, as words that follow the quoted value: "is not a number", "is not
   * finite", "overflows to infinity", "uses a decimal comma (write 1.5)", ...
   */
  public static String reason(String s) {
    String t = s == null ? "" : s.trim();
    if (t.isEmpty()) {
      return "is empty";
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("nan") || lower.contains("inf")) {
      return "is not finite";
    }
    if (DECIMAL_COMMA.matcher(t).matches()) {
      return "uses a decimal comma (write " + t.replace(".", "").replace(',', '.') + ")";
    }
    if (DECIMAL.matcher(t).matches()) {
      return "overflows to infinity";
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) && (c < '0' || c > '9')) {
        return "has digits of another script (write them as 0-9)";
      }
    }
    return "is not a number";
  }
}
