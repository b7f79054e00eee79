package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.FirstPassage;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.analysis.Shortfall;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ScenarioResult;

/**
 * Renders a scenario run as a console summary, tidy CSV ({@code
 * scenario,corridor,year,statistic,value}), JSON with provenance and SVG charts. Strings only;
 * writing files is the caller's job.
 */
public final class ResultReports {
  /** The tidy CSV header, a contract. */
  public static final String CSV_HEADER = "scenario,corridor,year,statistic,value";

  private ResultReports() {}

  /** The statistic name of a quantile probability: 0.05 → q05, 0.5 → q50, 0.025 → q02.5. */
  public static String quantileName(double p) {
    return OutlookResult.quantileName(p);
  }

  /** One console table for several scenarios: one row per scenario and corridor. */
  public static String summaryTable(List<ScenarioResult> results) {
    return Render.table(summaryRows(results));
  }

  /** The console summary as rows: one per scenario and corridor, with the joint odds and legend as notes. */
  public static Rows summaryRows(List<ScenarioResult> results) {
    Rows t = new Rows(
        "scenario",
        "corridor",
        ">target US$ m",
        "deadline",
        ">median",
        ">band",
        ">P(met by deadline)",
        ">median first year",
        ">required/yr",
        ">assumed/yr");
    for (ScenarioResult r : results) {
      for (OutlookResult s : r.summaries()) {
        t.add(
            r.spec().name(),
            s.name(),
            Numbers.money(s.target()),
            s.deadline() + (s.deadlineAssumed() ? " (assumed)" : ""),
            Numbers.money(s.median()),
            String.format(
                Locale.ROOT,
                "%s\u2013%s (%s%%)",
                Numbers.money(s.bandLow()),
                Numbers.money(s.bandHigh()),
                Numbers.fixed(s.bandLevel(), 0)),
            String.format(
                Locale.ROOT, "%s ± %s", Numbers.percent(s.pMet()), Numbers.percent(s.pMetSe())),
            s.medianFirstYear().isPresent()
                ? Integer.toString(s.medianFirstYear().getAsInt())
                : "after " + lastYear(r),
            Numbers.percent(s.requiredCagr()),
            Numbers.percent(s.assumedCagr()));
      }
    }
    for (ScenarioResult r : results) {
      StringBuilder b = new StringBuilder(r.spec().name()).append(": basis (whose declarations)");
      String sep = " ";
      for (PreparedCorridor c : r.corridors()) {
        b.append(sep).append(c.spec().corridor().id()).append(' ').append(c.basis());
        sep = ", ";
      }
      t.note(b.toString());
    }
    for (ScenarioResult r : results) {
      for (OutlookResult s : r.summaries()) {
        if (s.byDeadline().size() > 1) {
          // the compared deadlines (deadlines: in the scenario), in year order
          StringBuilder b = new StringBuilder(r.spec().name())
              .append(", ")
              .append(s.name())
              .append(": P(met by) at the compared deadlines:");
          s.byDeadline().stream()
              .sorted(java.util.Comparator.comparingInt(OutlookResult.DeadlineOdds::deadline))
              .forEach(o -> b.append(String.format(
                  Locale.ROOT,
                  " %d %s ± %s (needs %s/yr);",
                  o.deadline(),
                  Numbers.percent(o.pMet()),
                  Numbers.percent(o.pMetSe()),
                  Numbers.percent(o.requiredCagr()))));
          b.setLength(b.length() - 1);
          t.note(b.toString());
        }
      }
    }
    for (ScenarioResult r : results) {
      if (r.attainment().joint().isPresent() && r.summaries().size() > 1) {
        t.note(String.format(
            Locale.ROOT,
            "%s: P(every target met by its deadline) = %s ± %s",
            r.spec().name(),
            Numbers.percent(r.attainment().joint().getAsDouble()),
            Numbers.percent(r.attainment().jointSe().getAsDouble())));
      }
    }
    t.note(
        "Money in US$ million. Band: central interval of simulated values at the deadline. ± is the Monte Carlo standard error.");
    t.note("'Met by' = at or above the target in at least one simulated year up to the deadline.");
    return t;
  }

