package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running, validating and comparing scenario files from the command line: outputs land where the
 * user asked, are never overwritten by accident, and every problem comes back as file:line:column.
 */
final class ScenarioCommandsTest {
  @TempDir
  Path dir;

  private Path scenario(String name, String extra) throws IOException {
    Path f = dir.resolve(name + ".yaml");
    Files.writeString(
        f,
        "name: " + name + "\ndescription: test\ncorridors:\n  VN-KH: {}\n  KH-LA:\n"
            + "    model: {kind: constant-growth, params: {rate: 0.1, sigma: 0.2}}\n"
            + "simulation:\n  paths: 3000\n  seed: 5\n" + extra);
    return f;
  }

  @Test
  void runWritesEveryOutputIntoOutDir() throws IOException {
    Path f = scenario("small", "");
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("run", f.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    for (String file :
        List.of("results.csv", "results.json", "report.html", "fan-VN-KH.svg", "fan-KH-LA.svg")) {
      assertTrue(Files.size(out.resolve(file)) > 100, file);
    }
    assertTrue(r.out().contains("VN-KH") && r.out().contains("KH-LA"), r.out());
    String csv = Files.readString(out.resolve("results.csv"));
    assertTrue(csv.startsWith("scenario,corridor,year,statistic,value\n"), csv.substring(0, 80));
    String html = Files.readString(out.resolve("report.html"));
    assertFalse(html.contains("<script"), "the report must not need scripts");
    assertFalse(
        html.matches("(?s).*(src|href)=['\"]https?:.*"), "the report must not fetch anything");
    try (Stream<Path> s = Files.list(out)) {
      assertTrue(
          s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
    }
  }

  @Test
  void existingOutputsAreNotOverwrittenWithoutForce() throws IOException {
    Path f = scenario("twice", "");
    Path out = dir.resolve("o");
    assertEquals(0, CliRunner.run("run", f.toString(), "--out", out.toString()).code());
    Files.writeString(out.resolve("results.csv"), "mine");
    CliRunner.Result r = CliRunner.run("run", f.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals("mine", Files.readString(out.resolve("results.csv")), "nothing touched");
    assertEquals(
        0,
        CliRunner.run("run", f.toString(), "--out", out.toString(), "--force").code());
    assertTrue(Files.readString(out.resolve("results.csv")).startsWith("scenario,"));
  }

  @Test
  void severalFilesGoIntoSubfolders() throws IOException {
    Path a = scenario("alpha", "");
    Path b = scenario("beta", "  jumps: {probability: 0.1, mean: -0.2, sd: 0.05}\n");
    Path out = dir.resolve("many");
    CliRunner.Result r = CliRunner.run(
        "run", a.toString(), b.toString(), "--out", out.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertTrue(Files.exists(out.resolve("alpha").resolve("report.html")));
    assertTrue(Files.exists(out.resolve("beta").resolve("results.json")));
    assertTrue(r.out().contains("\nalpha,VN-KH,") && r.out().contains("\nbeta,KH-LA,"), r.out());
  }

  @Test
  void severalScenariosInJsonAreOneArray() throws IOException {
    Path a = scenario("first", "");
    Path b = scenario("second", "");
    CliRunner.Result r = CliRunner.run(
        "run",
        a.toString(),
        b.toString(),
        "--out",
        dir.resolve("js").toString(),
        "--format",
        "json");
    assertEquals(0, r.code(), r.toString());
    String out = r.out().strip();
    assertTrue(out.startsWith("[") && out.endsWith("]"), out.substring(0, 40));
    assertTrue(
        out.contains("\"scenario\": \"first\"") && out.contains("\"scenario\": \"second\""),
        "both scenarios");
    assertTrue(out.contains("\"sha256:first.yaml\""), "provenance names the file");
  }

  @Test
  void validateReportsEveryProblemOnItsOwnLine() throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(
        f, "name: bad\ncorridors:\n  VN-KH: {}\nsimulation:\n  paths: 0\n  sead: 3\n");
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    List<String> lines = r.err().lines().toList();
    assertEquals(2, lines.size(), r.err());
    assertTrue(
        lines.get(0).contains(f + ":5:10") && lines.get(0).contains("simulation.paths"), r.err());
    assertTrue(
        lines.get(1).contains(f + ":6:3") && lines.get(1).contains("did you mean 'seed'"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void validateAcceptsTheBundledScenarios() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("."))) {
      String[] args = Stream.concat(
              Stream.of("validate"),
              s.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Path::toString))
          .toArray(String[]::new);
      CliRunner.Result r = CliRunner.run(args);
      assertEquals(0, r.code(), r.toString());
      assertEquals(
          args.length - 1, r.out().lines().filter(l -> l.startsWith("ok: ")).count(), r.out());
    }
  }

  @Test
  void compareShowsDifferencesAndOneAtATimeEffects() throws IOException {
    Path a = scenario("base", "");
    Path b = scenario("shocked", "  jumps: {probability: 0.2, mean: -0.3, sd: 0.05}\n");
    CliRunner.Result r = CliRunner.run("compare", a.toString(), b.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("assumption,simulation.jumps.probability,,shocked,0.2"), r.out());
    // a 20 % yearly chance of a -26 % fall can only lower the odds
    String delta = r.out()
        .lines()
        .filter(l -> l.startsWith("switch_delta_p_met,simulation.jumps,VN-KH,"))
        .findFirst()
        .orElseThrow();
    assertTrue(Double.parseDouble(delta.substring(delta.lastIndexOf(',') + 1)) < 0, delta);
  }

  @Test
  void runFailsCleanlyOnAMissingFileAndADirectory() {
    CliRunner.Result a = CliRunner.run("run", dir.resolve("none.yaml").toString());
    assertEquals(2, a.code(), a.toString());
    assertTrue(a.err().contains("no such file"), a.err());
    CliRunner.Result b = CliRunner.run("run", dir.toString());
    assertEquals(2, b.code(), b.toString());
    assertTrue(b.err().contains("is a directory"), b.err());
  }

  @Test
  void endYearBeforeDeadlineIsAnError() throws IOException {
    Path f = scenario("short", "  end_year: 2028\n");
    CliRunner.Result r =
        CliRunner.run("run", f.toString(), "--out", dir.resolve("s").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err().contains(f + ":10:13: simulation.end_year: 2028 is before the deadline 2030"),
        r.err());
  }
}
