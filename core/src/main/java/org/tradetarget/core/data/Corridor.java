package org.tradetarget.core.data;

import java.util.List;
import java.util.Objects;

/**
 * An unordered pair of countries whose two-way trade is modelled: any two different ISO 3166-1
 * countries. The canonical id lists the countries in {@link Country} order — VN, KH, LA first, then
 * every other country in alphabetical order of its alpha-2 code — joined by a hyphen, so {@code
 * Corridor.of("LA-VN")} equals {@code Corridor.of("VN-LA")} and both print as {@code VN-LA}, and
 * {@code TH-LA}, {@code lao-tha} and {@code LA-TH} are all {@code LA-TH}. Ids accept alpha-2 or
 * alpha-3 codes in either order, case-insensitive, separated by {@code -} or {@code _}.
 *
 * <p>{@link #all()} are the three corridors of the bundled data; they sort first, in that order,
 * and every other corridor after them by its first, then its second country.
 */
public final class Corridor implements Comparable<Corridor> {
  /** Vietnam–Laos. */
  public static final Corridor VN_LA = new Corridor(Country.VN, Country.LA);
  /** Vietnam–Cambodia. */
  public static final Corridor VN_KH = new Corridor(Country.VN, Country.KH);
  /** Cambodia–Laos. */
  public static final Corridor KH_LA = new Corridor(Country.KH, Country.LA);

  private static final List<Corridor> ALL = List.of(VN_LA, VN_KH, KH_LA);

  private final Country first;
  private final Country second;

  private Corridor(Country first, Country second) {
    this.first = first;
    this.second = second;
  }

  /** Returns the corridor between two different countries, in canonical order. */
  public static Corridor of(Country a, Country b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "a corridor needs two different countries, got " + a + "-" + b);
    }
    Country lo = a.compareTo(b) < 0 ? a : b;
    Country hi = lo.equals(a) ? b : a;
    for (Corridor c : ALL) {
      if (c.first.equals(lo) && c.second.equals(hi)) {
        return c;
      }
    }
    return new Corridor(lo, hi);
  }

  /**
   * Parses an id such as {@code VN-LA} or {@code la-vn} (either order, case-insensitive): two
   * different countries, both as ISO alpha-2 or both as alpha-3 codes, joined by a hyphen (the form
   * every file and message of the product writes). Any other form, such as {@code TH_LAO} (an
   * underscore, and codes of two lengths), is refused rather than guessed at.
   *
   * @throws InvalidInputException naming the bad id and the allowed form
   */
  public static Corridor of(String id) {
    String s = id == null ? "" : id.trim();
    String[] parts = s.split("-", -1);
    if (parts.length != 2 || parts[0].length() != parts[1].length()) {
      throw new InvalidInputException(unknown(id));
    }
    try {
      return of(Country.of(parts[0]), Country.of(parts[1]));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(unknown(id), e);
    }
  }

  private static String unknown(String id) {
    return "unknown corridor '" + id + "'; valid: " + validIds();
  }

  /** The three corridors of the bundled data, in canonical order: VN-LA, VN-KH, KH-LA. */
  public static List<Corridor> all() {
    return ALL;
  }

  /** Whether this is one of the three corridors of the bundled data ({@link #all()}). */
  public boolean isBundled() {
    return ALL.contains(this);
  }

  /** What a corridor id may be, for error messages. */
  public static String validIds() {
    return "two different countries as ISO alpha-2 or as alpha-3 codes joined by '-',"
        + " e.g. VN-LA or THA-LAO"
        + " (bundled data: VN-LA, VN-KH, KH-LA)";
  }

  /** The first country in canonical order. */
  public Country first() {
    return first;
  }

  /** The second country in canonical order. */
  public Country second() {
    return second;
  }

  /** The canonical id, e.g. {@code VN-LA}. */
  public String id() {
    return first.name() + "-" + second.name();
  }

  /** A readable name, e.g. {@code Vietnam–Laos}. */
  public String displayName() {
    return first.displayName() + "\u2013" + second.displayName();
  }

  @Override
  public int compareTo(Corridor o) {
    int i = ALL.indexOf(this);
    int j = ALL.indexOf(o);
    if (i >= 0 || j >= 0) {
      return Integer.compare(i < 0 ? ALL.size() : i, j < 0 ? ALL.size() : j);
    }
    int c = first.compareTo(o.first);
    return c != 0 ? c : second.compareTo(o.second);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Corridor c && c.first.equals(first) && c.second.equals(second);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + second.hashCode();
  }

  @Override
  public String toString() {
    return id();
  }
}
