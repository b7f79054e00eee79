package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.report.HtmlReport;
import org.tradetarget.scenarios.report.ResultReports;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      "--out DIR (one file) or DIR/<scenario name>/ (several); default out/<scenario name>/."
    })
final class RunCommand implements Callable<Integer> {
  /** What to print on standard output. */
  enum Format {
    table,
    csv,
    json,
    html
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.yaml).")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (see above).")
  Path out;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "What to print: table, csv, json or html (default: ${DEFAULT-VALUE}). Files are written in every format.")
  Format format;

  @Option(names = "--force", description = "Overwrite existing output files.")
  boolean force;

  @Option(names = "--threads", paramLabel = "K", defaultValue = "0",
      description = "Worker threads (default: the scenario's, else all cores). Results do not depend on it.")
  int threads;

  @Override
  public Integer call() {
    if (threads < 0) {
      throw new IllegalArgumentException("option '--threads': " + threads + " is not allowed; expected 0 (all cores) or more");
    }
    List<ScenarioSpec> specs = new ArrayList<>();
    for (Path f : files) {
      specs.add(ScenarioLoader.load(f));
    }
    Set<String> names = new LinkedHashSet<>();
    for (ScenarioSpec s : specs) {
      if (!names.add(s.name()) && files.size() > 1) {
        throw new IllegalArgumentException("two scenarios are named '" + s.name() + "'; their outputs would collide");
      }
    }
    List<Path> dirs = new ArrayList<>();
    for (ScenarioSpec s : specs) {
      Path base = out != null ? out : Path.of("out");
      dirs.add(out != null && specs.size() == 1 ? base : base.resolve(s.name()));
    }
    List<Path> planned = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      planned.addAll(plannedFiles(dirs.get(i), specs.get(i)));
    }
    OutputFiles.checkWritable(planned, force);

    List<ScenarioResult> results = new ArrayList<>();
    try (Progress progress = new Progress(spec.commandLine().getErr(), Progress.isTerminal(), specs.size())) {
      for (ScenarioSpec s : specs) {
        progress.started(s.name() + ": " + String.format("%,d", s.simulation().paths()) + " paths");
        results.add(ScenarioRunner.run(s, org.tradetarget.scenarios.run.ScenarioPreparer.prepare(s), threads, progress));
      }
    }
    OutputFiles files = new OutputFiles();
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      Path d = dirs.get(i);
      files.add(d.resolve("results.csv"), ResultReports.csv(r));
      files.add(d.resolve("results.json"), ResultReports.json(r));
      files.add(d.resolve("report.html"), HtmlReport.render(r));
      List<String> ids = ResultReports.corridorIds(r);
      for (int k = 0; k < ids.size(); k++) {
        files.add(d.resolve("fan-" + ids.get(k) + ".svg"), ResultReports.fanSvg(r, k));
      }
    }
    files.write();
    var stdout = spec.commandLine().getOut();
    switch (format) {
      case csv -> results.forEach(r -> stdout.print(ResultReports.csv(r)));
      case json -> {
        if (results.size() == 1) {
          stdout.print(ResultReports.json(results.get(0)));
        } else {
          // several scenarios: one JSON array, so the output stays one valid document
          stdout.println("[");
          for (int i = 0; i < results.size(); i++) {
            stdout.print(ResultReports.json(results.get(i)).stripTrailing());
            stdout.println(i + 1 < results.size() ? "," : "");
          }
          stdout.println("]");
        }
      }
      case html -> results.forEach(r -> stdout.print(HtmlReport.render(r)));
      default -> {
        stdout.print(ResultReports.summaryTable(results));
        for (int i = 0; i < results.size(); i++) {
          stdout.println("Wrote " + dirs.get(i).resolve("report.html") + " (and results.csv, results.json, fan charts)");
        }
      }
    }
    return Main.OK;
  }

  private static List<Path> plannedFiles(Path dir, ScenarioSpec s) {
    List<Path> p = new ArrayList<>(List.of(dir.resolve("results.csv"), dir.resolve("results.json"), dir.resolve("report.html")));
    s.corridors().forEach(c -> p.add(dir.resolve("fan-" + c.corridor().id() + ".svg")));
    return p;
  }
}
