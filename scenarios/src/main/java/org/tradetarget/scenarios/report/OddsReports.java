package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.scenarios.run.KindEvidence;
import org.tradetarget.scenarios.run.OddsByModel;
import org.tradetarget.scenarios.run.ScenarioResult;

/**
 * The odds by model ({@link OddsByModel}) in every output of {@code run}: a table per corridor, rows
 * of {@code results.csv}, an object per corridor in {@code results.json}, and a report section with
 * a dot plot of the spread.
 *
 * <p><b>results.csv statistics</b> (columns {@code scenario,corridor,year,statistic,value}), per
 * corridor and kind K that fits it, K one of {@code rw-drift, log-linear, cagr, holt, holt-damped,
 * arima, logistic, gravity, ensemble}: {@code p_met_by_deadline@kind=K} and {@code
 * se_met_by_deadline@kind=K} (year: the deadline; a fraction), {@code median_at_deadline@kind=K}
 * (year: the deadline; US$ million), {@code median_first_passage_year@kind=K} (no year; the year,
 * empty when later than the horizon), {@code backtest_crps_log@kind=K} (no year; log units; only
 * when scored at every origin); for the ensemble also {@code ensemble_weight@kind=M} per member M
 * (its skill weight, a fraction of paths); the panel evidence ({@link
 * org.tradetarget.scenarios.run.KindEvidence}): {@code fit_points@kind=K} (no year; the points the
 * kind's fit used), {@code panel_crps_log@kind=K} (year: the base year + the step looked up; log
 * units; the bundled panel's CRPS for the fit's history class, held-out recalibrated when the
 * kind's paths are), {@code panel_raw_coverage80@kind=K} and {@code panel_raw_coverage95@kind=K}
 * (the panel's raw coverage there, fractions), {@code panel_badly_calibrated_raw@kind=K} (1 when
 * either raw coverage is more than 3 points from nominal, else 0). The suffix {@code @kind=K} names
 * the kind; a statistic without it is the scenario's own.
 */
public final class OddsReports {
  private OddsReports() {}

  /** The statistic name of a scenario statistic under kind K: {@code name@kind=K}. */
  public static String statistic(String name, ModelKind kind) {
    return name + "@kind=" + kind.id();
  }

  /** The console tables, one per corridor. */
  public static List<Rows> tables(ScenarioResult r, OddsByModel o) {
    List<Rows> out = new ArrayList<>();
    for (OddsByModel.CorridorOdds c : o.corridors()) {
      Rows t = new Rows(
          "kind",
          ">P(met by " + c.deadline() + ")",
          ">median " + c.deadline(),
          ">median first year",
          ">points",
          ">backtest crps_log",
          ">panel crps_log",
          "note");
      t.heading("");
      t.heading(r.spec().name() + ", " + c.corridor() + ": odds by model (same seed and "
          + String.format(Locale.ROOT, "%,d", r.spec().simulation().paths()) + " paths for"
          + " every kind)");
      for (OddsByModel.Row row : c.rows()) {
        if (row.summary().isEmpty()) {
          t.add(row.kind().id(), "-", "-", "-", "-", "-", "-", "cannot fit: " + row.reason());
          continue;
        }
        t.add(
            row.kind().id(),
            Numbers.percent(row.pMet()) + " ± " + Numbers.percent(row.pMetSe()),
            Numbers.money(row.median()),
            row.medianFirstYear().isPresent()
                ? Integer.toString(row.medianFirstYear().getAsInt())
                : "later",
            points(row),
            row.crps().isPresent() ? Numbers.fixed(row.crps().getAsDouble(), 4) : "-",
            panel(row, "-"),
            note(row));
      }
      t.note(backtestNote(c));
      t.note(panelNote(c));
      t.note(SAME_KIND_NOTE);
      out.add(t);
    }
    return out;
  }

  /** Why a corridor's row for its own kind need not equal its headline exactly. */
  static final String SAME_KIND_NOTE =
      "Each row reruns the scenario with that kind on every corridor"
          + " it fits; the other corridors then draw different random numbers, so a corridor's row for"
          + " its own kind can differ from its headline within the Monte Carlo error.";

  private static String points(OddsByModel.Row row) {
    return row.evidence().map(e -> Integer.toString(e.points())).orElse("-");
  }

