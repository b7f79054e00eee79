package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code levers}, {@code project --model gravity --lever}, {@code decompose} and {@code solve}: the
 * CSV headers are contracts, the numbers agree with hand calculations and with each other, and
 * every bad input ends in exit code 2 with one line naming the option and what is allowed.
 */
final class LeverCommandsTest {
  private static CliRunner.Result run(String... args) {
    return CliRunner.run(args);
  }

  private static List<String> lines(CliRunner.Result r) {
    assertEquals(Main.OK, r.code(), r.toString());
    return r.out().lines().toList();
  }

  private static void assertBadInput(CliRunner.Result r, String... parts) {
    assertEquals(Main.BAD_INPUT, r.code(), "exit code; stderr: " + r.err());
    assertEquals("", r.out(), "nothing on stdout");
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    for (String part : parts) {
      assertTrue(r.err().contains(part), "'" + r.err().strip() + "' should contain '" + part + "'");
    }
  }

  /** Splits one RFC 4180 record. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          f.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(ch);
      }
    }
    out.add(f.toString());
    return out;
  }

  // ---------------------------------------------------------------- levers

  @Test
  void levers_csv_headerAndOneRowPerBuiltIn() {
    List<String> l = lines(run("levers", "--format", "csv"));
    assertEquals(
        "name,corridors,start_year,ramp_years,trade_cost_change,direct_effect,probability,delay_mean_years,basis",
        l.get(0));
    assertEquals(7, l.size());
    List<String> road = fields(l.get(1));
    assertEquals(
        List.of("phnom-penh-bavet-expressway", "VN-KH", "2027", "3", "-0.03", "", "0.8", "1.0"),
        road.subList(0, 8));
    assertTrue(road.get(8).startsWith("Assumption."), road.get(8));
    List<String> customs = fields(l.get(6));
    assertEquals("faster-customs-immigration", customs.get(0));
    assertEquals("VN-LA;VN-KH;KH-LA", customs.get(1));
    assertEquals("", customs.get(4), "a direct lever has no trade-cost change");
    assertEquals("0.02", customs.get(5));
  }

  @Test
  void levers_tableAndJson() {
    String table = run("levers").out();
    assertTrue(table.contains("vung-ang-port-terminal-3") && table.contains("Basis:"), table);
    String json = run("levers", "--format", "json").out().replaceAll("\\s+", "");
    assertTrue(
        json.startsWith("[{\"name\":\"phnom-penh-bavet-expressway\",\"corridors\":[\"VN-KH\"]"),
        json);
    assertTrue(json.contains("\"direct_effect\":null"), json);
    assertBadInput(run("levers", "--format", "xml"), "--format", "xml");
  }

  // ---------------------------------------------------------------- project

  /**
   * No levers, default trend 0, β = 1: the point of 2026 is 11,330·(1.063·1.02)·(1.043·1.02) (VN
   * 6.3 % and KH 4.3 % real growth in 2026, 2 % US$ inflation; seeds/macro.csv defaults).
   */
  @Test
  void project_gravity_pointByHand() {
    List<String> l = lines(run(
        "project",
        "--corridor",
        "VN-KH",
        "--model",
        "gravity",
        "--horizon",
        "1",
        "--format",
        "csv"));
    assertEquals("year,point,lo80,hi80,lo95,hi95", l.get(0));
    List<String> row = fields(l.get(1));
    assertEquals("2026", row.get(0));
    assertEquals(11_330 * 1.063 * 1.02 * 1.043 * 1.02, Double.parseDouble(row.get(1)), 1e-8);
  }

  /**
   * A direct lever on rw-drift: the point is rw-drift's times exp(expected effect). Customs on VN-LA
   * in 2028: p = 0.7, Poisson(1) delay k, opens 2027 + k over 2 years, so its share in 2028 is 1 (k =
   * 0), 1/2 (k = 1), 0 later: E = 0.7·(e⁻¹·ln 1.02 + e⁻¹·ln 1.01).
   */
  @Test
  void project_leverOnAnyKind_multipliesByTheExpectedEffect() {
    List<String> plain = lines(run(
        "project",
        "--corridor",
        "VN-LA",
        "--model",
        "rw-drift",
        "--horizon",
        "3",
        "--format",
        "csv"));
    List<String> levered = lines(run(
        "project",
        "--corridor",
        "VN-LA",
        "--model",
        "rw-drift",
        "--horizon",
        "3",
        "--lever",
        "faster-customs-immigration",
        "--format",
        "csv"));
    double e = 0.7 * (Math.exp(-1) * Math.log(1.02) + Math.exp(-1) * Math.log(1.01));
    for (int col = 1; col <= 5; col++) {
      assertEquals(
          Double.parseDouble(fields(plain.get(3)).get(col)) * Math.exp(e),
          Double.parseDouble(fields(levered.get(3)).get(col)),
          1e-9,
          "column " + col);
    }
    assertEquals(fields(plain.get(1)).get(1), fields(levered.get(1)).get(1), "no effect in 2026");
  }

