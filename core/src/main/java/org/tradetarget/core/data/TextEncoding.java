package org.tradetarget.core.data;

import java.util.Locale;

/**
 * The text encoding of a user's CSV, TSV or JSON data file. {@link #AUTO} reads UTF-8 and, for a
 * file that is not UTF-8 but is valid Windows-1252 (as spreadsheet programs save CSVs on many
 * systems), Windows-1252 with a one-line notice; the other two force one encoding.
 */
public enum TextEncoding {
  /** UTF-8, else Windows-1252 with a notice. */
  AUTO("auto"),
  /** UTF-8 only. */
  UTF_8("utf-8"),
  /** Windows-1252 only. */
  WINDOWS_1252("windows-1252");

  private final String id;

  TextEncoding(String id) {
    this.id = id;
  }

  /** The id: {@code auto}, {@code utf-8} or {@code windows-1252}. */
  public String id() {
    return id;
  }

  /**
   * Parses an id (case-insensitive; {@code utf8}, {@code cp1252} are accepted too).
   *
   * @throws InvalidInputException naming the bad text and the allowed ones
   */
  public static TextEncoding parse(String text) {
    String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "auto" -> {
        return AUTO;
      }
      case "utf-8", "utf8" -> {
        return UTF_8;
      }
      case "windows-1252", "cp1252" -> {
        return WINDOWS_1252;
      }
      default ->
        throw new InvalidInputException(
            "encoding '" + text
                + "' is not allowed; expected utf-8 or windows-1252 (or auto: UTF-8, else Windows-1252)");
    }
  }
}
