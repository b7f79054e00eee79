package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.scenarios.report.Csv;
import org.tradetarget.scenarios.report.Json;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradetarget levers}: the built-in levers with their default values and bases. */
@Command(
    name = "levers",
    header = "The built-in policy levers: the projects the source reports name.",
    mixinStandardHelpOptions = true,
    description = {
      "The built-in levers: the projects named in the source reports, each with its corridors, first",
      "year of effect, ramp-up years, trade-cost change or direct trade effect (fractions), probability",
      "of completion, mean Poisson delay (years) and the basis of these assumed values."
    })
final class LeversCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER =
      "name,corridors,start_year,ramp_years,trade_cost_change,direct_effect,probability,delay_mean_years,basis";

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  private static String corridors(Lever v) {
    return v.corridors().stream().map(Corridor::id).collect(Collectors.joining(";"));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case csv -> {
        out.println(HEADER);
        for (Lever v : BuiltInLever.all()) {
          out.println(Csv.line(v.name(), corridors(v), Integer.toString(v.startYear()), Integer.toString(v.rampYears()),
              Numbers.csv(v.tradeCostChange()), Numbers.csv(v.directEffect()), Numbers.csv(v.probability()),
              Numbers.csv(v.delayMeanYears()), v.basis()));
        }
      }
      case json -> {
        Json j = new Json().beginArray();
        for (Lever v : BuiltInLever.all()) {
          j.beginObject().name("name").value(v.name()).name("corridors").beginArray();
          for (Corridor c : v.corridors()) {
            j.value(c.id());
          }
          j.endArray()
              .name("start_year").value(v.startYear())
              .name("ramp_years").value(v.rampYears())
              .name("trade_cost_change").value(v.tradeCostChange())
              .name("direct_effect").value(v.directEffect())
              .name("probability").value(v.probability())
              .name("delay_mean_years").value(v.delayMeanYears())
              .name("basis").value(v.basis())
              .endObject();
        }
        out.println(j.endArray());
      }
      default -> {
        TextTable t = new TextTable("name", "corridors", ">start", ">ramp", ">trade cost", ">direct", ">probability",
            ">mean delay");
        for (Lever v : BuiltInLever.all()) {
          t.row(v.name(), corridors(v), Integer.toString(v.startYear()), v.rampYears() + " y",
              Numbers.percent(v.tradeCostChange()), Numbers.percent(v.directEffect()),
              Numbers.percent(v.probability()), Numbers.fixed(v.delayMeanYears(), 1) + " y");
        }
        out.print(t.render());
        out.println("Every value is an assumption; trade cost: change of the trade-cost factor (gravity), direct:"
            + " change of trade at full effect (any kind). Basis:");
        for (Lever v : BuiltInLever.all()) {
          out.println("- " + v.name() + ": " + v.basis());
        }
      }
    }
    return Main.OK;
  }
}
