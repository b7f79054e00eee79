package org.tradetarget.scenarios.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the {@code sensitivity} section: dotted path → [low, high]. Each end is checked by switching
 * it into the scenario alone; only a problem that the end itself causes (one the scenario without
 * it does not have) is reported, at the end, so a mistake elsewhere is reported once, where it is.
 */
final class SensitivityBinder {
  private SensitivityBinder() {}

  /**
   * The paths of the ranges, in file order.
   *
   * @param base the problems of the scenario as written, without its sensitivity section
   */
  static List<String> bind(
      Path file, YNode.Map root, List<Path> chain, Set<String> base, Scalars s) {
    YNode.Map m = s.map(root, "sensitivity", "");
    List<String> paths = new ArrayList<>();
    if (m == null) {
      return paths;
    }
    YNode.Map plain = root.without("sensitivity");
    Set<String> known = new HashSet<>(base);
    for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
      String where = "sensitivity." + e.getKey();
      YNode v = e.getValue().value();
      if (!(v instanceof YNode.Seq seq) || seq.items().size() != 2) {
        s.problem(
            v, where, v.describe() + " is not allowed; expected [low, high], e.g. [0.0, 0.1]");
        continue;
      }
      if (e.getKey().startsWith("sensitivity") || e.getKey().equals("name")) {
        s.problems().at(e.getValue().keyOrigin(), where, "cannot vary this key");
        continue;
      }
      List<String> path = List.of(e.getKey().split("\\."));
      for (YNode end : seq.items()) {
        for (String p : ScenarioLoader.problemsOf(file, plain.with(path, end), chain)) {
          if (!known.contains(p)) {
            s.problem(
                end, where, YNode.show(end) + " is not allowed there: " + Problems.withoutPlace(p));
          }
        }
      }
      paths.add(e.getKey());
    }
    return paths;
  }
}
