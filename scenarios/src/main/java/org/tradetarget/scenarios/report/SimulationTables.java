package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.FirstPassage;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.run.WhatIf;

/** A what-if ({@code tradetarget simulate}) as rows, JSON and a table. */
public final class SimulationTables {
  /** The CSV header, a contract. */
  public static final String HEADER =
      "year,mean,q05,q10,q25,q50,q75,q90,q95,p_at_or_above,se_at_or_above,p_reached_by,se_reached_by";

  private SimulationTables() {}

  /** What {@code simulate} prints for the settings and their result. */
  public static Output output(WhatIf.Settings w, WhatIf.Result result) {
    SeriesAttainment s = result.series();
    SimulationSpec simSpec = result.spec();
    Rows machine = new Rows(HEADER.split(","));
    for (Checkpoint c : s.checkpoints()) {
      List<Object> row = new ArrayList<>(List.of(c.year(), c.mean()));
      for (double q : c.quantiles()) {
        row.add(q);
      }
      row.addAll(List.of(c.atOrAbove(), c.atOrAboveSe(), c.metBy(), c.metBySe()));
      machine.add(row.toArray());
    }
    ObjectNode json = Render.object();
    json.put("start_usd_million", w.start());
    json.put("start_year", w.startYear());
    json.put("drift", w.drift());
    json.put("sigma", w.sigma());
    json.put("years", w.years());
    json.put("paths", w.paths());
    json.put("seed", w.seed());
    json.put("shocks", simSpec.shocks().toString());
    if (simSpec.jumps().isPresent()) {
      CrisisJumps cj = simSpec.jumps().get();
      ObjectNode j = json.putObject("jumps");
      j.put("probability", cj.probability());
      j.put("mean_log_size", cj.meanLogSize());
      j.put("sd_log_size", cj.sdLogSize());
    } else {
      json.putNull("jumps");
    }
    json.set("target_usd_million", Render.node(w.target()));
    json.set("checkpoints", Render.array(machine));
    if (s.firstPassage().isPresent()) {
      FirstPassage fp = s.firstPassage().get();
      ObjectNode f = json.putObject("first_passage");
      f.set("years", Render.node(fp.years()));
      f.set("probability", Render.node(fp.probability()));
      f.put("not_by_horizon", fp.notByHorizon());
      f.put("not_by_horizon_se", fp.notByHorizonSe());
    } else {
      json.putNull("first_passage");
    }
    return new Output().table(table(w, s, simSpec)).csv(machine).json(json);
  }

  private static Rows table(WhatIf.Settings w, SeriesAttainment s, SimulationSpec simSpec) {
    boolean t = w.target() != null;
    Rows table = t
        ? new Rows(
            "year",
            ">mean",
            ">5%",
            ">25%",
            ">median",
            ">75%",
            ">95%",
            ">P(at/above)",
            ">P(met by)",
            ">first here")
        : new Rows("year", ">mean", ">5%", ">10%", ">25%", ">median", ">75%", ">90%", ">95%");
    FirstPassage fp = s.firstPassage().orElse(null);
    int row = 0;
    for (Checkpoint c : s.checkpoints()) {
      if (t) {
        table.add(
            Integer.toString(c.year()),
            Numbers.money(c.mean()),
            Numbers.money(c.quantile(0.05)),
            Numbers.money(c.quantile(0.25)),
            Numbers.money(c.quantile(0.5)),
            Numbers.money(c.quantile(0.75)),
            Numbers.money(c.quantile(0.95)),
            percentWithSe(c.atOrAbove(), c.atOrAboveSe()),
            percentWithSe(c.metBy(), c.metBySe()),
            Numbers.percent(fp.probability()[row]));
      } else {
        double[] q = c.quantiles();
        table.add(
            Integer.toString(c.year()),
            Numbers.money(c.mean()),
            Numbers.money(q[0]),
            Numbers.money(q[1]),
            Numbers.money(q[2]),
            Numbers.money(q[3]),
            Numbers.money(q[4]),
            Numbers.money(q[5]),
            Numbers.money(q[6]));
      }
      row++;
    }
    table.note(String.format(
        Locale.ROOT,
        "%,d paths, seed %d, %s shocks%s. Values in US$ million; quantiles type 7.",
        w.paths(),
        w.seed(),
        simSpec.shocks(),
        simSpec.jumps().isPresent() ? ", crisis jumps" : ""));
    if (t) {
      table.note("P(met by): at or above " + Numbers.money(w.target())
          + " in at least one year up to and including that year;"
          + " +/- is one Monte Carlo standard error.");
      table.note("Not met by " + (w.startYear() + w.years()) + ": "
          + percentWithSe(fp.notByHorizon(), fp.notByHorizonSe()) + ".");
    }
    return table;
  }

  private static String percentWithSe(double p, double se) {
    return Numbers.percent(p) + " +/- " + Numbers.fixed(se * 100, 2);
  }
}
