package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.Target;
import org.tradetarget.scenarios.run.TargetReview;

/** The current targets reviewed ({@code tradetarget targets}) as a table, CSV and JSON. */
public final class TargetTables {
  /** The CSV header, a contract. */
  public static final String HEADER =
      "corridor,target_usd_million,deadline,deadline_assumed,base_year,base_usd_million,required_cagr,"
          + "historical_cagr,historical_from_year,credibility_ratio,status,sourced_horizon";

  /**
   * The columns after {@link #HEADER}: the historical CAGR over ten years (or the longest run
   * available) and since {@code --since}, each with the year it runs from (to the base year).
   */
  public static final String MORE =
      "historical_cagr_10y,historical_10y_from_year,historical_cagr_since,historical_since_from_year";

  private TargetTables() {}

  /**
   * What {@code targets} prints.
   *
   * @param since the year the growth is also measured from, or null
   */
  public static Output output(List<TargetReview.Row> rows, Integer since) {
    Rows machine = new Rows((HEADER.replace(
                ",status,sourced_horizon",
                ",required_cagr_by_deadline,status,quote,source,sourced_horizon")
            + "," + MORE)
        .split(","));
    Rows csv = new Rows((HEADER + "," + MORE).split(","));
    List<String> head = new ArrayList<>(List.of(
        "corridor",
        ">target US$ m",
        "deadline",
        ">base year",
        ">base US$ m",
        ">required/yr",
        ">hist. 5y/yr",
        ">over",
        ">hist. 10y/yr",
        ">over"));
    if (since != null) {
      head.addAll(List.of(">hist. since " + since + "/yr", ">over"));
    }
    head.addAll(List.of(">ratio", "status"));
    Rows table = new Rows(head);
    boolean[] shortRun = new boolean[1];
    for (TargetReview.Row r : rows) {
      TargetAssessment a = r.assessment();
      TargetArithmetic.Historical h10 = r.tenYears();
      TargetArithmetic.Historical hs = r.since();
      Map<String, Double> byDeadline = null;
      double[] g = r.requiredByDeadline();
      if (g.length > 0) {
        byDeadline = new LinkedHashMap<>();
        for (int i = 0; i < g.length; i++) {
          byDeadline.put(Integer.toString(a.baseYear() + 1 + i), g[i]);
        }
      }
      // the cells the machine and CSV rows share, in the order of HEADER
      List<Object> common = Arrays.asList(
          a.target().corridor().id(),
          a.target().valueUsdMillion(),
          a.deadline(),
          a.deadlineAssumed(),
          a.baseYear(),
          a.baseUsdMillion(),
          a.requiredCagr(),
          a.historicalCagr(),
          a.historicalFromYear(),
          a.credibilityRatio());
      List<Object> m = new ArrayList<>(common);
      m.addAll(Arrays.asList(
          byDeadline,
          a.status().id(),
          a.target().provenance().quote(),
          a.target().provenance().citation(),
          a.target().horizon().map(TargetTables::horizon).orElse(null),
          h10.cagr(),
          h10.fromYear(),
          hs.cagr(),
          hs.fromYear()));
      machine.add(m.toArray());
      List<Object> c = new ArrayList<>(common);
      c.addAll(Arrays.asList(
          a.status().id(),
          a.target().horizon().map(Target.Horizon::years).orElse(""),
          h10.cagr(),
          h10.fromYear(),
          hs.cagr(),
          hs.fromYear()));
      csv.add(c.toArray());
      List<Object> cells = new ArrayList<>(List.of(
          a.target().corridor().id(),
          Numbers.money(a.target().valueUsdMillion()),
          a.deadline() + (a.deadlineAssumed() ? " (assumed)" : ""),
          Integer.toString(a.baseYear()),
          Numbers.money(a.baseUsdMillion()),
          Numbers.percent(a.requiredCagr())));
      cells.addAll(historicalCells(
          r.fiveYears(),
          a.baseYear(),
          a.baseYear() - TargetArithmetic.HISTORY_WINDOW_YEARS,
          shortRun));
      cells.addAll(historicalCells(
          h10, a.baseYear(), a.baseYear() - TargetArithmetic.LONG_HISTORY_WINDOW_YEARS, shortRun));
      if (since != null) {
        cells.addAll(historicalCells(hs, a.baseYear(), since, shortRun));
      }
      cells.add(
          a.credibilityRatio().isPresent()
              ? Numbers.fixed(a.credibilityRatio().getAsDouble(), 2)
              : "-");
      cells.add(a.status().id());
      table.add(cells.toArray());
    }
    table.note("hist.: historical compound growth a year over the years shown ('over'), to the"
        + " base year; ratio: required / hist. 5y.");
    if (shortRun[0]) {
      table.note("* a shorter run than the window: the series has no earlier observation in it,"
          + " so the rate covers the longest run available, the years shown.");
    }
    table.note(
        "Deadlines marked (assumed) are not given by any source; set them with --deadline YEAR.");
    for (TargetReview.Row r : rows) {
      Target t = r.assessment().target();
      if (t.kind() == Target.Kind.LONGER_TERM) {
        table.note(label(t) + " is a longer-term target (" + t.provenance().announced() + ", \u201c"
            + t.provenance().quote()
            + "\u201d), listed beside the current one; scenarios project toward the current one.");
      }
    }
    for (TargetReview.Row r : rows) {
      Target t = r.assessment().target();
      t.horizon()
          .ifPresent(h -> table.note(t.corridor().id()
              + " sourced horizon, not a deadline: " + h.years() + " (" + h.source() + ": \u201c"
              + h.quote()
              + "\u201d)"));
    }
    for (TargetReview.Row r : rows) {
      double[] g = r.requiredByDeadline();
      if (g.length > 0) {
        TargetAssessment a = r.assessment();
        StringBuilder sb =
            new StringBuilder(label(a.target())).append(" required growth by deadline:");
        for (int i = 0; i < g.length; i++) {
          sb.append(' ').append(a.baseYear() + 1 + i).append(' ').append(Numbers.percent(g[i]));
        }
        table.note(sb.toString());
      }
    }
    table.note(
        "Base: last observation of each corridor's default series (see 'tradetarget data').");
    return new Output().table(table).csv(csv).json(machine);
  }

