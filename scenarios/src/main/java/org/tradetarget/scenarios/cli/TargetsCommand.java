package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;
import org.tradetarget.scenarios.report.Csv;
import org.tradetarget.scenarios.report.Json;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

  @Spec CommandSpec spec;

  @Option(names = "--deadline", paramLabel = "YEAR",
      description = "Deadline assumed for targets whose source gives none (default: ${DEFAULT-VALUE}). Never changes a sourced deadline.",
      defaultValue = "" + TargetArithmetic.DEFAULT_ASSUMED_DEADLINE)
  int deadline;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** How far ahead the required-growth-by-deadline view reaches, in years after the base. */
  static final int DEADLINE_RANGE_YEARS = 15;

  private static double[] byDeadline(TargetAssessment a) {
    return TargetArithmetic.requiredByDeadline(a.baseUsdMillion(), a.baseYear(), a.target().valueUsdMillion(),
        a.baseYear() + 1, a.baseYear() + DEADLINE_RANGE_YEARS);
  }

  @Override
  public Integer call() {
    Dataset data = Dataset.embedded();
    List<TargetAssessment> rows = new ArrayList<>();
    for (Target t : data.currentTargets()) {
      rows.add(TargetArithmetic.assess(t, data.series(t.corridor()), deadline));
    }
    var out = spec.commandLine().getOut();
    switch (format) {
      case csv -> {
        out.println(HEADER);
        for (TargetAssessment a : rows) {
          out.println(Csv.line(
              a.target().corridor().id(),
              Numbers.csv(a.target().valueUsdMillion()),
              Integer.toString(a.deadline()),
              Boolean.toString(a.deadlineAssumed()),
              Integer.toString(a.baseYear()),
              Numbers.csv(a.baseUsdMillion()),
              Numbers.csv(a.requiredCagr()),
              Numbers.csv(a.historicalCagr()),
              a.historicalFromYear().isPresent() ? Integer.toString(a.historicalFromYear().getAsInt()) : "",
              Numbers.csv(a.credibilityRatio()),
              a.status().id(),
              a.target().horizon().map(Target.Horizon::years).orElse("")));
        }
      }
      case json -> {
        Json j = new Json().beginArray();
        for (TargetAssessment a : rows) {
          j.beginObject()
              .name("corridor").value(a.target().corridor().id())
              .name("target_usd_million").value(a.target().valueUsdMillion())
              .name("deadline").value(a.deadline())
              .name("deadline_assumed").value(a.deadlineAssumed())
              .name("base_year").value(a.baseYear())
              .name("base_usd_million").value(a.baseUsdMillion())
              .name("required_cagr").value(a.requiredCagr())
              .name("historical_cagr").value(a.historicalCagr())
              .name("historical_from_year");
          if (a.historicalFromYear().isPresent()) {
            j.value(a.historicalFromYear().getAsInt());
          } else {
            j.nullValue();
          }
          j.name("credibility_ratio").value(a.credibilityRatio())
              .name("required_cagr_by_deadline");
          if (a.deadlineAssumed() && a.status() == TargetAssessment.Status.OPEN) {
            j.beginObject();
            double[] g = byDeadline(a);
            for (int i = 0; i < g.length; i++) {
              j.name(Integer.toString(a.baseYear() + 1 + i)).value(g[i]);
            }
            j.endObject();
          } else {
            j.nullValue();
          }
          j
              .name("status").value(a.status().id())
              .name("quote").value(a.target().provenance().quote())
              .name("source").value(a.target().provenance().citation())
              .name("sourced_horizon");
          if (a.target().horizon().isPresent()) {
            Target.Horizon h = a.target().horizon().get();
            j.beginObject()
                .name("first_year").value(h.firstYear())
                .name("last_year").value(h.lastYear())
                .name("source").value(h.source())
                .name("source_url").value(h.sourceUrl())
                .name("quote").value(h.quote())
                .endObject();
          } else {
            j.nullValue();
          }
          j.endObject();
        }
        out.println(j.endArray());
      }
      default -> {
        TextTable t = new TextTable("corridor", ">target US$ m", "deadline", ">base year", ">base US$ m",
            ">required/yr", ">historical/yr", ">since", ">ratio", "status");
        for (TargetAssessment a : rows) {
          t.row(a.target().corridor().id(),
              Numbers.money(a.target().valueUsdMillion()),
              a.deadline() + (a.deadlineAssumed() ? " (assumed)" : ""),
              Integer.toString(a.baseYear()),
              Numbers.money(a.baseUsdMillion()),
              Numbers.percent(a.requiredCagr()),
              Numbers.percent(a.historicalCagr()),
              a.historicalFromYear().isPresent() ? Integer.toString(a.historicalFromYear().getAsInt()) : "-",
              a.credibilityRatio().isPresent() ? Numbers.fixed(a.credibilityRatio().getAsDouble(), 2) : "-",
              a.status().id());
        }
        out.print(t.render());
        out.println("Deadlines marked (assumed) are not given by any source; set them with --deadline YEAR.");
        for (TargetAssessment a : rows) {
          a.target().horizon().ifPresent(h -> out.println(a.target().corridor().id()
              + " sourced horizon, not a deadline: " + h.years() + " (" + h.source() + ": \u201c" + h.quote()
              + "\u201d)"));
        }
        for (TargetAssessment a : rows) {
          if (a.deadlineAssumed() && a.status() == TargetAssessment.Status.OPEN) {
            double[] g = byDeadline(a);
            StringBuilder sb = new StringBuilder(a.target().corridor().id()).append(" required growth by deadline:");
            for (int i = 0; i < g.length; i++) {
              sb.append(' ').append(a.baseYear() + 1 + i).append(' ').append(Numbers.percent(g[i]));
            }
            out.println(sb);
          }
        }
        out.println("Base: last observation of each corridor's default series (see 'tradetarget data').");
      }
    }
    return Main.OK;
  }
}
