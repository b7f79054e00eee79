package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The kinds of {@link ModelKind} as text tables: wrapped help lines and the guide's Markdown table. */
final class KindTables {
  private KindTables() {}

  /**
   * The kinds as lines for a help text, wrapped to {@code width} columns: per kind its name, its
   * description, scale and fewest points, then its parameters ({@link ParameterSpec#summary}).
   */
  static List<String> help(int width) {
    int col =
        Arrays.stream(ModelKind.values()).mapToInt(k -> k.id().length()).max().orElse(0) + 4;
    String indent = " ".repeat(col);
    List<String> lines = new ArrayList<>();
    for (ModelKind k : ModelKind.values()) {
      String head = "  " + k.id() + " ".repeat(col - 2 - k.id().length());
      wrap(
          lines,
          head,
          indent,
          k.description() + "; " + k.scale().id() + " scale, " + k.minPointsText(),
          width);
      String ps = k.parameters().isEmpty()
          ? "no parameters"
          : k.parameters().stream().map(ParameterSpec::summary).collect(Collectors.joining("; "));
      wrap(lines, indent, indent, ps, width);
    }
    return lines;
  }

  /** Appends {@code text} word by word, the first line after {@code first}, the others after {@code rest}. */
  private static void wrap(List<String> lines, String first, String rest, String text, int width) {
    StringBuilder line = new StringBuilder(first);
    int start = line.length();
    for (String word : text.split(" ", -1)) {
      if (line.length() > start && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        start = line.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
  }

  /**
   * The kinds as a Markdown table (README's "Model kinds"): kind, scale, fewest points with
   * default parameters, parameters with meaning, unit, bounds and default, and the description.
   */
  static String markdown() {
    StringBuilder sb = new StringBuilder(
        "| kind | scale | min points | parameters | description | parameter uncertainty |\n"
            + "|---|---|---|---|---|---|" + "\n");
    for (ModelKind k : ModelKind.values()) {
      String ps = k.parameters().isEmpty()
          ? "none"
          : k.parameters().stream()
              .map(p -> "`" + p.summary().replaceFirst(" ", "` "))
              .collect(Collectors.joining("; "));
      sb.append("| `")
          .append(k.id())
          .append("` | ")
          .append(k.scale().id())
          .append(" | ")
          .append(k.minPointsText())
          .append(" | ")
          .append(ps)
          .append(" | ")
          .append(k.description())
          .append(" | ")
          .append(k.parameterUncertainty())
          .append(" |\n");
    }
    return sb.toString();
  }
}