  /**
   * What a basis means for a corridor, for people: {@code reporter:VN} is Vietnam's declarations
   * (its exports to and imports from the other country); any text that is not a basis is returned
   * as it is.
   */
  static String basisMeaning(String basis, Corridor corridor) {
    Basis b;
    try {
      b = Basis.parse(basis);
    } catch (IllegalArgumentException notABasis) {
      return basis;
    }
    return switch (b.kind()) {
      case REPORTER -> {
        Country r = b.reporter().orElseThrow();
        Country other = r.equals(corridor.first()) ? corridor.second() : corridor.first();
        yield basis + ": " + r.displayName() + "'s declarations, its exports to and imports from "
            + other.displayName();
      }
      case AVERAGE ->
        basis + ": the mean of both countries' declarations, in the years both report";
      case RECONCILED -> basis + ": a dataset that reconciles both declarations (CEPII BACI)";
    };
  }

  private static int lastYear(ScenarioResult r) {
    List<Checkpoint> cps = r.series(0).checkpoints();
    return cps.get(cps.size() - 1).year();
  }

  /** The tidy long-format CSV of one run, header first. */
  public static String csv(ScenarioResult r) {
    return Render.csv(rows(r));
  }

  /** The tidy long-format rows of one run (columns {@link #CSV_HEADER}); every value a double. */
  public static Rows rows(ScenarioResult r) {
    Rows sb = new Rows(CSV_HEADER.split(","));
    String name = r.spec().name();
    for (int i = 0; i < r.corridors().size(); i++) {
      PreparedCorridor c = r.corridors().get(i);
      SeriesAttainment a = r.series(i);
      OutlookResult s = r.summaries().get(i);
      String id = s.name();
      AnnualSeries h = c.series();
      for (int k = 0; k < h.size(); k++) {
        row(sb, name, id, h.year(k), "observed", h.value(k));
      }
      for (Checkpoint cp : a.checkpoints()) {
        int y = cp.year();
        row(sb, name, id, y, "mean", cp.mean());
        double[] qp = cp.quantileProbabilities();
        double[] q = cp.quantiles();
        for (int j = 0; j < qp.length; j++) {
          row(sb, name, id, y, quantileName(qp[j]), q[j]);
        }
        row(sb, name, id, y, "p_at_or_above", cp.atOrAbove());
        row(sb, name, id, y, "se_at_or_above", cp.atOrAboveSe());
        row(sb, name, id, y, "p_met_by", cp.metBy());
        row(sb, name, id, y, "se_met_by", cp.metBySe());
      }
      if (a.firstPassage().isPresent()) {
        FirstPassage fp = a.firstPassage().get();
        for (int j = 0; j < fp.years().length; j++) {
          row(sb, name, id, fp.years()[j], "p_first_passage", fp.probability()[j]);
        }
        row(sb, name, id, null, "p_not_by_horizon", fp.notByHorizon());
        row(sb, name, id, null, "se_not_by_horizon", fp.notByHorizonSe());
      }
      int d = s.deadline();
      row(sb, name, id, d, "target_usd_million", s.target());
      row(sb, name, id, d, "deadline_assumed", s.deadlineAssumed() ? 1 : 0);
      row(sb, name, id, s.baseYear(), "base_usd_million", s.baseValue());
      for (OutlookResult.DeadlineOdds o : s.byDeadline()) {
        row(sb, name, id, o.deadline(), "required_cagr", o.requiredCagr());
      }
      row(sb, name, id, d, "assumed_cagr", s.assumedCagr());
      row(
          sb,
          name,
          id,
          null,
          "median_first_passage_year",
          s.medianFirstYear().isPresent() ? s.medianFirstYear().getAsInt() : Double.NaN);
      if (a.shortfall().isPresent()) {
        Shortfall sf = a.shortfall().get();
        row(sb, name, id, d, "shortfall_expected", sf.expected());
        row(sb, name, id, d, "se_shortfall_expected", sf.expectedSe());
        row(sb, name, id, d, "p_below_at_deadline", sf.belowAtDeadline());
        row(sb, name, id, d, "shortfall_given_below", sf.meanGivenBelow().orElse(Double.NaN));
      }
    }
    if (r.attainment().joint().isPresent()) {
      row(
          sb,
          name,
          "ALL",
          null,
          "p_joint_met_by_deadlines",
          r.attainment().joint().getAsDouble());
      row(
          sb,
          name,
          "ALL",
          null,
          "se_joint_met_by_deadlines",
          r.attainment().jointSe().getAsDouble());
    }
    return sb;
  }

