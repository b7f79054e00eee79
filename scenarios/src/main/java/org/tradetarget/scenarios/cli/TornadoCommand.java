package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Progress;
import org.tradetarget.scenarios.report.SensitivityReports;
import org.tradetarget.scenarios.run.NoEffect;
import org.tradetarget.scenarios.run.Sensitivity;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradetarget tornado}: which assumption matters most. */
@Command(
    name = "tornado",
    header = "Which assumption of a scenario matters most.",
    mixinStandardHelpOptions = true,
    description = {
      "Moves each assumption of the scenario's sensitivity section alone to the low and the high end of",
      "its range and shows the effect on P(met by the deadline) and the deadline median, largest first.",
      "Writes tornado.csv and tornado.html (the tornado charts and table, the scenario's report below) to",
      "--out DIR (default out/<scenario name>/)."
    })
final class TornadoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "1",
      paramLabel = "FILE",
      description = "A scenario file with a sensitivity section.")
  Path file;

  @Mixin
  OutOption out = new OutOption();

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Mixin
  ForceOption force = new ForceOption();

  @Override
  public Integer call() {
    ScenarioSpec s = ScenarioLoader.load(file);
    Path dir = out.dir != null ? out.dir : Path.of("out").resolve(s.name());
    List<Path> planned = List.of(dir.resolve("tornado.csv"), dir.resolve("tornado.html"));
    OutputFiles.checkWritable(planned, force.force);
    Sensitivity.Tornado t;
    try (Progress progress = new Progress(
        spec.commandLine().getErr(),
        Progress.isTerminal(),
        1 + 2 * s.sensitivity().size())) {
      t = Sensitivity.tornado(file, progress);
    }
    OutputFiles files = new OutputFiles();
    files.add(planned.get(0), SensitivityReports.tornadoCsv(t));
    files.add(planned.get(1), SensitivityReports.tornadoPage(t));
    files.write(force.force);
    for (String w : NoEffect.of(t)) {
      spec.commandLine().getErr().println("tradetarget tornado: warning: " + w);
    }
    format.print(new Output()
        .table(SensitivityReports.tornadoTable(t).note("Wrote " + planned.get(1)))
        .as(Format.csv, () -> SensitivityReports.tornadoCsv(t))
        .as(Format.json, () -> SensitivityReports.tornadoJson(t)));
    return Main.OK;
  }
}
