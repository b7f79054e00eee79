package org.tradetarget.scenarios.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradetarget.scenarios.io.Origin;
import org.tradetarget.scenarios.io.YNode;

/**
 * A request body of the explorer read into overrides: dotted paths into the scenario with their
 * values, each path checked against what a request may change.
 */
final class ExplorerRequest {
  /** The most overrides one request may carry. */
  static final int MAX_OVERRIDES = 200;

  /** Where override values come from, for messages; its place prefix is dropped from problems. */
  static final Origin OVERRIDE = new Origin(Path.of("override"), 0, 0);

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_ ,/&-]*");
  static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

  private ExplorerRequest() {}

  /**
   * Reads a request body, a JSON object of dotted path → value, into overrides in the order given.
   * A value is a number, text, true/false, a list of those, or null (remove the key, back to its
   * default).
   *
   * @throws IllegalArgumentException naming the bad key or value and what is allowed
   */
  static Map<String, YNode> overrides(String body, int paths) {
    Object v = body == null || body.isBlank() ? Map.of() : JsonIn.parse(body);
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(
          "the request body must be a JSON object of dotted path to value, e.g. "
              + "{\"assumed_deadline\": 2028}");
    }
    if (m.size() > MAX_OVERRIDES) {
      throw new IllegalArgumentException(
          "a request may carry at most " + MAX_OVERRIDES + " overrides, got " + m.size());
    }
    Map<String, YNode> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String path = (String) e.getKey();
      checkPath(path);
      for (String other : out.keySet()) {
        if (path.startsWith(other + ".") || other.startsWith(path + ".")) {
          throw new IllegalArgumentException(
              "overrides '" + other + "' and '" + path + "' overlap; give each value once");
        }
      }
      YNode node = node(path, e.getValue());
      if (path.equals("simulation.paths") && node instanceof YNode.Scalar s && !s.isNull()) {
        String t = s.text().replace("_", "");
        if (INTEGER.matcher(t).matches() && (t.length() > 10 || Long.parseLong(t) > paths)) {
          throw new IllegalArgumentException(
              "simulation.paths: " + s.text() + " is not allowed; this explorer runs at most "
                  + paths + " paths (start it with --paths N for more)");
        }
      }
      out.put(path, node);
    }
    return out;
  }

  private static void checkPath(String path) {
    String[] parts = path.split("\\.", -1);
    for (String p : parts) {
      if (!KEY.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "override '" + path + "' is not allowed; expected a dotted path into the "
                + "scenario, e.g. levers.phnom-penh-bavet-expressway.delay_mean_years");
      }
    }
    Set<String> fixed = Set.of("extends", "name", "description", "sensitivity");
    if (fixed.contains(parts[0])) {
      throw new IllegalArgumentException(
          "override '" + path + "' is not allowed; " + parts[0] + " is fixed by the scenario file");
    }
    if (parts.length >= 3 && parts[0].equals("corridors") && parts[2].equals("data")) {
      throw new IllegalArgumentException(
          "override '" + path + "' is not allowed; the explorer reads no file a request "
              + "names (set data in the scenario file)");
    }
    if (path.equals("simulation.threads") || path.startsWith("simulation.threads.")) {
      throw new IllegalArgumentException(
          "override '" + path + "' is not allowed; results do not depend on threads");
    }
  }

  private static YNode node(String path, Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?>) {
      throw new IllegalArgumentException(
          "override '" + path + "': a mapping is not allowed; give each key by its own "
              + "dotted path, e.g. \"" + path + ".probability\": 0.1");
    }
    if (v instanceof List<?> l) {
      List<YNode> items = new ArrayList<>();
      for (Object o : l) {
        YNode n = node(path, o);
        items.add(n == null ? new YNode.Scalar("", true, OVERRIDE) : n);
      }
      return new YNode.Seq(items, OVERRIDE);
    }
    return new YNode.Scalar(v.toString(), false, OVERRIDE);
  }
}
