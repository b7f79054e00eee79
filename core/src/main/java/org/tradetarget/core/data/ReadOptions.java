package org.tradetarget.core.data;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a trade file ({@link Dataset#read}): its format (empty: detected from the header),
 * the scale of values for a format that does not state one (IMF DOTS), and the CIF/FOB factor that
 * divides CIF import values so both sides are FOB (default 1, none; the IMF DOTS yearbook uses
 * 1.06), and the text encoding of a CSV, TSV or JSON file (default {@link TextEncoding#AUTO}: UTF-8,
 * else Windows-1252 with a notice). Immutable; the {@code withX} methods return changed copies.
 *
 * @param format the format, or empty to detect it
 * @param scale the unit of the values, or empty when the format states it
 * @param cifFob the factor, ≥ 1
 * @param encoding the text encoding
 */
public record ReadOptions(
    Optional<TradeFormat> format, Optional<Scale> scale, double cifFob, TextEncoding encoding) {
  /** The unit of a file's values, for formats that do not state one. */
  public enum Scale {
    /** US$. */
    UNITS(1e-6),
    /** Thousands of US$. */
    THOUSANDS(1e-3),
    /** Millions of US$. */
    MILLIONS(1.0);

    private final double toMillion;

    Scale(double toMillion) {
      this.toMillion = toMillion;
    }

    /** The factor that turns a value of this unit into US$ million. */
    public double toMillion() {
      return toMillion;
    }

    /**
     * Parses {@code units}, {@code thousands} or {@code millions}.
     *
     * @throws InvalidInputException naming the bad text and the allowed ones
     */
    public static Scale parse(String text) {
      String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
      for (Scale v : values()) {
        if (v.name().toLowerCase(Locale.ROOT).equals(s)) {
          return v;
        }
      }
      throw new InvalidInputException(
          "scale '" + text + "' is not allowed; expected units, thousands or millions");
    }
  }

  /** Validates the fields. */
  public ReadOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(encoding, "encoding");
    if (!(cifFob >= 1 && cifFob <= 2)) {
      throw new InvalidInputException(
          "CIF/FOB factor " + cifFob + " is not allowed; expected a number from 1 to 2"
              + " (1 = none; the IMF DOTS yearbook uses 1.06)");
    }
  }

  /** Detect the format, no scale, CIF/FOB factor 1, UTF-8 else Windows-1252. */
  public static ReadOptions defaults() {
    return new ReadOptions(Optional.empty(), Optional.empty(), 1.0, TextEncoding.AUTO);
  }

  /** A copy reading the named format instead of detecting it. */
  public ReadOptions withFormat(TradeFormat f) {
    return new ReadOptions(Optional.of(f), scale, cifFob, encoding);
  }

  /** A copy with the unit of the values (required for IMF DOTS). */
  public ReadOptions withScale(Scale s) {
    return new ReadOptions(format, Optional.of(s), cifFob, encoding);
  }

  /** A copy with the CIF/FOB factor. */
  public ReadOptions withCifFob(double factor) {
    return new ReadOptions(format, scale, factor, encoding);
  }

  /** A copy reading the text in {@code e}. */
  public ReadOptions withEncoding(TextEncoding e) {
    return new ReadOptions(format, scale, cifFob, e);
  }
}
