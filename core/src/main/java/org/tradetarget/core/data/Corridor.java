package org.tradetarget.core.data;

import java.util.List;
import java.util.Objects;

/**
 * An unordered pair of countries whose two-way trade is modelled. The canonical id lists the
 * countries in {@link Country} declaration order (VN, KH, LA), so {@code Corridor.of("LA-VN")}
 * equals {@code Corridor.of("VN-LA")} and both print as {@code VN-LA}.
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
    if (a == b) {
      throw new IllegalArgumentException("a corridor needs two different countries, got " + a + "-" + b);
    }
    Country lo = a.compareTo(b) < 0 ? a : b;
    Country hi = lo == a ? b : a;
    for (Corridor c : ALL) {
      if (c.first == lo && c.second == hi) {
        return c;
      }
    }
    throw new IllegalStateException("no corridor for " + lo + "-" + hi);
  }

  /**
   * Parses an id such as {@code VN-LA} or {@code la-vn} (either order, case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad id and the valid ones
   */
  public static Corridor of(String id) {
    String s = id == null ? "" : id.trim();
    String[] parts = s.split("[-_]", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(unknown(id));
    }
    try {
      return of(Country.of(parts[0]), Country.of(parts[1]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(unknown(id), e);
    }
  }

  private static String unknown(String id) {
    return "unknown corridor '" + id + "'; valid: " + validIds();
  }

  /** Every corridor of the three countries, in canonical order: VN-LA, VN-KH, KH-LA. */
  public static List<Corridor> all() {
    return ALL;
  }

  /** Returns the valid corridor ids, comma-separated, for error messages. */
  public static String validIds() {
    return "VN-LA, VN-KH, KH-LA (either order)";
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
    return Integer.compare(ALL.indexOf(this), ALL.indexOf(o));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Corridor c && c.first == first && c.second == second;
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