  /** The panel CRPS, with "!" where the panel shows the class's raw bands badly calibrated. */
  private static String panel(OddsByModel.Row row, String none) {
    if (row.evidence().isEmpty() || row.evidence().get().crps().isEmpty()) {
      return none;
    }
    KindEvidence e = row.evidence().get();
    return Numbers.fixed(e.crps().getAsDouble(), 4) + (e.badlyCalibratedRaw() ? " !" : "");
  }

  /** The evidence remarks of a row: headline, a fit too short to be evidence, raw bands off. */
  private static String evidenceNote(OddsByModel.Row row) {
    List<String> parts = new ArrayList<>();
    if (row.headline()) {
      parts.add("headline");
    }
    row.evidence().ifPresent(e -> {
      if (!e.notEvidence().isEmpty()) {
        parts.add(e.notEvidence());
      }
      if (e.badlyCalibratedRaw()) {
        parts.add("! raw bands badly calibrated on the panel for " + e.history() + " points at h = "
            + e.horizon() + " (80 % covers " + Numbers.percent(e.rawCoverage80().orElse(Double.NaN))
            + ", 95 % covers " + Numbers.percent(e.rawCoverage95().orElse(Double.NaN)) + ")");
      }
    });
    return String.join("; ", parts);
  }

  private static String note(OddsByModel.Row row) {
    String ev = evidenceNote(row);
    String own = ownNote(row);
    return ev.isEmpty() ? own : own.isEmpty() ? ev : ev + "; " + own;
  }

  private static String ownNote(OddsByModel.Row row) {
    if (!row.weights().isEmpty()) {
      StringBuilder s = new StringBuilder("skill weights ");
      boolean first = true;
      for (Map.Entry<ModelKind, Double> e : row.weights().entrySet()) {
        s.append(first ? "" : ", ")
            .append(e.getKey().id())
            .append(' ')
            .append(Numbers.fixed(e.getValue(), 2));
        first = false;
      }
      return s.toString();
    }
    return row.crps().isPresent() ? "" : row.crpsNote();
  }

  private static String backtestNote(OddsByModel.CorridorOdds c) {
    return c.horizon() < 1
        ? "Backtest: the series is too short for a rolling-origin backtest."
        : "Backtest: mean crps_log (log units, lower is better) over origins from " + c.minTrain()
            + " training points, h = 1.." + c.horizon() + " (H = " + c.horizon()
            + "); every kind on the same origins.";
  }

  /**
   * What the panel evidence says for a corridor: the step and source of the panel column, and the
   * kind with the lowest panel CRPS, said to be the headline's choice when it is.
   */
  static String panelNote(OddsByModel.CorridorOdds c) {
    StringBuilder s = new StringBuilder(
        "Panel: mean crps_log on the bundled Correlates of War panel (seeds/panel-evidence.csv) of"
            + " fits with as many points as the kind's (history class 3-5, 6-10, 11-20, 21+) at");
    int h = c.rows().stream()
        .flatMap(r -> r.evidence().stream())
        .mapToInt(KindEvidence::horizon)
        .findFirst()
        .orElse(0);
    s.append(" h = ")
        .append(h)
        .append(" (the deadline's step, at most 10), held-out")
        .append(
            " recalibrated where the kind's paths are, else raw; ! = the panel's raw 80 % or 95 %")
        .append(" interval for that class more than 3 points from nominal.");
    if (c.rows().stream()
        .anyMatch(r -> r.kind() == ModelKind.ENSEMBLE && r.evidence().isPresent())) {
      s.append(" The panel's ensemble mixes rw-drift, log-linear, holt, holt-damped and arima")
          .append(" weighed by their raw crps on the other half of the panel's series")
          .append(" (docs/RECALIBRATION.md), not by this row's weights.");
    }
    c.bestByPanel().ifPresent(b -> {
      boolean chosen = c.rows().stream().anyMatch(r -> r.headline() && r.kind() == b);
      s.append(" Lowest panel crps_log: ")
          .append(b.id())
          .append(
              chosen
                  ? " (chosen by panel evidence: the headline kind)."
                  : "; the headline kind differs.");
    });
    return s.toString();
  }

