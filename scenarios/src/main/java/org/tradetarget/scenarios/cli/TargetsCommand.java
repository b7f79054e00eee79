package org.tradetarget.scenarios.cli;

import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.scenarios.report.TargetTables;
import org.tradetarget.scenarios.report.WorldTargets;
import org.tradetarget.scenarios.run.TargetReview;
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

  @Override
  public Integer call() {
    if (world) {
      if (since != null) {
        throw new InvalidInputException("option '--since': " + since
            + " is not allowed with --world; the registry lists no historical growth");
      }
      format.print(WorldTargets.output(WorldTargets.embedded(), Dataset.embedded(), deadline));
      return Main.OK;
    }
    format.print(
        TargetTables.output(TargetReview.review(Dataset.embedded(), deadline, since), since));
    return Main.OK;
  }
}