  /** A sourced horizon as the JSON object the command prints. */
  private static Map<String, Object> horizon(Target.Horizon h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("first_year", h.firstYear());
    m.put("last_year", h.lastYear());
    m.put("source", h.source());
    m.put("source_url", h.sourceUrl());
    m.put("quote", h.quote());
    return m;
  }

  /**
   * The rate and the years it covers, e.g. {@code 24.4%} and {@code 2020-2025}; the years end in
   * {@code *} when the run starts later than {@code wantedFrom} (no earlier observation).
   */
  private static List<String> historicalCells(
      TargetArithmetic.Historical h, int baseYear, int wantedFrom, boolean[] shortRun) {
    if (h.fromYear().isEmpty()) {
      return List.of("-", "-");
    }
    int from = h.fromYear().getAsInt();
    boolean shorter = from > wantedFrom;
    shortRun[0] |= shorter;
    return List.of(Numbers.percent(h.cagr()), from + "-" + baseYear + (shorter ? "*" : ""));
  }

  /** The corridor id, with the value for a longer-term target (two targets share the corridor). */
  private static String label(Target t) {
    return t.corridor().id()
        + (t.kind() == Target.Kind.LONGER_TERM ? " " + Numbers.money(t.valueUsdMillion()) : "");
  }

  /** One line each for the targets of a user's file whose pair the embedded data do not cover. */
  public static List<String> uncoveredNotes(java.nio.file.Path file, List<Target> targets) {
    return targets.stream()
        .map(t -> "tradetarget targets: note: " + file + ": " + t.corridor().id() + " (US$ "
            + Numbers.money(t.valueUsdMillion()) + " million) is left out: the embedded data hold"
            + " no series for this pair; bring its trade file to run, project or backtest with"
            + " --input")
        .toList();
  }
}
