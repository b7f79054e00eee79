package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corridor.of("XX-YY"));
    assertTrue(e.getMessage().contains("XX-YY"), e.getMessage());
    assertTrue(e.getMessage().contains("VN-LA"), e.getMessage());
  }

  @Test
  void failsOnSameCountryTwice() {
    assertThrows(IllegalArgumentException.class, () -> Corridor.of("VN-VN"));
    assertThrows(IllegalArgumentException.class, () -> Corridor.of("VN"));
  }
}
