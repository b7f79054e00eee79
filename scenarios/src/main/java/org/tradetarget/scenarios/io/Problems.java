package org.tradetarget.scenarios.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found in a scenario, each one line {@code file:line:column: path: problem}: collected
 * (the same line only once), sorted by place so that they read top to bottom, and thrown together
 * as one {@link ScenarioException}. Also the "did you mean" of a name one or two edits away from a
 * valid one.
 */
final class Problems {
  private static final Pattern PLACE = Pattern.compile("^(.*?):(\\d+):(\\d+): ");

  private final Set<String> lines = new LinkedHashSet<>();

  /** Adds a problem at a place: {@code origin: path: text}. */
  void at(Origin origin, String path, String text) {
    lines.add(origin + ": " + path + ": " + text);
  }

  /** Adds a problem already written as one line. */
  void add(String line) {
    lines.add(line);
  }

  /** Adds problems already written as lines. */
  void addAll(Collection<String> more) {
    lines.addAll(more);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The problems so far, in the order found. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** Throws every problem at once, in file order, if there is any. */
  void throwIfAny() {
    if (!lines.isEmpty()) {
      throw new ScenarioException(inFileOrder(lines));
    }
  }

  /** Problems sorted by file, line and column (those without a place first in their file). */
  static List<String> inFileOrder(Collection<String> problems) {
    List<String> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing((String p) -> place(p, 1))
        .thenComparingInt(p -> Integer.parseInt(place(p, 2)))
        .thenComparingInt(p -> Integer.parseInt(place(p, 3))));
    return sorted;
  }

  /** A problem line without its leading {@code file:line:column: }. */
  static String withoutPlace(String problem) {
    return problem.replaceFirst("^.*?:\\d+:\\d+: ", "");
  }

  private static String place(String problem, int group) {
    Matcher m = PLACE.matcher(problem);
    if (m.find()) {
      return m.group(group);
    }
    return group == 1 ? problem : "0";
  }

  /** " (did you mean 'x'?)" when a valid name is within edit distance 2, else "". */
  static String didYouMean(String bad, Collection<String> valid) {
    String best = closest(bad, valid);
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** The valid name closest to {@code bad} within edit distance 2 (case-insensitive), or null. */
  static String closest(String bad, Collection<String> valid) {
    String best = null;
    int bestD = 3;
    String b = bad == null ? "" : bad.toLowerCase(Locale.ROOT);
    for (String v : valid) {
      int d = distance(b, v.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    return best;
  }

  /** Whether {@code bad} is one edit (insertion, deletion or change) from a valid name. */
  static boolean oneEditFrom(String bad, Collection<String> valid) {
    String b = bad == null ? "" : bad.toLowerCase(Locale.ROOT);
    return valid.stream().anyMatch(v -> distance(b, v.toLowerCase(Locale.ROOT)) <= 1);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
