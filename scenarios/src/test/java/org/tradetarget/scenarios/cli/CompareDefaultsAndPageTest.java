package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} shows a key one file leaves out at the value its run uses, marked "(default)"
 * (the defaults {@code scenarios/reference.yaml} documents: no crisis jumps, so a yearly jump
 * probability of 0; a GDP growth shift of 0; persistence 1), never "(not set)"; a key written at
 * its default is no difference; a lever one file leaves out is "(not included)" and switched whole.
 * {@code compare --out DIR} writes compare.html with one effect chart per corridor, and keeps an
 * existing page unless {@code --force}.
 */
final class CompareDefaultsAndPageTest {
  private static final String COMMON = """
      description: test
      corridors:
        VN-KH: {}
        VN-LA: {}
      """;

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name + ".yaml");
    Files.writeString(f, "name: " + name + "\n" + COMMON + text);
    return f;
  }

  private static List<String> row(String csv, String key) {
    return csv.lines().filter(l -> l.startsWith("assumption," + key + ",")).toList();
  }

  @Test
  void keysLeftOutShowTheValueTheRunUses() throws IOException {
    Path a = file("a", "simulation: {paths: 2000, seed: 5}\n");
    Path b = file("b", """
        simulation:
          paths: 2000
          seed: 5
          persistence: 1
          jumps: {probability: 0.05, mean: -0.25, sd: 0.10}
        macro: {growth_shift: -0.01}
        """);
    CliRunner.Result r = CliRunner.run("compare", a.toString(), b.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertFalse(r.out().contains("not set"), r.out());
    assertEquals(
        List.of(
            "assumption,simulation.jumps.probability,,a,0 (default)",
            "assumption,simulation.jumps.probability,,b,0.05"),
        row(r.out(), "simulation.jumps.probability"));
    // no jumps: their size is not used
    assertEquals(
        List.of(
            "assumption,simulation.jumps.mean,,a,(not used)",
            "assumption,simulation.jumps.mean,,b,-0.25"),
        row(r.out(), "simulation.jumps.mean"));
    assertEquals(
        List.of(
            "assumption,macro.growth_shift,,a,0 (default)",
            "assumption,macro.growth_shift,,b,-0.01"),
        row(r.out(), "macro.growth_shift"));
    // persistence: 1 is the default (no mean reversion): written or not, nothing differs
    assertEquals(List.of(), row(r.out(), "simulation.persistence"));

    CliRunner.Result t = CliRunner.run("compare", a.toString(), b.toString());
    assertEquals(0, t.code(), t.toString());
    assertTrue(
        t.out()
            .lines()
            .anyMatch(l -> l.matches("macro\\.growth_shift\\s+0 \\(default\\)\\s+-0\\.01")),
        t.out());
  }

  @Test
  void aLeverOneFileLeavesOutIsNotIncludedAndSwitchedWhole() throws IOException {
    Path a = file("a", "simulation: {paths: 2000, seed: 5}\n");
    // the Phnom Penh-Bavet expressway is a VN-KH project; it is the only difference
    Path b = file("b", """
        simulation: {paths: 2000, seed: 5}
        levers:
          phnom-penh-bavet-expressway: {probability: 0.8, delay_mean_years: 1}
        """);
    CliRunner.Result r = CliRunner.run("compare", a.toString(), b.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        List.of(
            "assumption,levers.phnom-penh-bavet-expressway.probability,,a,(not included)",
            "assumption,levers.phnom-penh-bavet-expressway.probability,,b,0.8"),
        row(r.out(), "levers.phnom-penh-bavet-expressway.probability"));
    // one switch, the whole lever; as the only difference, its effect is the whole difference
    List<String> switches =
        r.out().lines().filter(l -> l.startsWith("switch_delta_p_met,")).toList();
    assertEquals(2, switches.size(), r.out());
    double pa = value(r.out(), "outcome,p_met_by_deadline,VN-KH,a,");
    double pb = value(r.out(), "outcome,p_met_by_deadline,VN-KH,b,");
    assertTrue(pb > pa, r.out());
    assertEquals(
        pb - pa,
        value(r.out(), "switch_delta_p_met,levers.phnom-penh-bavet-expressway,VN-KH,,"),
        1e-12);
    assertEquals(
        0.0, value(r.out(), "switch_delta_p_met,levers.phnom-penh-bavet-expressway,VN-LA,,"));
  }

  private static double value(String csv, String prefix) {
    String line = csv.lines()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError(prefix + " in " + csv));
    return Double.parseDouble(line.substring(prefix.length()));
  }

  @Test
  void outWritesThePageWithAnEffectChartPerCorridorAndKeepsItWithoutForce() throws IOException {
    Path a = file("a", "simulation: {paths: 2000, seed: 5}\n");
    Path b = file("b", """
        simulation:
          paths: 2000
          seed: 5
          jumps: {probability: 0.2, mean: -0.3, sd: 0.05}
        levers:
          phnom-penh-bavet-expressway: {}
        """);
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run(
        "compare", a.toString(), b.toString(), "--out", out.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    Path page = out.resolve("compare.html");
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<h2 id='effects'>Each assumption's effect on the odds</h2>"), html);
    // one chart per corridor, titled with its deadline
    Matcher titles =
        Pattern.compile("<title>(VN-KH|VN-LA): P\\(met by \\d{4}\\)</title>").matcher(html);
    int charts = 0;
    while (titles.find()) {
      charts++;
    }
    assertEquals(2, charts, html);
    // the jumps lower every corridor's odds (a 20 % yearly chance of a fall of about 26 %), the
    // expressway raises VN-KH's: both switches are drawn for VN-KH, each with its own colour
    String vnkh = html.substring(
        html.indexOf("<title>VN-KH"), html.indexOf("</svg>", html.indexOf("<title>VN-KH")));
    assertTrue(vnkh.contains(">simulation.jumps<"), vnkh);
    assertTrue(vnkh.contains("fill='#de2d26'"), vnkh);
    assertTrue(vnkh.contains("fill='#31a354'"), vnkh);
    assertTrue(vnkh.contains(">all together: b<"), vnkh);
    assertFalse(html.contains("<script"), html);

    Files.writeString(page, "mine");
    CliRunner.Result again = CliRunner.run(
        "compare", a.toString(), b.toString(), "--out", out.toString(), "--format", "csv");
    assertEquals(2, again.code(), again.toString());
    assertTrue(again.err().contains("--force"), again.err());
    assertEquals("mine", Files.readString(page));
    CliRunner.Result forced = CliRunner.run(
        "compare",
        a.toString(),
        b.toString(),
        "--out",
        out.toString(),
        "--force",
        "--format",
        "csv");
    assertEquals(0, forced.code(), forced.toString());
    assertEquals(html, Files.readString(page));
  }
}
