package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.scenarios.report.ResultReports;

/**
 * The bundled baseline end to end, with VN-LA and VN-KH on rw-drift ({@link RwDriftBaseline}): its
 * headline numbers agree with the closed form of that model,
 * and its tidy CSV matches the golden file, which is a change detector only (its numbers are
 * checked independently by {@link BaselineClosedFormTest}; see {@code
 * src/test/resources/golden/README.md}, where each regeneration's review is written down).
 * Regenerate it only with {@code mvn -pl scenarios test -Dtest=BaselineEndToEndTest
 * -Dgolden.update=true} and review the diff like code.
 */
final class BaselineEndToEndTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "baseline-results.csv");
  private static ScenarioResult result;

  @BeforeAll
  static void run() {
    // rw-drift on VN-LA and VN-KH, the kinds' own laws: the model the closed forms describe
    result = ScenarioRunner.run(RwDriftBaseline.spec());
  }

  /**
   * The baseline's 90 % band for VN-LA at 2030 is rwf's 90 % interval with drift uncertainty,
   * computed here from the embedded VN-LA history: the consecutive run ending at the last
   * observation (2011–2025, as the scenario's comment says), m = 14 log differences d_t, μ = mean
   * d_t, σ² = Σ(d_t − μ)²/(m − 1), h = 2030 − 2025 = 5, and the interval exp(ln V_2025 + hμ ±
   * z_0.95·σ√(h + h²/m)), z_0.95 = 1.6448536. Monte Carlo error: the sample 5 % and 95 % quantiles
   * of N paths have sd √(0.05·0.95/N)/f(q), f(q) = φ(z_0.95)/(q·s_h) the lognormal density; each
   * end is allowed 4 of those (two comparisons: chance failure below 1.3e-4). Without the drift term
   * (σ√h) the band would be about 30 % narrower on the log scale, so the test tells them apart.
   */
  @Test
  void vnLaBandAt2030_isRwfsIntervalWithDriftUncertainty() {
    org.tradetarget.core.data.AnnualSeries all = org.tradetarget.core.data.Dataset.embedded()
        .series(org.tradetarget.core.data.Corridor.VN_LA);
    int first = all.size() - 1;
    while (first > 0 && all.year(first - 1) == all.year(first) - 1) {
      first--;
    }
    assertEquals(2011, all.year(first), "the consecutive run starts in 2011");
    assertEquals(2025, all.lastYear(), "and ends in 2025");
    int m = all.size() - 1 - first;
    double mu = 0;
    for (int t = first + 1; t < all.size(); t++) {
      mu += Math.log(all.value(t) / all.value(t - 1));
    }
    mu /= m;
    double ss = 0;
    for (int t = first + 1; t < all.size(); t++) {
      double d = Math.log(all.value(t) / all.value(t - 1)) - mu;
      ss += d * d;
    }
    double sigma = Math.sqrt(ss / (m - 1));
    int h = 2030 - 2025;
    double sh = sigma * Math.sqrt(h + (double) h * h / m);
    double z = 1.6448536269514722;
    double centre = Math.log(all.lastValue()) + h * mu;
    double lo = Math.exp(centre - z * sh);
    double hi = Math.exp(centre + z * sh);
    int i = indexOf("VN-LA");
    Checkpoint cp = result.series(i).checkpoint(2030);
    int paths = result.attainment().paths();
    double phi = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    double seLo = Math.sqrt(0.05 * 0.95 / paths) / (phi / (lo * sh));
    double seHi = Math.sqrt(0.05 * 0.95 / paths) / (phi / (hi * sh));
    assertEquals(lo, cp.quantile(0.05), 4 * seLo, "VN-LA 2030 band, low end");
    assertEquals(hi, cp.quantile(0.95), 4 * seHi, "VN-LA 2030 band, high end");
    // Without the drift term the low end would sit this far away, many standard errors off.
    double loPlain = Math.exp(centre - z * sigma * Math.sqrt(h));
    assertTrue(Math.abs(loPlain - lo) > 20 * seLo, "the drift term is visible in the band");
  }

  private static int indexOf(String corridor) {
    for (int i = 0; i < result.corridors().size(); i++) {
      if (result.corridors().get(i).spec().corridor().id().equals(corridor)) {
        return i;
      }
    }
    throw new AssertionError("no corridor " + corridor);
  }

  /**
   * rw-drift with parameter uncertainty (the default) is a Gaussian random walk on logs whose drift
   * is drawn per path from N(μ, σ²/m), m the number of differences, so ln V_h ~ N(ln V0 + μh, σ²(h +
   * h²/m)): P(at or above T in year Y) = 1 − Φ((ln T − ln V0 − μ·h) / (σ√(h + h²/m))) and the
   * median is V0·e^{μh}. The constant-growth corridor (KH-LA, a given rate) has no drift term: σ√h.
   * Three corridors × 2 checks at 4 standard errors: a chance failure has probability below 4e-4.
   */
  @Test
  void randomWalkCorridorsAgreeWithTheClosedForm() {
    NormalDistribution n = new NormalDistribution(null, 0, 1);
    for (int i = 0; i < result.corridors().size(); i++) {
      PreparedCorridor c = result.corridors().get(i);
      double mu = c.calibration().parameters().containsKey("drift")
          ? c.calibration().parameters().get("drift")
          : Math.log1p(c.calibration().parameters().get("rate"));
      double sigma = c.calibration().parameters().get("sigma");
      int h = c.deadline() - c.baseYear();
      boolean estimated = c.calibration().parameters().containsKey("drift");
      double steps = estimated ? h + (double) h * h / (c.calibration().used().size() - 1) : h;
      double target = c.target().valueUsdMillion();
      double p = 1
          - n.cumulativeProbability(
              (Math.log(target) - Math.log(c.baseValue()) - mu * h) / (sigma * Math.sqrt(steps)));
      Checkpoint cp = result.series(i).checkpoint(c.deadline());
      int paths = result.attainment().paths();
      double se = Math.sqrt(p * (1 - p) / paths);
      assertEquals(p, cp.atOrAbove(), 4 * se, c.spec().corridor().id());
      // the sample median's sd is about sqrt(0.25/N) / density; on the log scale density =
      // 1/(s_h·√(2π))
      double medianLogSd =
          Math.sqrt(0.25 / paths) * sigma * Math.sqrt(steps) * Math.sqrt(2 * Math.PI);
      assertEquals(
          Math.log(c.baseValue()) + mu * h,
          Math.log(cp.quantile(0.5)),
          4 * medianLogSd,
          c.spec().corridor().id());
    }
  }

  @Test
  void metByIsAtLeastAtOrAboveAndGrows() {
    for (int i = 0; i < result.corridors().size(); i++) {
      List<Checkpoint> cps = result.series(i).checkpoints();
      for (int t = 0; t < cps.size(); t++) {
        assertTrue(cps.get(t).metBy() >= cps.get(t).atOrAbove());
        if (t > 0) {
          assertTrue(cps.get(t).metBy() >= cps.get(t - 1).metBy());
        }
      }
    }
  }

  @Test
  void tidyCsvMatchesTheGoldenFile() throws IOException {
    String csv = ResultReports.csv(result);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, csv, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
    List<String> actual = csv.lines().toList();
    assertEquals(expected.size(), actual.size(), "row count");
    for (int k = 0; k < expected.size(); k++) {
      String[] e = expected.get(k).split(",", -1);
      String[] a = actual.get(k).split(",", -1);
      assertEquals(
          String.join(",", List.of(e).subList(0, 4)),
          String.join(",", List.of(a).subList(0, 4)),
          "row " + (k + 1));
      if (k == 0 || e[4].isEmpty()) {
        assertEquals(e[4], a[4], "row " + (k + 1));
        continue;
      }
      double ev = Double.parseDouble(e[4]);
      double av = Double.parseDouble(a[4]);
      assertEquals(
          ev, av, 1e-9 * Math.max(1, Math.abs(ev)), "row " + (k + 1) + ": " + expected.get(k));
    }
  }
}
