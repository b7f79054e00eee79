package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.data.Basis;
import org.tradetarget.scenarios.run.OddsByBasis;
import org.tradetarget.scenarios.run.ScenarioResult;

/**
 * The reporter bases compared ({@link OddsByBasis}) in every output of {@code run}, for corridors
 * whose data come from a trade file: the per-year gap between the two sides and the odds under
 * each basis side by side, as tables, {@code results.csv} rows, an {@code odds_by_basis} object per
 * such corridor in {@code results.json}, and a report section. Nothing for a scenario without such
 * a corridor.
 *
 * <p><b>results.csv statistics</b> (columns {@code scenario,corridor,year,statistic,value}), per
 * corridor whose file holds both sides A and B (the countries in the order of the corridor id):
 * per year both report, {@code value_usd_million@basis=reporter:A} and {@code
 * value_usd_million@basis=reporter:B} (each side's two-way trade, US$ million), {@code
 * basis_gap_usd_million} (B − A, US$ million) and {@code basis_gap_fraction} ((B − A) / A); per
 * basis X the file gives ({@code reporter:A}, {@code reporter:B}, {@code average}): {@code
 * p_met_by_deadline@basis=X}, {@code se_met_by_deadline@basis=X} (year: the deadline; a fraction),
 * {@code median_at_deadline@basis=X} (year: the deadline; US$ million) and {@code
 * median_first_passage_year@basis=X} (no year; empty when later than the horizon).
 */
public final class BasisReports {
  private BasisReports() {}

  /** The statistic name of a scenario statistic under basis X: {@code name@basis=X}. */
  public static String statistic(String name, Basis basis) {
    return name + "@basis=" + basis;
  }

  static final String RERUN_NOTE = "Each row reruns the scenario with only this corridor's"
      + " data.basis switched (same seed, paths and everything else); the row of its own basis is"
      + " its headline.";

  /** The console tables: per corridor, the gap per year and the odds by basis, or the reason. */
  public static List<Rows> tables(ScenarioResult r, OddsByBasis o) {
    List<Rows> out = new ArrayList<>();
    for (OddsByBasis.CorridorBases c : o.corridors()) {
      String title = r.spec().name() + ", " + c.corridor() + ": ";
      if (!c.compared()) {
        Rows t = new Rows();
        t.heading("");
        t.heading(title + "no comparison of bases: " + c.why() + ".");
        out.add(t);
        continue;
      }
      String a = c.a().id();
      String b = c.b().id();
      Rows g = new Rows(
          "year", ">reporter:" + a, ">reporter:" + b, ">gap " + b + " − " + a, ">gap % of " + a);
      g.heading("");
      g.heading(
          title + "the two sides' declarations (US$ million; the scenario uses " + c.own() + ")");
      for (OddsByBasis.Gap y : c.gaps()) {
        g.add(
            Integer.toString(y.year()),
            Numbers.money(y.a()),
            Numbers.money(y.b()),
            Numbers.signedMoney(y.gap()),
            Numbers.percent(y.fraction()));
      }
      out.add(g);
      Rows t = new Rows(
          "basis",
          ">P(met by " + c.deadline() + ")",
          ">median " + c.deadline(),
          ">median first year",
          "note");
      t.heading("");
      t.heading(title + "odds by basis (same seed and "
          + String.format(Locale.ROOT, "%,d", r.spec().simulation().paths())
          + " paths for every basis)");
      for (OddsByBasis.Row row : c.rows()) {
        String own = row.basis().equals(c.own()) ? "the scenario's basis" : "";
        if (row.summary().isEmpty()) {
          t.add(row.basis().toString(), "-", "-", "-", "cannot fit: " + row.reason());
          continue;
        }
        var s = row.summary().get();
        t.add(
            row.basis().toString(),
            Numbers.percent(s.pMet()) + " ± " + Numbers.percent(s.pMetSe()),
            Numbers.money(s.median()),
            s.medianFirstYear().isPresent()
                ? Integer.toString(s.medianFirstYear().getAsInt())
                : "later",
            own);
      }
      t.note(RERUN_NOTE);
      out.add(t);
    }
    return out;
  }

  /** The rows {@code results.csv} gets (no header), columns {@link ResultReports#CSV_HEADER}. */
  public static Rows rows(ScenarioResult r, OddsByBasis o) {
    Rows rows = new Rows(ResultReports.CSV_HEADER.split(","));
    String name = r.spec().name();
    for (OddsByBasis.CorridorBases c : o.corridors()) {
      if (!c.compared()) {
        continue;
      }
      String id = c.corridor();
      Basis ba = Basis.reporter(c.a());
      Basis bb = Basis.reporter(c.b());
      for (OddsByBasis.Gap y : c.gaps()) {
        rows.add(name, id, y.year(), statistic("value_usd_million", ba), y.a());
        rows.add(name, id, y.year(), statistic("value_usd_million", bb), y.b());
        rows.add(name, id, y.year(), "basis_gap_usd_million", y.gap());
        rows.add(name, id, y.year(), "basis_gap_fraction", y.fraction());
      }
      for (OddsByBasis.Row row : c.rows()) {
        if (row.summary().isEmpty()) {
          continue;
        }
        var s = row.summary().get();
        Basis x = row.basis();
        rows.add(name, id, c.deadline(), statistic("p_met_by_deadline", x), s.pMet());
        rows.add(name, id, c.deadline(), statistic("se_met_by_deadline", x), s.pMetSe());
        rows.add(name, id, c.deadline(), statistic("median_at_deadline", x), s.median());
        rows.add(
            name,
            id,
            null,
            statistic("median_first_passage_year", x),
            s.medianFirstYear().isPresent() ? s.medianFirstYear().getAsInt() : Double.NaN);
      }
    }
    return rows;
  }