  /** The rows {@code results.csv} gets (no header), columns {@link ResultReports#CSV_HEADER}. */
  public static Rows rows(ScenarioResult r, OddsByModel o) {
    Rows rows = new Rows(ResultReports.CSV_HEADER.split(","));
    String name = r.spec().name();
    for (OddsByModel.CorridorOdds c : o.corridors()) {
      for (OddsByModel.Row row : c.rows()) {
        if (row.summary().isEmpty()) {
          continue;
        }
        ModelKind k = row.kind();
        String id = c.corridor();
        rows.add(name, id, c.deadline(), statistic("p_met_by_deadline", k), row.pMet());
        rows.add(name, id, c.deadline(), statistic("se_met_by_deadline", k), row.pMetSe());
        rows.add(name, id, c.deadline(), statistic("median_at_deadline", k), row.median());
        rows.add(
            name,
            id,
            null,
            statistic("median_first_passage_year", k),
            row.medianFirstYear().isPresent() ? row.medianFirstYear().getAsInt() : Double.NaN);
        if (row.crps().isPresent()) {
          rows.add(name, id, null, statistic("backtest_crps_log", k), row.crps().getAsDouble());
        }
        for (Map.Entry<ModelKind, Double> e : row.weights().entrySet()) {
          rows.add(name, id, null, statistic("ensemble_weight", e.getKey()), e.getValue());
        }
        if (row.evidence().isPresent()) {
          KindEvidence e = row.evidence().get();
          rows.add(name, id, null, statistic("fit_points", k), e.points());
          Integer year = r.summaries().stream()
              .filter(x -> x.name().equals(id))
              .findFirst()
              .map(x -> x.baseYear() + e.horizon())
              .orElse(null);
          if (e.crps().isPresent()) {
            rows.add(name, id, year, statistic("panel_crps_log", k), e.crps().getAsDouble());
          }
          if (e.rawCoverage80().isPresent()) {
            rows.add(
                name,
                id,
                year,
                statistic("panel_raw_coverage80", k),
                e.rawCoverage80().getAsDouble());
            rows.add(
                name,
                id,
                year,
                statistic("panel_raw_coverage95", k),
                e.rawCoverage95().orElse(Double.NaN));
            rows.add(
                name,
                id,
                year,
                statistic("panel_badly_calibrated_raw", k),
                e.badlyCalibratedRaw() ? 1 : 0);
          }
        }
      }
    }
    return rows;
  }

  /** {@code results.csv} with the odds rows after the scenario's own. */
  public static String csv(ScenarioResult r, OddsByModel o) {
    String own = ResultReports.csv(r);
    String extra = Render.csv(rows(r, o));
    return own + extra.substring(extra.indexOf('\n') + 1);
  }

  /** {@code results.json} with an {@code odds_by_model} object in each corridor. */
  public static String json(ScenarioResult r, OddsByModel o) {
    return Render.json(jsonTree(r, o)) + "\n";
  }

  /** The JSON tree of {@code results.json} with the odds by model. */
  public static ObjectNode jsonTree(ScenarioResult r, OddsByModel o) {
    ObjectNode j = ResultReports.jsonTree(r);
    ArrayNode corridors = (ArrayNode) j.get("corridors");
    for (int i = 0; i < o.corridors().size(); i++) {
      OddsByModel.CorridorOdds c = o.corridors().get(i);
      ObjectNode odds = ((ObjectNode) corridors.get(i)).putObject("odds_by_model");
      odds.put("deadline", c.deadline());
      odds.put("backtest_min_train", c.minTrain());
      odds.put("backtest_horizon", c.horizon());
      c.bestByPanel().ifPresent(b -> odds.put("lowest_panel_crps", b.id()));
      ArrayNode kinds = odds.putArray("kinds");
      for (OddsByModel.Row row : c.rows()) {
        ObjectNode k = kinds.addObject();
        k.put("kind", row.kind().id());
        k.put("fits", row.summary().isPresent());
        if (row.summary().isEmpty()) {
          k.put("reason", row.reason());
        } else {
          k.put("p_met_by_deadline", row.pMet());
          k.put("se_met_by_deadline", row.pMetSe());
          k.put("median_at_deadline", row.median());
          k.set("median_first_passage_year", Render.node(row.medianFirstYear()));
        }
        k.set("backtest_crps_log", Render.node(row.crps()));
        if (row.crps().isEmpty()) {
          k.put("backtest_note", row.crpsNote());
        }
        if (!row.weights().isEmpty()) {
          ObjectNode w = k.putObject("weights");
          row.weights().forEach((m, v) -> w.put(m.id(), v));
        }
        k.put("headline", row.headline());
        row.evidence().ifPresent(e -> {
          ObjectNode pe = k.putObject("panel");
          pe.put("fit_points", e.points());
          pe.put("history", e.history());
          pe.put("horizon", e.horizon());
          pe.put("recalibration", e.scoring());
          pe.set("crps_log", Render.node(e.crps()));
          pe.set("raw_coverage80", Render.node(e.rawCoverage80()));
          pe.set("raw_coverage95", Render.node(e.rawCoverage95()));
          pe.put("badly_calibrated_raw", e.badlyCalibratedRaw());
          if (!e.notEvidence().isEmpty()) {
            pe.put("not_evidence", e.notEvidence());
          }
        });
      }
    }
    return j;
  }