  @Test
  void project_badLevers_exit2() {
    assertBadInput(
        run(
            "project",
            "--corridor",
            "VN-KH",
            "--model",
            "gravity",
            "--lever",
            "bridge",
            "--horizon",
            "3"),
        "--lever",
        "'bridge'",
        "phnom-penh-bavet-expressway");
    assertBadInput(
        run(
            "project",
            "--corridor",
            "VN-LA",
            "--model",
            "gravity",
            "--lever",
            "phnom-penh-bavet-expressway",
            "--horizon",
            "3"),
        "--lever",
        "not VN-LA");
    assertBadInput(
        run(
            "project",
            "--corridor",
            "VN-KH",
            "--model",
            "gravity",
            "--lever",
            "faster-customs-immigration",
            "--lever",
            "faster-customs-immigration",
            "--horizon",
            "3"),
        "twice");
    assertBadInput(
        run(
            "project",
            "--corridor",
            "VN-KH",
            "--model",
            "gravity",
            "--param",
            "beta_la=2",
            "--horizon",
            "3"),
        "beta_la",
        "beta_vn");
  }

  // ---------------------------------------------------------------- decompose

  @Test
  void decompose_csv_sumsToTheTotal_whichMatchesTheProjectedPoint() {
    List<String> l = lines(run(
        "decompose",
        "--corridor",
        "VN-KH",
        "--model",
        "gravity",
        "--lever",
        "phnom-penh-bavet-expressway",
        "--lever",
        "faster-customs-immigration",
        "--to",
        "2030",
        "--format",
        "csv"));
    assertEquals("driver,log_contribution,share", l.get(0));
    List<String> drivers = l.stream().skip(1).map(s -> fields(s).get(0)).toList();
    assertEquals(
        List.of(
            "gdp:VN",
            "gdp:KH",
            "trend",
            "lever:phnom-penh-bavet-expressway",
            "lever:faster-customs-immigration",
            "total"),
        drivers);
    double sum = 0;
    for (int i = 1; i < l.size() - 1; i++) {
      sum += Double.parseDouble(fields(l.get(i)).get(1));
    }
    double total = Double.parseDouble(fields(l.get(l.size() - 1)).get(1));
    assertEquals(total, sum, 1e-12);
    List<String> p = lines(run(
        "project",
        "--corridor",
        "VN-KH",
        "--model",
        "gravity",
        "--lever",
        "phnom-penh-bavet-expressway",
        "--lever",
        "faster-customs-immigration",
        "--horizon",
        "5",
        "--format",
        "csv"));
    double point = Double.parseDouble(fields(p.get(5)).get(1));
    assertEquals(Math.log(point / 11_330), total, 1e-12);
  }

  @Test
  void decompose_threeCorridors_tableAndJson() {
    for (String c : List.of("VN-LA", "VN-KH", "KH-LA")) {
      String t = run("decompose", "--corridor", c, "--model", "gravity", "--to", "2030")
          .out();
      assertTrue(t.contains("total") && t.contains("gdp:"), t);
    }
    String json = run(
            "decompose",
            "--corridor",
            "KH-LA",
            "--model",
            "gravity",
            "--to",
            "2030",
            "--format",
            "json")
        .out()
        .replaceAll("\\s+", "");
    assertTrue(
        json.contains("\"base_usd_million\":210.0")
            && json.contains("\"base_year\":2022")
            && json.contains("\"driver\":\"total\""),
        json);
  }

  @Test
  void decompose_zeroTotal_hasEmptyShares() {
    // beta 0 for both countries and trend 0: nothing moves.
    List<String> l = lines(run(
        "decompose",
        "--corridor",
        "VN-LA",
        "--model",
        "gravity",
        "--param",
        "beta_vn=0",
        "--param",
        "beta_la=0",
        "--to",
        "2028",
        "--format",
        "csv"));
    assertEquals("total,0.0,", l.get(l.size() - 1));
    assertEquals("gdp:VN,0.0,", l.get(1));
  }

