package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Progress;
import org.tradetarget.scenarios.report.Rows;
import org.tradetarget.scenarios.report.SensitivityReports;
import org.tradetarget.scenarios.run.NoEffect;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;
import org.tradetarget.scenarios.run.Sensitivity;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradetarget sweep}: P(met) over a grid of one or two scenario values. */
@Command(
    name = "sweep",
    header = "P(met by the deadline) over a grid of one or two scenario values.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the scenario over a grid of one or two values (PATH is a dotted path into the resolved",
      "scenario, e.g. simulation.jumps.probability) with common random numbers, and gives P(met by the",
      "deadline) per corridor at each point. Writes sweep.csv and sweep.html (per corridor a line with its",
      "Monte Carlo band over one value, a heatmap over two; then the table, the scenario's report below)",
      "to --out DIR (default out/<scenario name>/)."
    })
final class SweepCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "A scenario file.")
  Path file;

  @Option(
      names = "--vary",
      required = true,
      paramLabel = "PATH=FROM:TO:STEP",
      description = "A value to vary, e.g. simulation.jumps.probability=0:0.2:0.05; once or twice.")
  List<String> vary;

  @Mixin
  OutOption out = new OutOption();

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Mixin
  ForceOption force = new ForceOption();

  @Override
  public Integer call() {
    List<Sensitivity.Vary> varies = new ArrayList<>();
    for (String v : vary) {
      varies.add(Sensitivity.Vary.parse(v));
    }
    if (varies.size() > 2) {
      throw new IllegalArgumentException(
          "option '--vary': given " + varies.size() + " times; a sweep varies one or two values");
    }
    ScenarioSpec s = ScenarioLoader.load(file);
    // every grid point is checked before anything is computed or an existing file is named
    Sensitivity.Plan plan = Sensitivity.plan(file, varies);
    Path dir = out.dir != null ? out.dir : Path.of("out").resolve(s.name());
    List<Path> planned = List.of(dir.resolve("sweep.csv"), dir.resolve("sweep.html"));
    OutputFiles.checkWritable(planned, force.force);
    int runs = varies.stream().mapToInt(v -> v.values().size()).reduce(1, (a, b) -> a * b) + 1;
    Sensitivity.Sweep sw;
    ScenarioResult base;
    try (Progress progress =
        new Progress(spec.commandLine().getErr(), Progress.isTerminal(), runs)) {
      sw = Sensitivity.sweep(plan, progress);
      progress.started(s.name());
      base = ScenarioRunner.run(sw.spec(), progress);
    }
    OutputFiles files = new OutputFiles();
    files.add(planned.get(0), SensitivityReports.sweepCsv(sw));
    files.add(planned.get(1), SensitivityReports.sweepPage(base, sw));
    files.write(force.force);
    for (String w : NoEffect.of(sw)) {
      spec.commandLine().getErr().println("tradetarget sweep: warning: " + w);
    }
    Rows t = SensitivityReports.sweepTable(sw, varies);
    t.note("Wrote " + planned.get(1));
    format.print(new Output()
        .table(t)
        .as(Format.csv, () -> SensitivityReports.sweepCsv(sw))
        .as(Format.json, () -> SensitivityReports.sweepJson(sw)));
    return Main.OK;
  }
}
