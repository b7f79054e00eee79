package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * A fit's problems and notes name settings in the words of whoever parsed the parameters: the
 * library's by default, a front end's when it passes its own. The expected sentences are written
 * out by hand from the words below.
 */
final class SettingWordsFlowTest {
  /** Words that mark every setting, so the test sees exactly where each one is used. */
  private static final SettingWords MARKED = new SettingWords() {
    @Override
    public String parameter(String name) {
      return "<" + name + ">";
    }

    @Override
    public String setParameter(String name, String value) {
      return "<" + name + " := " + value + ">";
    }

    @Override
    public String fromYear(int year) {
      return "<from " + year + ">";
    }

    @Override
    public String fitFrom(int year) {
      return "<fit from " + year + ">";
    }

    @Override
    public String corridorSeries() {
      return "<corridor series>";
    }
  };

  private static final AnnualSeries SIX =
      AnnualSeries.of("x", new int[] {2010, 2011, 2012, 2013, 2014, 2015}, new double[] {
        100, 110, 121, 133, 146, 161
      });

  @Test
  void libraryWords_areTheDefault() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.CONSTANT_GROWTH.fit(SIX, ModelParams.none(), OptionalInt.empty()));
    assertTrue(
        e.getMessage().contains("give parameter 'rate' (a fraction per step"), e.getMessage());
    Calibration c = ModelKind.RW_DRIFT.fit(SIX, ModelParams.none(), OptionalInt.of(2012));
    assertEquals("used 4 points, 2012-2015; from 2012", c.notes().get(0));
  }

  @Test
  void givenWords_nameEverySetting() {
    ModelParams marked = ModelParams.none().withWords(MARKED);
    InvalidInputException noRate = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.CONSTANT_GROWTH.fit(SIX, marked, OptionalInt.empty()));
    assertTrue(
        noRate.getMessage().contains("give <rate> (a fraction per step"), noRate.getMessage());

    Calibration c = ModelKind.RW_DRIFT.fit(SIX, marked, OptionalInt.of(2012));
    assertEquals("used 4 points, 2012-2015; <from 2012>", c.notes().get(0));

    InvalidInputException early = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.RW_DRIFT.fit(SIX, marked, OptionalInt.of(2000)));
    assertTrue(early.getMessage().startsWith("<from 2000> is not allowed for rw-drift"));

    // Six points allow a window of at most 5; ask for 7.
    InvalidInputException window = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.CAGR.fit(SIX, marked.with("window", "7"), OptionalInt.empty()));
    assertTrue(window.getMessage().endsWith("; <window := 5 or less>"), window.getMessage());

    InvalidInputException notCorridor = assertThrows(
        InvalidInputException.class, () -> ModelKind.GRAVITY.fit(SIX, marked, OptionalInt.empty()));
    assertTrue(notCorridor.getMessage().contains("use <corridor series>, valid: "));

    Calibration noSigma =
        ModelKind.CONSTANT_GROWTH.fit(SIX, marked.with("rate", "0.1"), OptionalInt.empty());
    assertTrue(noSigma.notes().stream().anyMatch(n -> n.contains("give <sigma> (log scale")));
  }

  @Test
  void copies_keepTheWords() {
    ModelParams marked = ModelParams.none().withWords(MARKED).with("rate", "0.1");
    assertEquals(MARKED, marked.words());
    assertEquals(SettingWords.LIBRARY, ModelParams.none().with("rate", "0.1").words());
  }
}