  /** The report section: the dot plot of P(met) by kind and corridor, then a table per corridor. */
  public static String html(ScenarioResult r, OddsByModel o) {
    StringBuilder h = new StringBuilder("<h2 id='odds-by-model'>Odds by model</h2>\n");
    h.append("<p>The same scenario under each projection kind, with the same seed, ")
        .append(String.format(Locale.ROOT, "%,d", r.spec().simulation().paths()))
        .append(" paths and simulation settings (common random numbers), beside each kind's")
        .append(" rolling-origin backtest score (mean crps_log, lower is better). A kind that")
        .append(" cannot fit a corridor is listed with the reason. ")
        .append(Svg.escape(SAME_KIND_NOTE))
        .append("</p>\n");
    List<String> kinds = OddsByModel.KINDS.stream().map(ModelKind::id).toList();
    List<String> groups = new ArrayList<>();
    double[][] p = new double[o.corridors().size()][kinds.size()];
    double[][] se = new double[o.corridors().size()][kinds.size()];
    for (int g = 0; g < o.corridors().size(); g++) {
      OddsByModel.CorridorOdds c = o.corridors().get(g);
      groups.add(c.corridor() + " by " + c.deadline());
      // the compared kinds only (a headline kind outside them is a last row of the table)
      for (int k = 0; k < kinds.size(); k++) {
        p[g][k] = c.rows().get(k).pMet();
        se[g][k] = c.rows().get(k).pMetSe();
      }
    }
    h.append("<div class='chart'>")
        .append(ModelCharts.dots(
            r.spec().name() + ": P(met by the deadline) by model kind", kinds, groups, p, se))
        .append("</div>\n<p class='muted'>Lines: 95 % Monte Carlo intervals.</p>\n");
    for (OddsByModel.CorridorOdds c : o.corridors()) {
      h.append("<h3>")
          .append(Svg.escape(c.corridor()))
          .append(
              "</h3>\n<div class='scroll'><table class='heads-wrap'>\n<tr><th>kind</th><th>P(met by ")
          .append(c.deadline())
          .append(")</th><th>median ")
          .append(c.deadline())
          .append("</th><th>median first year</th><th>points</th><th>backtest crps_log</th>")
          .append("<th>panel crps_log</th><th>note</th></tr>\n");
      for (OddsByModel.Row row : c.rows()) {
        h.append("<tr><td>").append(row.kind().id()).append("</td>");
        if (row.summary().isEmpty()) {
          h.append(
                  "<td>–</td><td>–</td><td>–</td><td>–</td><td>–</td><td>–</td><td style='text-align:left;white-space:normal'>")
              .append("cannot fit: ")
              .append(Svg.escape(row.reason()))
              .append("</td></tr>\n");
          continue;
        }
        h.append("<td>")
            .append(Numbers.percent(row.pMet()))
            .append(" ± ")
            .append(Numbers.percent(row.pMetSe()))
            .append("</td><td>")
            .append(Numbers.money(row.median()))
            .append("</td><td>")
            .append(
                row.medianFirstYear().isPresent()
                    ? Integer.toString(row.medianFirstYear().getAsInt())
                    : "later")
            .append("</td><td>")
            .append(points(row))
            .append("</td><td>")
            .append(row.crps().isPresent() ? Numbers.fixed(row.crps().getAsDouble(), 4) : "–")
            .append("</td><td>")
            .append(panel(row, "–"))
            .append("</td><td style='text-align:left;white-space:normal'>")
            .append(Svg.escape(note(row)))
            .append("</td></tr>\n");
      }
      h.append("</table></div>\n<p class='muted'>")
          .append(Svg.escape(backtestNote(c)))
          .append(' ')
          .append(Svg.escape(panelNote(c)))
          .append("</p>\n");
    }
    return h.toString();
  }
}
