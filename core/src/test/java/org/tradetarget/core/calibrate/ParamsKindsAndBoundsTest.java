package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.testing.Reference;

/**
 * The small pieces every fit goes through: reading parameters ({@link ModelParams}), the points a
 * kind fits on and the note that says so, the kinds' help table, and the notes a maximum-likelihood
 * ETS fit adds when it stops at a bound of ets's parameter space (α, β in [1e-4, 0.9999], β ≤ α, φ
 * in [0.8, 0.98]; "at a bound" = within 1e-3), checked against R's fitted values in the reference
 * set.
 */
final class ParamsKindsAndBoundsTest {
  private static ModelParams of(String... nameValue) {
    ModelParams p = ModelParams.none();
    for (int i = 0; i < nameValue.length; i += 2) {
      p = p.with(nameValue[i], nameValue[i + 1]);
    }
    return p;
  }

  private static void refused(Runnable r, String... parts) {
    InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), e.getMessage());
    }
  }

  // ---------------------------------------------------------------- ModelParams

  @Test
  void numbers_areFiniteAndWithinTheirClosedRange() {
    ModelParams p = of("rate", "0.25", "lo", "-1", "hi", "2", "bad", "abc", "inf", "Infinity");
    assertEquals(OptionalDouble.of(0.25), p.number("rate"));
    assertEquals(OptionalDouble.empty(), p.number("absent"));
    assertEquals(OptionalDouble.empty(), p.number("absent", 0, 1));
    assertEquals(OptionalDouble.of(-1), p.number("lo", -1, 2), "the lower end is allowed");
    assertEquals(OptionalDouble.of(2), p.number("hi", -1, 2), "the upper end is allowed");
    refused(() -> p.number("lo", -0.999, 2), "parameter 'lo'", "[-0.999, 2.0]");
    refused(() -> p.number("hi", -1, 1.999), "parameter 'hi'", "[-1.0, 1.999]");
    refused(() -> p.number("bad"), "parameter 'bad'", "'abc' is not a finite number");
    refused(() -> p.number("inf"), "'Infinity' is not a finite number");
    refused(() -> of("n", "NaN").number("n"), "'NaN'");
  }

  @Test
  void integers_areWholeAndWithinTheirRange_orTheDefault() {
    ModelParams p = of("p", "2", "q", "0", "big", "3", "neg", "-1", "frac", "1.5");
    assertEquals(2, p.integer("p", 0, 2, 1), "the upper end is allowed");
    assertEquals(0, p.integer("q", 0, 2, 1), "the lower end is allowed");
    assertEquals(7, p.integer("absent", 0, 2, 7));
    refused(() -> p.integer("big", 0, 2, 1), "parameter 'big'", "whole number from 0 to 2");
    refused(() -> p.integer("neg", 0, 2, 1), "'-1'");
    refused(() -> p.integer("frac", 0, 2, 1), "'1.5'");
  }

  @Test
  void booleans_areTrueOrFalseInAnyCase_orTheDefault() {
    ModelParams p = of("a", "TRUE", "b", "False", "c", "yes");
    assertTrue(p.bool("a", false));
    assertFalse(p.bool("b", true));
    assertTrue(p.bool("absent", true));
    assertFalse(p.bool("absent", false));
    refused(() -> p.bool("c", true), "parameter 'c'", "'yes'", "true or false");
  }

  @Test
  void parse_takesNameEqualsValue_lowerCasesNames_andRefusesRepeatsAndBareNames() {
    ModelParams p = ModelParams.parse(List.of(" Rate = 0.1 ", "sigma=0.2", "x=a=b"));
    assertEquals("0.1", p.value("rate"));
    assertEquals("0.2", p.value("sigma"));
    assertEquals("a=b", p.value("x"), "only the first '=' separates");
    assertEquals(List.of("rate", "sigma", "x"), new ArrayList<>(p.names()));
    assertTrue(
        p.toString().contains("rate=0.1") && p.toString().contains("sigma=0.2"), p.toString());
    refused(() -> ModelParams.parse(List.of("=5")), "'=5'", "expected name=value");
    refused(() -> ModelParams.parse(List.of("rate")), "'rate'");
    refused(() -> ModelParams.parse(List.of("a=1", "A=2")), "parameter 'a' is given twice");
    ModelParams one = ModelParams.parse(List.of("a=1"));
    assertEquals("1", one.value("a"), "a one-letter name before '=' is a name");
  }

  // ---------------------------------------------------------------- ModelKind

  /** 2010, 2011, 2013, 2014, 2015: a gap at 2012. */
  private static AnnualSeries gapped() {
    return AnnualSeries.of(
        "gapped", new int[] {2010, 2011, 2013, 2014, 2015}, new double[] {100, 110, 130, 140, 150});
  }

  @Test
  void pointsUsed_recursiveKindsTakeTheConsecutiveTail_othersEveryPoint() {
    AnnualSeries s = gapped();
    assertTrue(ModelKind.RW_DRIFT.recursive());
    assertFalse(ModelKind.LOG_LINEAR.recursive());
    assertEquals(2013, ModelKind.RW_DRIFT.pointsUsed(s, OptionalInt.empty()).firstYear());
    assertEquals(3, ModelKind.RW_DRIFT.pointsUsed(s, OptionalInt.empty()).size());
    assertEquals(5, ModelKind.LOG_LINEAR.pointsUsed(s, OptionalInt.empty()).size());
    // 'from' may be the first or the last year of those points, not outside them.
    assertEquals(2013, ModelKind.RW_DRIFT.pointsUsed(s, OptionalInt.of(2013)).firstYear());
    assertEquals(1, ModelKind.RW_DRIFT.pointsUsed(s, OptionalInt.of(2015)).size());
    assertEquals(2010, ModelKind.LOG_LINEAR.pointsUsed(s, OptionalInt.of(2010)).firstYear());
    refused(
        () -> ModelKind.RW_DRIFT.pointsUsed(s, OptionalInt.of(2011)),
        "from 2011",
        "2013 to 2015",
        "consecutive run");
    refused(() -> ModelKind.LOG_LINEAR.pointsUsed(s, OptionalInt.of(2016)), "2010 to 2015");
    refused(() -> ModelKind.LOG_LINEAR.pointsUsed(s, OptionalInt.of(2009)), "from 2009");
  }

  @Test
  void theFitNote_saysWhichYearsWereUsedAndWhy() {
    AnnualSeries s = gapped();
    String walk = ModelKind.RW_DRIFT.fit(s, ModelParams.none()).notes().get(0);
    assertEquals(
        "used 3 points, 2013-2015; earlier points (2010-2011) are cut off by a gap: rw-drift"
            + " needs consecutive points",
        walk);
    String line = ModelKind.LOG_LINEAR.fit(s, ModelParams.none()).notes().get(0);
    assertEquals("used 5 points, 2010-2015 (1 missing year inside)", line);
    String from = ModelKind.LOG_LINEAR
        .fit(s, ModelParams.none(), OptionalInt.of(2011))
        .notes()
        .get(0);
    assertEquals("used 4 points, 2011-2015 (1 missing year inside); from 2011", from);
  }

  @Test
  void helpTable_wrapsEveryKindToTheWidth_keepingEveryWord() {
    int width = 60;
    List<String> lines = ModelKind.helpTable(width);
    for (String l : lines) {
      // A line may pass the width only when it holds one word after its indent.
      assertTrue(l.length() <= width || l.strip().indexOf(' ') < 0, "too long: " + l);
    }
    int col = 0;
    for (ModelKind k : ModelKind.values()) {
      col = Math.max(col, k.id().length());
    }
    String indent = " ".repeat(col + 4);
    StringBuilder all = new StringBuilder();
    for (String l : lines) {
      all.append(' ').append(l.strip());
    }
    for (ModelKind k : ModelKind.values()) {
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith("  " + k.id() + " ")), "no line for " + k.id());
      assertFalse(k.description().isBlank(), k.id());
      assertFalse(k.parameterUncertainty().isBlank(), k.id());
      String words = String.join(
          " ",
          (k.description() + "; " + k.scale().id() + " scale, " + k.minPointsText()).split(" "));
      assertTrue(all.toString().replaceAll(" +", " ").contains(words), "wrapped text of " + k.id());
    }
    assertTrue(lines.stream().filter(l -> !l.startsWith("  " + "")).count() == 0);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(indent) && !l.startsWith(indent + " ")));
  }

  // ---------------------------------------------------------------- ETS bound notes

  private static List<String> notes(String series, ModelKind kind) {
    return kind.fit(Reference.series(series), ModelParams.none()).notes();
  }

  private static boolean mentions(List<String> notes, String what) {
    return notes.stream().anyMatch(n -> n.startsWith(what) && n.contains("is at a bound"));
  }

  @Test
  void etsFits_sayWhichParameterStoppedAtABound() {
    // R's fits: airmiles AAN α = 0.99990 (upper bound), β_ets = 0.137 (inside).
    List<String> a = notes("airmiles", ModelKind.HOLT);
    assertTrue(mentions(a, "alpha = "), a.toString());
    assertFalse(mentions(a, "beta_ets = "), a.toString());
    // airmiles AAdN: α at the upper bound, β_ets = 1.0002e-4 at the lower, φ = 0.958 inside.
    List<String> b = notes("airmiles", ModelKind.HOLT_DAMPED);
    assertTrue(mentions(b, "alpha = ") && mentions(b, "beta_ets = "), b.toString());
    assertFalse(mentions(b, "phi = "), b.toString());
    // synth_a AAN: α = 0.00141 (1.3e-3 above the lower bound: inside), β_ets = α (its upper bound).
    List<String> c = notes("synth_a", ModelKind.HOLT);
    assertFalse(mentions(c, "alpha = "), c.toString());
    assertTrue(mentions(c, "beta_ets = "), c.toString());
    // synth_a AAdN: α = 1.06e-4 (lower), β_ets at α, φ = 0.98 (upper).
    List<String> d = notes("synth_a", ModelKind.HOLT_DAMPED);
    assertTrue(
        mentions(d, "alpha = ") && mentions(d, "beta_ets = ") && mentions(d, "phi = "),
        d.toString());
    // The interior fits of extra.R: no bound.
    for (ModelKind k : List.of(ModelKind.HOLT, ModelKind.HOLT_DAMPED)) {
      List<String> e = notes("synth_ets", k);
      assertFalse(e.stream().anyMatch(n -> n.contains("is at a bound")), e.toString());
    }
  }
}
