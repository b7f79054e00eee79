package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Series keep gaps visible and reject values the models cannot take logs of. */
final class AnnualSeriesTest {
  private static final AnnualSeries GAPPY = AnnualSeries.of(
      "s",
      new int[] {2011, 2012, 2013, 2015, 2016, 2018, 2019, 2020},
      new double[] {1, 2, 3, 5, 6, 8, 9, 10});

  @Test
  void consecutiveTailEndsAtTheLastObservation() {
    AnnualSeries tail = GAPPY.consecutiveTail();
    assertArrayEquals(new int[] {2018, 2019, 2020}, tail.years());
    assertArrayEquals(new double[] {8, 9, 10}, tail.values());
  }

  @Test
  void gapsAreListed() {
    assertArrayEquals(new int[] {2014, 2017}, GAPPY.gaps());
    assertEquals(1, GAPPY.step());
    assertTrue(Double.isNaN(GAPPY.valueIn(2014)));
  }

  @Test
  void decennialSeriesUsesStepTen() {
    AnnualSeries s = AnnualSeries.of("d", new int[] {1990, 2000, 2010}, new double[] {1, 2, 4});
    assertEquals(10, s.step());
    // t = (year - first year) / step + 1
    assertEquals(1.0, s.timeIndex(1990));
    assertEquals(3.0, s.timeIndex(2010));
    assertEquals(s, s.consecutiveTail());
  }

  @Test
  void logViewIsNaturalLog() {
    AnnualSeries s = AnnualSeries.of("e", new int[] {2000, 2001}, new double[] {1, Math.E});
    assertArrayEquals(new double[] {0, 1}, s.logValues(), 1e-15);
  }

  @Test
  void rejectsBadValuesNamingTheYear() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> AnnualSeries.of("x", new int[] {2000, 2001}, new double[] {1, 0}));
    assertTrue(e.getMessage().contains("2001"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AnnualSeries.of("x", new int[] {2000, 2001}, new double[] {1, Double.NaN}));
    assertThrows(
        IllegalArgumentException.class,
        () -> AnnualSeries.of("x", new int[] {2001, 2000}, new double[] {1, 2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> AnnualSeries.of("x", new int[] {2000, 2000}, new double[] {1, 2}));
    assertThrows(
        IllegalArgumentException.class, () -> AnnualSeries.of("x", new int[0], new double[0]));
  }

  @Test
  void isImmutable() {
    int[] years = {2000, 2001};
    double[] values = {1, 2};
    AnnualSeries s = AnnualSeries.of("x", years, values);
    years[0] = 1990;
    values[0] = 99;
    s.values()[1] = 42;
    assertEquals(2000, s.firstYear());
    assertArrayEquals(new double[] {1, 2}, s.values());
  }
}
