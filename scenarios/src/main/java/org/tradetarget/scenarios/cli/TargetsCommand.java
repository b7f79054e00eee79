package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget targets}: how far each corridor is from its current (and longer-term) target;
 * with {@code --world}, the registry of announced bilateral targets ({@link WorldTargets}).
 */
@Command(
    name = "targets",
    header = "How far each corridor is from its target, and the growth that closes the gap.",
    mixinStandardHelpOptions = true,
    description = {
      "One row per current target: base (last observation of the default series), required and",
      "historical compound annual growth over 5 and 10 years (or the longest run available) and, with",
      "--since, from a year of your choice, and the ratio of required to 5-year growth. Money in US$",
      "million, rates as fractions.",
      "sourced_horizon: the years of a time frame a later source gives for a target without a deadline.",
      "A longer-term target (VN-LA US$10 billion) is listed beside the current one of its corridor.",
      "--world lists the registry of announced bilateral targets (seeds/targets-world.csv) instead."
    })
final class TargetsCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER =
      "corridor,target_usd_million,deadline,deadline_assumed,base_year,base_usd_million,required_cagr,"
          + "historical_cagr,historical_from_year,credibility_ratio,status,sourced_horizon";

  /**
   * The columns after {@link #HEADER}: the historical CAGR over ten years (or the longest run
   * available) and since {@code --since}, each with the year it runs from (to the base year).
   */
  static final String MORE =
      "historical_cagr_10y,historical_10y_from_year,historical_cagr_since,historical_since_from_year";

  @Spec
  CommandSpec spec;

  @Option(
      names = "--deadline",
      paramLabel = "YEAR",
      description =
          "Deadline assumed for targets whose source gives none (default: ${DEFAULT-VALUE}). Never changes a sourced deadline.",
      defaultValue = "" + TargetArithmetic.DEFAULT_ASSUMED_DEADLINE)
  int deadline;

  @Option(
      names = "--since",
      paramLabel = "YEAR",
      description =
          "Also show the historical growth from YEAR (the first observation in or after it) to the"
              + " base year.")
  Integer since;

  @Option(
      names = "--world",
      description =
          "List the registry of announced bilateral targets (seeds/targets-world.csv): target,"
              + " deadline, announced, status, source and, for an open target of a pair the"
              + " embedded data covers, the required growth.")
  boolean world;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  /** How far ahead the required-growth-by-deadline view reaches, in years after the base. */
  static final int DEADLINE_RANGE_YEARS = 15;

  private static double[] byDeadline(TargetAssessment a) {
    return TargetArithmetic.requiredByDeadline(
        a.baseUsdMillion(),
        a.baseYear(),
        a.target().valueUsdMillion(),
        a.baseYear() + 1,
        a.baseYear() + DEADLINE_RANGE_YEARS);
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
   * The targets this command lists: the current ones and the longer-term ones beside them, in
   * canonical corridor order, file order within a corridor.
   */
  static List<Target> listed(Dataset data) {
    return data.targets().stream()
        .filter(t -> t.kind() != Target.Kind.EARLIER)
        .sorted(Comparator.comparing(Target::corridor))
        .toList();
  }

  /** The corridor id, with the value for a longer-term target (two targets share the corridor). */
  private static String label(Target t) {
    return t.corridor().id()
        + (t.kind() == Target.Kind.LONGER_TERM ? " " + Numbers.money(t.valueUsdMillion()) : "");
  }

  @Override
  public Integer call() {
    Dataset data = Dataset.embedded();
    if (world) {
      if (since != null) {
        throw new InvalidInputException("option '--since': " + since
            + " is not allowed with --world; the registry lists no historical growth");
      }
      format.print(WorldTargets.output(WorldTargets.embedded(), data, deadline));
      return Main.OK;
    }
    List<TargetAssessment> rows = new ArrayList<>();
    List<TargetArithmetic.Historical> longer = new ArrayList<>();
    List<TargetArithmetic.Historical> sinceYear = new ArrayList<>();
    for (Target t : listed(data)) {
      TargetAssessment a = TargetArithmetic.assess(t, data.series(t.corridor()), deadline);
      rows.add(a);
      longer.add(TargetArithmetic.historicalCagr(
          data.series(t.corridor()), a.baseYear(), TargetArithmetic.LONG_HISTORY_WINDOW_YEARS));
      sinceYear.add(
          since == null
              ? new TargetArithmetic.Historical(OptionalDouble.empty(), OptionalInt.empty())
              : TargetArithmetic.historicalSince(data.series(t.corridor()), a.baseYear(), since));
    }
    if (since != null && sinceYear.stream().allMatch(h -> h.cagr().isEmpty())) {
      int latest = rows.stream().mapToInt(TargetAssessment::baseYear).max().orElseThrow();
      throw new InvalidInputException("option '--since': " + since
          + " is not allowed; no corridor has an observation from " + since
          + " before its base year; expected a year before " + latest);
    }
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
    for (int k = 0; k < rows.size(); k++) {
      TargetAssessment a = rows.get(k);
      TargetArithmetic.Historical h5 =
          new TargetArithmetic.Historical(a.historicalCagr(), a.historicalFromYear());
      TargetArithmetic.Historical h10 = longer.get(k);
      TargetArithmetic.Historical hs = sinceYear.get(k);
      Map<String, Double> byDeadline = null;
      if (a.deadlineAssumed() && a.status() == TargetAssessment.Status.OPEN) {
        byDeadline = new LinkedHashMap<>();
        double[] g = byDeadline(a);
        for (int i = 0; i < g.length; i++) {
          byDeadline.put(Integer.toString(a.baseYear() + 1 + i), g[i]);
        }
      }
      machine.add(
          a.target().corridor().id(),
          a.target().valueUsdMillion(),
          a.deadline(),
          a.deadlineAssumed(),
          a.baseYear(),
          a.baseUsdMillion(),
          a.requiredCagr(),
          a.historicalCagr(),
          a.historicalFromYear(),
          a.credibilityRatio(),
          byDeadline,
          a.status().id(),
          a.target().provenance().quote(),
          a.target().provenance().citation(),
          a.target().horizon().map(TargetsCommand::horizon).orElse(null),
          h10.cagr(),
          h10.fromYear(),
          hs.cagr(),
          hs.fromYear());
      csv.add(
          a.target().corridor().id(),
          a.target().valueUsdMillion(),
          a.deadline(),
          a.deadlineAssumed(),
          a.baseYear(),
          a.baseUsdMillion(),
          a.requiredCagr(),
          a.historicalCagr(),
          a.historicalFromYear(),
          a.credibilityRatio(),
          a.status().id(),
          a.target().horizon().map(Target.Horizon::years).orElse(""),
          h10.cagr(),
          h10.fromYear(),
          hs.cagr(),
          hs.fromYear());
      List<Object> cells = new ArrayList<>(List.of(
          a.target().corridor().id(),
          Numbers.money(a.target().valueUsdMillion()),
          a.deadline() + (a.deadlineAssumed() ? " (assumed)" : ""),
          Integer.toString(a.baseYear()),
          Numbers.money(a.baseUsdMillion()),
          Numbers.percent(a.requiredCagr())));
      cells.addAll(historicalCells(
          h5, a.baseYear(), a.baseYear() - TargetArithmetic.HISTORY_WINDOW_YEARS, shortRun));
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
    for (TargetAssessment a : rows) {
      if (a.target().kind() == Target.Kind.LONGER_TERM) {
        table.note(label(a.target()) + " is a longer-term target ("
            + a.target().provenance().announced() + ", \u201c"
            + a.target().provenance().quote()
            + "\u201d), listed beside the current one; scenarios project toward the current one.");
      }
    }
    for (TargetAssessment a : rows) {
      a.target()
          .horizon()
          .ifPresent(h -> table.note(a.target().corridor().id()
              + " sourced horizon, not a deadline: " + h.years() + " (" + h.source() + ": \u201c"
              + h.quote()
              + "\u201d)"));
    }
    for (TargetAssessment a : rows) {
      if (a.deadlineAssumed() && a.status() == TargetAssessment.Status.OPEN) {
        double[] g = byDeadline(a);
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
    format.print(new Output().table(table).csv(csv).json(machine));
    return Main.OK;
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
}
