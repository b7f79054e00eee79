package org.tradetarget.core.data;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A country of ISO 3166-1: its alpha-2 code (the id), alpha-3 code, numeric code and English short
 * name. Every country of the standard is one instance, loaded from the embedded {@code
 * seeds/countries.csv} (generated from Debian's {@code iso-codes} package; see {@code
 * seeds/README.md}), so two equal codes give the same object and {@code ==} compares countries.
 * Aggregates (World, regions, "nes" areas) are never a country.
 *
 * <p>Order ({@link #compareTo}): the three countries of the bundled data first, in the order
 * {@link #VN}, {@link #KH}, {@link #LA}; every other country after them in alphabetical order of
 * its alpha-2 code. {@link Corridor} ids list their countries in this order.
 *
 * <p>The trade files' own numeric schemes (UN Comtrade, IMF) are in {@link CountryCodes}.
 */
public final class Country implements Comparable<Country> {
  private static final String TABLE = "/org/tradetarget/core/seeds/countries.csv";
  private static final List<Country> ALL;
  private static final Map<String, Country> BY_ALPHA = new HashMap<>();
  private static final Map<Integer, Country> BY_NUMERIC = new HashMap<>();

  static {
    InputStream in = Country.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(
          "embedded data file " + TABLE + " is missing from the library");
    }
    CsvRecords csv =
        CsvRecords.read("seeds/countries.csv", new InputStreamReader(in, StandardCharsets.UTF_8));
    csv.require("the country table", "alpha2", "alpha3", "numeric", "name", "display_name");
    List<Country> all = new ArrayList<>();
    for (CsvRecords.Row r : csv.rows()) {
      Country c = new Country(
          r.get("alpha2"),
          r.get("alpha3"),
          Integer.parseInt(r.get("numeric")),
          r.get("name"),
          r.get("display_name"),
          rank(r.get("alpha2")));
      all.add(c);
      BY_ALPHA.put(c.alpha2, c);
      BY_ALPHA.put(c.alpha3, c);
      BY_NUMERIC.put(c.numeric, c);
    }
    Collections.sort(all);
    ALL = Collections.unmodifiableList(all);
  }

  /** Viet Nam. */
  public static final Country VN = BY_ALPHA.get("VN");
  /** Cambodia. */
  public static final Country KH = BY_ALPHA.get("KH");
  /** Lao PDR. */
  public static final Country LA = BY_ALPHA.get("LA");

  private final String alpha2;
  private final String alpha3;
  private final int numeric;
  private final String isoName;
  private final String displayName;
  private final int rank;

  private Country(
      String alpha2, String alpha3, int numeric, String isoName, String displayName, int rank) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
    this.numeric = numeric;
    this.isoName = isoName;
    this.displayName = displayName;
    this.rank = rank;
  }

  private static int rank(String alpha2) {
    return switch (alpha2) {
      case "VN" -> 0;
      case "KH" -> 1;
      case "LA" -> 2;
      default -> 3;
    };
  }

  /** Returns the country's English short name, e.g. {@code Vietnam} (the common name where ISO has one). */
  public String displayName() {
    return displayName;
  }

  /** The ISO 3166-1 English short name, e.g. {@code Viet Nam}. */
  public String isoName() {
    return isoName;
  }

  /** Returns the ISO alpha-2 code, e.g. {@code VN}. */
  public String id() {
    return alpha2;
  }

  /** The ISO alpha-2 code, as {@link #id()} (kept from the time this type was an enum). */
  public String name() {
    return alpha2;
  }

  /** The ISO alpha-3 code, e.g. {@code VNM}. */
  public String alpha3() {
    return alpha3;
  }

  /** The ISO numeric code, e.g. 704. */
  public int numeric() {
    return numeric;
  }

  /**
   * Parses an ISO alpha-2 or alpha-3 code (case-insensitive, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException naming the bad code and what is allowed
   */
  public static Country of(String id) {
    String key = id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
    Country c = BY_ALPHA.get(key);
    if (c == null) {
      throw new IllegalArgumentException("unknown country '" + id + "'; expected " + validIds());
    }
    return c;
  }

  /** The country with this ISO 3166-1 numeric code, if any. */
  public static java.util.Optional<Country> ofNumeric(int code) {
    return java.util.Optional.ofNullable(BY_NUMERIC.get(code));
  }

  /** Every ISO 3166-1 country, in the order of {@link #compareTo}. */
  public static List<Country> all() {
    return ALL;
  }

  /** What a country id may be, for error messages. */
  public static String validIds() {
    return "an ISO 3166-1 alpha-2 or alpha-3 code such as VN or VNM";
  }

  @Override
  public int compareTo(Country o) {
    int c = Integer.compare(rank, o.rank);
    return c != 0 ? c : alpha2.compareTo(o.alpha2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Country c && c.alpha2.equals(alpha2);
  }

  @Override
  public int hashCode() {
    return alpha2.hashCode();
  }

  @Override
  public String toString() {
    return alpha2;
  }
}
