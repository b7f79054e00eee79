package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.scenarios.run.ScenarioResult;

/**
 * The raw odds beside the recalibrated headline: a scenario run with a recalibration ({@code
 * simulation.recalibration}, {@code bundled} by default) reports its headline from the recalibrated
 * paths, and the same scenario with each kind's own paths (same seed and paths) beside it. In
 * {@code results.csv}: {@code p_met_by_deadline@recalibration=none} and {@code
 * se_met_by_deadline@recalibration=none} (year: the deadline; a fraction), {@code
 * median_at_deadline@recalibration=none} (year: the deadline; US$ million) and {@code
 * median_first_passage_year@recalibration=none} (no year; the year, empty when later than the
 * horizon). In {@code results.json}: {@code recalibration} (the table's name) and, per corridor,
 * a {@code raw} object with the same four numbers.
 */
public final class RecalibrationReports {
  private RecalibrationReports() {}

  /** The suffix of a statistic of the raw run. */
  static final String RAW = "@recalibration=none";

  /** The rows {@code results.csv} gets (no header), columns {@link ResultReports#CSV_HEADER}. */
  public static Rows rows(ScenarioResult raw) {
    Rows rows = new Rows(ResultReports.CSV_HEADER.split(","));
    String name = raw.spec().name();
    for (OutlookResult c : raw.summaries()) {
      String id = c.name();
      rows.add(name, id, c.deadline(), "p_met_by_deadline" + RAW, c.pMet());
      rows.add(name, id, c.deadline(), "se_met_by_deadline" + RAW, c.pMetSe());
      rows.add(name, id, c.deadline(), "median_at_deadline" + RAW, c.median());
      rows.add(
          name,
          id,
          null,
          "median_first_passage_year" + RAW,
          c.medianFirstYear().isPresent() ? c.medianFirstYear().getAsInt() : Double.NaN);
    }
    return rows;
  }

  /** The rows as CSV lines after {@code results.csv}'s others (no header). */
  public static String csvTail(ScenarioResult raw) {
    String extra = Render.csv(rows(raw));
    return extra.substring(extra.indexOf('\n') + 1);
  }

  /** Adds the recalibration's name and a {@code raw} object to each corridor of the JSON. */
  public static ObjectNode addTo(ObjectNode j, ScenarioResult base, ScenarioResult raw) {
    j.put("recalibration", base.spec().simulation().recalibration().name());
    ArrayNode corridors = (ArrayNode) j.get("corridors");
    List<OutlookResult> own = raw.summaries();
    for (int i = 0; i < own.size() && i < corridors.size(); i++) {
      OutlookResult c = own.get(i);
      ObjectNode r = ((ObjectNode) corridors.get(i)).putObject("raw");
      r.put("p_met_by_deadline", c.pMet());
      r.put("se_met_by_deadline", c.pMetSe());
      r.put("median_at_deadline", c.median());
      r.set("median_first_passage_year", Render.node(c.medianFirstYear()));
    }
    return j;
  }

  /** The console table: each corridor's recalibrated and raw odds at its deadline. */
  public static Rows table(ScenarioResult base, ScenarioResult raw) {
    Rows t = new Rows(
        "corridor",
        "deadline",
        ">P(met) recalibrated",
        ">P(met) raw",
        ">median recalibrated",
        ">median raw");
    t.heading("");
    t.heading(base.spec().name() + ": recalibrated (headline) and raw odds, recalibration "
        + base.spec().simulation().recalibration().name());
    for (int i = 0; i < base.summaries().size(); i++) {
      OutlookResult b = base.summaries().get(i);
      OutlookResult r = raw.summaries().get(i);
      t.add(
          b.name(),
          b.deadline(),
          Numbers.percent(b.pMet()),
          Numbers.percent(r.pMet()),
          Numbers.money(b.median()),
          Numbers.money(r.median()));
    }
    t.note(NOTE);
    return t;
  }

  /** What the two columns are. */
  static final String NOTE = "Recalibrated: each kind's simulated paths mapped step by step by the"
      + " panel evidence (docs/RECALIBRATION.md); raw: the kind's own paths, same seed and paths."
      + " A kind the recalibration has no map for (e.g. constant-growth) is the same in both.";

  /** The report section: the same table as the console's. */
  public static String html(ScenarioResult base, ScenarioResult raw) {
    StringBuilder h = new StringBuilder("<h2 id='recalibration'>Recalibrated and raw odds</h2>\n");
    h.append("<p>").append(Svg.escape(NOTE)).append("</p>\n");
    h.append("<table><thead><tr><th>corridor</th><th>deadline</th><th>P(met) recalibrated</th>")
        .append("<th>P(met) raw</th><th>median recalibrated (US$ million)</th>")
        .append("<th>median raw (US$ million)</th></tr></thead><tbody>\n");
    for (int i = 0; i < base.summaries().size(); i++) {
      OutlookResult b = base.summaries().get(i);
      OutlookResult r = raw.summaries().get(i);
      h.append("<tr><td>")
          .append(Svg.escape(b.name()))
          .append("</td><td>")
          .append(b.deadline())
          .append("</td><td>")
          .append(Numbers.percent(b.pMet()))
          .append("</td><td>")
          .append(Numbers.percent(r.pMet()))
          .append("</td><td>")
          .append(Numbers.money(b.median()))
          .append("</td><td>")
          .append(Numbers.money(r.median()))
          .append("</td></tr>\n");
    }
    return h.append("</tbody></table>\n").toString();
  }
}
