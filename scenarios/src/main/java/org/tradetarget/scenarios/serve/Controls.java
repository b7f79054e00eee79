package org.tradetarget.scenarios.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ParameterSpec;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * The explorer page's controls: one per assumption with its path, its value as the scenario
 * resolves it and its range. Only what can move the scenario's numbers is offered: the levers that
 * act on one of its corridors, the assumed deadline only when some corridor has no deadline of its
 * own; true/false model parameters are checkboxes. Year ranges come from the scenario: from the year after the earliest
 * base year (the end of the history) to {@value #YEARS_BEYOND} years beyond the latest of its
 * deadlines, assumed deadline and end year.
 */
final class Controls {
  /** How many years beyond the scenario's latest year a year slider reaches. */
  static final int YEARS_BEYOND = 10;

  private Controls() {}

  /**
   * The years the sliders span.
   *
   * @param lastObserved the latest base year of the corridors (the end of the history)
   * @param first the first year a deadline may take: the year after the earliest base year
   * @param last the last year a slider reaches
   */
  record Years(int lastObserved, int first, int last) {
    static Years of(ScenarioSpec s, List<PreparedCorridor> prepared) {
      int firstBase =
          prepared.stream().mapToInt(PreparedCorridor::baseYear).min().orElseThrow();
      int lastBase =
          prepared.stream().mapToInt(PreparedCorridor::baseYear).max().orElseThrow();
      int latest = Math.max(s.assumedDeadline(), s.simulation().endYear());
      for (PreparedCorridor c : prepared) {
        for (int d : c.deadlines()) {
          latest = Math.max(latest, d);
        }
      }
      return new Years(lastBase, firstBase + 1, latest + YEARS_BEYOND);
    }
  }

  /**
   * One control of the page.
   *
   * @param path the dotted path it sets
   * @param group the heading it sits under
   * @param label what it is, with its unit
   * @param type {@code int}, {@code number}, {@code bool}, {@code select} or {@code text}
   * @param value its value as the file resolves it (text), or null when unset
   * @param min the lowest value of a slider
   * @param max the highest
   * @param step the slider's step
   * @param options the choices of a select
   * @param note a remark shown beside it, or null
   */
  record Control(
      String path,
      String group,
      String label,
      String type,
      String value,
      double min,
      double max,
      double step,
      List<String> options,
      String note) {
    ObjectNode json() {
      ObjectNode j = Render.object();
      j.put("path", path)
          .put("group", group)
          .put("label", label)
          .put("type", type)
          .put("value", value);
      if (type.equals("int") || type.equals("number")) {
        j.put("min", min).put("max", max).put("step", step);
      }
      if (!options.isEmpty()) {
        options.forEach(j.putArray("options")::add);
      }
      return j.put("note", note);
    }
  }

  private static Control slider(
      String path,
      String group,
      String label,
      String type,
      double value,
      double min,
      double max,
      double step,
      String note) {
    return new Control(
        path,
        group,
        label,
        type,
        fmt(value),
        Math.min(min, value),
        Math.max(max, value),
        step,
        List.of(),
        note);
  }

  /** One control per assumption of the scenario, its years taken from the scenario. */
  static List<Control> of(ScenarioSpec s, List<PreparedCorridor> prepared) {
    List<Control> out = new ArrayList<>();
    Years years = Years.of(s, prepared);
    String g = "Deadlines";
    // the assumed deadline moves only the corridors without a deadline of their own
    if (prepared.stream().anyMatch(PreparedCorridor::deadlineAssumed)) {
      out.add(slider(
          "assumed_deadline",
          g,
          "assumed deadline (year, targets without a sourced year)",
          "int",
          s.assumedDeadline(),
          years.first(),
          years.last(),
          1,
          null));
    }
    for (PreparedCorridor c : prepared) {
      String id = c.spec().corridor().id();
      out.add(slider(
          "corridors." + id + ".target.deadline",
          g,
          id + " deadline (year)",
          "int",
          c.deadline(),
          c.baseYear() + 1,
          years.last(),
          1,
          c.deadlineAssumed() ? "assumed: follows assumed_deadline until moved" : null));
    }
    List<String> kinds = Arrays.stream(ModelKind.values()).map(ModelKind::id).toList();
    for (CorridorSpec c : s.corridors()) {
      String id = c.corridor().id();
      g = "Model " + id;
      out.add(new Control(
          "corridors." + id + ".model.kind",
          g,
          id + " model kind",
          "select",
          c.model().id(),
          0,
          0,
          0,
          kinds,
          null));
      for (String p : new TreeSet<>(c.model().calibrator().parameterNames())) {
        // a true/false parameter is a checkbox showing its value, the kind's default when unset
        Optional<ParameterSpec> ps = c.model().parameter(p);
        boolean bool = ps.isPresent() && ps.get().type() == ParameterSpec.Type.BOOLEAN;
        String v = c.params().value(p);
        out.add(new Control(
            "corridors." + id + ".model.params." + p,
            g,
            id + " " + p + (bool ? "" : " (blank = not set: fitted)"),
            bool ? "bool" : "text",
            bool && v == null ? ps.get().defaultText() : v,
            0,
            0,
            0,
            List.of(),
            null));
      }
    }
    g = "Levers";
    Map<String, Lever> levers = new LinkedHashMap<>();
    BuiltInLever.all().forEach(l -> levers.put(l.name(), l));
    Set<String> on = new TreeSet<>();
    for (Lever l : s.levers()) {
      levers.put(l.name(), l);
      on.add(l.name());
    }
    Set<Corridor> here = new HashSet<>();
    s.corridors().forEach(c -> here.add(c.corridor()));
    // only the levers that act on one of the scenario's corridors: the others change nothing
    for (Lever l : levers.values().stream()
        .filter(l -> l.corridors().stream().anyMatch(here::contains))
        .toList()) {
      String p = "levers." + l.name() + ".";
      String where = String.join(", ", l.corridors().stream().map(x -> x.id()).toList());
      out.add(new Control(
          p + "enabled",
          g,
          l.name() + " (" + where + ") on",
          "bool",
          Boolean.toString(on.contains(l.name())),
          0,
          0,
          0,
          List.of(),
          (l.isTradeCost() ? "trade-cost change " : "direct effect ") + fmt(l.size())));
      out.add(slider(
          p + "probability",
          g,
          l.name() + " probability of completion",
          "number",
          l.probability(),
          0,
          1,
          0.05,
          null));
      out.add(slider(
          p + "start_year",
          g,
          l.name() + " start year",
          "int",
          l.startYear(),
          years.lastObserved(),
          years.last(),
          1,
          null));
      out.add(slider(
          p + "delay_mean_years",
          g,
          l.name() + " mean delay (years)",
          "number",
          l.delayMeanYears(),
          0,
          10,
          0.5,
          null));
    }
    SimulationSettings sim = s.simulation();
    g = "Shocks and crises";
    out.add(slider(
        "simulation.jumps.probability",
        g,
        "crisis jump probability (a year)",
        "number",
        sim.jumps().map(CrisisJumps::probability).orElse(0.0),
        0,
        0.3,
        0.01,
        null));
    out.add(slider(
        "simulation.jumps.mean",
        g,
        "crisis jump mean (log size)",
        "number",
        sim.jumps().map(CrisisJumps::meanLogSize).orElse(0.0),
        -1,
        0,
        0.01,
        null));
    out.add(slider(
        "simulation.jumps.sd",
        g,
        "crisis jump sd (log size)",
        "number",
        sim.jumps().map(CrisisJumps::sdLogSize).orElse(0.0),
        0,
        0.5,
        0.01,
        null));
    out.add(new Control(
        "simulation.shocks.type",
        g,
        "shock distribution",
        "select",
        sim.shocks().model().id(),
        0,
        0,
        0,
        List.of("normal", "t", "bootstrap"),
        null));
    out.add(new Control(
        "simulation.shocks.df",
        g,
        "Student-t degrees of freedom (> 2)",
        "text",
        sim.shocks().model() == ShockModel.STUDENT_T ? fmt(sim.shocks().degreesOfFreedom()) : null,
        0,
        0,
        0,
        List.of(),
        null));
    out.add(slider(
        "simulation.persistence",
        g,
        "persistence φ (1 = shocks are permanent)",
        "number",
        sim.persistence().orElse(1),
        0,
        1,
        0.05,
        null));
    out.add(new Control(
        "simulation.parameter_uncertainty",
        g,
        "parameter uncertainty",
        "bool",
        Boolean.toString(sim.parameterUncertainty()),
        0,
        0,
        0,
        List.of(),
        null));
    g = "Macro";
    out.add(slider(
        "macro.growth_shift",
        g,
        "GDP growth shift (fraction a year, every country)",
        "number",
        s.macro().growthShift().orElse(0),
        -0.05,
        0.05,
        0.005,
        null));
    return out;
  }

  private static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
