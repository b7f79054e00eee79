package org.tradetarget.scenarios.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.spec.MacroSettings;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/** The assumptions of a run as flat name → text pairs, for the JSON and HTML reports. */
final class Assumptions {
  private Assumptions() {}

  static Map<String, String> of(ScenarioResult r) {
    ScenarioSpec s = r.spec();
    SimulationSettings sim = s.simulation();
    Map<String, String> m = new LinkedHashMap<>();
    m.put("scenario file", s.file().toString());
    if (s.chain().size() > 1) {
      m.put("extends", s.chain().subList(1, s.chain().size()).toString());
    }
    m.put(
        "assumed deadline (targets without a sourced year)", Integer.toString(s.assumedDeadline()));
    m.put(
        "base year",
        s.baseYear().isPresent()
            ? Integer.toString(s.baseYear().getAsInt())
            : "last observation of each corridor");
    for (PreparedCorridor c : r.corridors()) {
      String id = c.spec().corridor().id();
      m.put(
          id + " data",
          c.dataLabel() + ", observed " + c.series().firstYear() + "-"
              + c.series().lastYear() + ", fitted on " + c.calibration().used().firstYear() + "-"
              + c.calibration().used().lastYear());
      m.put(id + " model", c.calibration().kind().id() + " " + c.calibration().parameters());
      if (!c.calibration().notes().isEmpty()) {
        m.put(id + " notes", String.join("; ", c.calibration().notes()));
      }
      m.put(
          id + " target",
          Numbers.money(c.target().valueUsdMillion()) + " US$ million by " + c.deadline()
              + (c.deadlineAssumed() ? " (assumed: no source gives a year)" : ""));
    }
    for (Lever l : s.levers()) {
      m.put(
          "lever " + l.name(),
          String.join(", ", l.corridors().stream().map(c -> c.id()).toList()) + "; from "
              + l.startYear() + (l.rampYears() > 0 ? ", ramp " + l.rampYears() + " years" : "")
              + "; "
              + (l.isTradeCost() ? "trade-cost change " + l.size() : "direct effect " + l.size())
              + "; probability " + l.probability() + ", mean delay " + l.delayMeanYears() + " years"
              + (l.basis().isEmpty() ? "" : ". Basis: " + l.basis()));
    }
    MacroSettings mac = s.macro();
    if (!mac.equals(MacroSettings.NONE)) {
      StringBuilder b = new StringBuilder();
      mac.file().ifPresent(f -> b.append("GDP from ").append(f.label()).append("; "));
      mac.growthShift().ifPresent(v -> b.append("GDP growth shift ").append(v).append(" a year; "));
      mac.inflation().ifPresent(v -> b.append("US$ inflation ").append(v).append("; "));
      mac.growthSd().ifPresent(v -> b.append("growth sd ").append(v).append("; "));
      mac.correlation().ifPresent(v -> b.append("growth correlation ").append(v).append("; "));
      mac.countries()
          .forEach((c, cm) -> b.append(c.id()).append(": ").append(cm).append("; "));
      m.put("macro", b.toString().replaceAll("; $", ""));
    }
    m.put("paths", Integer.toString(sim.paths()));
    m.put("seed", Long.toString(sim.seed()));
    m.put(
        "shocks",
        sim.shocks().model() == ShockModel.STUDENT_T
            ? "Student-t, df " + sim.shocks().degreesOfFreedom()
                + ", scaled to the model's variance"
            : sim.shocks().model().id());
    m.put(
        "crisis jumps",
        sim.jumps()
            .map(j -> "probability " + j.probability() + " a year, log size Normal("
                + j.meanLogSize() + ", " + j.sdLogSize() + ")")
            .orElse("none"));
    m.put(
        "persistence (mean reversion)",
        sim.persistence().isPresent()
            ? Double.toString(sim.persistence().getAsDouble())
            : "none (1)");
    m.put("parameter uncertainty", Boolean.toString(sim.parameterUncertainty()));
    m.put(
        "correlation", sim.correlation().isEmpty() ? "none" : sim.correlation().toString());
    return m;
  }
}
