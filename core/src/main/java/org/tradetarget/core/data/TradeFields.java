package org.tradetarget.core.data;

import java.util.Locale;
import java.util.regex.Pattern;

/** The field grammar the trade readers share: years, values ≥ 0, flags, totals, and their errors. */
final class TradeFields {
  static final Pattern YEAR = Pattern.compile("\\d{4}");

  private TradeFields() {}

  /** Where a field is, for a message: {@code source:line: column 'c'}. */
  static String at(String source, int line, String column) {
    return source + ":" + line + ": column '" + column + "'";
  }

  static InvalidInputException bad(
      String source, int line, String column, String value, String allowed) {
    return InvalidInputException.at(source, line, column, value, allowed);
  }

  /** A calendar year, tolerating a trailing {@code .0} (a spreadsheet's number format). */
  static int year(String source, int line, String column, String v) {
    String s = v.trim();
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    if (!YEAR.matcher(s).matches()) {
      throw bad(source, line, column, v, "is not allowed; expected a calendar year such as 2021");
    }
    return Integer.parseInt(s);
  }

  /** A value ≥ 0 in the one number grammar of {@link StrictNumbers}. */
  static double number(String source, int line, String column, String v) {
    double d;
    try {
      d = StrictNumbers.parseFinite(v);
    } catch (NumberFormatException e) {
      String why = e.getMessage().equals("is not a number") ? "is not allowed" : e.getMessage();
      throw bad(source, line, column, v, why + "; expected a number >= 0");
    }
    if (d >= 0) {
      return d;
    }
    throw bad(source, line, column, v, "is not allowed; expected a number >= 0");
  }

  static boolean isTrue(String v) {
    String s = v.trim().toLowerCase(Locale.ROOT);
    return s.equals("true") || s.equals("1");
  }

  /** Whether {@code v} is empty or one of the {@code totals} (case-insensitive). */
  static boolean isEmptyOr(String v, String... totals) {
    String s = v.trim();
    if (s.isEmpty()) {
      return true;
    }
    for (String t : totals) {
      if (s.equalsIgnoreCase(t)) {
        return true;
      }
    }
    return false;
  }
}
