package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.Hindsight;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.report.HindsightTables;
import org.tradetarget.scenarios.report.PanelHindsightReports;
import org.tradetarget.scenarios.run.Backtests;
import org.tradetarget.scenarios.run.Hindsights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tradetarget hindsight}: {@link Hindsight}; with --targets or --panel, {@link Hindsights}. */
@Command(
    name = "hindsight",
    header = "Earlier official targets: the odds each method gave, beside what happened.",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.tradetarget.scenarios.report.KindHelp",
    description = {
      "Earlier official targets judged in hindsight. For each earlier target in the embedded data",
      "and each method: fitted on the default series up to the year before the announcement, the",
      "probability (fraction) it gave of reaching the target (US$ million) in some year up to the",
      "deadline (Monte Carlo), beside what happened: met, missed, or open when the deadline is still",
      "ahead of the data. A method that cannot be fitted on the short history gets no probability",
      "and a note. With --targets or --panel: each target whose pair has data up to the year before",
      "its announcement (the embedded series where a method can be fitted on it, else the panel's,",
      "never joined), raw and recalibrated, beside the recorded outcome; the targets that cannot be",
      "judged, with the reason; and per method the Brier and log scores beside the climatology."
    })
final class HindsightCommand implements Callable<Integer> {
  /** The most paths accepted. */
  static final int MAX_PATHS = 10_000_000;

  @Option(
      names = "--models",
      paramLabel = "K1,K2,..",
      description =
          "Methods (model kinds), comma-separated: ${bundle:kinds} (default: ${bundle:hindsightKinds}).")
  String models;

  @Option(
      names = "--targets",
      paramLabel = "PATH",
      description =
          "A targets file (columns corridor,target_usd_million,deadline,announced,outcome).")
  Path targets;

  @Option(
      names = "--panel",
      paramLabel = "PATH",
      description = "A panel (csv or csv.gz) for the history where the embedded one is too short.")
  Path panel;

  @Option(
      names = "--panel-format",
      paramLabel = "F",
      description = "auto (default), cow or long (series,year,value).")
  String panelFormat;

  @Option(
      names = "--recalibration",
      paramLabel = "R",
      description =
          "Beside raw, with --targets or --panel: bundled (default), none or a recalibration.csv.")
  String recalibration;

  @Option(
      names = "--paths",
      paramLabel = "N",
      description = "Monte Carlo paths per target and method (default: 100000; with --targets or"
          + " --panel 10000, at most 10000).")
  Integer paths;

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

  @Mixin
  OutOption out =
      new OutOption("With --targets or --panel: writes hindsight.csv and hindsight.html.");

  @Mixin
  ForceOption force = new ForceOption();

  @Override
  public Integer call() {
    List<ModelKind> kinds = models == null ? Hindsight.DEFAULT_KINDS : Backtests.kinds(models);
    boolean wide = targets != null || panel != null;
    int n = Hindsights.paths(paths, wide, MAX_PATHS);
    Hindsights.requireTargetsOrPanel(wide, out.dir != null, panelFormat, recalibration);
    int k = threads.atLeastOne(Runtime.getRuntime().availableProcessors());
    SimulationSpec sim = Hindsights.spec(n, seed.seed, parameterUncertainty, k);
    if (!wide) {
      format.print(
          HindsightTables.output(Hindsight.run(Dataset.embedded(), kinds, sim), kinds, sim));
      return Main.OK;
    }
    List<Path> planned = out.dir == null
        ? List.of()
        : PanelHindsightReports.FILES.stream().map(out.dir::resolve).toList();
    OutputFiles.checkWritable(planned, force.force);
    Hindsights.Result r = Hindsights.run(targets, panel, panelFormat, kinds, recalibration, sim);
    if (!planned.isEmpty()) {
      OutputFiles files = new OutputFiles();
      files.add(planned.get(0), PanelHindsightReports.csv(r));
      files.add(planned.get(1), PanelHindsightReports.html(r));
      files.write(force.force);
    }
    format.print(PanelHindsightReports.output(r));
    return Main.OK;
  }
}
