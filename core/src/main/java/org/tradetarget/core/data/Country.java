package org.tradetarget.core.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The countries whose bilateral trade the library models, identified by ISO 3166-1 alpha-2 code. */
public enum Country {
  /** Viet Nam. */
  VN("Vietnam"),
  /** Cambodia. */
  KH("Cambodia"),
  /** Lao PDR. */
  LA("Laos");

  private final String displayName;

  Country(String displayName) {
    this.displayName = displayName;
  }

  /** Returns the country's English short name, e.g. {@code Vietnam}. */
  public String displayName() {
    return displayName;
  }

  /** Returns the ISO alpha-2 code, e.g. {@code VN}. */
  public String id() {
    return name();
  }

  /**
   * Parses an ISO alpha-2 code (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad code and the valid ones
   */
  public static Country of(String id) {
    String key = id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
    for (Country c : values()) {
      if (c.name().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown country '" + id + "'; valid: " + validIds());
  }

  /** Returns the valid ids, comma-separated, for error messages. */
  public static String validIds() {
    return Arrays.stream(values()).map(Country::name).collect(Collectors.joining(", "));
  }
}