  private static void row(
      Rows rows, String scenario, String corridor, Integer year, String stat, double v) {
    rows.add(scenario, corridor, year, stat, v);
  }

  /** The JSON of one run, with provenance, assumptions and every result. */
  public static String json(ScenarioResult r) {
    return Render.json(jsonTree(r)) + "\n";
  }

  /** The JSON tree of one run. */
  public static ObjectNode jsonTree(ScenarioResult r) {
    ObjectNode j = Render.object();
    j.put("scenario", r.spec().name());
    j.put("description", r.spec().description());
    j.set("provenance", Render.node(r.provenance()));
    j.set("assumptions", Render.node(Assumptions.of(r)));
    ArrayNode corridors = j.putArray("corridors");
    for (int i = 0; i < r.corridors().size(); i++) {
      corridors.add(corridorJson(r, i));
    }
    j.set("joint_p_met_by_deadlines", Render.node(r.attainment().joint()));
    j.set("joint_se", Render.node(r.attainment().jointSe()));
    return j;
  }

  private static ObjectNode corridorJson(ScenarioResult r, int i) {
    PreparedCorridor c = r.corridors().get(i);
    SeriesAttainment a = r.series(i);
    OutlookResult s = r.summaries().get(i);
    ObjectNode j = Render.object();
    j.put("corridor", s.name());
    j.put("data", c.dataLabel());
    j.put("model", c.calibration().kind().id());
    j.set("parameters", Render.node(c.calibration().parameters()));
    j.set("notes", Render.node(c.calibration().notes()));
    j.put("target_usd_million", s.target());
    j.put("target_quote", c.target().provenance().quote());
    j.put("target_source", c.target().provenance().citation());
    j.put("deadline", s.deadline());
    j.put("deadline_assumed", s.deadlineAssumed());
    j.put("base_year", s.baseYear());
    j.put("base_usd_million", s.baseValue());
    j.put("median_at_deadline", s.median());
    j.put("band_level", s.bandLevel());
    j.put("band_low", s.bandLow());
    j.put("band_high", s.bandHigh());
    j.put("p_met_by_deadline", s.pMet());
    j.put("se_met_by_deadline", s.pMetSe());
    j.put("p_at_or_above_at_deadline", s.pAtDeadline());
    j.set("median_first_passage_year", Render.node(s.medianFirstYear()));
    j.put("required_cagr", s.requiredCagr());
    j.put("assumed_cagr", s.assumedCagr());
    Rows byDeadline = new Rows("deadline", "required_cagr", "p_met_by", "se");
    s.byDeadline()
        .forEach(o -> byDeadline.add(o.deadline(), o.requiredCagr(), o.pMet(), o.pMetSe()));
    j.set("by_deadline", Render.array(byDeadline));
    Rows history = new Rows("year", "value");
    for (int k = 0; k < c.series().size(); k++) {
      history.add(c.series().year(k), c.series().value(k));
    }
    j.set("history", Render.array(history));
    ArrayNode checkpoints = j.putArray("checkpoints");
    for (Checkpoint cp : a.checkpoints()) {
      ObjectNode o = checkpoints.addObject();
      o.put("year", cp.year());
      o.put("mean", cp.mean());
      double[] qp = cp.quantileProbabilities();
      double[] q = cp.quantiles();
      for (int k = 0; k < qp.length; k++) {
        o.put(quantileName(qp[k]), q[k]);
      }
      o.put("p_at_or_above", cp.atOrAbove());
      o.put("se_at_or_above", cp.atOrAboveSe());
      o.put("p_met_by", cp.metBy());
      o.put("se_met_by", cp.metBySe());
    }
    if (a.firstPassage().isPresent()) {
      FirstPassage fp = a.firstPassage().get();
      ObjectNode f = j.putObject("first_passage");
      f.set("years", Render.node(fp.years()));
      f.set("p", Render.node(fp.probability()));
      f.put("p_not_by_horizon", fp.notByHorizon());
    }
    if (a.shortfall().isPresent()) {
      Shortfall sf = a.shortfall().get();
      ObjectNode f = j.putObject("shortfall");
      f.put("deadline", sf.deadline());
      f.put("expected_usd_million", sf.expected());
      f.put("se", sf.expectedSe());
      f.put("p_below_at_deadline", sf.belowAtDeadline());
      f.set("mean_given_below_usd_million", Render.node(sf.meanGivenBelow()));
    }
    j.set("sample_paths", Render.node(a.samplePaths()));
    return j;
  }

