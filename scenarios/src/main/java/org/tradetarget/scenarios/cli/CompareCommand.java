package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.scenarios.report.Csv;
import org.tradetarget.scenarios.report.Json;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.TextTable;
import org.tradetarget.scenarios.run.CorridorSummary;
import org.tradetarget.scenarios.run.ScenarioComparison;
import org.tradetarget.scenarios.run.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradetarget compare}: scenarios side by side. */
@Command(
    name = "compare",
    header = "Scenarios side by side, with the effect of each changed assumption.",
    mixinStandardHelpOptions = true,
    description = {
      "Compares scenarios side by side: which resolved assumptions differ, and P(met by the deadline) and the",
      "deadline median per corridor in each. For two scenarios, each changed assumption is switched alone",
      "(one at a time, from the first scenario's value to the second's) and its effect is shown."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "FILE", description = "Scenario files (.yaml), at least two.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    ScenarioComparison.Result c;
    int runs = files.size();
    try (Progress progress = new Progress(spec.commandLine().getErr(), Progress.isTerminal(), runs)) {
      c = ScenarioComparison.compare(files, progress);
    }
    var out = spec.commandLine().getOut();
    List<ScenarioResult> rs = c.results();
    switch (format) {
      case csv -> {
        out.println("kind,key,corridor,scenario,value");
        for (ScenarioComparison.Difference d : c.differences()) {
          for (int i = 0; i < rs.size(); i++) {
            out.println(Csv.line("assumption", d.path(), "", rs.get(i).spec().name(), d.values().get(i)));
          }
        }
        for (ScenarioResult r : rs) {
          for (CorridorSummary s : r.summaries()) {
            out.println(Csv.line("outcome", "p_met_by_deadline", s.corridor(), r.spec().name(), Numbers.csv(s.pMet())));
            out.println(Csv.line("outcome", "median_at_deadline", s.corridor(), r.spec().name(), Numbers.csv(s.median())));
            out.println(Csv.line("outcome", "deadline", s.corridor(), r.spec().name(), Integer.toString(s.deadline())));
          }
        }
        for (ScenarioComparison.Attribution a : c.attributions()) {
          out.println(Csv.line("switch_delta_p_met", a.path(), a.corridor(), "", Numbers.csv(a.deltaPMet())));
          out.println(Csv.line("switch_delta_median", a.path(), a.corridor(), "", Numbers.csv(a.deltaMedian())));
        }
      }
      case json -> {
        Json j = new Json().beginObject().name("scenarios").beginArray();
        rs.forEach(r -> j.value(r.spec().name()));
        j.endArray().name("differences").beginArray();
        for (ScenarioComparison.Difference d : c.differences()) {
          j.beginObject().name("key").value(d.path()).name("values").beginArray();
          d.values().forEach(j::value);
          j.endArray().endObject();
        }
        j.endArray().name("outcomes").beginArray();
        for (ScenarioResult r : rs) {
          for (CorridorSummary s : r.summaries()) {
            j.beginObject().name("scenario").value(r.spec().name()).name("corridor").value(s.corridor())
                .name("deadline").value(s.deadline()).name("p_met_by_deadline").value(s.pMet())
                .name("se").value(s.pMetSe()).name("median_at_deadline").value(s.median()).endObject();
          }
        }
        j.endArray().name("one_at_a_time").beginArray();
        for (ScenarioComparison.Attribution a : c.attributions()) {
          j.beginObject().name("key").value(a.path()).name("corridor").value(a.corridor())
              .name("delta_p_met").value(a.deltaPMet()).name("delta_median").value(a.deltaMedian())
              .name("error").value(a.error().isEmpty() ? null : a.error()).endObject();
        }
        out.println(j.endArray().endObject());
      }
      default -> {
        List<String> head = new ArrayList<>(List.of("assumption"));
        rs.forEach(r -> head.add(r.spec().name()));
        TextTable t = new TextTable(head.toArray(new String[0]));
        for (ScenarioComparison.Difference d : c.differences()) {
          List<String> row = new ArrayList<>(List.of(d.path()));
          row.addAll(d.values());
          t.row(row.toArray(new String[0]));
        }
        out.println(c.differences().isEmpty() ? "No assumption differs." : "Assumptions that differ:");
        if (!c.differences().isEmpty()) {
          out.print(t.render());
        }
        List<String> h2 = new ArrayList<>(List.of("corridor", "deadline"));
        rs.forEach(r -> h2.add(">" + r.spec().name()));
        TextTable o = new TextTable(h2.toArray(new String[0]));
        for (int k = 0; k < rs.get(0).summaries().size(); k++) {
          CorridorSummary s0 = rs.get(0).summaries().get(k);
          List<String> row = new ArrayList<>(List.of(s0.corridor(), Integer.toString(s0.deadline())));
          for (ScenarioResult r : rs) {
            CorridorSummary s = r.summaries().stream().filter(x -> x.corridor().equals(s0.corridor())).findFirst().orElse(null);
            row.add(s == null ? "-" : Numbers.percent(s.pMet()) + " (median " + Numbers.money(s.median()) + ")");
          }
          o.row(row.toArray(new String[0]));
        }
        out.println("\nP(met by the deadline) and the median at the deadline (US$ million):");
        out.print(o.render());
        if (!c.attributions().isEmpty()) {
          TextTable a = new TextTable("switched alone", "corridor", ">change in P(met)", ">change in median");
          for (ScenarioComparison.Attribution x : c.attributions()) {
            a.row(x.path(), x.error().isEmpty() ? x.corridor() : "(" + x.error() + ")",
                x.error().isEmpty() ? signed(x.deltaPMet() * 100) + " pts" : "-",
                x.error().isEmpty() ? signed(x.deltaMedian()) : "-");
          }
          out.println("\nEach assumption switched alone from " + rs.get(0).spec().name() + " to " + rs.get(1).spec().name()
              + " (one at a time; effects need not add up when assumptions interact):");
          out.print(a.render());
        }
      }
    }
    return Main.OK;
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "") + Numbers.fixed(v, 1);
  }
}