  /** The CSV records of {@link #rows} without the header. */
  public static String csvTail(ScenarioResult r, OddsByBasis o) {
    String extra = Render.csv(rows(r, o));
    return extra.substring(extra.indexOf('\n') + 1);
  }

  /** Adds an {@code odds_by_basis} object to each corridor of {@code results.json} with a file. */
  public static ObjectNode addTo(ObjectNode j, OddsByBasis o) {
    ArrayNode corridors = (ArrayNode) j.get("corridors");
    for (OddsByBasis.CorridorBases c : o.corridors()) {
      ObjectNode node = null;
      for (int i = 0; i < corridors.size(); i++) {
        if (c.corridor().equals(corridors.get(i).path("corridor").asText())) {
          node = (ObjectNode) corridors.get(i);
        }
      }
      if (node == null) {
        continue;
      }
      ObjectNode ob = node.putObject("odds_by_basis");
      ob.put("basis", c.own().toString());
      ob.put("compared", c.compared());
      if (!c.compared()) {
        ob.put("reason", c.why());
        continue;
      }
      ob.put("deadline", c.deadline());
      ArrayNode gaps = ob.putArray("gaps");
      for (OddsByBasis.Gap y : c.gaps()) {
        ObjectNode g = gaps.addObject();
        g.put("year", y.year());
        g.put(Basis.reporter(c.a()).toString(), y.a());
        g.put(Basis.reporter(c.b()).toString(), y.b());
        g.put("basis_gap_usd_million", y.gap());
        g.put("basis_gap_fraction", y.fraction());
      }
      ArrayNode bases = ob.putArray("bases");
      for (OddsByBasis.Row row : c.rows()) {
        ObjectNode b = bases.addObject();
        b.put("basis", row.basis().toString());
        b.put("fits", row.summary().isPresent());
        if (row.summary().isEmpty()) {
          b.put("reason", row.reason());
          continue;
        }
        var s = row.summary().get();
        b.put("p_met_by_deadline", s.pMet());
        b.put("se_met_by_deadline", s.pMetSe());
        b.put("median_at_deadline", s.median());
        b.set("median_first_passage_year", Render.node(s.medianFirstYear()));
      }
    }
    return j;
  }

  /** The report section, or empty when no corridor takes its data from a trade file. */
  public static String html(ScenarioResult r, OddsByBasis o) {
    if (o.isEmpty()) {
      return "";
    }
    StringBuilder h = new StringBuilder("<h2 id='odds-by-basis'>Odds by basis</h2>\n");
    h.append("<p>For a corridor whose data come from a trade file in which both countries report,")
        .append(" each side's declarations per year, the gap between them, and the odds with the")
        .append(" corridor's series on each basis. ")
        .append(Svg.escape(RERUN_NOTE))
        .append("</p>\n");
    for (OddsByBasis.CorridorBases c : o.corridors()) {
      h.append("<h3>").append(Svg.escape(c.corridor())).append("</h3>\n");
      if (!c.compared()) {
        h.append("<p>No comparison of bases: ").append(Svg.escape(c.why())).append(".</p>\n");
        continue;
      }
      String a = c.a().id();
      String b = c.b().id();
      h.append("<p>The scenario uses ")
          .append(Svg.escape(c.own().toString()))
          .append(". US$ million.</p>\n<div class='scroll'><table>\n<tr><th>year</th><th>reporter:")
          .append(a)
          .append("</th><th>reporter:")
          .append(b)
          .append("</th><th>gap ")
          .append(b)
          .append(" − ")
          .append(a)
          .append("</th><th>gap % of ")
          .append(a)
          .append("</th></tr>\n");
      for (OddsByBasis.Gap y : c.gaps()) {
        h.append("<tr><td>")
            .append(y.year())
            .append("</td><td>")
            .append(Numbers.money(y.a()))
            .append("</td><td>")
            .append(Numbers.money(y.b()))
            .append("</td><td>")
            .append(Numbers.signedMoney(y.gap()))
            .append("</td><td>")
            .append(Numbers.percent(y.fraction()))
            .append("</td></tr>\n");
      }
      h.append("</table></div>\n<div class='scroll'><table>\n<tr><th>basis</th><th>P(met by ")
          .append(c.deadline())
          .append(")</th><th>median ")
          .append(c.deadline())
          .append("</th><th>median first year</th><th>note</th></tr>\n");
      for (OddsByBasis.Row row : c.rows()) {
        h.append("<tr><td>").append(Svg.escape(row.basis().toString())).append("</td>");
        if (row.summary().isEmpty()) {
          h.append("<td>–</td><td>–</td><td>–</td><td style='text-align:left;white-space:normal'>")
              .append("cannot fit: ")
              .append(Svg.escape(row.reason()))
              .append("</td></tr>\n");
          continue;
        }
        var s = row.summary().get();
        h.append("<td>")
            .append(Numbers.percent(s.pMet()))
            .append(" ± ")
            .append(Numbers.percent(s.pMetSe()))
            .append("</td><td>")
            .append(Numbers.money(s.median()))
            .append("</td><td>")
            .append(
                s.medianFirstYear().isPresent()
                    ? Integer.toString(s.medianFirstYear().getAsInt())
                    : "later")
            .append("</td><td style='text-align:left;white-space:normal'>")
            .append(row.basis().equals(c.own()) ? "the scenario's basis" : "")
            .append("</td></tr>\n");
      }
      h.append("</table></div>\n");
    }
    return h.toString();
  }
}