  /** The fan chart of corridor i. */
  public static String fanSvg(ScenarioResult r, int i) {
    PreparedCorridor c = r.corridors().get(i);
    SeriesAttainment a = r.series(i);
    OutlookResult s = r.summaries().get(i);
    int n = a.checkpoints().size();
    int[] years = new int[n];
    double[][] q = new double[5][n];
    double[] ps = {0.05, 0.25, 0.5, 0.75, 0.95};
    double band = s.bandLevel();
    ps[0] = OutlookResult.bandQuantile(band, false);
    ps[4] = OutlookResult.bandQuantile(band, true);
    for (int t = 0; t < n; t++) {
      Checkpoint cp = a.checkpoints().get(t);
      years[t] = cp.year();
      for (int k = 0; k < 5; k++) {
        q[k][t] = quantileOrNaN(cp, ps[k]);
      }
    }
    List<double[]> paths = a.samplePaths();
    double[][] sample = paths.subList(0, Math.min(5, paths.size())).toArray(new double[0][]);
    String title = s.name() + " (" + r.spec().name() + "): "
        + c.calibration().kind().id() + ", target " + Numbers.money(s.target()) + " by "
        + s.deadline() + (s.deadlineAssumed() ? " (assumed)" : "");
    return Svg.fan(
            new Svg.Fan(
                title,
                c.series().years(),
                c.series().values(),
                years,
                q[0],
                q[1],
                q[2],
                q[3],
                q[4],
                s.target(),
                s.deadline(),
                sample),
            r.spec().outputs().logScale())
        .replace("5–95 %", Numbers.fixed(band, 0) + " % band")
        .replace("25–75 %", "50 % band");
  }

  private static double quantileOrNaN(Checkpoint cp, double p) {
    double[] qp = cp.quantileProbabilities();
    for (int k = 0; k < qp.length; k++) {
      if (Math.abs(qp[k] - p) < 1e-12) {
        return cp.quantiles()[k];
      }
    }
    return Double.NaN;
  }

  /** The P(met by year) chart of corridor i. */
  public static String oddsSvg(ScenarioResult r, int i) {
    SeriesAttainment a = r.series(i);
    OutlookResult s = r.summaries().get(i);
    List<Checkpoint> cps = a.checkpoints();
    int[] y = new int[cps.size()];
    double[] p = new double[cps.size()];
    double[] se = new double[cps.size()];
    for (int t = 0; t < cps.size(); t++) {
      y[t] = cps.get(t).year();
      p[t] = cps.get(t).metBy();
      se[t] = cps.get(t).metBySe();
    }
    return Svg.probability(s.name() + ": P(target met by year)", y, p, se, s.deadline());
  }

  /** The first-passage chart of corridor i, or empty when there is no target. */
  public static String firstPassageSvg(ScenarioResult r, int i) {
    SeriesAttainment a = r.series(i);
    if (a.firstPassage().isEmpty()) {
      return "";
    }
    FirstPassage fp = a.firstPassage().get();
    return Svg.firstPassage(
        r.summaries().get(i).name() + ": year the target is first reached",
        fp.years(),
        fp.probability(),
        fp.notByHorizon());
  }

  /** Corridor ids of a run, for file names. */
  public static List<String> corridorIds(ScenarioResult r) {
    List<String> ids = new ArrayList<>();
    for (OutlookResult s : r.summaries()) {
      ids.add(s.name());
    }
    return ids;
  }
}
