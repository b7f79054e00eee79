package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.FirstPassage;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.analysis.Shortfall;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.scenarios.run.CorridorSummary;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;

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
    double pct = p * 100;
    if (Math.abs(pct - Math.rint(pct)) < 1e-9) {
      return String.format(Locale.ROOT, "q%02d", (int) Math.rint(pct));
    }
    String s = String.format(Locale.ROOT, "%.6f", pct).replaceAll("0+$", "");
    return "q" + (pct < 10 ? "0" : "") + s;
  }

  /** One console table for several scenarios: one row per scenario and corridor. */
  public static String summaryTable(List<ScenarioResult> results) {
    TextTable t = new TextTable("scenario", "corridor", ">target US$ m", "deadline", ">median", ">band",
        ">P(met by deadline)", ">median first year", ">required/yr", ">assumed/yr");
    for (ScenarioResult r : results) {
      for (CorridorSummary s : r.summaries()) {
        t.row(r.spec().name(), s.corridor(), Numbers.money(s.target()),
            s.deadline() + (s.deadlineAssumed() ? " (assumed)" : ""),
            Numbers.money(s.median()),
            String.format(Locale.ROOT, "%s\u2013%s (%s%%)", Numbers.money(s.bandLow()), Numbers.money(s.bandHigh()),
                Numbers.fixed(s.bandLevel(), 0)),
            String.format(Locale.ROOT, "%s ± %s", Numbers.percent(s.pMet()), Numbers.percent(s.pMetSe())),
            s.medianFirstYear().isPresent() ? Integer.toString(s.medianFirstYear().getAsInt())
                : "after " + lastYear(r),
            Numbers.percent(s.requiredCagr()), Numbers.percent(s.assumedCagr()));
      }
    }
    StringBuilder sb = new StringBuilder(t.render());
    for (ScenarioResult r : results) {
      if (r.attainment().joint().isPresent() && r.summaries().size() > 1) {
        sb.append(String.format(Locale.ROOT, "%s: P(every target met by its deadline) = %s ± %s%n", r.spec().name(),
            Numbers.percent(r.attainment().joint().getAsDouble()), Numbers.percent(r.attainment().jointSe().getAsDouble())));
      }
    }
    sb.append("Money in US$ million. Band: central interval of simulated values at the deadline. ± is the Monte Carlo standard error.\n");
    sb.append("'Met by' = at or above the target in at least one simulated year up to the deadline.\n");
    return sb.toString();
  }

  private static int lastYear(ScenarioResult r) {
    List<Checkpoint> cps = r.series(0).checkpoints();
    return cps.get(cps.size() - 1).year();
  }

  /** The tidy long-format CSV of one run, header first. */
  public static String csv(ScenarioResult r) {
    StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
    String name = r.spec().name();
    for (int i = 0; i < r.corridors().size(); i++) {
      PreparedCorridor c = r.corridors().get(i);
      SeriesAttainment a = r.series(i);
      CorridorSummary s = r.summaries().get(i);
      String id = s.corridor();
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
      for (CorridorSummary.DeadlineOdds o : s.byDeadline()) {
        row(sb, name, id, o.deadline(), "required_cagr", o.requiredCagr());
      }
      row(sb, name, id, d, "assumed_cagr", s.assumedCagr());
      row(sb, name, id, null, "median_first_passage_year",
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
      row(sb, name, "ALL", null, "p_joint_met_by_deadlines", r.attainment().joint().getAsDouble());
      row(sb, name, "ALL", null, "se_joint_met_by_deadlines", r.attainment().jointSe().getAsDouble());
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String scenario, String corridor, Integer year, String stat, double v) {
    sb.append(Csv.line(scenario, corridor, year == null ? "" : year.toString(), stat, Numbers.csv(v))).append('\n');
  }

  /** The JSON of one run, with provenance, assumptions and every result. */
  public static String json(ScenarioResult r) {
    Json j = new Json().beginObject();
    j.name("scenario").value(r.spec().name());
    j.name("description").value(r.spec().description());
    j.name("provenance").beginObject();
    for (Map.Entry<String, String> e : r.provenance().entrySet()) {
      j.name(e.getKey()).value(e.getValue());
    }
    j.endObject();
    j.name("assumptions").beginObject();
    Assumptions.write(j, r);
    j.endObject();
    j.name("corridors").beginArray();
    for (int i = 0; i < r.corridors().size(); i++) {
      corridorJson(j, r, i);
    }
    j.endArray();
    j.name("joint_p_met_by_deadlines").value(r.attainment().joint());
    j.name("joint_se").value(r.attainment().jointSe());
    j.name("seconds").value(r.seconds());
    return j.endObject().toString() + "\n";
  }

  private static void corridorJson(Json j, ScenarioResult r, int i) {
    PreparedCorridor c = r.corridors().get(i);
    SeriesAttainment a = r.series(i);
    CorridorSummary s = r.summaries().get(i);
    j.beginObject();
    j.name("corridor").value(s.corridor());
    j.name("data").value(c.dataLabel());
    j.name("model").value(c.calibration().kind().id());
    j.name("parameters").beginObject();
    for (Map.Entry<String, Double> e : c.calibration().parameters().entrySet()) {
      j.name(e.getKey()).value(e.getValue());
    }
    j.endObject();
    j.name("notes").beginArray();
    for (String n : c.calibration().notes()) {
      j.value(n);
    }
    j.endArray();
    j.name("target_usd_million").value(s.target());
    j.name("target_quote").value(c.target().provenance().quote());
    j.name("target_source").value(c.target().provenance().citation());
    j.name("deadline").value(s.deadline());
    j.name("deadline_assumed").value(s.deadlineAssumed());
    j.name("base_year").value(s.baseYear());
    j.name("base_usd_million").value(s.baseValue());
    j.name("median_at_deadline").value(s.median());
    j.name("band_level").value(s.bandLevel());
    j.name("band_low").value(s.bandLow());
    j.name("band_high").value(s.bandHigh());
    j.name("p_met_by_deadline").value(s.pMet());
    j.name("se_met_by_deadline").value(s.pMetSe());
    j.name("p_at_or_above_at_deadline").value(s.pAtDeadline());
    j.name("median_first_passage_year");
    if (s.medianFirstYear().isPresent()) {
      j.value(s.medianFirstYear().getAsInt());
    } else {
      j.nullValue();
    }
    j.name("required_cagr").value(s.requiredCagr());
    j.name("assumed_cagr").value(s.assumedCagr());
    j.name("by_deadline").beginArray();
    for (CorridorSummary.DeadlineOdds o : s.byDeadline()) {
      j.beginObject().name("deadline").value(o.deadline()).name("required_cagr").value(o.requiredCagr())
          .name("p_met_by").value(o.pMet()).name("se").value(o.pMetSe()).endObject();
    }
    j.endArray();
    j.name("history").beginArray();
    for (int k = 0; k < c.series().size(); k++) {
      j.beginObject().name("year").value(c.series().year(k)).name("value").value(c.series().value(k)).endObject();
    }
    j.endArray();
    j.name("checkpoints").beginArray();
    for (Checkpoint cp : a.checkpoints()) {
      j.beginObject().name("year").value(cp.year()).name("mean").value(cp.mean());
      double[] qp = cp.quantileProbabilities();
      double[] q = cp.quantiles();
      for (int k = 0; k < qp.length; k++) {
        j.name(quantileName(qp[k])).value(q[k]);
      }
      j.name("p_at_or_above").value(cp.atOrAbove()).name("se_at_or_above").value(cp.atOrAboveSe())
          .name("p_met_by").value(cp.metBy()).name("se_met_by").value(cp.metBySe()).endObject();
    }
    j.endArray();
    if (a.firstPassage().isPresent()) {
      FirstPassage fp = a.firstPassage().get();
      j.name("first_passage").beginObject().name("years").beginArray();
      for (int y : fp.years()) {
        j.value(y);
      }
      j.endArray().name("p").beginArray();
      for (double p : fp.probability()) {
        j.value(p);
      }
      j.endArray().name("p_not_by_horizon").value(fp.notByHorizon()).endObject();
    }
    if (a.shortfall().isPresent()) {
      Shortfall sf = a.shortfall().get();
      j.name("shortfall").beginObject().name("deadline").value(sf.deadline())
          .name("expected_usd_million").value(sf.expected()).name("se").value(sf.expectedSe())
          .name("p_below_at_deadline").value(sf.belowAtDeadline())
          .name("mean_given_below_usd_million").value(sf.meanGivenBelow()).endObject();
    }
    j.name("sample_paths").beginArray();
    for (double[] p : a.samplePaths()) {
      j.beginArray();
      for (double v : p) {
        j.value(v);
      }
      j.endArray();
    }
    j.endArray();
    j.endObject();
  }

  /** The fan chart of corridor i. */
  public static String fanSvg(ScenarioResult r, int i) {
    PreparedCorridor c = r.corridors().get(i);
    SeriesAttainment a = r.series(i);
    CorridorSummary s = r.summaries().get(i);
    int n = a.checkpoints().size();
    int[] years = new int[n];
    double[][] q = new double[5][n];
    double[] ps = {0.05, 0.25, 0.5, 0.75, 0.95};
    double band = s.bandLevel();
    ps[0] = ScenarioRunner.bandQuantile(band, false);
    ps[4] = ScenarioRunner.bandQuantile(band, true);
    for (int t = 0; t < n; t++) {
      Checkpoint cp = a.checkpoints().get(t);
      years[t] = cp.year();
      for (int k = 0; k < 5; k++) {
        q[k][t] = quantileOrNaN(cp, ps[k]);
      }
    }
    List<double[]> paths = a.samplePaths();
    double[][] sample = paths.subList(0, Math.min(5, paths.size())).toArray(new double[0][]);
    String title = s.corridor() + " (" + r.spec().name() + "): " + c.calibration().kind().id()
        + ", target " + Numbers.money(s.target()) + " by " + s.deadline() + (s.deadlineAssumed() ? " (assumed)" : "");
    return Svg.fan(new Svg.Fan(title, c.series().years(), c.series().values(), years, q[0], q[1], q[2], q[3], q[4],
        s.target(), s.deadline(), sample)).replace("5–95 %", Numbers.fixed(band, 0) + " % band").replace("25–75 %", "50 % band");
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
    CorridorSummary s = r.summaries().get(i);
    List<Checkpoint> cps = a.checkpoints();
    int[] y = new int[cps.size()];
    double[] p = new double[cps.size()];
    double[] se = new double[cps.size()];
    for (int t = 0; t < cps.size(); t++) {
      y[t] = cps.get(t).year();
      p[t] = cps.get(t).metBy();
      se[t] = cps.get(t).metBySe();
    }
    return Svg.probability(s.corridor() + ": P(target met by year)", y, p, se, s.deadline());
  }

  /** The first-passage chart of corridor i, or empty when there is no target. */
  public static String firstPassageSvg(ScenarioResult r, int i) {
    SeriesAttainment a = r.series(i);
    if (a.firstPassage().isEmpty()) {
      return "";
    }
    FirstPassage fp = a.firstPassage().get();
    return Svg.firstPassage(r.summaries().get(i).corridor() + ": year the target is first reached",
        fp.years(), fp.probability(), fp.notByHorizon());
  }

  /** Corridor ids of a run, for file names. */
  public static List<String> corridorIds(ScenarioResult r) {
    List<String> ids = new ArrayList<>();
    for (CorridorSummary s : r.summaries()) {
      ids.add(s.corridor());
    }
    return ids;
  }
}