  @Test
  void decompose_badInput_exit2() {
    assertBadInput(
        run("decompose", "--corridor", "VN-KH", "--model", "rw-drift", "--to", "2030"),
        "--model",
        "gravity");
    assertBadInput(
        run("decompose", "--corridor", "VN-KH", "--model", "gravity", "--to", "2025"),
        "--to",
        "2026");
    assertBadInput(run("decompose", "--corridor", "VN-KH", "--model", "gravity"), "--to");
    assertBadInput(
        run("decompose", "--corridor", "XX-YY", "--model", "gravity", "--to", "2030"), "XX-YY");
    assertBadInput(
        run(
            "decompose",
            "--corridor",
            "VN-KH",
            "--model",
            "gravity",
            "--to",
            "2030",
            "--format",
            "xml"),
        "--format");
  }

  // ---------------------------------------------------------------- solve

  @Test
  void solve_text_valueAloneOnTheFirstLine() {
    List<String> l = lines(run(
        "solve",
        "--corridor",
        "VN-KH",
        "--target",
        "20000",
        "--deadline",
        "2030",
        "--probability",
        "0.8",
        "--for",
        "trade-cost",
        "--paths",
        "2000"));
    double value = Double.parseDouble(l.get(0));
    assertTrue(value > -0.5 && value < 0.5, "in the searched range: " + value);
    assertTrue(l.get(1).startsWith("probability reached: "), l.get(1));
    assertTrue(
        Double.parseDouble(l.get(1).substring("probability reached: ".length())) >= 0.8, l.get(1));
    assertTrue(l.get(2).startsWith("standard error: "), l.get(2));
  }

  @Test
  void solve_csv_andUnreachable() {
    List<String> l = lines(run(
        "solve",
        "--corridor",
        "KH-LA",
        "--target",
        "100000",
        "--deadline",
        "2030",
        "--probability",
        "0.9",
        "--for",
        "lever:cambodia-laos-rail-to-china",
        "--paths",
        "1000",
        "--format",
        "csv"));
    assertEquals(
        "for,reached,value,probability,standard_error,range_lo,range_hi,paths,seed", l.get(0));
    List<String> row = fields(l.get(1));
    assertEquals("lever:cambodia-laos-rail-to-china", row.get(0));
    assertEquals("false", row.get(1));
    assertEquals("", row.get(2), "no required value when unreachable");
    List<String> t = lines(run(
        "solve",
        "--corridor",
        "KH-LA",
        "--target",
        "100000",
        "--deadline",
        "2030",
        "--probability",
        "0.9",
        "--for",
        "lever:cambodia-laos-rail-to-china",
        "--paths",
        "1000"));
    assertEquals("unreachable", t.get(0));
    assertTrue(t.get(1).startsWith("best probability reached: "), t.get(1));
  }

  @Test
  void solve_badInput_exit2() {
    String[] base = {
      "solve", "--corridor", "VN-KH", "--target", "20000", "--deadline", "2030", "--paths", "100"
    };
    assertBadInput(
        with(base, "--probability", "1.5", "--for", "trade-cost"), "--probability", "1.5");
    assertBadInput(
        with(base, "--probability", "0.5", "--for", "tarif"), "--for", "'tarif'", "lever:NAME");
    assertBadInput(
        with(base, "--probability", "0.5", "--for", "lever:bridge"), "--lever", "'bridge'");
    assertBadInput(
        with(base, "--probability", "0.5", "--for", "lever:vung-ang-port-terminal-3"), "not VN-KH");
    assertBadInput(
        with(base, "--probability", "0.5", "--for", "trade-cost", "--range", "0.5,-0.5"),
        "--range");
    assertBadInput(
        with(base, "--probability", "0.5", "--for", "trade-cost", "--format", "table"), "--format");
    assertBadInput(
        run(
            "solve",
            "--corridor",
            "VN-KH",
            "--target",
            "-5",
            "--deadline",
            "2030",
            "--probability",
            "0.5",
            "--for",
            "trade-cost"),
        "--target");
    assertBadInput(
        run(
            "solve",
            "--corridor",
            "VN-KH",
            "--target",
            "20000",
            "--deadline",
            "2025",
            "--probability",
            "0.5",
            "--for",
            "trade-cost"),
        "--deadline",
        "2026");
    assertBadInput(
        run(
            "solve",
            "--corridor",
            "VN-KH",
            "--target",
            "20000",
            "--deadline",
            "2030",
            "--probability",
            "0.5",
            "--for",
            "trade-cost",
            "--paths",
            "0"),
        "--paths");
    assertBadInput(
        run(
            "solve",
            "--corridor",
            "VN-KH",
            "--target",
            "20000",
            "--deadline",
            "2030",
            "--probability",
            "0.5"),
        "--for");
  }

  private static CliRunner.Result with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return run(all.toArray(String[]::new));
  }
}
