package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.scenarios.run.ScenarioComparison;
import org.tradetarget.scenarios.run.ScenarioResult;

/** Scenarios compared ({@code tradetarget compare}) as tables, CSV and JSON. */
public final class ComparisonTables {
  private ComparisonTables() {}

  /** What {@code compare} prints. */
  public static Output output(ScenarioComparison.Result c) {
    List<ScenarioResult> rs = c.results();
    Rows machine = new Rows("kind", "key", "corridor", "scenario", "value");
    for (ScenarioComparison.Difference d : c.differences()) {
      for (int i = 0; i < rs.size(); i++) {
        machine.add(
            "assumption", d.path(), "", rs.get(i).spec().name(), d.values().get(i));
      }
    }
    Rows outcomes = new Rows(
        "scenario", "corridor", "deadline", "p_met_by_deadline", "se", "median_at_deadline");
    for (ScenarioResult r : rs) {
      for (OutlookResult s : r.summaries()) {
        machine.add("outcome", "p_met_by_deadline", s.name(), r.spec().name(), s.pMet());
        machine.add("outcome", "median_at_deadline", s.name(), r.spec().name(), s.median());
        machine.add("outcome", "deadline", s.name(), r.spec().name(), s.deadline());
        outcomes.add(r.spec().name(), s.name(), s.deadline(), s.pMet(), s.pMetSe(), s.median());
      }
    }
    Rows oneAtATime = new Rows("key", "corridor", "delta_p_met", "delta_median", "error");
    for (ScenarioComparison.Attribution a : c.attributions()) {
      machine.add("switch_delta_p_met", a.path(), a.corridor(), "", a.deltaPMet());
      machine.add("switch_delta_median", a.path(), a.corridor(), "", a.deltaMedian());
      oneAtATime.add(
          a.path(),
          a.corridor(),
          a.deltaPMet(),
          a.deltaMedian(),
          a.error().isEmpty() ? null : a.error());
    }
    Rows differences = new Rows("key", "values");
    c.differences().forEach(d -> differences.add(d.path(), d.values()));
    ObjectNode json = Render.object();
    json.set("scenarios", Render.node(rs.stream().map(r -> r.spec().name()).toList()));
    json.set("differences", Render.array(differences));
    json.set("outcomes", Render.array(outcomes));
    json.set("one_at_a_time", Render.array(oneAtATime));
    return new Output().tables(tables(c)).csv(machine).json(json);
  }

  /** The tables for people, in the order printed; each with its headings and notes. */
  static List<Rows> tables(ScenarioComparison.Result c) {
    List<ScenarioResult> rs = c.results();
    List<Rows> tables = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("assumption"));
    rs.forEach(r -> head.add(r.spec().name()));
    Rows t = new Rows(head);
    for (ScenarioComparison.Difference d : c.differences()) {
      List<Object> row = new ArrayList<>(List.of(d.path()));
      row.addAll(d.values());
      t.add(row.toArray());
    }
    if (!c.differences().isEmpty()) {
      tables.add(t.heading("Assumptions that differ:"));
    }
    List<String> h2 = new ArrayList<>(List.of("corridor", "deadline"));
    rs.forEach(r -> h2.add(">" + r.spec().name()));
    Rows o = new Rows(h2);
    for (int k = 0; k < rs.get(0).summaries().size(); k++) {
      OutlookResult s0 = rs.get(0).summaries().get(k);
      List<Object> row = new ArrayList<>(List.of(s0.name(), Integer.toString(s0.deadline())));
      for (ScenarioResult r : rs) {
        OutlookResult s = r.summaries().stream()
            .filter(x -> x.name().equals(s0.name()))
            .findFirst()
            .orElse(null);
        row.add(
            s == null
                ? "-"
                : Numbers.percent(s.pMet()) + " (median " + Numbers.money(s.median()) + ")");
      }
      o.add(row.toArray());
    }
    if (c.differences().isEmpty()) {
      o.heading("No assumption differs.");
    }
    tables.add(o.heading("")
        .heading("P(met by the deadline) and the median at the deadline (US$ million):"));
    if (!c.attributions().isEmpty()) {
      tables.add(oneAtATimeTable(c.attributions())
          .heading("")
          .heading("Each assumption switched alone from " + rs.get(0).spec().name() + " to "
              + rs.get(1).spec().name()
              + " (one at a time; effects need not add up when assumptions interact):"));
    }
    return tables;
  }

  /**
   * The one-at-a-time effects for people: a row whose switch leaves that corridor's P(met) and
   * median exactly as they were (both changes 0.0, identical numbers) is left out and counted in a
   * note; the others are sorted by the size of the effect, the absolute change of P(met) first,
   * then the absolute change of the median, ties in the order computed; switches that could not
   * run come last.
   */
  public static Rows oneAtATimeTable(List<ScenarioComparison.Attribution> attributions) {
    List<ScenarioComparison.Attribution> shown = new ArrayList<>();
    List<ScenarioComparison.Attribution> failed = new ArrayList<>();
    int unchanged = 0;
    for (ScenarioComparison.Attribution x : attributions) {
      if (!x.error().isEmpty()) {
        failed.add(x);
      } else if (x.deltaPMet() == 0.0 && x.deltaMedian() == 0.0) {
        unchanged++;
      } else {
        shown.add(x);
      }
    }
    shown.sort(
        Comparator.comparingDouble((ScenarioComparison.Attribution x) -> -Math.abs(x.deltaPMet()))
            .thenComparingDouble(x -> -Math.abs(x.deltaMedian())));
    shown.addAll(failed);
    String note = unchanged == 0
        ? null
        : unchanged + (unchanged == 1 ? " row" : " rows")
            + " left out: the switched assumption leaves that corridor's P(met) and median"
            + " exactly as they were.";
    if (shown.isEmpty()) {
      Rows none = new Rows();
      none.note("No switched assumption changes any corridor's P(met) or median.");
      return note == null ? none : none.note(note);
    }
    Rows a =
        new Rows("switched alone", "corridor", ">change in P(met)", ">change in median (US$ m)");
    for (ScenarioComparison.Attribution x : shown) {
      boolean ok = x.error().isEmpty();
      a.add(
          x.path(),
          ok ? x.corridor() : "(" + x.error() + ")",
          ok ? Numbers.points(x.deltaPMet()) : "-",
          ok ? Numbers.signedMoney(x.deltaMedian()) : "-");
    }
    return note == null ? a : a.note(note);
  }
}
