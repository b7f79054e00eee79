package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;
import org.tradetarget.scenarios.report.TargetTables;
import org.tradetarget.scenarios.report.WorldTargets;
import org.tradetarget.scenarios.run.TargetReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradetarget targets}: how far each target is, the embedded, your own or the world's. */
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
      "A longer-term target (VN-LA US$10 billion) is listed beside the current one of its corridor."
    })
final class TargetsCommand implements Callable<Integer> {
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
      description = "List the registry of announced bilateral targets (seeds/targets-world.csv)"
          + " instead: status, source and, where the data allow, the required growth.")
  boolean world;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = "List the targets of your own CSV (the columns of seeds/targets.csv) instead;"
          + " one whose pair the embedded data lack is named on the error stream.")
  Path input;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    Dataset data = Dataset.embedded();
    if (world) {
      TargetReview.checkWorld(since, input);
      format.print(WorldTargets.output(WorldTargets.embedded(), data, deadline));
    } else if (input != null) {
      List<Target> mine = TargetReview.readTargets(input);
      TargetTables.uncoveredNotes(input, TargetReview.uncovered(data, mine))
          .forEach(spec.commandLine().getErr()::println);
      format.print(TargetTables.output(TargetReview.review(data, mine, deadline, since), since));
    } else {
      format.print(TargetTables.output(TargetReview.review(data, deadline, since), since));
    }
    return Main.OK;
  }
}
