package org.tradetarget.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * The scenarios {@code run} is given, loaded, and the folder each one's files go to: the output
 * folder itself for one scenario, a subfolder named after each scenario for several ({@code out/}
 * when no folder is given).
 *
 * @param specs the scenarios, in the order given
 * @param dirs each scenario's output folder
 */
public record RunPlan(List<ScenarioSpec> specs, List<Path> dirs) {
  /** Copies the lists. */
  public RunPlan {
    specs = List.copyOf(specs);
    dirs = List.copyOf(dirs);
  }

  /**
   * Loads the scenario files and places their outputs.
   *
   * @param outDir the folder given, or null
   * @throws IllegalArgumentException when two of several scenarios share a name
   */
  public static RunPlan of(List<Path> files, Path outDir) {
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
      Path base = outDir != null ? outDir : Path.of("out");
      dirs.add(outDir != null && specs.size() == 1 ? base : base.resolve(s.name()));
    }
    return new RunPlan(specs, dirs);
  }
}
