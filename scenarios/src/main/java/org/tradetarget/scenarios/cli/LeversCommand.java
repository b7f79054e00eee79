package org.tradetarget.scenarios.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Spec
  CommandSpec spec;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  private static String corridors(Lever v) {
    return v.corridors().stream().map(Corridor::id).collect(Collectors.joining(";"));
  }

  @Override
  public Integer call() {
    Rows machine = new Rows(HEADER.split(","));
    Rows table = new Rows(
        "name",
        "corridors",
        ">start",
        ">ramp",
        ">trade cost",
        ">direct",
        ">probability",
        ">mean delay");
    for (Lever v : BuiltInLever.all()) {
      machine.add(
          v.name(),
          v.corridors().stream().map(Corridor::id).toList(),
          v.startYear(),
          v.rampYears(),
          v.tradeCostChange(),
          v.directEffect(),
          v.probability(),
          v.delayMeanYears(),
          v.basis());
      table.add(
          v.name(),
          corridors(v),
          Integer.toString(v.startYear()),
          v.rampYears() + " y",
          Numbers.percent(v.tradeCostChange()),
          Numbers.percent(v.directEffect()),
          Numbers.percent(v.probability()),
          Numbers.fixed(v.delayMeanYears(), 1) + " y");
    }
    table.note(
        "Every value is an assumption; trade cost: change of the trade-cost factor (gravity), direct:"
            + " change of trade at full effect (any kind). Basis:");
    for (Lever v : BuiltInLever.all()) {
      table.note("- " + v.name() + ": " + v.basis());
    }
    format.print(new Output().table(table).csv(machine).json(machine));
    return Main.OK;
  }
}
