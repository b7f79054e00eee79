package org.tradetarget.scenarios.io;

import java.util.List;

/**
 * YAML syntax errors in plain words. The parser's own wording ("mapping values are not allowed
 * here", "expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'") names its grammar, not the
 * mistake; most such errors in a hand-edited scenario are an indentation slip or a tab, which this
 * class recognises from the text around the error and words as such. The parser's words follow in
 * parentheses for those who know YAML.
 */
final class YamlSyntax {
  private YamlSyntax() {}

  /**
   * The explanation of a syntax error.
   *
   * @param text the file's text
   * @param line the 0-based line of the error
   * @param problem the parser's description
   */
  static String explain(String text, int line, String problem) {
    List<String> lines = text.lines().toList();
    if (line < 0 || line >= lines.size()) {
      return problem;
    }
    String here = lines.get(line);
    int tab = leading(here).indexOf('\t');
    if (tab >= 0) {
      return "line " + (line + 1) + " is indented with a tab; YAML indents with spaces only"
          + " (YAML: " + problem + ")";
    }
    int above = previousContent(lines, line);
    if (above >= 0 && !blank(here)) {
      int d = indent(here) - indent(lines.get(above));
      boolean opens = lines.get(above).stripTrailing().endsWith(":");
      if ((d > 0 && !opens) || (d < 0 && !isOpenLevel(lines, line))) {
        int n = Math.abs(d);
        return "line " + (line + 1) + " is indented " + n + (n == 1 ? " space " : " spaces ")
            + (d > 0 ? "more" : "less") + " than line " + (above + 1) + " above it; keys of one"
            + " mapping start in the same column, and a nested one further right only under a key"
            + " that ends with ':' (YAML: " + problem + ")";
      }
    }
    return problem + "; check the quotes, brackets and the space after each ':' on this line";
  }

  /** Whether the line's indentation equals that of some enclosing block above it. */
  private static boolean isOpenLevel(List<String> lines, int line) {
    int want = indent(lines.get(line));
    int level = Integer.MAX_VALUE;
    for (int i = line - 1; i >= 0; i--) {
      if (blank(lines.get(i))) {
        continue;
      }
      int ind = indent(lines.get(i));
      if (ind < level) {
        if (ind == want) {
          return true;
        }
        level = ind;
      }
    }
    return want == 0;
  }

  private static int previousContent(List<String> lines, int line) {
    for (int i = line - 1; i >= 0; i--) {
      if (!blank(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean blank(String l) {
    String s = l.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static String leading(String l) {
    int i = 0;
    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    return l.substring(0, i);
  }

  private static int indent(String l) {
    int i = 0;
    while (i < l.length() && l.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
