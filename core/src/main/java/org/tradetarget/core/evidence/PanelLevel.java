package org.tradetarget.core.evidence;

import java.util.Locale;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The product level of the series built from a product-level panel (BACI): {@link #TOTAL} sums
 * every product of a pair; {@link #HS2}, {@link #HS4} and {@link #HS6} give one series per pair and
 * product code prefix of 2, 4 or 6 digits, with id {@code PAIR:PREFIX} (e.g. {@code KH-VN:09}).
 */
public enum PanelLevel {
  /** Every product of a pair. */
  TOTAL(0),
  /** HS chapters (2 digits). */
  HS2(2),
  /** HS headings (4 digits). */
  HS4(4),
  /** HS subheadings (6 digits). */
  HS6(6);

  private final int digits;

  PanelLevel(int digits) {
    this.digits = digits;
  }

  /** The digits of the product prefix, 0 for {@link #TOTAL}. */
  public int digits() {
    return digits;
  }

  /** The option value, e.g. {@code hs2}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The series id of a pair and a product code at this level: the pair id at {@link #TOTAL}, else
   * {@code PAIR:PREFIX}.
   *
   * @throws IllegalArgumentException when the product code is shorter than the level's digits
   */
  public String seriesId(String pair, String product) {
    if (digits == 0) {
      return pair;
    }
    if (product.length() < digits) {
      throw new IllegalArgumentException(
          "product code '" + product + "' has fewer than " + digits + " digits");
    }
    return pair + ":" + product.substring(0, digits);
  }

  /**
   * The id of the pair {A, B}: the two country ids in ascending order joined by {@code -}, or
   * null when both are the same.
   */
  public static String pairId(String a, String b) {
    int c = a.compareTo(b);
    return c == 0 ? null : c < 0 ? a + "-" + b : b + "-" + a;
  }

  /**
   * Parses {@code total}, {@code hs2}, {@code hs4} or {@code hs6}.
   *
   * @throws InvalidInputException naming the option, the value and the allowed values
   */
  public static PanelLevel of(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (PanelLevel l : values()) {
      if (l.id().equals(t)) {
        return l;
      }
    }
    throw new InvalidInputException(
        "option '--level': '" + text + "' is not allowed; expected total, hs2, hs4 or hs6");
  }
}
