package org.tradetarget.core.data;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names of a CEPII BACI release's files and its country code file ({@code
 * country_codes_V??????.csv}), which maps BACI's numeric codes to ISO alpha-3 ({@code
 * country_iso3}, or {@code iso_3digit_alpha} in older releases). A code whose alpha-3 is not an
 * ISO 3166-1 country (e.g. an "nes" area) maps to no country.
 */
public final class BaciCodes {
  private static final Pattern YEAR_FILE =
      Pattern.compile("BACI_HS\\d{2}_Y\\d{4}_V[0-9A-Za-z]+\\.csv");
  private static final Pattern CODES_FILE = Pattern.compile("country_codes_V[0-9A-Za-z]+\\.csv");

  private BaciCodes() {}

  /** Whether a file name is a BACI year file, {@code BACI_HS??_Y????_V??????.csv}. */
  public static boolean isYearFile(String name) {
    return YEAR_FILE.matcher(name).matches();
  }

  /** Whether a file name is a BACI country code file, {@code country_codes_V??????.csv}. */
  public static boolean isCodesFile(String name) {
    return CODES_FILE.matcher(name).matches();
  }

  /**
   * The name of each code as a panel writes it: the ISO alpha-2 code of a country, BACI's numeric
   * code for an area.
   */
  public static Map<Integer, String> names(Map<Integer, Optional<Country>> codes) {
    Map<Integer, String> out = new HashMap<>();
    codes.forEach((k, v) -> out.put(k, v.map(Country::id).orElse(Integer.toString(k))));
    return out;
  }

  /** Reads a country code file: each numeric code and its country, empty for an area. */
  public static Map<Integer, Optional<Country>> read(Path file) {
    return read(
        file.getFileName().toString(),
        TextFiles.read(file, TextFiles.MAX_CSV_BYTES, "a BACI country code file"));
  }

  /**
   * Reads the text of a country code file named {@code name}.
   *
   * @throws InvalidInputException for a missing column or a code that is not a whole number,
   *     naming the file, line and column
   */
  public static Map<Integer, Optional<Country>> read(String name, String text) {
    CsvRecords csv = CsvRecords.read(name, new StringReader(text));
    String iso3 = csv.has("country_iso3") ? "country_iso3" : "iso_3digit_alpha";
    csv.require("a BACI country code file", "country_code", iso3);
    Map<Integer, Optional<Country>> m = new HashMap<>();
    for (CsvRecords.Row r : csv.rows()) {
      int code;
      try {
        code = StrictNumbers.parseInt(r.get("country_code"));
      } catch (NumberFormatException e) {
        throw r.bad(
            "country_code", r.get("country_code"), "is not allowed; expected a numeric code");
      }
      Optional<Country> c;
      try {
        c = Optional.of(Country.of(r.get(iso3)));
      } catch (IllegalArgumentException e) {
        c = Optional.empty();
      }
      m.put(code, c);
    }
    return m;
  }
}
