package org.tradetarget.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;

/**
 * A new user writes a few lines that extend a bundled scenario and makes a typo. Each mistake must
 * be reported once, in the user's own file at the line where it is, with a "did you mean" when a
 * valid name is one edit away, and no mistake may hide another; the bundled files the variant
 * extends are correct and must not be blamed.
 */
@SuppressWarnings(
    "StringConcatToTextBlock") // YAML written with explicit line ends keeps the asserted line and
// column positions countable
final class VariantMistakesTest {
  @TempDir
  Path dir;

  /** The bundled infrastructure scenario (tests run in the scenarios module's folder). */
  private static final Path INFRASTRUCTURE =
      Path.of("clv-2030-infrastructure.yaml").toAbsolutePath();

  private Path variant(String... extra) throws IOException {
    Path f = dir.resolve("my-late-expressway.yaml");
    StringBuilder yaml = new StringBuilder()
        .append("extends: ")
        .append(INFRASTRUCTURE)
        .append('\n')
        .append("name: my-late-expressway\n")
        .append("levers:\n")
        .append("  phnom-penh-bavet-expresway: {delay_mean_years: 3}\n");
    for (String line : extra) {
      yaml.append(line).append('\n');
    }
    Files.writeString(f, yaml.toString());
    return f;
  }

  @Test
  void leverTypo_isOneProblemAtTheUsersLine_withDidYouMeanAndWhatANewLeverNeeds()
      throws IOException {
    Path f = variant();
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    List<String> problems = e.problems();
    assertEquals(1, problems.size(), String.join("\n", problems));
    String p = problems.get(0);
    // line 4, column 3: the lever's key under "levers:" in the file written above
    assertTrue(
        p.startsWith(f + ":4:3: levers.phnom-penh-bavet-expresway: not a built-in lever"), p);
    assertTrue(p.contains("; did you mean 'phnom-penh-bavet-expressway'?"), p);
    assertTrue(
        p.contains("a new project needs corridors")
            && p.contains("start_year")
            && p.contains("trade_cost_change")
            && p.contains("direct_effect"),
        p);
  }

  @Test
  void secondMistakeInTheSameFile_bothAreReported() throws IOException {
    Path f = variant("simulation: {path: 50000}");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    List<String> problems = e.problems();
    assertEquals(2, problems.size(), String.join("\n", problems));
    assertTrue(
        problems
            .get(0)
            .startsWith(f + ":4:3: levers.phnom-penh-bavet-expresway: not a built-in lever"),
        problems.get(0));
    // line 5: "simulation: {path: 50000}", the key 'path' starts at column 14
    assertTrue(
        problems.get(1).startsWith(f + ":5:14: simulation.path: unknown key")
            && problems.get(1).contains("did you mean 'paths'"),
        problems.get(1));
  }

  @Test
  void correctedVariantLoads() throws IOException {
    Path f = dir.resolve("fixed.yaml");
    Files.writeString(
        f,
        "extends: " + INFRASTRUCTURE + "\nname: my-late-expressway\nlevers:\n"
            + "  phnom-penh-bavet-expressway: {delay_mean_years: 3}\n");
    var spec = ScenarioLoader.load(f);
    assertEquals(
        3.0,
        spec.levers().stream()
            .filter(l -> l.name().equals("phnom-penh-bavet-expressway"))
            .findFirst()
            .orElseThrow()
            .delayMeanYears());
    // the bundled baseline's six ranges survive the extends chain
    assertEquals(6, spec.sensitivity().size());
  }

  @Test
  void aVariantOfAnotherKind_dropsTheParentsEnsembleOptions_whileTheSameKindKeepsThem()
      throws IOException {
    // the baseline's model is an ensemble with members, weights: skill and evidence: bundled
    Path parent = Path.of("clv-2030-baseline.yaml").toAbsolutePath();
    Path holt = dir.resolve("holt.yaml");
    Files.writeString(
        holt,
        "extends: " + parent + "\nname: holt\nmodel: {kind: holt-damped}\n"
            + "corridors:\n  KH-LA:\n    model: {kind: constant-growth, params: {rate: 0.12}}\n");
    var spec = ScenarioLoader.load(holt);
    assertEquals(ModelKind.HOLT_DAMPED, spec.corridors().get(0).model());
    assertTrue(spec.corridors().get(0).params().names().isEmpty());
    // KH-LA keeps its kind: its parameters merge, the parent's sigma kept beside the new rate
    assertEquals(ModelKind.CONSTANT_GROWTH, spec.corridors().get(2).model());
    assertEquals("0.12", spec.corridors().get(2).params().value("rate"));
    assertEquals("0.195", spec.corridors().get(2).params().value("sigma"));
    // the same rule for a corridor's own model: a parent's corridor ensemble, its child's arima
    Path mid = dir.resolve("mid.yaml");
    Files.writeString(
        mid,
        "extends: " + parent + "\nname: mid\ncorridors:\n  VN-LA:\n"
            + "    model: {kind: ensemble, members: [rw-drift, arima], weights: skill}\n");
    Path child = dir.resolve("child.yaml");
    Files.writeString(
        child,
        "extends: " + mid + "\nname: child\ncorridors:\n  VN-LA:\n    model: {kind: arima}\n");
    assertEquals(ModelKind.ARIMA, ScenarioLoader.load(child).corridors().get(0).model());
    // the same kind merges: a variant that only pools the skill keeps the members and evidence
    Path same = dir.resolve("same.yaml");
    Files.writeString(same, "extends: " + parent + "\nname: same\nmodel: {kind: ensemble}\n");
    ModelParams p = ScenarioLoader.load(same).corridors().get(0).params();
    assertEquals("bundled", p.value("evidence"));
    assertEquals("skill", p.value("arima"));
  }

