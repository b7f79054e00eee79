package org.tradetarget.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.io.YNode;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * Side-by-side comparison of scenarios: which resolved values differ, and how the outcomes differ.
 * For two scenarios, each changed assumption is switched alone from the first scenario's value to
 * the second's (one at a time, the others kept at the first's) and the change in P(met by the
 * deadline) and in the deadline median is reported. One-at-a-time effects need not add up to the
 * total difference when assumptions interact.
 */
public final class ScenarioComparison {
  private static final Set<String> IGNORED = Set.of("name", "description", "extends");

  private ScenarioComparison() {}

  /**
   * A resolved value that differs between scenarios.
   *
   * @param path the dotted YAML path
   * @param values the value in each scenario, as text; a key a file leaves out shows the value its
   *     run used, marked as a default ({@link ValueInUse})
   */
  public record Difference(String path, List<String> values) {}

  /**
   * The effect of switching one assumption alone.
   *
   * @param path the dotted YAML path
   * @param corridor the corridor id
   * @param deltaPMet change in P(met by the deadline), second minus first
   * @param deltaMedian change in the deadline median, US$ million
   * @param error why the switch could not be run, or empty
   */
  public record Attribution(
      String path, String corridor, double deltaPMet, double deltaMedian, String error) {}

  /**
   * The comparison.
   *
   * @param results one run per scenario, in the order given
   * @param differences the differing resolved values
   * @param attributions one-at-a-time effects (two scenarios only)
   */
  public record Result(
      List<ScenarioResult> results, List<Difference> differences, List<Attribution> attributions) {}

  /** Compares scenario files. */
  public static Result compare(List<Path> files, ProgressListener progress) {
    List<YNode.Map> trees = new ArrayList<>();
    List<List<Path>> chains = new ArrayList<>();
    List<ScenarioResult> results = new ArrayList<>();
    for (Path f : files) {
      List<Path> chain = new ArrayList<>();
      YNode.Map tree = ScenarioLoader.resolvedTree(f, chain);
      trees.add(tree);
      chains.add(chain);
    }
    for (int i = 0; i < files.size(); i++) {
      ScenarioSpec spec = ScenarioLoader.check(files.get(i), trees.get(i), chains.get(i));
      progress.started(spec.name());
      results.add(ScenarioRunner.run(spec, progress));
    }
    List<Map<String, YNode>> leaves = trees.stream().map(YNode.Map::leaves).toList();
    Set<String> paths = new LinkedHashSet<>();
    leaves.forEach(l -> paths.addAll(l.keySet()));
    List<Difference> diffs = new ArrayList<>();
    for (String p : paths) {
      if (IGNORED.contains(p)) {
        continue;
      }
      List<String> vals = new ArrayList<>();
      for (int i = 0; i < leaves.size(); i++) {
        YNode n = leaves.get(i).get(p);
        vals.add(n == null ? ValueInUse.of(results.get(i), p) : YNode.show(n));
      }
      if (vals.stream().map(ScenarioComparison::bare).distinct().count() > 1) {
        diffs.add(new Difference(p, vals));
      }
    }
    List<Attribution> attributions = new ArrayList<>();
    if (files.size() == 2) {
      ScenarioResult base = results.get(0);
      Set<String> groups = new LinkedHashSet<>();
      diffs.forEach(d -> groups.add(group(d.path(), trees)));
      for (String g : groups) {
        List<String> gp = Arrays.asList(g.split("\\."));
        YNode value = trees.get(1).at(gp);
        YNode.Map switched = trees.get(0).with(gp, value);
        Difference d = new Difference(
            g,
            List.of(show(trees.get(0).at(gp), results.get(0), g), show(value, results.get(1), g)));
        progress.started(
            base.spec().name() + " with " + d.path() + " = " + d.values().get(1));
        try {
          ScenarioSpec spec = ScenarioLoader.check(files.get(0), switched, chains.get(0));
          ScenarioResult r = ScenarioRunner.run(spec, progress);
          Map<String, OutlookResult> by = new LinkedHashMap<>();
          r.summaries().forEach(s -> by.put(s.name(), s));
          for (OutlookResult s0 : base.summaries()) {
            OutlookResult s1 = by.get(s0.name());
            if (s1 != null) {
              attributions.add(new Attribution(
                  d.path(), s0.name(), s1.pMet() - s0.pMet(), s1.median() - s0.median(), ""));
            }
          }
        } catch (RuntimeException e) {
          attributions.add(new Attribution(
              d.path(),
              "",
              Double.NaN,
              Double.NaN,
              e.getMessage() == null
                  ? e.toString()
                  : e.getMessage().lines().findFirst().orElse("")));
        }
      }
    }
    return new Result(results, diffs, attributions);
  }

  /**
   * The assumption a resolved value belongs to: values that only make sense together (a shock
   * distribution and its df, a jump's probability and size, a model kind and its parameters, a
   * target's value and deadline, the correlations) are switched together.
   */
  static String group(String path, List<YNode.Map> trees) {
    String[] p = path.split("\\.", -1);
    if (p[0].equals("levers") && p.length > 2) {
      // a lever one scenario leaves out is added (or removed) whole, with all its settings
      List<String> lever = List.of("levers", p[1]);
      if (trees.stream().anyMatch(t -> t.at(lever) == null)) {
        return "levers." + p[1];
      }
    }
    return group(path);
  }

  static String group(String path) {
    String[] p = path.split("\\.", -1);
    if (p[0].equals("simulation")
        && p.length > 1
        && Set.of("shocks", "jumps", "correlation").contains(p[1])) {
      return "simulation." + p[1];
    }
    if (p[0].equals("model")) {
      return "model";
    }
    if (p[0].equals("corridors") && p.length > 2 && Set.of("model", "target").contains(p[2])) {
      return "corridors." + p[1] + "." + p[2];
    }
    return path;
  }

  private static String show(YNode n, ScenarioResult r, String path) {
    return n == null ? ValueInUse.of(r, path) : YNode.show(n);
  }

  /**
   * A shown value without its mark ({@code 0.02 (default)} is {@code 0.02}), numbers in one form
   * ({@code 0.10} is {@code 0.1}), so that a key one file writes at the value another leaves to the
   * default is no difference.
   */
  static String bare(String shown) {
    String v = shown;
    for (String mark : List.of(ValueInUse.DEFAULT, ValueInUse.FITTED)) {
      if (v.endsWith(" " + mark)) {
        v = v.substring(0, v.length() - mark.length() - 1);
      }
    }
    try {
      return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return v;
    }
  }
}
