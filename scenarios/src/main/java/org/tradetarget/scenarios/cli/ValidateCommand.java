package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.scenarios.io.ScenarioException;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ScenarioPreparer;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradetarget validate}: checks scenario files without simulating. */
@Command(
    name = "validate",
    header = "Checks scenario files without running them.",
    mixinStandardHelpOptions = true,
    description = {
      "Checks scenario files without running them: every key and value, the data files, and that each",
      "corridor's model can be fitted. Every problem is reported, each as file:line:column: path: problem."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.yaml).")
  List<Path> files;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    var out = spec.commandLine().getOut();
    for (Path f : files) {
      try {
        ScenarioSpec s = ScenarioLoader.load(f);
        List<PreparedCorridor> p = ScenarioPreparer.prepare(s);
        StringBuilder sb = new StringBuilder("ok: " + f + " (" + s.name() + "):");
        for (PreparedCorridor c : p) {
          sb.append(' ')
              .append(c.spec().corridor().id())
              .append(' ')
              .append(c.calibration().kind().id())
              .append(" to ")
              .append(c.deadline())
              .append(c.deadlineAssumed() ? " (assumed)" : "")
              .append(';');
        }
        out.println(sb.substring(0, sb.length() - 1));
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return Main.OK;
  }
}
