package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code targets} shows the historical growth over five and ten years side by side, and from a
 * year the user chooses, each with the years it covers. Expected rates are computed here from the
 * default (Vietnam-reported) totals in {@code seeds/trade-history.csv}, written out below.
 */
final class TargetsHistoryTest {
  // seeds/trade-history.csv, default rows (US$ million)
  private static final double VN_LA_2011 = 734;
  private static final double VN_LA_2015 = 1121;
  private static final double VN_LA_2020 = 1000;
  private static final double VN_LA_2025 = 2980;
  private static final double VN_KH_2012 = 3320;
  private static final double VN_KH_2015 = 3370;
  private static final double VN_KH_2025 = 11330;
  private static final double KH_LA_2020 = 104;
  private static final double KH_LA_2022 = 210;

  private static double cagr(double v0, double v1, int years) {
    return Math.pow(v1 / v0, 1.0 / years) - 1;
  }

  /**
   * CSV rows by corridor, each a map of column to field; of two targets of one corridor (VN-LA's
   * US$5 billion and its longer-term US$10 billion) the first, the current one, is kept: the
   * historical columns tested here depend on the corridor only.
   */
  private static Map<String, Map<String, String>> csv(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "targets";
    args[1] = "--format";
    args[2] = "csv";
    System.arraycopy(extra, 0, args, 3, extra.length);
    CliRunner.Result r = CliRunner.run(args);
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    String[] head = lines.get(0).split(",", -1);
    return lines.stream()
        .skip(1)
        .map(l -> l.split(",", -1))
        .collect(Collectors.toMap(
            f -> f[0],
            f -> Arrays.stream(head)
                .collect(Collectors.toMap(h -> h, h -> f[Arrays.asList(head).indexOf(h)])),
            (first, second) -> first));
  }

  @Test
  void existingColumnsKeepTheirOrderAndTheNewOnesFollow() {
    CliRunner.Result r = CliRunner.run("targets", "--format", "csv");
    assertTrue(
        r.out()
            .startsWith("corridor,target_usd_million,deadline,deadline_assumed,base_year,"
                + "base_usd_million,required_cagr,historical_cagr,historical_from_year,"
                + "credibility_ratio,status,sourced_horizon,historical_cagr_10y,"
                + "historical_10y_from_year,historical_cagr_since,historical_since_from_year\n"),
        r.out());
  }

  @Test
  void fiveAndTenYearGrowthFromTheSeeds() {
    Map<String, Map<String, String>> t = csv();
    // VN-LA: 2020 -> 2025 and 2015 -> 2025
    assertEquals(
        cagr(VN_LA_2020, VN_LA_2025, 5),
        Double.parseDouble(t.get("VN-LA").get("historical_cagr")),
        1e-12);
    assertEquals(
        cagr(VN_LA_2015, VN_LA_2025, 10),
        Double.parseDouble(t.get("VN-LA").get("historical_cagr_10y")),
        1e-12);
    assertEquals("2015", t.get("VN-LA").get("historical_10y_from_year"));
    // (2980 / 1121)^(1/10) - 1 = 0.1027..., against 0.244 since the 2020 trough
    assertEquals(0.1027, Double.parseDouble(t.get("VN-LA").get("historical_cagr_10y")), 5e-5);
    assertEquals(
        cagr(VN_KH_2015, VN_KH_2025, 10),
        Double.parseDouble(t.get("VN-KH").get("historical_cagr_10y")),
        1e-12);
    // KH-LA starts in 2020: both windows are the longest run there is, 2020 -> 2022
    assertEquals(
        cagr(KH_LA_2020, KH_LA_2022, 2),
        Double.parseDouble(t.get("KH-LA").get("historical_cagr_10y")),
        1e-12);
    assertEquals("2020", t.get("KH-LA").get("historical_10y_from_year"));
    // without --since the since columns are empty
    assertEquals("", t.get("VN-LA").get("historical_cagr_since"));
    assertEquals("", t.get("VN-LA").get("historical_since_from_year"));
    // the ratio stays required / five-year growth
    assertEquals(
        Double.parseDouble(t.get("VN-LA").get("required_cagr")) / cagr(VN_LA_2020, VN_LA_2025, 5),
        Double.parseDouble(t.get("VN-LA").get("credibility_ratio")),
        1e-12);
  }

  @Test
  void sinceStartsAtTheFirstObservationInOrAfterTheYear() {
    Map<String, Map<String, String>> t = csv("--since", "2011");
    // VN-KH has no 2011 figure: the run starts at 2012
    assertEquals("2012", t.get("VN-KH").get("historical_since_from_year"));
    assertEquals(
        cagr(VN_KH_2012, VN_KH_2025, 13),
        Double.parseDouble(t.get("VN-KH").get("historical_cagr_since")),
        1e-12);
    assertEquals("2011", t.get("VN-LA").get("historical_since_from_year"));
    assertEquals(
        cagr(VN_LA_2011, VN_LA_2025, 14),
        Double.parseDouble(t.get("VN-LA").get("historical_cagr_since")),
        1e-12);
  }

  @Test
  void theTableSaysWhichYearsEachRateCovers() {
    CliRunner.Result r = CliRunner.run("targets", "--since", "2011");
    assertEquals(0, r.code(), r.toString());
    String vnla = r.out().lines().filter(l -> l.startsWith("VN-LA")).findFirst().orElseThrow();
    // 5 years, 10 years, since 2011, in that order, each with its years
    assertTrue(
        vnla.matches(".*24\\.4%\\s+2020-2025\\s+10\\.3%\\s+2015-2025\\s+10\\.5%\\s+2011-2025.*"),
        vnla);
    String khla = r.out().lines().filter(l -> l.startsWith("KH-LA")).findFirst().orElseThrow();
    assertTrue(khla.contains("42.1%  2020-2022*"), khla);
    String vnkh = r.out().lines().filter(l -> l.startsWith("VN-KH")).findFirst().orElseThrow();
    assertTrue(vnkh.contains("2012-2025*"), vnkh);
    assertTrue(r.out().contains("hist. since 2011/yr"), r.out());
    assertTrue(r.out().contains("\n* a shorter run than the window"), r.out());
  }

  @Test
  void aSinceYearNoCorridorCanUseIsOneErrorLine() {
    CliRunner.Result r = CliRunner.run("targets", "--since", "2026");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("option '--since': 2026 is not allowed"), r.err());
    assertTrue(r.err().contains("expected a year before 2025"), r.err());
  }
}
