package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** Small things a new user met, each pinned down. */
final class SmallFrictionsTest {
  @Test
  void aNegativeValue_isTheLibrarysOwnBadInput_namingYearAndValue() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> AnnualSeries.of("mine.csv", new int[] {2020, 2021}, new double[] {5, -3}));
    assertEquals("mine.csv: value for 2021 must be finite and > 0, got -3.0", e.getMessage());
  }

  @Test
  void targetToString_isShortAndSaysWhatItIs() {
    Target t = Dataset.embedded().currentTarget(Corridor.VN_KH).orElseThrow();
    assertEquals("Target[VN-KH US$ 20000 million, no deadline, current, open]", t.toString());
    Target u = Target.of(Corridor.of("TH-LA"), 1234.5, OptionalInt.of(2030));
    assertEquals("Target[LA-TH US$ 1234.5 million, by 2030, current, open]", u.toString());
    assertTrue(t.toString().length() < 80);
  }

  @Test
  void theLibraryBindsNoLoggingProvider() {
    // a library leaves the choice of logger to its user: no SLF4J provider on core's class path
    assertEquals(0, ServiceLoader.load(SLF4JServiceProvider.class).stream().count());
  }
}
