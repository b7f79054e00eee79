package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradetarget targets}: how far each corridor is from its current target. */
@Command(
    name = "targets",
    header = "How far each corridor is from its target, and the growth that closes the gap.",
    mixinStandardHelpOptions = true,
    description = {
      "One row per current target: base (last observation of the default series), required and",
      "historical compound annual growth, and their ratio. Money in US$ million, rates as fractions.",
      "sourced_horizon: the years of a time frame a later source gives for a target without a deadline."
    })
final class TargetsCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER =
      "corridor,target_usd_million,deadline,deadline_assumed,base_year,base_usd_million,required_cagr,"
          + "historical_cagr,historical_from_year,credibility_ratio,status,sourced_horizon";

  @Spec
  CommandSpec spec;

  @Option(
      names = "--deadline",
      paramLabel = "YEAR",
      description =
          "Deadline assumed for targets whose source gives none (default: ${DEFAULT-VALUE}). Never changes a sourced deadline.",
      defaultValue = "" + TargetArithmetic.DEFAULT_ASSUMED_DEADLINE)
  int deadline;

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

  @Override
  public Integer call() {
    Dataset data = Dataset.embedded();
    List<TargetAssessment> rows = new ArrayList<>();
    for (Target t : data.currentTargets()) {
      rows.add(TargetArithmetic.assess(t, data.series(t.corridor()), deadline));
    }
    Rows machine = new Rows(HEADER
        .replace(
            ",status,sourced_horizon",
            ",required_cagr_by_deadline,status,quote,source,sourced_horizon")
        .split(","));
    Rows csv = new Rows(HEADER.split(","));
    Rows table = new Rows(
        "corridor",
        ">target US$ m",
        "deadline",
        ">base year",
        ">base US$ m",
        ">required/yr",
        ">historical/yr",
        ">since",
        ">ratio",
        "status");
    for (TargetAssessment a : rows) {
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
          a.target().horizon().map(TargetsCommand::horizon).orElse(null));
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
          a.target().horizon().map(Target.Horizon::years).orElse(""));
      table.add(
          a.target().corridor().id(),
          Numbers.money(a.target().valueUsdMillion()),
          a.deadline() + (a.deadlineAssumed() ? " (assumed)" : ""),
          Integer.toString(a.baseYear()),
          Numbers.money(a.baseUsdMillion()),
          Numbers.percent(a.requiredCagr()),
          Numbers.percent(a.historicalCagr()),
          a.historicalFromYear().isPresent()
              ? Integer.toString(a.historicalFromYear().getAsInt())
              : "-",
          a.credibilityRatio().isPresent()
              ? Numbers.fixed(a.credibilityRatio().getAsDouble(), 2)
              : "-",
          a.status().id());
    }
    table.note(
        "Deadlines marked (assumed) are not given by any source; set them with --deadline YEAR.");
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
            new StringBuilder(a.target().corridor().id()).append(" required growth by deadline:");
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
}
