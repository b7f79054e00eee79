package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;

/**
 * The notes a gravity fit prints are what tells an economist which data and assumptions drive the
 * projection; they are checked here against {@code seeds/}: VN-KH's consecutive run 2012–2025
 * (2005, 2009 and 2010 cut off by the missing 2011 of the default series), Vietnam's default real growth
 * rows in {@code seeds/macro.csv} (2024 7.09 % GSO actual, 2025 8.02 % GSO estimate, 2026 6.3 % WB
 * GEP Jan 2026, 2029 6.5 % IMF WEO Apr 2024; 6.5 % assumed for the years between and after) and the
 * default elasticities.
 */
final class GravityNotesTest {
  private static List<String> notes(ModelParams params, OptionalInt from) {
    Corridor c = Corridor.of("VN-KH");
    return GravityCalibrator.fit(
            Dataset.embedded().series(c),
            c,
            MacroPaths.embedded(),
            LeverSchedule.affecting(BuiltInLever.all(), c),
            params,
            from)
        .notes();
  }

  private static String starting(List<String> notes, String prefix) {
    return notes.stream()
        .filter(n -> n.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no note starting '" + prefix + "': " + notes));
  }

  @Test
  void theUsedYears_andTheCutOffEarlierPoints() {
    assertEquals(
        "used 14 points, 2012-2025; earlier points are cut off by a gap: gravity needs"
            + " consecutive points",
        notes(ModelParams.none(), OptionalInt.empty()).get(0));
    assertEquals(
        "used 11 points, 2015-2025; from 2015",
        notes(ModelParams.none(), OptionalInt.of(2015)).get(0));
  }

  @Test
  void theSourcedAndAssumedGrowthOfEachCountry() {
    String vn = starting(notes(ModelParams.none(), OptionalInt.empty()), "GDP VN: ");
    assertTrue(
        vn.contains("real growth sourced for 2024 7.09 % (GSO_Jan2025, actual), 2025 8.02 %"
            + " (GSO_Jan2026, estimate), 2026 6.3 % (WB_GEP_Jan2026, forecast), 2029 6.5 %"
            + " (IMF_WEO_Apr2024, forecast)"),
        vn);
    assertTrue(vn.contains("; other years assumed 6.5 % a year ("), vn);
    assertTrue(starting(notes(ModelParams.none(), OptionalInt.empty()), "GDP KH: ")
        .contains("2024 6 % (IMF_ArticleIV_Sep2025, actual)"));
  }

  @Test
  void theElasticities_asGivenOrDefault() {
    String d = starting(notes(ModelParams.none(), OptionalInt.empty()), "elasticities ");
    assertTrue(d.startsWith("elasticities beta_vn=1, beta_kh=1, theta=-4 (defaults"), d);
    String given = starting(
        notes(
            ModelParams.none().with("beta_vn", "1.25").with("theta", "-3.5"), OptionalInt.empty()),
        "elasticities ");
    assertTrue(given.startsWith("elasticities beta_vn=1.25, beta_kh=1, theta=-3.5"), given);
    String trend = starting(notes(ModelParams.none(), OptionalInt.empty()), "residual trend ");
    // Four significant digits of the estimated trend, e.g. -0.05425.
    assertTrue(
        trend.matches("residual trend 0 \\(default\\); calibrate_trend=true would estimate"
            + " -0\\.0\\d{4} a year from 2012-2025"),
        trend);
  }
}
