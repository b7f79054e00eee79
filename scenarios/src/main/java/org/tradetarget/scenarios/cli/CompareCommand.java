package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.scenarios.report.ComparisonPage;
import org.tradetarget.scenarios.report.ComparisonTables;
import org.tradetarget.scenarios.report.Progress;
import org.tradetarget.scenarios.run.ScenarioComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradetarget compare}: scenarios side by side. */
@Command(
    name = "compare",
    header = "Scenarios side by side, with the effect of each changed assumption.",
    mixinStandardHelpOptions = true,
    description = {
      "Compares scenarios side by side: which resolved assumptions differ, and P(met by the deadline) and the",
      "deadline median per corridor in each. For two scenarios, each changed assumption is switched alone",
      "(one at a time, from the first scenario's value to the second's) and its effect is shown. A key a",
      "file leaves out shows the value its run used, marked (default). With --out DIR also writes",
      "compare.html: a chart per corridor of each assumption's effect on the odds, then the tables."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "2..*",
      paramLabel = "FILE",
      description = "Scenario files (.yaml), at least two.")
  List<Path> files;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Mixin
  OutOption out = new OutOption("Also write compare.html to this folder.");

  @Mixin
  ForceOption force = new ForceOption();

  @Override
  public Integer call() {
    ScenarioComparison.Result c;
    List<Path> page = out.dir == null ? List.of() : List.of(out.dir.resolve("compare.html"));
    OutputFiles.checkWritable(page, force.force);
    try (Progress progress =
        new Progress(spec.commandLine().getErr(), Progress.isTerminal(), files.size())) {
      c = ScenarioComparison.compare(files, progress);
    }
    OutputFiles written = new OutputFiles();
    page.forEach(f -> written.add(f, ComparisonPage.html(c)));
    written.write(force.force);
    format.print(ComparisonTables.output(c));
    return Main.OK;
  }
}
