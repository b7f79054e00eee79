package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Progress;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.ResultReports;
import org.tradetarget.scenarios.report.Rows;
import org.tradetarget.scenarios.report.RunReport;
import org.tradetarget.scenarios.run.RunPlan;
import org.tradetarget.scenarios.run.ScenarioRun;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradetarget run}: runs scenario files and writes their reports. */
@Command(
    name = "run",
    header = "Runs scenario files and writes their reports.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs scenario files: fits each corridor, simulates, and prints a summary per scenario and corridor",
      "(target, deadline, median and band at the deadline, P(met by the deadline), median first-passage year,",
      "required vs assumed growth). Writes results.csv, results.json, report.html and fan-<corridor>.svg to",
      "--out DIR (one file) or DIR/<scenario name>/ (several); default out/<scenario name>/. Also shows, per",
      "corridor, the odds under each model kind that fits and a skill-weighted ensemble, with the same seed",
      "and paths, beside each kind's backtest CRPS (outputs.odds_by_model: false skips it). For a corridor",
      "whose trade file holds both sides' declarations, shows the gap between them per year and the odds",
      "on each basis (reporter:A, reporter:B, average), the scenario rerun with only that basis switched."
    })
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.yaml).")
  List<Path> files;

  @Mixin
  OutOption out = new OutOption("Output folder (see above).");

  @Mixin
  FormatOption format = new FormatOption(
      "What to print: table, csv, json or html (default: ${DEFAULT-VALUE}). Files are written in every format.",
      Format.table,
      Format.csv,
      Format.json,
      Format.html);

  @Mixin
  ForceOption force = new ForceOption();

  @Mixin
  ThreadsOption threadsOption = new ThreadsOption(
      "Worker threads (default: the scenario's, else all cores). Results do not depend on it.");

  @Override
  public Integer call() {
    int threads = threadsOption.orElse(0);
    if (threads < 0) {
      throw new IllegalArgumentException(
          "option '--threads': " + threads + " is not allowed; expected 0 (all cores) or more");
    }
    RunPlan plan = RunPlan.of(files, out.dir);
    List<ScenarioSpec> specs = plan.specs();
    List<Path> dirs = plan.dirs();
    List<Path> planned = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Path d = dirs.get(i);
      RunReport.fileNames(specs.get(i)).forEach(n -> planned.add(d.resolve(n)));
    }
    OutputFiles.checkWritable(planned, force.force);

    List<ScenarioRun> runs = new ArrayList<>();
    try (Progress progress =
        new Progress(spec.commandLine().getErr(), Progress.isTerminal(), specs.size())) {
      for (ScenarioSpec s : specs) {
        progress.started(s.name() + ": " + String.format("%,d", s.simulation().paths()) + " paths");
        runs.add(ScenarioRun.of(s, threads, progress));
      }
    }
    OutputFiles files = new OutputFiles();
    for (int i = 0; i < runs.size(); i++) {
      Path d = dirs.get(i);
      RunReport.files(runs.get(i)).forEach((name, text) -> files.add(d.resolve(name), text));
    }
    files.write(force.force);
    Rows table = ResultReports.summaryRows(runs.stream().map(ScenarioRun::base).toList());
    for (Path d : dirs) {
      table.note("Wrote " + d.resolve(RunReport.REPORT_HTML)
          + " (and results.csv, results.json, fan charts)");
    }
    List<Rows> tables = new ArrayList<>(List.of(table));
    runs.forEach(r -> tables.addAll(RunReport.tables(r)));
    format.print(new Output()
        .tables(tables)
        .as(Format.csv, () -> runs.stream().map(RunReport::csv).collect(Collectors.joining()))
        // several scenarios: one JSON array, so the output stays one valid document; each element
        // is laid out as results.json is, at the left margin
        .as(
            Format.json,
            () -> runs.size() == 1
                ? RunReport.json(runs.get(0))
                : runs.stream()
                    .map(r -> Render.json(RunReport.jsonTree(r)))
                    .collect(Collectors.joining(",\n", "[\n", "\n]\n")))
        .as(Format.html, () -> runs.stream().map(RunReport::html).collect(Collectors.joining())));
    return Main.OK;
  }
}
