package org.tradetarget.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistake in a scenario file must be found before anything runs and be reported where it is:
 * file:line:column, the YAML path, the bad value and what is allowed, so a reviewer can fix the file
 * without reading code.
 */
@SuppressWarnings(
    "StringConcatToTextBlock") // YAML written with explicit line ends keeps the asserted line and
// column positions countable
final class ScenarioFaultsTest {
  @TempDir
  Path dir;

  private static final String OK = "name: ok\ncorridors:\n  VN-KH: {}\n";

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("malformed YAML", "name: x\ncorridors: [VN-KH\n", "", "malformed YAML"),
        Arguments.of("top level is a list", "- a\n- b\n", ":1:1", "top level must be a mapping"),
        Arguments.of("missing name", "corridors:\n  VN-KH: {}\n", "", "name: missing"),
        Arguments.of(
            "bad name",
            "name: a b/c\ncorridors:\n  VN-KH: {}\n",
            ":1:7",
            "name: 'a b/c' is not allowed"),
        Arguments.of(
            "unknown top key",
            OK + "simulaton:\n  paths: 10\n",
            ":4:1",
            "did you mean 'simulation'"),
        Arguments.of(
            "unknown corridor",
            "name: x\ncorridors:\n  VN-XX: {}\n",
            ":3:3",
            "unknown corridor 'VN-XX'"),
        Arguments.of(
            "corridor outside the bundled data without its data",
            "name: x\ncorridors:\n  VN-TH: {}\n",
            ":3:3",
            "corridors.VN-TH.data: missing; VN-TH (Vietnam\u2013Thailand) is not in the bundled data"),
        Arguments.of("no corridors", "name: x\n", "", "corridors: missing"),
        Arguments.of(
            "unknown model kind",
            OK + "model:\n  kind: rw-drfit\n",
            ":5:9",
            "did you mean 'rw-drift'"),
        Arguments.of(
            "zero paths",
            OK + "simulation:\n  paths: 0\n",
            ":5:10",
            "simulation.paths: '0' is not allowed"),
        Arguments.of("non-numeric paths", OK + "simulation:\n  paths: many\n", ":5:10", "'many'"),
        Arguments.of("fractional seed", OK + "simulation:\n  seed: 1.5\n", ":5:9", "whole number"),
        Arguments.of(
            "jump probability above one",
            OK + "simulation:\n  jumps: {probability: 1.5, mean: -0.2, sd: 0.1}\n",
            ":5:24",
            "simulation.jumps.probability: '1.5' is not allowed; expected a number from 0 to 1"),
        Arguments.of(
            "t with df 2",
            OK + "simulation:\n  shocks: {type: t, df: 2}\n",
            ":5:",
            "expected df > 2"),
        Arguments.of(
            "unknown shock type",
            OK + "simulation:\n  shocks: cauchy\n",
            ":5:11",
            "expected normal, t or bootstrap"),
        Arguments.of(
            "negative target",
            "name: x\ncorridors:\n  VN-KH:\n    target: {value: -5}\n",
            ":4:21",
            "corridors.VN-KH.target.value: '-5' is not allowed; expected a number > 0"),
        Arguments.of(
            "deadline out of range",
            "name: x\ncorridors:\n  VN-KH:\n    target: {deadline: 20300}\n",
            ":4:24",
            "from 1900 to 2200"),
        Arguments.of(
            "missing data file",
            "name: x\ncorridors:\n  VN-KH:\n    data: nothere.csv\n",
            ":4:11",
            "'nothere.csv' is not a file"),
        Arguments.of(
            "extends a missing file",
            "name: x\nextends: nothere.yaml\ncorridors:\n  VN-KH: {}\n",
            ":2:10",
            "is not a file"),
        Arguments.of(
            "duplicate key",
            "name: x\nname: y\ncorridors:\n  VN-KH: {}\n",
            ":2:1",
            "duplicate key 'name'"),
        Arguments.of(
            "correlation out of range",
            "name: x\ncorridors:\n  VN-KH: {}\n  VN-LA: {}\nsimulation:\n  correlation:\n    VN-KH, VN-LA: 1.5\n",
            ":7:19",
            "expected a number from"),
        Arguments.of(
            "correlation with absent corridor",
            OK + "simulation:\n  correlation:\n    VN-KH, KH-LA: 0.3\n",
            ":6:5",
            "must be in this scenario"),
        Arguments.of(
            "not a boolean",
            OK + "simulation:\n  parameter_uncertainty: maybe\n",
            ":5:26",
            "expected true or false"),
        Arguments.of(
            "quantile of zero",
            OK + "outputs:\n  quantiles: [0, 0.5]\n",
            ":5:15",
            "outputs.quantiles"),
        Arguments.of(
            "unknown corridor key",
            "name: x\ncorridors:\n  VN-KH:\n    targt: {value: 5}\n",
            ":4:5",
            "did you mean 'target'"),
        Arguments.of(
            "corridor given as a list",
            "name: x\ncorridors:\n  VN-KH: [1, 2]\n",
            ":3:10",
            "expected a mapping"),
        Arguments.of(
            "t without df", OK + "simulation:\n  shocks: t\n", ":5:11", "needs degrees of freedom"),
        Arguments.of(
            "corridor twice",
            "name: x\ncorridors:\n  VN-KH: {}\n  KH-VN: {}\n",
            ":4:3",
            "listed twice"),
        // registry names one or two edits away get a "did you mean"
        Arguments.of(
            "corridor typo", "name: x\ncorridors:\n  VN-KN: {}\n", ":3:3", "did you mean 'VN-KH'"),
        Arguments.of(
            "country typo",
            OK + "macro:\n  countries:\n    VM: {growth_shift: 0.01}\n",
            ":6:5",
            "did you mean 'VN'"),
        Arguments.of(
            "shock type typo",
            OK + "simulation:\n  shocks: bootstap\n",
            ":5:11",
            "did you mean 'bootstrap'"),
        Arguments.of(
            "lever corridor typo",
            OK + "levers:\n  bridge: {corridors: [VN-KN], start_year: 2027,"
                + " direct_effect: 0.1}\n",
            ":5:24",
            "did you mean 'VN-KH'"),
        // checks across sections that need no fit, made at load time with the place
        Arguments.of(
            "end_year before the deadline",
            "name: x\ncorridors:\n  VN-KH:\n    deadlines: [2032]\n"
                + "simulation:\n  end_year: 2031\n",
            ":6:13",
            "simulation.end_year: 2031 is before the deadline 2032 (corridors.VN-KH); set end_year to 2032 or later"),
        Arguments.of(
            "jumps with the logistic kind",
            OK + "model: {kind: logistic}\nsimulation:\n"
                + "  jumps: {probability: 0.1, mean: -0.2}\n",
            ":6:10",
            "simulation.jumps: crisis jumps are log-scale falls"),
        Arguments.of(
            "bootstrap with constant-growth",
            "name: x\ncorridors:\n  VN-KH:\n"
                + "    model: {kind: constant-growth, params: {rate: 0.1, sigma: 0.2}}\nsimulation:\n  shocks: bootstrap\n",
            ":6:11",
            "simulation.shocks: bootstrap shocks need the fit's residuals"),
        Arguments.of(
            "rate: required on rw-drift",
            OK + "model:\n  params: {rate: required}\n",
            ":5:18",
            "model.params.rate: required is only allowed for constant-growth, not rw-drift"),
        Arguments.of(
            "deadline not after the base year",
            "name: x\ncorridors:\n  VN-KH:\n    target: {deadline: 2020}\n",
            ":4:24",
            "deadline 2020 of VN-KH is not after its base year 2025"),
        Arguments.of(
            "extra deadline not after the base year",
            "name: x\ncorridors:\n  VN-KH:\n" + "    deadlines: [2030, 2024]\n",
            ":4:23",
            "corridors.VN-KH.deadlines: 2024 is not after the base year 2025"),
        Arguments.of(
            "assumed deadline not after the base year",
            "name: x\nassumed_deadline: 2021\ncorridors:\n" + "  VN-KH: {}\n",
            ":2:19",
            "assumed_deadline: deadline 2021 (assumed) of VN-KH is not after its base year"),
        Arguments.of(
            "base year before the data",
            "name: x\nbase_year: 1950\ncorridors:\n  VN-KH: {}\n",
            ":2:12",
            "base_year: 1950 is before the first observation"),
        Arguments.of(
            "parameter value out of bounds",
            "name: x\ncorridors:\n  KH-LA:\n"
                + "    model: {kind: constant-growth, params: {rate: -1}}\n",
            ":4:51",
            "corridors.KH-LA.model.params.rate: -1 is not allowed; expected a number > -1"),
        Arguments.of(
            "required parameter missing",
            "name: x\ncorridors:\n  KH-LA:\n    model: {kind: constant-growth}\n",
            ":4:12",
            "corridors.KH-LA.model.params.rate: missing; parameter 'rate' is required"),
        Arguments.of(
            "correlations that no shocks can have",
            "name: x\ncorridors:\n  VN-LA: {}\n  VN-KH: {}\n"
                + "  KH-LA: {model: {kind: constant-growth, params: {rate: 0.1, sigma: 0.2}}}\nsimulation:\n  correlation:\n"
                + "    VN-LA, VN-KH: 0.9\n    VN-LA, KH-LA: 0.9\n    VN-KH, KH-LA: -0.9\n",
            ":8:5",
            "simulation.correlation: correlation matrix"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void faultIsReportedWhereItIs(String what, String yaml, String where, String detail)
      throws IOException {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, yaml);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    String all = String.join("\n", e.problems());
    assertTrue(e.problems().stream().allMatch(p -> p.startsWith(f.toString())), all);
    assertTrue(
        e.problems().stream().anyMatch(p -> p.contains(f + where) && p.contains(detail)),
        "expected '" + where + "' and '" + detail + "' in:\n" + all);
  }

