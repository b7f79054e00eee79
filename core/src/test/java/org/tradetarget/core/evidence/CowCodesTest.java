package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The COW → ISO table against the COW State System Membership list's own names. */
class CowCodesTest {
  @Test
  void theCorridorsStatesAndHistoricalStates() {
    // COW list: 816 DRV Vietnam, 812 LAO Laos, 811 CAM Cambodia, 732 ROK South Korea,
    // 710 CHN China, 365 RUS Russia, 255 GMY Germany; 260 GFR and 345 YUG are historical states.
    assertEquals("VN", CowCodes.country(816).orElseThrow().id());
    assertEquals("LA", CowCodes.country(812).orElseThrow().id());
    assertEquals("KH", CowCodes.country(811).orElseThrow().id());
    assertEquals("KR", CowCodes.country(732).orElseThrow().id());
    assertEquals("CN", CowCodes.country(710).orElseThrow().id());
    assertEquals("RU", CowCodes.country(365).orElseThrow().id());
    assertEquals("DE", CowCodes.country(255).orElseThrow().id());
    assertTrue(CowCodes.country(260).isEmpty());
    assertTrue(CowCodes.country(345).isEmpty());
    assertTrue(CowCodes.country(730).isEmpty()); // Korea before 1910, not the Republic of Korea
    assertEquals("LA-VN", CowCodes.pairId(812, 816));
    assertEquals("260-816", CowCodes.pairId(260, 816));
  }
}
