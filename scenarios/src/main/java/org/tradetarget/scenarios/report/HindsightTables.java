package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.tradetarget.core.analysis.HindsightRow;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.simulate.SimulationSpec;

/** Earlier targets in hindsight ({@code tradetarget hindsight}) as a table, CSV and JSON. */
public final class HindsightTables {
  /** The CSV header, a contract. */
  public static final String HEADER =
      "corridor,target_usd_million,deadline,announced,model,p_met,outcome";

  private HindsightTables() {}

  /** What {@code hindsight} prints for the rows of the kinds run with the simulation settings. */
  public static Output output(List<HindsightRow> rows, List<ModelKind> kinds, SimulationSpec sim) {
    Rows machine = new Rows(
        "corridor",
        "target_usd_million",
        "deadline",
        "announced",
        "model",
        "fit_first_year",
        "fit_last_year",
        "p_met",
        "p_met_se",
        "outcome",
        "first_reached",
        "recorded_outcome",
        "note");
    for (HindsightRow r : rows) {
      Target t = r.target();
      machine.add(
          t.corridor().id(),
          t.valueUsdMillion(),
          t.deadline(),
          r.announcedYear(),
          r.kind().id(),
          r.used().map(u -> OptionalInt.of(u.firstYear())).orElse(OptionalInt.empty()),
          r.used().map(u -> OptionalInt.of(u.lastYear())).orElse(OptionalInt.empty()),
          r.pMet(),
          r.pMetSe(),
          r.outcome().id(),
          r.firstReached(),
          t.outcome(),
          r.note());
    }
    ObjectNode json = Render.object();
    json.put("paths", sim.paths());
    json.put("seed", sim.seed());
    json.put("parameter_uncertainty", sim.parameterUncertainty());
    json.set("rows", Render.array(machine));
    return new Output()
        .table(table(rows, kinds, sim))
        .csv(machine.select(HEADER.split(",")))
        .json(json);
  }

  private static String year(OptionalInt y) {
    return y.isPresent() ? Integer.toString(y.getAsInt()) : "";
  }

  private static Rows table(List<HindsightRow> rows, List<ModelKind> kinds, SimulationSpec sim) {
    Rows t = new Rows(
        "corridor",
        ">target",
        ">deadline",
        ">announced",
        "fitted",
        "model",
        ">P(met)",
        "outcome",
        ">first reached");
    t.heading(
        "Earlier targets in hindsight: P(met by the deadline) each method gave when fitted on the data up to"
            + " the year before the announcement ("
            + String.format(Locale.ROOT, "%,d", sim.paths()) + " paths, seed "
            + sim.seed() + (sim.parameterUncertainty() ? ", with parameter uncertainty" : "")
            + ")");
    List<String> notes = new ArrayList<>();
    for (HindsightRow r : rows) {
      Target g = r.target();
      String target = Numbers.money(g.valueUsdMillion());
      t.add(
          g.corridor().id(),
          target,
          orDash(year(g.deadline())),
          orDash(year(r.announcedYear())),
          r.used().map(HindsightTables::years).orElse("-"),
          r.kind().id(),
          Numbers.percent(r.pMet()),
          r.outcome().id(),
          orDash(year(r.firstReached())));
      if (!r.note().isEmpty()) {
        notes.add("  " + g.corridor().id() + ' ' + target + " by " + orDash(year(g.deadline()))
            + ", " + r.kind().id() + ": " + r.note());
      }
    }
    if (!notes.isEmpty()) {
      t.note("Notes:");
      notes.forEach(t::note);
    }
    t.note(
        "Targets in US$ million; P(met): of reaching the target in some year up to the deadline; outcome from"
            + " the default series (met, missed, open); methods: "
            + kinds.stream().map(ModelKind::id).collect(Collectors.joining(", ")) + ".");
    return t;
  }

  private static String years(AnnualSeries s) {
    return s.size() == 1 ? Integer.toString(s.firstYear()) : s.firstYear() + "-" + s.lastYear();
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "-" : s;
  }
}
