package org.tradetarget.scenarios.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.MacroSettings;
import org.tradetarget.scenarios.spec.OutputSettings;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * Reads a scenario file into a {@link ScenarioSpec}: applies {@code extends} ({@link TreeResolver}),
 * binds each section to spec and core types ({@link ModelBinder}, {@link CorridorBinder}, {@link
 * SimulationBinder}, {@link OutputsBinder}, {@link LeverBinder}, {@link MacroBinder}, {@link
 * SensitivityBinder}) and runs the checks across sections that need no fit ({@link
 * ScenarioChecks}). Every problem is collected ({@link Problems}) and thrown together as a {@link
 * ScenarioException}, each naming file:line:column, the YAML path, the bad value and what is
 * allowed; an unknown name gets a "did you mean". A problem in one section never hides another's.
 *
 * <p>The keys, their defaults and units are documented in {@code scenarios/reference.yaml}.
 */
public final class ScenarioLoader {
  static final Set<String> TOP = Set.of(
      "name",
      "description",
      "extends",
      "assumed_deadline",
      "base_year",
      "model",
      "corridors",
      "simulation",
      "outputs",
      "sensitivity",
      "levers",
      "macro");

  /** Default model kind when a scenario names none. */
  public static final ModelKind DEFAULT_MODEL = ModelKind.RW_DRIFT;

  private ScenarioLoader() {}

  /**
   * Loads and checks a scenario file.
   *
   * @throws ScenarioException listing every problem found
   */
  public static ScenarioSpec load(Path file) {
    List<Path> chain = new ArrayList<>();
    YNode.Map tree = TreeResolver.resolve(file, chain);
    return check(file, tree, chain);
  }

  /**
   * A scenario file's tree with {@code extends} applied, for comparing scenarios key by key.
   *
   * @param chain receives the files resolved, the scenario's own first
   */
  public static YNode.Map resolvedTree(Path file, List<Path> chain) {
    return TreeResolver.resolve(file, chain);
  }

  /**
   * Checks a resolved tree (e.g. one with a single value switched) into a spec.
   *
   * @throws ScenarioException listing every problem found
   */
  public static ScenarioSpec check(Path file, YNode.Map tree, List<Path> chain) {
    Problems problems = new Problems();
    ScenarioSpec spec = bind(file, tree, chain, problems, true);
    problems.throwIfAny();
    return spec;
  }

  /** The problems of a resolved tree without its sensitivity section, each one line. */
  static List<String> problemsOf(Path file, YNode.Map tree, List<Path> chain) {
    Problems problems = new Problems();
    bind(file, tree, chain, problems, false);
    return problems.lines();
  }

  private static ScenarioSpec bind(
      Path file, YNode.Map root, List<Path> chain, Problems problems, boolean withSensitivity) {
    Scalars s = new Scalars(problems);
    s.checkKeys(root, "", TOP);
    String name = s.string(root, "name", "", null);
    if (name == null) {
      if (Scalars.absent(root.get("name"))) {
        problems.add(root.origin()
            + ": name: missing; every scenario needs a name (letters, digits, '-', '_')");
      }
    } else if (!name.matches("[A-Za-z0-9_.-]+")) {
      s.problem(
          root.get("name"),
          "name",
          "'" + name + "' is not allowed; use letters, digits, '-', '_' or '.'");
    }
    String description = s.string(root, "description", "", "");
    int assumed = s.year(root, "assumed_deadline", "", TargetArithmetic.DEFAULT_ASSUMED_DEADLINE);
    OptionalInt baseYear = s.year(root, "base_year", "");

    YNode.Map modelMap = s.map(root, "model", "");
    ModelBinder.Model dflt = modelMap == null
        ? ModelBinder.none(DEFAULT_MODEL)
        : ModelBinder.read(modelMap, "model.", DEFAULT_MODEL, s);
    List<CorridorBinder.Bound> bound = CorridorBinder.bind(root, dflt, s);
    List<CorridorSpec> corridors =
        bound.stream().map(CorridorBinder.Bound::spec).toList();
    SimulationSettings sim = SimulationBinder.bind(root, corridors, s);
    OutputSettings out = OutputsBinder.bind(root, s);
    List<Lever> levers =
        LeverBinder.bind(root, corridors.stream().map(CorridorSpec::corridor).toList(), s);
    MacroSettings macro = MacroBinder.bind(root, s);
    ScenarioChecks.check(root, chain, assumed, baseYear, bound, sim, macro.base(), s);
    List<String> sens = List.of();
    if (withSensitivity) {
      Set<String> base = new HashSet<>(problems.lines());
      sens = SensitivityBinder.bind(file, root, chain, base, s);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new ScenarioSpec(
        name,
        description,
        file,
        chain,
        assumed,
        baseYear,
        corridors,
        sim,
        out,
        levers,
        macro,
        sens);
  }
}
