package org.tradetarget.core.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tradetarget.core.data.Country;

/**
 * Correlates of War (COW) state codes mapped to ISO 3166-1 countries, from the table {@code
 * cow-iso.csv} beside this class (its {@code #} lines name the sources: the COW State System
 * Membership list and ISO 3166-1). A COW code has a country only where an ISO 3166-1 country is the
 * same state; historical states (Austria-Hungary, Yugoslavia, the German Federal Republic, ...) have
 * none, and no two COW codes share a country.
 */
public final class CowCodes {
  /** The resource of the table. */
  static final String TABLE = "/org/tradetarget/core/evidence/cow-iso.csv";

  private static final Map<Long, Country> BY_CODE = load();

  private CowCodes() {}

  /** The country of a COW state code, if an ISO 3166-1 country is the same state. */
  public static Optional<Country> country(long ccode) {
    return Optional.ofNullable(BY_CODE.get(ccode));
  }

  /**
   * The series id of a COW pair: the two ISO alpha-2 codes in the file's order ({@code LA-VN} for
   * 812, 816) when both codes have a country, else the two COW codes ({@code 260-816}).
   */
  public static String pairId(long ccode1, long ccode2) {
    Country a = BY_CODE.get(ccode1);
    Country b = BY_CODE.get(ccode2);
    return a != null && b != null && !a.equals(b) ? a.id() + "-" + b.id() : ccode1 + "-" + ccode2;
  }

  private static Map<Long, Country> load() {
    InputStream raw = CowCodes.class.getResourceAsStream(TABLE);
    if (raw == null) {
      throw new IllegalStateException("the COW code table " + TABLE + " is missing");
    }
    Map<Long, Country> m = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      boolean header = false;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length == 3 && !f[2].isEmpty()) {
          Country c = Country.of(f[2]);
          if (m.containsValue(c)) {
            throw new IllegalStateException(TABLE + ": " + c.id() + " is mapped twice");
          }
          m.put(Long.parseLong(f[0]), c);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + TABLE, e);
    }
    return Map.copyOf(m);
  }
}