  @Test
  void usersDataIsReadAtLoad_deadlineBeforeItsLastYearIsReportedAtTheDeadline() throws IOException {
    Files.writeString(dir.resolve("d.csv"), "year,value\n2020,100\n2021,110\n2022,120\n");
    Path f = dir.resolve("s.yaml");
    Files.writeString(
        f, "name: x\ncorridors:\n  VN-KH:\n    data: d.csv\n    target: {deadline: 2021}\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    // the file's last year 2022 is the base year; "    target: {deadline: 2021}" has 2021 at column
    // 24
    assertEquals(
        java.util.List.of(
            f + ":5:24: corridors.VN-KH.target.deadline: deadline 2021 of VN-KH is not after"
                + " its base year 2022 (the last observation used); choose a later deadline"),
        e.problems());
  }

  @Test
  void badUserDataIsReportedAtTheDataLine() throws IOException {
    Files.writeString(dir.resolve("d.csv"), "year,value\n2020,100\n2021,abc\n");
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "name: x\ncorridors:\n  VN-KH:\n    data: d.csv\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(
        e.problems().get(0).startsWith(f + ":4:11: corridors.VN-KH.data: ")
            && e.problems().get(0).contains("d.csv:3")
            && e.problems().get(0).contains("'abc'"),
        e.getMessage());
  }

