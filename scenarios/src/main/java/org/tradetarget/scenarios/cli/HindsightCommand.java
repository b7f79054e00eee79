package org.tradetarget.scenarios.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.Hindsight;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.report.HindsightTables;
import org.tradetarget.scenarios.run.Backtests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget hindsight}: each earlier target in the embedded data, the probability each
 * method gave of meeting it as of its announcement, and what happened ({@link Hindsight}).
 */
@Command(
    name = "hindsight",
    header = "Earlier official targets: the odds each method gave, beside what happened.",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.tradetarget.scenarios.cli.KindHelp",
    description = {
      "Earlier official targets judged in hindsight. For each earlier target in the embedded data",
      "and each method: fitted on the default series up to the year before the announcement, the",
      "probability (fraction) it gave of reaching the target (US$ million) in some year up to the",
      "deadline (Monte Carlo), beside what happened: met, missed, or open when the deadline is still",
      "ahead of the data. A method that cannot be fitted on the short history gets no probability",
      "and a note."
    })
final class HindsightCommand implements Callable<Integer> {
  /** The most paths accepted. */
  static final int MAX_PATHS = 10_000_000;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--models",
      paramLabel = "K1,K2,..",
      description =
          "Methods (model kinds), comma-separated: ${bundle:kinds} (default: ${bundle:hindsightKinds}).")
  String models;

  @Option(
      names = "--paths",
      paramLabel = "N",
      defaultValue = "" + org.tradetarget.core.simulate.SimulationSpec.DEFAULT_PATHS,
      description = "Monte Carlo paths per target and method (default: ${DEFAULT-VALUE}).")
  int paths;

  @Mixin
  SeedOption seed = new SeedOption(
      "SEED",
      "Random seed; the same seed gives the same numbers on any thread count (default: ${DEFAULT-VALUE}).");

  @Option(
      names = "--parameter-uncertainty",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Draw each path's parameters from their sampling distribution, so the band"
          + " equals each kind's prediction interval (default: on, as in scenarios;"
          + " --no-parameter-uncertainty turns it off).")
  boolean parameterUncertainty = true;

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    List<ModelKind> kinds = models == null ? Hindsight.DEFAULT_KINDS : Backtests.kinds(models);
    if (paths < 1 || paths > MAX_PATHS) {
      throw new InvalidInputException(
          "option '--paths': " + paths + " is not allowed; expected 1 to " + MAX_PATHS);
    }
    SimulationSpec sim = Hindsight.defaultSpec()
        .withPaths(paths)
        .withSeed(seed.seed)
        .withParameterUncertainty(parameterUncertainty)
        .withThreads(threads.atLeastOne(Runtime.getRuntime().availableProcessors()));
    format.print(HindsightTables.output(Hindsight.run(Dataset.embedded(), kinds, sim), kinds, sim));
    return Main.OK;
  }
}
