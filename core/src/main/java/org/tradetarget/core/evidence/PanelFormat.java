package org.tradetarget.core.evidence;

import java.util.List;
import java.util.Locale;
import org.tradetarget.core.data.InvalidInputException;

/** The layouts of a panel file {@link PanelReader} reads. */
public enum PanelFormat {
  /** Decided from the header: {@link #COW} when it has ccode1, ccode2, year, flow1 and flow2. */
  AUTO,
  /**
   * The Correlates of War dyadic trade data set (the original release or its shorter copies):
   * columns {@code ccode1,ccode2,year,flow1,flow2} among others; two-way trade = flow1 + flow2 in
   * current US$ million; an empty field, NA or COW's -9 is missing.
   */
  COW,
  /** Header {@code series,year,value}: any panel of positive annual series; empty is missing. */
  LONG,
  /**
   * A CEPII BACI release folder: its yearly {@code BACI_HS??_Y????_V??????.csv} files ({@code
   * t,i,j,k,v,q}, v in thousands of US$) and its {@code country_codes_V??????.csv}; a series is an
   * exporter–importer pair two-way (A→B + B→A) in US$ million, at a {@link PanelLevel}.
   */
  BACI;

  /** The columns a COW file must have. */
  static final List<String> COW_COLUMNS = List.of("ccode1", "ccode2", "year", "flow1", "flow2");

  /** The columns of a long file. */
  static final List<String> LONG_COLUMNS = List.of("series", "year", "value");

  /** The trade formats a panel cannot be read from yet. */
  static final List<String> NOT_YET = List.of("dots", "comtrade-bulk");

  /** The option value, e.g. {@code cow}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code auto}, {@code cow}, {@code long} or {@code baci}.
   *
   * @throws InvalidInputException naming the option, the value and the allowed values
   */
  public static PanelFormat of(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (PanelFormat f : values()) {
      if (f.id().equals(t)) {
        return f;
      }
    }
    if (NOT_YET.contains(t)) {
      throw new InvalidInputException("option '--panel-format': " + t
          + " is not read as a panel yet; convert it to series,year,value and use long; allowed:"
          + " auto, cow, long, baci");
    }
    throw new InvalidInputException(
        "option '--panel-format': '" + text + "' is not allowed; expected auto, cow, long or baci");
  }
}
