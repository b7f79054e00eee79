package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.report.BasisReports;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.HtmlReport;
import org.tradetarget.scenarios.report.OddsReports;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.ResultReports;
import org.tradetarget.scenarios.report.Rows;
import org.tradetarget.scenarios.run.OddsByBasis;
import org.tradetarget.scenarios.run.OddsByModel;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;
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
    List<ScenarioSpec> specs = new ArrayList<>();
    for (Path f : files) {
      specs.add(ScenarioLoader.load(f));
    }
    Set<String> names = new LinkedHashSet<>();
    for (ScenarioSpec s : specs) {
      if (!names.add(s.name()) && files.size() > 1) {
        throw new IllegalArgumentException(
            "two scenarios are named '" + s.name() + "'; their outputs would collide");
      }
    }
    List<Path> dirs = new ArrayList<>();
    for (ScenarioSpec s : specs) {
      Path base = out.dir != null ? out.dir : Path.of("out");
      dirs.add(out.dir != null && specs.size() == 1 ? base : base.resolve(s.name()));
    }
    List<Path> planned = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      planned.addAll(plannedFiles(dirs.get(i), specs.get(i)));
    }
    OutputFiles.checkWritable(planned, force.force);

    List<ScenarioResult> results = new ArrayList<>();
    List<Optional<OddsByModel>> odds = new ArrayList<>();
    List<OddsByBasis> bases = new ArrayList<>();
    try (Progress progress =
        new Progress(spec.commandLine().getErr(), Progress.isTerminal(), specs.size())) {
      for (ScenarioSpec s : specs) {
        progress.started(s.name() + ": " + String.format("%,d", s.simulation().paths()) + " paths");
        List<PreparedCorridor> prepared = org.tradetarget.scenarios.run.ScenarioPreparer.prepare(s);
        results.add(ScenarioRunner.run(s, prepared, threads, progress));
        odds.add(oddsByModel(s, prepared, threads));
        bases.add(OddsByBasis.of(s, prepared, threads));
      }
    }
    OutputFiles files = new OutputFiles();
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      Path d = dirs.get(i);
      files.add(d.resolve("results.csv"), csv(r, odds.get(i), bases.get(i)));
      files.add(d.resolve("results.json"), json(r, odds.get(i), bases.get(i)));
      files.add(d.resolve("report.html"), html(r, odds.get(i), bases.get(i)));
      List<String> ids = ResultReports.corridorIds(r);
      for (int k = 0; k < ids.size(); k++) {
        files.add(d.resolve("fan-" + ids.get(k) + ".svg"), ResultReports.fanSvg(r, k));
      }
    }
    files.write(force.force);
    Rows table = ResultReports.summaryRows(results);
    for (int i = 0; i < results.size(); i++) {
      table.note("Wrote " + dirs.get(i).resolve("report.html")
          + " (and results.csv, results.json, fan charts)");
    }
    List<Rows> tables = new ArrayList<>(List.of(table));
    for (int i = 0; i < results.size(); i++) {
      if (odds.get(i).isPresent()) {
        tables.addAll(OddsReports.tables(results.get(i), odds.get(i).get()));
      }
      tables.addAll(BasisReports.tables(results.get(i), bases.get(i)));
    }
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      index.add(i);
    }
    format.print(new Output()
        .tables(tables)
        .as(
            Format.csv,
            () -> index.stream()
                .map(i -> csv(results.get(i), odds.get(i), bases.get(i)))
                .collect(Collectors.joining()))
        // several scenarios: one JSON array, so the output stays one valid document; each element
        // is laid
        // out as results.json is, at the left margin
        .as(
            Format.json,
            () -> results.size() == 1
                ? json(results.get(0), odds.get(0), bases.get(0))
                : index.stream()
                    .map(i -> Render.json(jsonTree(results.get(i), odds.get(i), bases.get(i))))
                    .collect(Collectors.joining(",\n", "[\n", "\n]\n")))
        .as(
            Format.html,
            () -> index.stream()
                .map(i -> html(results.get(i), odds.get(i), bases.get(i)))
                .collect(Collectors.joining())));
    return Main.OK;
  }

  /** The odds under each model kind, unless the scenario switches them off. */
  private static Optional<OddsByModel> oddsByModel(
      ScenarioSpec s, List<PreparedCorridor> prepared, int threads) {
    return s.outputs().oddsByModel()
        ? Optional.of(OddsByModel.of(s, prepared, threads))
        : Optional.empty();
  }

  private static String csv(ScenarioResult r, Optional<OddsByModel> o, OddsByBasis b) {
    return (o.isPresent() ? OddsReports.csv(r, o.get()) : ResultReports.csv(r))
        + BasisReports.csvTail(r, b);
  }

  private static String json(ScenarioResult r, Optional<OddsByModel> o, OddsByBasis b) {
    if (b.isEmpty()) {
      return o.isPresent() ? OddsReports.json(r, o.get()) : ResultReports.json(r);
    }
    return Render.json(jsonTree(r, o, b)) + "\n";
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode jsonTree(
      ScenarioResult r, Optional<OddsByModel> o, OddsByBasis b) {
    return BasisReports.addTo(
        o.isPresent() ? OddsReports.jsonTree(r, o.get()) : ResultReports.jsonTree(r), b);
  }

  private static String html(ScenarioResult r, Optional<OddsByModel> o, OddsByBasis b) {
    List<String> sections = new ArrayList<>();
    o.ifPresent(x -> sections.add(OddsReports.html(r, x)));
    if (!b.isEmpty()) {
      sections.add(BasisReports.html(r, b));
    }
    return sections.isEmpty() ? HtmlReport.render(r) : HtmlReport.render(r, sections);
  }

  private static List<Path> plannedFiles(Path dir, ScenarioSpec s) {
    List<Path> p = new ArrayList<>(List.of(
        dir.resolve("results.csv"), dir.resolve("results.json"), dir.resolve("report.html")));
    s.corridors().forEach(c -> p.add(dir.resolve("fan-" + c.corridor().id() + ".svg")));
    return p;
  }
}