  @Test
  void emptyFile() throws IOException {
    Path f = dir.resolve("empty.yaml");
    Files.writeString(f, "");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void missingFileAndDirectory() {
    ScenarioException a =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("none.yaml")));
    assertTrue(a.getMessage().contains("no such file"), a.getMessage());
    ScenarioException b = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
    assertTrue(b.getMessage().contains("is a directory"), b.getMessage());
  }

  @Test
  void extendsCycleIsNamed() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "name: a\nextends: b.yaml\ncorridors:\n  VN-KH: {}\n");
    Files.writeString(dir.resolve("b.yaml"), "name: b\nextends: a.yaml\n");
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() throws IOException {
    Path f = dir.resolve("many.yaml");
    Files.writeString(
        f,
        "name: x\ncorridors:\n  VN-KH: {}\nsimulation:\n  paths: -1\n  seed: x\n  threads: -2\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    assertEquals(3, e.problems().size(), e.getMessage());
  }

  @Test
  void extendsOverridesSingleValuesAndResolvesPathsPerFile() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("base"));
    Files.writeString(sub.resolve("data.csv"), "year,value\n2020,100\n2021,110\n2022,120\n");
    Files.writeString(
        sub.resolve("parent.yaml"),
        "name: parent\ncorridors:\n  VN-KH:\n    data: data.csv\nsimulation:\n  paths: 500\n  seed: 7\n");
    Path child = dir.resolve("child.yaml");
    Files.writeString(child, "name: child\nextends: base/parent.yaml\nsimulation:\n  seed: 9\n");
    var spec = ScenarioLoader.load(child);
    assertEquals("child", spec.name());
    assertEquals(500, spec.simulation().paths());
    assertEquals(9, spec.simulation().seed());
    assertEquals(
        sub.resolve("data.csv").toAbsolutePath().normalize(),
        spec.corridors().get(0).data().orElseThrow().toAbsolutePath().normalize());
    assertEquals(2, spec.chain().size());
  }
}
