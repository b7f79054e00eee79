package org.tradetarget.scenarios.cli;

import java.util.concurrent.Callable;
import org.tradetarget.scenarios.report.LeverTables;
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
  @Spec
  CommandSpec spec;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    format.print(LeverTables.output());
    return Main.OK;
  }
}
