package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.run.TargetReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradetarget required-growth}: the compound annual growth from a base to a target. */
@Command(
    name = "required-growth",
    header = "The annual growth that takes a base value to a target by a deadline.",
    mixinStandardHelpOptions = true,
    description = {
      "The compound annual growth (a fraction) that takes V0 in Y0 to V1 in Y1:",
      "(V1/V0)^(1/(Y1-Y0)) - 1. A target below the base gives a negative rate."
    })
final class RequiredGrowthCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--base",
      required = true,
      paramLabel = "V0",
      description = "Base value (US$ million, > 0).")
  double base;

  @Option(names = "--base-year", required = true, paramLabel = "Y0", description = "Base year.")
  int baseYear;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "V1",
      description = "Target value (US$ million, > 0).")
  double target;

  @Option(
      names = "--deadline",
      required = true,
      paramLabel = "Y1",
      description = "Deadline year, after the base year.")
  int deadline;

  @Mixin
  FormatOption format = new FormatOption(
      "text (the number alone, every digit, for scripts), table (a sentence for people: the rate"
          + " as a percent, rounded) or json (default: ${DEFAULT-VALUE}).",
      Format.text,
      Format.table,
      Format.json);

  @Override
  public Integer call() {
    double g = TargetReview.requiredGrowth(base, baseYear, target, deadline);
    ObjectNode json = Render.object();
    json.put("base_usd_million", base);
    json.put("base_year", baseYear);
    json.put("target_usd_million", target);
    json.put("deadline", deadline);
    json.put("required_cagr", g);
    String sentence = String.format(
        java.util.Locale.ROOT,
        "required growth: %.2f %% a year (US$ %,.0f million in %d to US$ %,.0f million by %d)%n",
        100 * g,
        base,
        baseYear,
        target,
        deadline);
    format.print(new Output().text(g + "\n").as(Format.table, () -> sentence).json(json));
    return Main.OK;
  }
}