  @Test
  void corridorTypo_isOneProblem_whileANewCorridorIsToldAllItLacks() throws IOException {
    Path f = dir.resolve("typo.yaml");
    Files.writeString(f, "extends: " + INFRASTRUCTURE + "\nname: typo\ncorridors:\n  VN-KN: {}\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    List<String> problems = e.problems();
    // VN-KN is one letter from VN-KH: one mistake, one line, at the key (line 4, column 3)
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(
        problems.get(0).startsWith(f + ":4:3: corridors.VN-KN.data: missing;")
            && problems.get(0).endsWith("(did you mean 'VN-KH'?)"),
        problems.get(0));

    // TH-KH is two letters from VN-KH: a corridor of its own, which lacks both data and target
    Path g = dir.resolve("new.yaml");
    Files.writeString(g, "extends: " + INFRASTRUCTURE + "\nname: new\ncorridors:\n  TH-KH: {}\n");
    ScenarioException n = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(g));
    assertEquals(2, n.problems().size(), String.join("\n", n.problems()));
    assertTrue(
        n.problems().get(1).contains("corridors.TH-KH.target.value: missing;"), n.getMessage());
  }

  @Test
  void sensitivityRangeIsReportedOnlyForItsOwnBadValue() throws IOException {
    Path f = dir.resolve("ranges.yaml");
    Files.writeString(
        f,
        "extends: " + INFRASTRUCTURE + "\nname: ranges\nsensitivity:\n"
            + "  simulation.persistence: [0.5, 1.5]\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    List<String> problems = e.problems();
    assertEquals(1, problems.size(), String.join("\n", problems));
    // line 4 "  simulation.persistence: [0.5, 1.5]": 1.5 starts at column 33
    assertTrue(
        problems
                .get(0)
                .startsWith(
                    f + ":4:33: sensitivity.simulation.persistence: 1.5 is not allowed there")
            && problems.get(0).contains("expected a number from 0 to 1"),
        problems.get(0));
  }

  @Test
  void problemOfTwoPlaces_isReportedInTheUsersFile() throws IOException {
    // the bundled downside scenario has crisis jumps; the variant picks a kind that works on values
    Path f = dir.resolve("logistic.yaml");
    Files.writeString(
        f,
        "extends: " + Path.of("clv-2030-downside.yaml").toAbsolutePath() + "\nname: logistic\n"
            + "corridors:\n  VN-LA: {model: {kind: logistic}}\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    List<String> problems = e.problems();
    assertEquals(1, problems.size(), String.join("\n", problems));
    // line 4 "  VN-LA: {model: {kind: logistic}}": 'logistic' starts at column 25
    assertTrue(
        problems
            .get(0)
            .startsWith(f + ":4:25: corridors.VN-LA.model.kind: crisis jumps are log-scale falls"),
        problems.get(0));
  }

  @Test
  void mistakeInAParentIsReportedInTheParentOnce() throws IOException {
    Files.writeString(
        dir.resolve("parent.yaml"),
        "name: parent\ncorridors:\n  VN-KH: {}\nsimulation:\n"
            + "  seed: x\nsensitivity:\n  simulation.persistence: [0.5, 1.0]\n");
    Path child = dir.resolve("child.yaml");
    Files.writeString(child, "name: child\nextends: parent.yaml\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child));
    assertEquals(
        List.of(dir.resolve("parent.yaml")
            + ":5:9: simulation.seed: 'x' is not allowed; expected a whole"
            + " number from -2147483648 to 2147483647"),
        e.problems());
  }
}
