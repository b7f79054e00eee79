package org.tradetarget.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The GDP indicators a macro file ({@link MacroFiles}) may give, with what their numbers measure.
 * World Bank WDI codes ({@code NY.GDP.MKTP.*}) and IMF WEO subject codes ({@code NGDP*}).
 */
public enum MacroIndicator {
  /** WDI: GDP growth (annual %), real. */
  WDI_GROWTH("NY.GDP.MKTP.KD.ZG", MacroFormat.WDI, Measure.GROWTH, "GDP growth (annual %)"),
  /** WDI: GDP (constant 2015 US$). */
  WDI_CONSTANT_USD("NY.GDP.MKTP.KD", MacroFormat.WDI, Measure.REAL_LEVEL, "GDP (constant US$)"),
  /** WDI: GDP (constant LCU). */
  WDI_CONSTANT_LCU("NY.GDP.MKTP.KN", MacroFormat.WDI, Measure.REAL_LEVEL, "GDP (constant LCU)"),
  /** WDI: GDP (current US$), in US$. */
  WDI_CURRENT_USD("NY.GDP.MKTP.CD", MacroFormat.WDI, Measure.NOMINAL_USD, "GDP (current US$)"),
  /** WEO: GDP, constant prices, percent change. */
  WEO_GROWTH("NGDP_RPCH", MacroFormat.WEO, Measure.GROWTH, "GDP, constant prices, percent change"),
  /** WEO: GDP, constant prices, national currency. */
  WEO_CONSTANT_LCU(
      "NGDP_R", MacroFormat.WEO, Measure.REAL_LEVEL, "GDP, constant prices, national currency"),
  /** WEO: GDP, current prices, U.S. dollars (the Scale column: billions as published). */
  WEO_CURRENT_USD(
      "NGDPD", MacroFormat.WEO, Measure.NOMINAL_USD, "GDP, current prices, U.S. dollars");

  /** What the indicator's numbers are. */
  public enum Measure {
    /** Real GDP growth in percent a year. */
    GROWTH,
    /** Real GDP in constant prices (any currency): only its growth is used. */
    REAL_LEVEL,
    /** Nominal GDP in US$ (converted to US$ million). */
    NOMINAL_USD
  }

  private final String code;
  private final MacroFormat format;
  private final Measure measure;
  private final String label;

  MacroIndicator(String code, MacroFormat format, Measure measure, String label) {
    this.code = code;
    this.format = format;
    this.measure = measure;
    this.label = label;
  }

  /** The code as the publisher writes it, e.g. {@code NY.GDP.MKTP.KD.ZG}. */
  public String code() {
    return code;
  }

  /** The layout that publishes it ({@link MacroFormat#WDI} or {@link MacroFormat#WEO}). */
  public MacroFormat format() {
    return format;
  }

  /** What its numbers are. */
  public Measure measure() {
    return measure;
  }

  /** A short description, e.g. {@code GDP growth (annual %)}. */
  public String label() {
    return label;
  }

  /** The indicator with this code (case-insensitive, blanks ignored), if it is one of these. */
  public static Optional<MacroIndicator> find(String code) {
    String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(i -> i.code.equals(c)).findFirst();
  }

  /** The codes of a format's indicators, in declaration order. */
  public static List<String> codes(MacroFormat format) {
    return Arrays.stream(values())
        .filter(i -> format == MacroFormat.AUTO || i.format == format)
        .map(MacroIndicator::code)
        .toList();
  }
}
