package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.evidence.PanelBacktestResult;

/**
 * {@code panel-backtest.html}: per kind, coverage of the 80 % and 95 % intervals by step ahead
 * (raw, held-out and later beside the nominal), the PIT histograms at the first and last step (raw
 * beside held-out), and the reliability diagram of the target odds (raw beside held-out). One
 * self-contained file, inline SVG, readable at a 1200 px window.
 */
public final class PanelReports {
  private PanelReports() {}

  private static final String[] RECAL = {"none", "held-out", "later"};
  private static final String[] COLOURS = {"#c0392b", "#1f77b4", "#2ca02c"};

  /** The files {@code backtest --panel --out DIR} writes, with their text, in the order written. */
  public static java.util.Map<String, String> files(PanelBacktestResult r) {
    java.util.LinkedHashMap<String, String> files = new java.util.LinkedHashMap<>();
    files.put("panel-backtest.csv", r.scoresCsv());
    files.put("target-odds.csv", r.oddsCsv());
    files.put("recalibration.csv", r.recalibration().toCsv());
    files.put("panel-backtest.html", html(r));
    return files;
  }

  /** The report. */
  public static String html(PanelBacktestResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>Panel backtest: ")
        .append(esc(r.source().fileName()))
        .append("</title><style>")
        .append(HtmlReport.STYLE)
        .append("main{max-width:1150px}</style></head><body><main>");
    sb.append("<h1>Panel backtest: ").append(esc(r.source().fileName())).append("</h1>");
    sb.append("<p class=\"muted\">")
        .append(esc(r.source().format().id()))
        .append(" panel, SHA-256 ")
        .append(esc(r.source().sha256()))
        .append("; ")
        .append(r.source().series())
        .append(" series, ")
        .append(r.runs())
        .append(" runs scored, ")
        .append(r.origins())
        .append(" origins, years ")
        .append(r.source().firstYear())
        .append('-')
        .append(r.source().lastYear())
        .append("; horizon 1..")
        .append(r.settings().horizon())
        .append(", min-train ")
        .append(r.settings().minTrain())
        .append("; later = origins after ")
        .append(r.cutYear())
        .append(".</p>");
    sb.append("<p>Raw (<b style=\"color:")
        .append(COLOURS[0])
        .append("\">none</b>): each kind's own"
            + " log-normal predictive distribution. <b style=\"color:")
        .append(COLOURS[1])
        .append("\">held-out</b>: recalibrated by the map fitted on the other half of the series."
            + " <b style=\"color:")
        .append(COLOURS[2])
        .append(
            "\">later</b>: by the map fitted on the"
                + " other half's origins up to the cut year, scored on origins after it. Dashed: nominal.</p>");
    for (ModelKind k : r.settings().kinds()) {
      sb.append("<h2>").append(esc(k.id())).append("</h2><div class=\"charts\">");
      sb.append(coverage(r, k, 80, "coverage80"));
      sb.append(coverage(r, k, 95, "coverage95"));
      sb.append(pit(r, k, 1));
      sb.append(pit(r, k, r.settings().horizon()));
      sb.append(reliability(r, k));
      sb.append("</div>");
    }
    sb.append("</main></body></html>\n");
    return sb.toString();
  }

  private static final int W = 360;
  private static final int H = 240;
  private static final int L = 44;
  private static final int B = 30;
  private static final int T = 24;

