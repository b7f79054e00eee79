package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.tradetarget.core.analysis.HindsightScore;
import org.tradetarget.core.data.Target;
import org.tradetarget.scenarios.run.Hindsights;

/**
 * Hindsight over a targets file with a panel ({@code hindsight --targets/--panel}): the rows, the
 * targets that cannot be judged and the scores, as a table, CSV, JSON and an HTML page with a
 * reliability chart.
 */
public final class PanelHindsightReports {
  /** The CSV header, a contract (the plain command's columns first). */
  public static final String HEADER = "corridor,target_usd_million,deadline,announced,model,p_met,"
      + "outcome,recalibration,history_from,history_to,history_source";

  /** The files {@code --out} writes, in order. */
  public static final List<String> FILES = List.of("hindsight.csv", "hindsight.html");

  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};

  private PanelHindsightReports() {}

  /** What the command prints. */
  public static Output output(Hindsights.Result r) {
    return new Output().tables(List.of(table(r), summary(r))).csv(rows(r)).json(json(r));
  }

  /** The CSV of the rows ({@code hindsight.csv}). */
  public static String csv(Hindsights.Result r) {
    return Render.csv(rows(r));
  }

  private static Rows rows(Hindsights.Result r) {
    Rows m = new Rows(HEADER.split(","));
    for (Hindsights.Row w : r.rows()) {
      Target t = w.target();
      m.add(
          t.corridor().id(),
          t.valueUsdMillion(),
          t.deadline(),
          w.announced(),
          w.kind().id(),
          w.pMet(),
          w.outcome(),
          w.recalibration(),
          w.history().firstYear(),
          w.history().lastYear(),
          w.historySource());
    }
    return m;
  }

  private static Rows table(Hindsights.Result r) {
    List<String> header = new ArrayList<>(
        List.of("corridor", ">target", ">deadline", ">announced", "model", "history", "source"));
    r.recalibrations().forEach(n -> header.add(">P(met) " + n));
    header.add("outcome");
    Rows t = new Rows(header);
    t.heading(
        "Targets in hindsight: P(met by the deadline) each method gave when fitted on the data"
            + " up to the year before the announcement, raw and recalibrated ("
            + String.format(Locale.ROOT, "%,d", r.spec().paths()) + " paths, seed "
            + r.spec().seed()
            + r.panel()
                .map(p -> "; panel " + p.fileName() + ", SHA-256 " + p.sha256())
                .orElse("")
            + ")");
    int per = r.recalibrations().size();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < r.rows().size(); i += per) {
      Hindsights.Row w = r.rows().get(i);
      Target g = w.target();
      List<Object> cells = new ArrayList<>(List.of(
          g.corridor().id(),
          Numbers.money(g.valueUsdMillion()),
          Integer.toString(g.deadline().getAsInt()),
          Integer.toString(w.announced()),
          w.kind().id(),
          w.history().firstYear() + "-" + w.history().lastYear(),
          w.historySource()));
      for (int j = 0; j < per; j++) {
        cells.add(Numbers.percent(r.rows().get(i + j).pMet()));
      }
      cells.add(w.outcome());
      t.add(cells.toArray());
      if (!w.note().isEmpty()) {
        notes.add("  " + g.corridor().id() + ' ' + Numbers.money(g.valueUsdMillion()) + " by "
            + g.deadline().getAsInt() + ", " + w.kind().id() + ": " + w.note());
      }
    }
    if (!notes.isEmpty()) {
      t.note("Notes:");
      notes.forEach(t::note);
    }
    if (!r.unjudged().isEmpty()) {
      t.note("Not judged:");
      for (Hindsights.Unjudged u : r.unjudged()) {
        t.note("  " + label(u.target()) + ": " + u.reason());
      }
    }
    t.note("Targets in US$ million; history: the years the method was fitted on and their source"
        + " (embedded: the seeds' default series; panel: the panel's series, never joined to the"
        + " embedded one); outcome from the targets file (met, missed, undecided).");
    return t;
  }

  private static Rows summary(Hindsights.Result r) {
    Rows s = new Rows(
        "model",
        "recalibration",
        ">n",
        ">met",
        ">Brier",
        ">log score",
        ">climatology Brier",
        ">climatology log score");
    s.heading("Scores over the decided targets (lower is better; climatology: the share of the"
        + " other decided targets that were met)");
    for (Hindsights.Summary m : r.summary()) {
      if (m.score().isEmpty()) {
        s.add(m.kind().id(), m.recalibration(), "0", "-", "-", "-", "-", "-");
        continue;
      }
      HindsightScore c = m.score().get();
      s.add(
          m.kind().id(),
          m.recalibration(),
          Integer.toString(c.n()),
          Integer.toString(c.met()),
          fixed(c.brier()),
          fixed(c.logScore()),
          fixed(c.climatologyBrier()),
          fixed(c.climatologyLogScore()));
    }
    s.note("Brier: mean (p - outcome)^2; log score: mean -ln of the probability given to what"
        + " happened, p bounded to [" + HindsightScore.FLOOR + ", " + (1 - HindsightScore.FLOOR)
        + "].");
    return s;
  }

  private static ObjectNode json(Hindsights.Result r) {
    ObjectNode json = Render.object();
    json.put("paths", r.spec().paths());
    json.put("seed", r.spec().seed());
    json.put("parameter_uncertainty", r.spec().parameterUncertainty());
    r.panel().ifPresent(p -> {
      json.put("panel", p.fileName());
      json.put("panel_sha256", p.sha256());
    });
    json.set("rows", Render.array(rows(r)));
    ArrayNode un = json.putArray("not_judged");
    for (Hindsights.Unjudged u : r.unjudged()) {
      ObjectNode o = un.addObject();
      o.put("corridor", u.target().corridor().id());
      o.put("target_usd_million", u.target().valueUsdMillion());
      o.put("announced", u.target().provenance().announced());
      o.put("reason", u.reason());
    }
    ArrayNode sum = json.putArray("summary");
    for (Hindsights.Summary m : r.summary()) {
      ObjectNode o = sum.addObject();
      o.put("model", m.kind().id());
      o.put("recalibration", m.recalibration());
      o.put("n", m.score().map(HindsightScore::n).orElse(0));
      m.score().ifPresent(c -> {
        o.put("met", c.met());
        o.put("brier", c.brier());
        o.put("log_score", c.logScore());
        o.put("climatology_brier", c.climatologyBrier());
        o.put("climatology_log_score", c.climatologyLogScore());
      });
    }
    return json;
  }

  /** The page {@code hindsight.html}: the summary, a reliability chart per recalibration, the rows. */
  public static String html(Hindsights.Result r) {
    StringBuilder sb = new StringBuilder(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Targets in hindsight</title><style>body{font-family:sans-serif;max-width:"
            + "60rem;margin:1rem auto}table{border-collapse:collapse}td,th{padding:2px 8px;"
            + "border-bottom:1px solid #ddd;text-align:right}.chart{max-width:28rem;display:"
            + "inline-block;margin-right:1rem}</style></head><body>\n<h1>Targets in hindsight</h1>\n");
    Rows sum = summary(r);
    sb.append("<p>").append(Svg.escape(sum.headings().get(0))).append("</p>\n");
    table(sb, sum);
    sb.append("<h2>Reliability</h2>\n<p>Decided targets grouped by the probability given (fifths);"
        + " each point is a group's mean probability against the share met. On the diagonal the"
        + " probabilities were right.</p>\n");
    for (String name : r.recalibrations()) {
      sb.append(reliability(r, name));
    }
    sb.append("<h2>Targets</h2>\n");
    table(sb, table(r));
    for (String n : table(r).notes()) {
      sb.append("<p>").append(Svg.escape(n)).append("</p>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder sb, Rows t) {
    sb.append("<table><tr>");
    for (String h : t.names()) {
      sb.append("<th>").append(Svg.escape(h)).append("</th>");
    }
    sb.append("</tr>\n");
    for (List<Object> row : t.rows()) {
      sb.append("<tr>");
      for (Object c : row) {
        sb.append("<td>").append(Svg.escape(String.valueOf(c))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  /** Predicted P(met) against the share met, per kind, in fifths of the probability. */
  private static String reliability(Hindsights.Result r, String name) {
    int w = 320;
    int h = 320;
    int m = 40;
    StringBuilder s = new StringBuilder(String.format(
        Locale.ROOT,
        "<div class=\"chart\"><svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"reliability,"
            + " recalibration %s\" style=\"width:100%%;height:auto\">",
        w,
        h,
        Svg.escape(name)));
    s.append(String.format(
        Locale.ROOT,
        "<text x=\"%d\" y=\"16\" font-size=\"12\">recalibration: %s</text>"
            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>"
            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\""
            + " stroke-dasharray=\"4 3\"/>"
            + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">P(met) given</text>"
            + "<text x=\"12\" y=\"%d\" font-size=\"10\" transform=\"rotate(-90 12 %d)\""
            + " text-anchor=\"middle\">share met</text>",
        m,
        Svg.escape(name),
        m,
        m - 16,
        w - m - 8,
        h - 2 * m + 16,
        m,
        h - m,
        w - 8,
        m - 16,
        (w + m) / 2,
        h - m + 16,
        h / 2,
        h / 2));
    int ki = 0;
    for (Hindsights.Summary sm : r.summary()) {
      if (!sm.recalibration().equals(name)) {
        continue;
      }
      String colour = COLOURS[ki % COLOURS.length];
      double[] n = new double[5];
      double[] p = new double[5];
      double[] o = new double[5];
      for (Hindsights.Row row : r.rows()) {
        OptionalDouble pm = row.pMet();
        if (row.kind() == sm.kind()
            && row.recalibration().equals(name)
            && pm.isPresent()
            && !row.outcome().equals("undecided")) {
          int b = Math.min(4, (int) (pm.getAsDouble() * 5));
          n[b]++;
          p[b] += pm.getAsDouble();
          o[b] += row.outcome().equals("met") ? 1 : 0;
        }
      }
      StringBuilder pts = new StringBuilder();
      for (int b = 0; b < 5; b++) {
        if (n[b] > 0) {
          double x = m + (w - m - 8) * p[b] / n[b];
          double y = (h - m) - (h - 2 * m + 16) * o[b] / n[b];
          pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
          s.append(String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%s: %d targets</title>"
                  + "</circle>",
              x,
              y,
              2 + 1.5 * Math.sqrt(n[b]),
              colour,
              sm.kind().id(),
              (int) n[b]));
        }
      }
      s.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"")
          .append(colour)
          .append("\" points=\"")
          .append(pts.toString().trim())
          .append("\"/>");
      s.append(String.format(
          Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"%s\">%s</text>",
          m + 6,
          m + 12 * ki,
          colour,
          sm.kind().id()));
      ki++;
    }
    return s.append("</svg></div>\n").toString();
  }

  private static String label(Target t) {
    return t.corridor().id() + ' ' + Numbers.money(t.valueUsdMillion()) + " by "
        + (t.deadline().isPresent() ? Integer.toString(t.deadline().getAsInt()) : "-")
        + (t.provenance().announced().isEmpty()
            ? ""
            : " (announced " + t.provenance().announced() + ")");
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
