package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A fan chart on a log scale: its value ticks are 1, 2 and 5 times powers of ten, and a value's
 * height is linear in its logarithm, so equal heights are equal growth rates.
 */
final class SvgLogScaleTest {
  /** A y-axis tick label: right-aligned at x = 64 (6 units left of the axis at 70). */
  private static final Pattern TICK =
      Pattern.compile("<text x='64\\.0' y='([0-9.]+)' text-anchor='end'[^>]*>([0-9,.]+)</text>");

  /** The dashed target line across the plot. */
  private static final Pattern TARGET = Pattern.compile(
      "<line x1='[0-9.]+' y1='([0-9.]+)' x2='[0-9.]+' y2='[0-9.]+' stroke='#d62728' stroke-width='1.5'");

  /**
   * History 120 → 400 over 2020..2025, simulated 2026..2030 with the 5 % quantile from 300 down
   * to 150 and the 95 % one up to 3,000; target 1,000 by 2030.
   */
  private static Svg.Fan fan(double lowest) {
    return new Svg.Fan(
        "test",
        new int[] {2020, 2021, 2022, 2023, 2024, 2025},
        new double[] {120, 150, 200, 250, 320, 400},
        new int[] {2026, 2027, 2028, 2029, 2030},
        new double[] {300, 250, 200, 170, lowest},
        new double[] {380, 400, 420, 440, 460},
        new double[] {440, 480, 530, 580, 640},
        new double[] {500, 600, 700, 800, 900},
        new double[] {700, 1000, 1500, 2200, 3000},
        1000,
        2030,
        new double[0][]);
  }

  private record Tick(double y, double value) {}

  private static List<Tick> ticks(String svg) {
    List<Tick> out = new ArrayList<>();
    Matcher m = TICK.matcher(svg);
    while (m.find()) {
      out.add(new Tick(
          Double.parseDouble(m.group(1)) - 4, Double.parseDouble(m.group(2).replace(",", ""))));
    }
    return out;
  }

  @Test
  void ticksAreOneTwoFiveTimesPowersOfTen() {
    List<Tick> t = ticks(Svg.fan(fan(150), true));
    // lowest value drawn 120 (history), / 1.05 = 114.3 -> 100 at or below; highest 3,000
    // x 1.05 = 3,150 -> 5,000 at or above; between them 200, 500, 1,000, 2,000
    assertEquals(
        List.of(100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0),
        t.stream().map(Tick::value).toList());
    for (Tick k : t) {
      double mantissa = k.value() / Math.pow(10, Math.floor(Math.log10(k.value())));
      assertTrue(
          Math.abs(mantissa - 1) < 1e-9
              || Math.abs(mantissa - 2) < 1e-9
              || Math.abs(mantissa - 5) < 1e-9,
          k.toString());
    }
  }

  @Test
  void aValueSitsAtTheHeightOfItsLogarithm() {
    String svg = Svg.fan(fan(150), true);
    List<Tick> t = ticks(svg);
    // the plot runs from y = 315 (360 - 45, bottom: 100) to y = 30 (top: 5,000), 285 units;
    // a value v sits at 315 - 285 * ln(v / 100) / ln(5000 / 100)
    for (Tick k : t) {
      double expected = 315 - 285 * Math.log(k.value() / 100) / Math.log(50);
      assertEquals(expected, k.y(), 0.051, k.toString());
    }
    // the target 1,000: 315 - 285 * ln 10 / ln 50 = 315 - 285 * 0.588592 = 147.25
    Matcher m = TARGET.matcher(svg);
    assertTrue(m.find(), svg);
    assertEquals(147.25, Double.parseDouble(m.group(1)), 0.051);
    // on the linear axis (0 to niceCeil(3,150) = 5,000) the same target sits at
    // 315 - 285 * 1000 / 5000 = 258
    Matcher lin = TARGET.matcher(Svg.fan(fan(150)));
    assertTrue(lin.find());
    assertEquals(258.0, Double.parseDouble(lin.group(1)), 0.051);
  }

  @Test
  void linearIsTheDefaultAndUnchanged() {
    assertEquals(Svg.fan(fan(150)), Svg.fan(fan(150), false));
    assertNotEquals(Svg.fan(fan(150)), Svg.fan(fan(150), true));
    // linear ticks: 0, 1,000 .. 5,000
    assertEquals(
        List.of(0.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0),
        ticks(Svg.fan(fan(150))).stream().map(Tick::value).toList());
  }

  @Test
  void aValueAtOrBelowZeroIsDrawnAtTheBottomOfALogAxis() {
    String svg = Svg.fan(fan(-5), true);
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
    // the band's low edge at -5 in 2030 (x = 70 + 550, the right end) is on the bottom line,
    // y = 315
    assertTrue(svg.contains(" L620.0,315.0 "), svg);
  }

  @Test
  void manyDecadesKeepOnlyThePowersOfTen() {
    // 1-2-5 from 1 to 100,000 would be 16 ticks; powers of ten are 6
    assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0), LogScale.ticks(1, 100000));
    assertEquals(List.of(2.0, 5.0, 10.0, 20.0), LogScale.ticks(2, 20));
    assertEquals(200.0, LogScale.floor125(250));
    assertEquals(500.0, LogScale.ceil125(250));
    assertEquals(1000.0, LogScale.ceil125(501));
  }

  /** The fixture with the band's top at the last simulated year set to {@code top}. */
  private static Svg.Fan fanEndingAt(double top) {
    Svg.Fan f = fan(150);
    double[] q95 = f.q95().clone();
    q95[q95.length - 1] = top;
    return new Svg.Fan(
        f.title(),
        f.historyYears(),
        f.history(),
        f.years(),
        f.q05(),
        f.q25(),
        f.q50(),
        f.q75(),
        q95,
        f.target(),
        f.deadline(),
        f.samplePaths());
  }

  @Test
  void aBandEndingAboveTenTimesTheLastObservationGoesLogarithmicAndSaysSo() {
    // the history ends at 400: the threshold is 10 × 400 = 4,000
    Svg.Fan wide = fanEndingAt(4_100);
    String svg = Svg.fan(wide);
    assertEquals(Svg.fan(wide, true), svg, "drawn as with log_scale: true");
    assertTrue(svg.contains(">US$ million, log scale</text>"), svg);
    // a log axis has no 0 tick; its lowest tick is at or below the lowest value drawn (120)
    assertTrue(ticks(svg).stream().allMatch(t -> t.value() > 0), svg);

    Svg.Fan narrow = fanEndingAt(3_990);
    String lin = Svg.fan(narrow);
    assertEquals(Svg.fan(narrow, false), lin);
    assertFalse(lin.contains("log scale"), lin);
    assertEquals(0.0, ticks(lin).get(0).value(), lin);
  }
}