  private static String coverage(PanelBacktestResult r, ModelKind k, int nominal, String field) {
    int hmax = r.settings().horizon();
    double lo = nominal == 80 ? 0.5 : 0.7;
    StringBuilder s = head("Coverage of the " + nominal + " % interval by step ahead");
    axes(s, lo, 1.0, 1, hmax, "h");
    double y0 = y(nominal / 100.0, lo, 1.0);
    s.append(String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>",
        L,
        y0,
        W - 8,
        y0));
    for (int c = 0; c < RECAL.length; c++) {
      StringBuilder pts = new StringBuilder();
      for (int h = 1; h <= hmax; h++) {
        OptionalDouble v = value(r, k, h, RECAL[c], field);
        if (v.isPresent()) {
          pts.append(String.format(
              Locale.ROOT, "%.1f,%.1f ", x(h, 1, hmax), y(Math.max(lo, v.getAsDouble()), lo, 1.0)));
        }
      }
      s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(COLOURS[c])
          .append("\" points=\"")
          .append(pts)
          .append("\"/>");
    }
    return s.append("</svg></div>").toString();
  }

  private static String pit(PanelBacktestResult r, ModelKind k, int h) {
    long[] raw = r.pit(k, h, false);
    long[] ho = r.pit(k, h, true);
    long n = 0;
    long max = 1;
    for (int i = 0; i < raw.length; i++) {
      n += raw[i];
      max = Math.max(max, Math.max(raw[i], ho[i]));
    }
    StringBuilder s = head("PIT histogram, h = " + h + " (flat = calibrated)");
    double top = max * 1.1 / Math.max(1, n) * raw.length;
    axes(s, 0, top, 0, 1, "PIT");
    double bw = (W - 8 - L) / (double) raw.length;
    for (int i = 0; i < raw.length; i++) {
      double d0 = n > 0 ? raw[i] * (double) raw.length / n : 0;
      double d1 = n > 0 ? ho[i] * (double) raw.length / n : 0;
      s.append(bar(L + i * bw, bw / 2 - 1, d0, top, COLOURS[0]));
      s.append(bar(L + i * bw + bw / 2, bw / 2 - 1, d1, top, COLOURS[1]));
    }
    double y1 = y(1, 0, top);
    s.append(String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>",
        L,
        y1,
        W - 8,
        y1));
    return s.append("</svg></div>").toString();
  }

  private static String reliability(PanelBacktestResult r, ModelKind k) {
    StringBuilder s = head("Target odds: predicted P(met) against frequency");
    axes(s, 0, 1, 0, 1, "predicted P");
    s.append(String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>",
        L,
        y(0, 0, 1),
        W - 8,
        y(1, 0, 1)));
    for (int c = 0; c < 2; c++) {
      double[][] d = r.reliability(k, c == 1);
      StringBuilder pts = new StringBuilder();
      for (double[] bin : d) {
        if (bin[0] > 0) {
          pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(bin[1], 0, 1), y(bin[2], 0, 1)));
        }
      }
      s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(COLOURS[c])
          .append("\" points=\"")
          .append(pts)
          .append("\"/>");
    }
    return s.append("</svg></div>").toString();
  }

  private static OptionalDouble value(
      PanelBacktestResult r, ModelKind k, int h, String recal, String field) {
    for (PanelBacktestResult.ScoreRow s : r.scores()) {
      if (s.kind().equals(k.id())
          && s.horizon() == h
          && s.history().equals("all")
          && s.recalibration().equals(recal)) {
        return field.equals("coverage80") ? s.coverage80() : s.coverage95();
      }
    }
    return OptionalDouble.empty();
  }

  private static StringBuilder head(String title) {
    StringBuilder s = new StringBuilder("<div class=\"chart\"><svg viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(title))
        .append("\" style=\"width:100%;height:auto\">");
    s.append("<text x=\"")
        .append(L)
        .append("\" y=\"15\" font-size=\"12\">")
        .append(esc(title))
        .append("</text>");
    return s;
  }

  private static void axes(StringBuilder s, double lo, double hi, double x0, double x1, String xl) {
    s.append(String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>"
            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
        L,
        T,
        L,
        H - B,
        L,
        H - B,
        W - 8,
        H - B));
    for (int i = 0; i <= 4; i++) {
      double v = lo + (hi - lo) * i / 4;
      s.append(String.format(
          Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
          L - 4,
          y(v, lo, hi) + 3,
          trim(v)));
      double xv = x0 + (x1 - x0) * i / 4;
      s.append(String.format(
          Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
          x(xv, x0, x1),
          H - B + 13,
          trim(xv)));
    }
    s.append("<text x=\"")
        .append((W + L) / 2)
        .append("\" y=\"")
        .append(H - 4)
        .append("\" font-size=\"10\" text-anchor=\"middle\">")
        .append(esc(xl))
        .append("</text>");
  }

  private static String bar(double x, double w, double v, double top, String colour) {
    double yv = y(Math.min(v, top), 0, top);
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x,
        yv,
        Math.max(0.5, w),
        H - B - yv,
        colour);
  }

  private static double x(double v, double x0, double x1) {
    return L + (W - 8 - L) * (x1 == x0 ? 0.5 : (v - x0) / (x1 - x0));
  }

  private static double y(double v, double lo, double hi) {
    return H - B - (H - B - T) * (v - lo) / (hi - lo);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static List<String> recalibrations() {
    return List.of(RECAL);
  }

  /** The table output of a panel backtest: coverage raw, held-out and later, history all. */
  public static Rows table(PanelBacktestResult r) {
    Rows t = new Rows(
        "kind",
        ">h",
        ">n",
        ">cover80",
        ">held-out",
        ">later",
        ">cover95",
        ">held-out ",
        ">later ",
        ">crps_log",
        ">held-out  ");
    t.heading("Panel backtest of " + r.source().fileName() + " ("
        + r.source().format().id()
        + ", sha256 " + r.source().sha256().substring(0, 12) + "..): "
        + r.source().series()
        + " series, " + r.runs() + " runs scored, " + r.origins() + " origins, years "
        + r.source().firstYear() + "-" + r.source().lastYear() + "; later = origins after "
        + r.cutYear() + "; history all");
    for (ModelKind k : r.settings().kinds()) {
      for (int h = 1; h <= r.settings().horizon(); h++) {
        PanelBacktestResult.ScoreRow none = row(r, k, h, "none");
        PanelBacktestResult.ScoreRow ho = row(r, k, h, "held-out");
        PanelBacktestResult.ScoreRow la = row(r, k, h, "later");
        t.add(
            k.id(),
            Integer.toString(h),
            Long.toString(none.n()),
            Numbers.percent(none.coverage80()),
            Numbers.percent(ho.coverage80()),
            Numbers.percent(la.coverage80()),
            Numbers.percent(none.coverage95()),
            Numbers.percent(ho.coverage95()),
            Numbers.percent(la.coverage95()),
            fixed(none.crpsLog()),
            fixed(ho.crpsLog()));
      }
    }
    t.note("cover80/95: share of actuals inside the 80/95 % intervals, raw (none), recalibrated on"
        + " the other half of the series (held-out) and on the other half's earlier origins (later);"
        + " crps_log in log units. Full rows per history class: --format csv.");
    return t;
  }

  private static PanelBacktestResult.ScoreRow row(
      PanelBacktestResult r, ModelKind k, int h, String recalibration) {
    return r.scores().stream()
        .filter(s -> s.kind().equals(k.id())
            && s.horizon() == h
            && s.history().equals("all")
            && s.recalibration().equals(recalibration))
        .findFirst()
        .orElseThrow();
  }

  private static String fixed(OptionalDouble v) {
    return v.isPresent() ? Numbers.fixed(v.getAsDouble(), 4) : "-";
  }

  /** The JSON output of a panel backtest: the panel, the scores, the target odds, provenance. */
  public static ObjectNode json(PanelBacktestResult r) {
    ObjectNode o = Render.object();
    ObjectNode src = o.putObject("panel");
    src.put("file", r.source().fileName());
    src.put("sha256", r.source().sha256());
    src.put("format", r.source().format().id());
    src.put("rows", r.source().rows());
    src.put("series", r.source().series());
    src.put("runs", r.source().runs());
    src.put("first_year", r.source().firstYear());
    src.put("last_year", r.source().lastYear());
    o.put("runs_scored", r.runs());
    o.put("origins", r.origins());
    o.put("cut_year", r.cutYear());
    o.put("horizon", r.settings().horizon());
    o.put("min_train", r.settings().minTrain());
    Rows scores = new Rows(PanelBacktestResult.SCORES_HEADER.split(","));
    for (PanelBacktestResult.ScoreRow s : r.scores()) {
      scores.add(
          s.kind(),
          s.horizon(),
          s.history(),
          s.recalibration(),
          s.n(),
          s.crpsLog(),
          s.coverage50(),
          s.coverage80(),
          s.coverage95(),
          s.mase());
    }
    o.set("scores", Render.array(scores));
    Rows odds = new Rows(PanelBacktestResult.ODDS_HEADER.split(","));
    for (PanelBacktestResult.OddsRow s : r.odds()) {
      odds.add(
          s.kind(),
          s.multiple(),
          s.years(),
          s.recalibration(),
          s.n(),
          s.meanP(),
          s.frequency(),
          s.brier(),
          s.brierClimatology());
    }
    o.set("target_odds", Render.array(odds));
    ArrayNode prov = o.putArray("provenance");
    r.recalibration().provenance().forEach(prov::add);
    return o;
  }
}
