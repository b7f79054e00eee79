package org.tradetarget.core.data;

import java.util.Locale;

/**
 * The layout of a macro file ({@link MacroFiles}): the World Bank WDI bulk CSV, the IMF World
 * Economic Outlook text export, or {@link #AUTO} (told apart by the header).
 */
public enum MacroFormat {
  /** Detected from the header. */
  AUTO("auto"),
  /** World Bank World Development Indicators, bulk CSV. */
  WDI("wdi"),
  /** IMF World Economic Outlook database, tab-separated text export. */
  WEO("weo");

  private final String id;

  MacroFormat(String id) {
    this.id = id;
  }

  /** The id: {@code auto}, {@code wdi} or {@code weo}. */
  public String id() {
    return id;
  }

  /**
   * Parses an id (case-insensitive); null or blank is {@link #AUTO}.
   *
   * @throws InvalidInputException naming the bad text and the allowed ones
   */
  public static MacroFormat parse(String text) {
    String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "", "auto" -> AUTO;
      case "wdi" -> WDI;
      case "weo" -> WEO;
      default ->
        throw new InvalidInputException("macro format '" + text
            + "' is not allowed; expected wdi, weo or auto (detected from the header)");
    };
  }
}
