package org.tradetarget.core.data;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code schemes trade files name countries by, each in one place with the table that defines it
 * (the tables are embedded from {@code seeds/}; their sources are in {@code seeds/README.md}):
 *
 * <ul>
 *   <li>{@link Scheme#ISO_ALPHA} — ISO 3166-1 alpha-2 or alpha-3 ({@code seeds/countries.csv});
 *       IMF IMTS, the Comtrade ISO columns, BACI's {@code country_iso3}.
 *   <li>{@link Scheme#ISO_NUMERIC} — ISO 3166-1 numeric (= UN M49 for countries).
 *   <li>{@link Scheme#COMTRADE} — UN Comtrade reporter and partner codes: M49, except the codes
 *       of {@code seeds/comtrade-codes.csv} (842 USA, 251 France, 381 Italy, 579 Norway, 699 India,
 *       757 Switzerland; areas such as 0 World and 490 "Other Asia, nes"). BACI uses the same codes.
 *   <li>{@link Scheme#IMF} — the IMF's numeric country codes of the legacy DOTS and IFS files
 *       ({@code seeds/imf-codes.csv}: 582 Vietnam, 544 Lao P.D.R., 522 Cambodia, 578 Thailand, ...).
 *       The table is partial (see the README); a code not in it is an error.
 * </ul>
 *
 * A code resolves to a country, to an area (an aggregate, a historical entity or an "nes" region,
 * which is never a country: readers skip its rows), or is unknown (an error naming the code and the
 * scheme).
 */
public final class CountryCodes {
  /** A code scheme. */
  public enum Scheme {
    /** ISO 3166-1 alpha-2 or alpha-3. */
    ISO_ALPHA("ISO 3166-1 alpha"),
    /** ISO 3166-1 numeric. */
    ISO_NUMERIC("ISO 3166-1 numeric"),
    /** UN Comtrade reporter and partner codes. */
    COMTRADE("UN Comtrade numeric"),
    /** IMF numeric country codes (DOTS, IFS). */
    IMF("IMF numeric");

    private final String label;

    Scheme(String label) {
      this.label = label;
    }

    /** The scheme's name for messages, e.g. {@code UN Comtrade numeric}. */
    public String label() {
      return label;
    }
  }

  /** What a code stands for: a country, or an area that is not one (the country is then empty). */
  public record Entry(String code, Optional<Country> country, String name) {
    /** Whether the code names an aggregate, historical entity or "nes" area rather than a country. */
    public boolean isArea() {
      return country.isEmpty();
    }
  }

  private static final Map<Integer, Entry> COMTRADE = load("comtrade-codes.csv");
  private static final Map<Integer, Entry> IMF = load("imf-codes.csv");

  private CountryCodes() {}

  private static Map<Integer, Entry> load(String file) {
    String path = "/org/tradetarget/core/seeds/" + file;
    InputStream in = CountryCodes.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "embedded data file " + path + " is missing from the library");
    }
    CsvRecords csv =
        CsvRecords.read("seeds/" + file, new InputStreamReader(in, StandardCharsets.UTF_8));
    csv.require("a code table", "code", "alpha3", "name", "kind");
    Map<Integer, Entry> m = new HashMap<>();
    for (CsvRecords.Row r : csv.rows()) {
      int code = Integer.parseInt(r.get("code"));
      Optional<Country> c = "country".equals(r.get("kind"))
          ? Optional.of(Country.of(r.get("alpha3")))
          : Optional.empty();
      m.put(code, new Entry(r.get("code"), c, r.get("name")));
    }
    return Map.copyOf(m);
  }

  /**
   * Resolves a code of a scheme.
   *
   * @return the entry, or empty when the scheme does not know the code
   */
  public static Optional<Entry> lookup(Scheme scheme, String code) {
    String s = code == null ? "" : code.trim();
    switch (scheme) {
      case ISO_ALPHA -> {
        String k = s.toUpperCase(Locale.ROOT);
        if ("W00".equals(k) || "WLD".equals(k) || "G001".equals(k)) {
          return Optional.of(new Entry(s, Optional.empty(), "World"));
        }
        try {
          Country c = Country.of(k);
          return Optional.of(new Entry(s, Optional.of(c), c.displayName()));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
      default -> {
        int n;
        try {
          n = StrictNumbers.parseInt(s);
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        return lookup(scheme, n);
      }
    }
  }

  /** Resolves a numeric code of {@link Scheme#ISO_NUMERIC}, {@link Scheme#COMTRADE} or {@link Scheme#IMF}. */
  public static Optional<Entry> lookup(Scheme scheme, int code) {
    switch (scheme) {
      case IMF -> {
        return Optional.ofNullable(IMF.get(code));
      }
      case COMTRADE -> {
        Entry e = COMTRADE.get(code);
        if (e != null) {
          return Optional.of(e);
        }
        return iso(code);
      }
      case ISO_NUMERIC -> {
        return code == 0 ? Optional.of(new Entry("0", Optional.empty(), "World")) : iso(code);
      }
      default -> throw new IllegalArgumentException(scheme + " codes are not numeric");
    }
  }

  private static Optional<Entry> iso(int code) {
    return Country.ofNumeric(code)
        .map(c -> new Entry(Integer.toString(code), Optional.of(c), c.displayName()));
  }

  /**
   * Resolves a code that must be known: a country, or empty for an area.
   *
   * @param where the file and line for the message, e.g. {@code trade.csv:12: column 'reporterCode'}
   * @throws InvalidInputException naming the code and the scheme when the scheme does not know it
   */
  public static Optional<Country> require(Scheme scheme, String code, String where) {
    return lookup(scheme, code)
        .orElseThrow(() -> new InvalidInputException(where + ": unknown " + scheme.label()
            + " country code '" + code + "'"
            + (scheme == Scheme.IMF
                ? " (the embedded IMF table is partial: " + "seeds/imf-codes.csv)"
                : "")))
        .country();
  }
}
