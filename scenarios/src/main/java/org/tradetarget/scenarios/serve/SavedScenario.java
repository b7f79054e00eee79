package org.tradetarget.scenarios.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.tradetarget.scenarios.io.YNode;
import org.tradetarget.scenarios.report.Render;

/**
 * Writes the scenario file the explorer saves: a header comment, its name and description, {@code
 * extends} naming the explored file, and the overrides as nested YAML keys.
 */
final class SavedScenario {
  private static final Pattern PLAIN_YAML_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private SavedScenario() {}

  /**
   * The file's text.
   *
   * @param fileName the explored file's name, which the saved file extends
   * @param savedName the saved scenario's name
   * @param baseName the explored scenario's name, for the description
   * @param o the overrides, dotted path to value (null: YAML null, unset)
   */
  static String yaml(String fileName, String savedName, String baseName, Map<String, YNode> o) {
    Map<String, Object> nested = new LinkedHashMap<>();
    for (Map.Entry<String, YNode> e : o.entrySet()) {
      String[] parts = e.getKey().split("\\.", -1);
      Map<String, Object> at = nested;
      for (int k = 0; k < parts.length - 1; k++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> next = (Map<String, Object>)
            at.computeIfAbsent(parts[k], x -> new LinkedHashMap<String, Object>());
        at = next;
      }
      at.put(parts[parts.length - 1], e.getValue());
    }
    StringBuilder y = new StringBuilder();
    y.append("# Saved from 'tradetarget serve ")
        .append(fileName)
        .append("': the scenario of ")
        .append(fileName)
        .append(" with the values below changed.\n");
    y.append("# Keep this file beside ")
        .append(fileName)
        .append(" (it extends it by that name).\n");
    y.append("name: ").append(savedName).append('\n');
    StringBuilder what = new StringBuilder();
    for (Map.Entry<String, YNode> e : o.entrySet()) {
      what.append(what.length() == 0 ? "" : "; ")
          .append(e.getKey())
          .append(" = ")
          .append(YNode.show(e.getValue()));
    }
    y.append("description: ")
        .append(quote(baseName + (o.isEmpty() ? " unchanged" : " with " + what)))
        .append('\n');
    y.append("extends: ").append(quote(fileName)).append('\n');
    yaml(y, nested, 0);
    return y.toString();
  }

  private static void yaml(StringBuilder y, Map<String, Object> m, int indent) {
    for (Map.Entry<String, Object> e : m.entrySet()) {
      y.append("  ".repeat(indent)).append(key(e.getKey())).append(':');
      if (e.getValue() instanceof Map<?, ?> child) {
        y.append('\n');
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) child;
        yaml(y, c, indent + 1);
      } else {
        y.append(' ').append(value((YNode) e.getValue())).append('\n');
      }
    }
  }

  private static String key(String k) {
    return PLAIN_YAML_KEY.matcher(k).matches() ? k : quote(k);
  }

  private static String value(YNode n) {
    if (n == null) {
      return "null";
    }
    if (n instanceof YNode.Seq s) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < s.items().size(); i++) {
        b.append(i > 0 ? ", " : "").append(value(s.items().get(i)));
      }
      return b.append(']').toString();
    }
    YNode.Scalar s = (YNode.Scalar) n;
    if (s.isNull()) {
      return "null";
    }
    String t = s.text();
    boolean plain = DECIMAL.matcher(t).matches() || t.equals("true") || t.equals("false");
    return plain ? t : quote(t);
  }

  /** A YAML double-quoted scalar (JSON escapes are valid YAML). */
  private static String quote(String s) {
    return Render.json(Render.node(s));
  }
}
