package org.tradetarget.scenarios.report;

import java.util.List;

/** Writes RFC 4180 CSV records. */
public final class Csv {
  private Csv() {}

  /** Quotes a field when it holds a comma, quote or line break. */
  public static String field(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** One record (no line end). */
  public static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    return sb.toString();
  }

  /** One record (no line end). */
  public static String line(String... fields) {
    return line(List.of(fields));
  }
}
