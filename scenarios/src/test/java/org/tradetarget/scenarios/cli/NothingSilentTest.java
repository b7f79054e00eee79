package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that would silently do nothing are refused or flagged, and YAML slips are named in plain
 * words: an economist must never read "this assumption does not matter" into one the scenario does
 * not use.
 */
final class NothingSilentTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  /** Cambodia-Laos has a sourced deadline (2030), so the assumed deadline is never used. */
  private Path khla() throws IOException {
    return write("khla.yaml", """
        name: khla
        corridors:
          KH-LA: {}
        model: {kind: rw-drift}
        simulation: {paths: 2000, seed: 3}
        """);
  }

  @Test
  void aJumpWithoutASize_isAValidateError_atItsLine() throws IOException {
    Path f = write("j.yaml", """
        name: j
        corridors:
          VN-LA: {}
        simulation:
          jumps: {probability: 0.2}
        """);
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("j.yaml:5:"), r.err());
    assertTrue(
        r.err().contains("simulation.jumps.mean: missing; a jump of size 0 changes nothing"),
        r.err());
  }

  @Test
  void sweepOfAnUnusedAssumedDeadline_warnsThatItHasNoEffect() throws IOException {
    CliRunner.Result r = CliRunner.run(
        "sweep",
        khla().toString(),
        "--vary",
        "assumed_deadline=2028:2032:2",
        "--out",
        dir.resolve("s").toString(),
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.err().contains("tradetarget sweep: warning: --vary assumed_deadline has no effect")
            && r.err().contains("no corridor uses the assumed deadline"),
        r.err());
  }

  @Test
  void sweepOfAUsedValue_doesNotWarn() throws IOException {
    // the seed changes every random number, so P(met) moves
    CliRunner.Result r = CliRunner.run(
        "sweep",
        khla().toString(),
        "--vary",
        "simulation.seed=1:3:1",
        "--out",
        dir.resolve("s").toString(),
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    assertFalse(r.err().contains("has no effect"), r.err());
  }

  @Test
  void tornadoOfAnUnusedAssumedDeadline_warns() throws IOException {
    Path f = write(
        "t.yaml",
        Files.readString(khla())
            + "sensitivity:\n  assumed_deadline: [2028, 2032]\n  simulation.seed: [5, 9]\n");
    CliRunner.Result r = CliRunner.run(
        "tornado", f.toString(), "--out", dir.resolve("t").toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, r.err().lines().filter(l -> l.contains("has no effect")).count(), r.err());
    assertTrue(r.err().contains("sensitivity assumed_deadline has no effect"), r.err());
  }

  @Test
  void aMisspelledVaryPath_isReportedBeforeExistingFiles() throws IOException {
    Path out = dir.resolve("o");
    Files.createDirectories(out);
    Files.writeString(out.resolve("sweep.csv"), "mine\n");
    CliRunner.Result r = CliRunner.run(
        "sweep",
        khla().toString(),
        "--vary",
        "simulation.persistance=0.5:1:0.5",
        "--out",
        out.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("did you mean 'persistence'"), r.err());
    assertFalse(r.err().contains("sweep.csv"), r.err());
    assertEquals("mine\n", Files.readString(out.resolve("sweep.csv")));
  }

  @Test
  void anIndentationSlip_isNamedInPlainWords() throws IOException {
    Path more = write("m.yaml", "name: m\nsimulation:\n  paths: 1000\n   seed: 3\n");
    CliRunner.Result r = CliRunner.run("validate", more.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("line 4 is indented 1 space more than line 3 above it"), r.err());
    Path less = write("l.yaml", "name: l\nsimulation:\n  paths: 1000\n seed: 3\n");
    r = CliRunner.run("validate", less.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("line 4 is indented 1 space less than line 3 above it"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void aTab_isNamed() throws IOException {
    Path f = write("tab.yaml", "name: t\nsimulation:\n\tpaths: 1000\n");
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("line 3 is indented with a tab"), r.err());
  }
}
