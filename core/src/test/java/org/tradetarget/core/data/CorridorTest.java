package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Corridors are unordered pairs with one canonical id, so data keyed either way meets. */
final class CorridorTest {
  @Test
  void eitherOrderGivesTheSameCorridor() {
    assertEquals(Corridor.of("VN-LA"), Corridor.of("LA-VN"));
    assertEquals(Corridor.of("vn-kh"), Corridor.of("KH-VN"));
    assertEquals(Corridor.of("LA-KH"), Corridor.KH_LA);
  }

  @Test
  void printsCanonicalIds() {
    assertEquals("VN-LA", Corridor.of("LA-VN").toString());
    assertEquals("VN-KH", Corridor.of("KH-VN").id());
    assertEquals("KH-LA", Corridor.of("LA-KH").id());
    assertEquals("Vietnam\u2013Laos", Corridor.VN_LA.displayName());
  }

  @Test
  void failsOnUnknownCorridorListingValidOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Corridor.of("XX-YY"));
    assertTrue(e.getMessage().contains("XX-YY"), e.getMessage());
    assertTrue(e.getMessage().contains("VN-LA"), e.getMessage());
  }

  @Test
  void anyPairOfCountries_alpha2OrAlpha3_eitherOrder() {
    Corridor c = Corridor.of("TH-LA");
    assertEquals(c, Corridor.of("lao-tha"));
    assertEquals(c, Corridor.of("THA-LAO"));
    // documented order: VN, KH, LA first, then alphabetical by alpha-2
    assertEquals("LA-TH", c.id());
    assertEquals("VN-CN", Corridor.of("CHN-VNM").id());
    assertEquals("KH-TH", Corridor.of("TH-KH").id());
    assertEquals("CN-TH", Corridor.of("THA-CHN").id());
    assertEquals("Laos\u2013Thailand", c.displayName());
    assertFalse(c.isBundled());
    assertTrue(Corridor.of("LAO-VNM").isBundled());
    assertSame(Corridor.VN_LA, Corridor.of("LAO-VNM"));
  }

  @Test
  void bundledCorridorsSortFirstInTheirOrder() {
    List<Corridor> l = new ArrayList<>(List.of(
        Corridor.of("CN-TH"),
        Corridor.KH_LA,
        Corridor.of("LA-TH"),
        Corridor.VN_KH,
        Corridor.VN_LA,
        Corridor.of("VN-CN")));
    Collections.sort(l);
    assertEquals("[VN-LA, VN-KH, KH-LA, VN-CN, LA-TH, CN-TH]", l.toString());
  }

  @Test
  void anotherFormIsRefusedWithTheLibrarysExceptionNamingItAndTheAllowedForm() {
    // an underscore, codes of two lengths, both, or a third part: not the form the product writes
    for (String bad :
        List.of("TH_LAO", "TH_LA", "THA_LAO", "TH-LAO", "THA-LA", "VN-LA-KH", "VN LA")) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> Corridor.of(bad), bad);
      assertEquals(
          "unknown corridor '" + bad + "'; valid: two different countries as ISO alpha-2 or as"
              + " alpha-3 codes joined by '-', e.g. VN-LA or THA-LAO (bundled data: VN-LA, VN-KH,"
              + " KH-LA)",
          e.getMessage());
    }
    // the forms the bundled data and every output write still parse, in either case and order
    assertSame(Corridor.VN_LA, Corridor.of("VN-LA"));
    assertSame(Corridor.VN_KH, Corridor.of(" kh-vn "));
    assertSame(Corridor.KH_LA, Corridor.of("KHM-LAO"));
  }

  @Test
  void failsOnSameCountryTwice() {
    assertThrows(IllegalArgumentException.class, () -> Corridor.of("VNM-VN"));
    assertThrows(IllegalArgumentException.class, () -> Corridor.of("VN-VN"));
    assertThrows(IllegalArgumentException.class, () -> Corridor.of("VN"));
  }
}
