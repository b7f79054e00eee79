package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Trade files name countries by alpha-2, alpha-3, ISO numeric, Comtrade and IMF codes; each must
 * land on the same country, aggregates must never become one, and an unknown code must say which
 * code of which scheme it was.
 */
final class CountryTest {
  @Test
  void everyIsoCountry_withItsCodes() {
    assertEquals(249, Country.all().size()); // iso-codes 4.15.0: 249 entries in ISO 3166-1
    Country th = Country.of("tha");
    assertSame(th, Country.of("TH"));
    assertEquals(764, th.numeric());
    assertEquals("THA", th.alpha3());
    assertEquals("Thailand", th.displayName());
    assertSame(Country.VN, Country.of(" vnm "));
    assertEquals("Viet Nam", Country.VN.isoName());
    assertEquals("Vietnam", Country.VN.displayName());
    assertEquals("Laos", Country.LA.displayName());
    assertEquals("Cambodia", Country.KH.displayName());
    assertEquals(Optional.of(Country.LA), Country.ofNumeric(418));
  }

  @Test
  void orderStartsWithTheBundledThree() {
    assertEquals(Country.VN, Country.all().get(0));
    assertEquals(Country.KH, Country.all().get(1));
    assertEquals(Country.LA, Country.all().get(2));
    assertEquals("AD", Country.all().get(3).id());
  }

  @Test
  void unknownCode_namesIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Country.of("XK"));
    assertTrue(e.getMessage().contains("'XK'"), e.getMessage());
  }

  @Test
  void comtradeCodes_exceptionsAndAreas() {
    assertEquals(Optional.of(Country.of("USA")), comtrade(842));
    assertEquals(Optional.of(Country.of("FRA")), comtrade(251));
    assertEquals(Optional.of(Country.of("ITA")), comtrade(381));
    assertEquals(Optional.of(Country.of("NOR")), comtrade(579));
    assertEquals(Optional.of(Country.of("IND")), comtrade(699));
    assertEquals(Optional.of(Country.of("CHE")), comtrade(757));
    assertEquals(Optional.of(Country.VN), comtrade(704)); // M49 = ISO numeric otherwise
    assertTrue(
        CountryCodes.lookup(CountryCodes.Scheme.COMTRADE, 490).orElseThrow().isArea());
    assertTrue(
        CountryCodes.lookup(CountryCodes.Scheme.COMTRADE, 0).orElseThrow().isArea());
    // 582 is Fmr Pacific Isds in Comtrade, Viet Nam in the IMF's scheme
    assertTrue(
        CountryCodes.lookup(CountryCodes.Scheme.COMTRADE, 582).orElseThrow().isArea());
  }

  @Test
  void imfCodes() {
    assertEquals(Optional.of(Country.VN), imf(582));
    assertEquals(Optional.of(Country.LA), imf(544));
    assertEquals(Optional.of(Country.KH), imf(522));
    assertEquals(Optional.of(Country.of("TH")), imf(578));
    assertEquals(Optional.of(Country.of("US")), imf(111));
    assertTrue(CountryCodes.lookup(CountryCodes.Scheme.IMF, 1).orElseThrow().isArea());
  }

  @Test
  void unknownSchemeCode_namesCodeAndScheme() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () ->
            CountryCodes.require(CountryCodes.Scheme.IMF, "999", "f.csv:3: column 'Country Code'"));
    assertEquals(
        "f.csv:3: column 'Country Code': unknown IMF numeric country code '999' (the embedded IMF table"
            + " is partial: seeds/imf-codes.csv)",
        e.getMessage());
    e = assertThrows(
        InvalidInputException.class,
        () -> CountryCodes.require(
            CountryCodes.Scheme.COMTRADE, "998", "f.csv:2: column 'partnerCode'"));
    assertEquals(
        "f.csv:2: column 'partnerCode': unknown UN Comtrade numeric country code '998'",
        e.getMessage());
  }

  private static Optional<Country> comtrade(int code) {
    return CountryCodes.lookup(CountryCodes.Scheme.COMTRADE, code).orElseThrow().country();
  }

  private static Optional<Country> imf(int code) {
    return CountryCodes.lookup(CountryCodes.Scheme.IMF, code).orElseThrow().country();
  }
}
