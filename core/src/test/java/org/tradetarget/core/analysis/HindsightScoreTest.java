package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Brier and log scores and the leave-one-out climatology, worked out by hand. */
class HindsightScoreTest {
  @Test
  void brierLogScoreAndClimatologyByHand() {
    // p = 0.8 met, 0.3 missed, 0.6 missed, 1.0 met.
    // Brier = (0.2^2 + 0.3^2 + 0.6^2 + 0^2) / 4 = 0.49 / 4 = 0.1225.
    // Log = -(ln 0.8 + ln 0.7 + ln 0.4 + ln 0.999) / 4 (1.0 bounded to 0.999)
    //     = (0.2231436 + 0.3566749 + 0.9162907 + 0.0010005) / 4 = 0.3742774.
    // Climatology (2 of 4 met), left out one at a time: a met target gets 1/3, a missed one 2/3;
    // Brier = 4 x (4/9) / 4 = 0.4444444; log = -ln(1/3) = 1.0986123 for every target.
    HindsightScore s = HindsightScore.of(List.of(
        new HindsightScore.Case(0.8, true),
        new HindsightScore.Case(0.3, false),
        new HindsightScore.Case(0.6, false),
        new HindsightScore.Case(1.0, true)));
    assertEquals(4, s.n());
    assertEquals(2, s.met());
    assertEquals(0.1225, s.brier(), 1e-12);
    assertEquals(0.3742774, s.logScore(), 1e-6);
    assertEquals(4.0 / 9, s.climatologyBrier(), 1e-12);
    assertEquals(1.0986123, s.climatologyLogScore(), 1e-6);
  }

  @Test
  void oneTargetHasTheClimatologyOfAHalfAndNoneIsRefused() {
    // n = 1: the climatology is 1/2, Brier (1/2)^2 = 0.25, log ln 2 = 0.6931472; p = 0 on a met
    // target is bounded to 0.001: log = -ln 0.001 = 6.9077553, Brier 1.
    HindsightScore s = HindsightScore.of(List.of(new HindsightScore.Case(0.0, true)));
    assertEquals(1.0, s.brier(), 1e-12);
    assertEquals(6.9077553, s.logScore(), 1e-6);
    assertEquals(0.25, s.climatologyBrier(), 1e-12);
    assertEquals(0.6931472, s.climatologyLogScore(), 1e-6);
    assertThrows(IllegalArgumentException.class, () -> HindsightScore.of(List.of()));
  }
}
