package org.tradetarget.scenarios.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.data.StrictNumbers;

/**
 * Typed readers over a {@link YNode.Map}: mappings, text, whole numbers, years, numbers in a range,
 * fractions, booleans and lists. A bad value adds a problem naming file:line:column, the YAML path,
 * the value and what is allowed, and the reader returns its default (or empty), so that binding goes
 * on and every problem of a file is found in one pass.
 */
final class Scalars {
  /** The years a scenario may name. */
  static final int FIRST_YEAR = 1900;
  /** The years a scenario may name. */
  static final int LAST_YEAR = 2200;

  private final Problems problems;

  Scalars(Problems problems) {
    this.problems = problems;
  }

  /** Where problems go. */
  Problems problems() {
    return problems;
  }

  /** Adds a problem at a node. */
  void problem(YNode at, String path, String text) {
    problems.at(at.origin(), path, text);
  }

  /** Whether a node is absent or YAML null. */
  static boolean absent(YNode v) {
    return v == null || (v instanceof YNode.Scalar s && s.isNull());
  }

  /** Adds an "unknown key" problem, with a "did you mean", for each key not in {@code valid}. */
  void checkKeys(YNode.Map m, String path, Set<String> valid) {
    for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
      if (!valid.contains(e.getKey())) {
        problems.at(
            e.getValue().keyOrigin(),
            path + e.getKey(),
            "unknown key; valid here: " + String.join(", ", new TreeSet<>(valid))
                + Problems.didYouMean(e.getKey(), valid));
      }
    }
  }

  /** A mapping value, or null when absent, null or not a mapping (the last is a problem). */
  YNode.Map map(YNode.Map m, String key, String path) {
    YNode v = m.get(key);
    if (absent(v)) {
      return null;
    }
    if (v instanceof YNode.Map mm) {
      return mm;
    }
    problem(v, path + key, v.describe() + " is not allowed; expected a mapping (key: value lines)");
    return null;
  }

  /** A text value, or {@code dflt}. */
  String string(YNode.Map m, String key, String path, String dflt) {
    YNode v = m.get(key);
    if (absent(v)) {
      return dflt;
    }
    String t = YNode.text(v);
    if (t == null) {
      problem(v, path + key, v.describe() + " is not allowed; expected text");
      return dflt;
    }
    return t;
  }

  /** A whole number in [lo, hi], or {@code dflt}. */
  int integer(YNode.Map m, String key, String path, int dflt, int lo, int hi) {
    YNode v = m.get(key);
    if (absent(v)) {
      return dflt;
    }
    Integer i = parseInt(v, path + key, lo, hi);
    return i == null ? dflt : i;
  }

  /** A whole number in [lo, hi], or empty. */
  OptionalInt optInt(YNode.Map m, String key, String path, int lo, int hi) {
    YNode v = m.get(key);
    if (absent(v)) {
      return OptionalInt.empty();
    }
    Integer i = parseInt(v, path + key, lo, hi);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** A calendar year, or empty. */
  OptionalInt year(YNode.Map m, String key, String path) {
    return optInt(m, key, path, FIRST_YEAR, LAST_YEAR);
  }

  /** A calendar year, or {@code dflt}. */
  int year(YNode.Map m, String key, String path, int dflt) {
    return integer(m, key, path, dflt, FIRST_YEAR, LAST_YEAR);
  }

  /** A node as a whole number in [lo, hi], or null (a problem). */
  Integer parseInt(YNode v, String path, int lo, int hi) {
    String t = YNode.text(v);
    if (t != null) {
      try {
        // digits 0-9 only: Long.parseLong would also take other scripts' digits
        long x = StrictNumbers.parseWhole(t.replace("_", ""), Long.MIN_VALUE, Long.MAX_VALUE);
        if (x >= lo && x <= hi) {
          return (int) x;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(
        v,
        path,
        v.describe() + " is not allowed; expected a whole number from " + lo + " to " + hi);
    return null;
  }

  /** A finite number, or empty. */
  OptionalDouble number(YNode.Map m, String key, String path) {
    return number(m, key, path, -Double.MAX_VALUE, Double.MAX_VALUE);
  }

  /** A number in [lo, hi], or empty. */
  OptionalDouble number(YNode.Map m, String key, String path, double lo, double hi) {
    YNode v = m.get(key);
    if (absent(v)) {
      return OptionalDouble.empty();
    }
    Double d = parseDouble(v, path + key, lo, hi);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /** A fraction in [0, 1], or empty. */
  OptionalDouble fraction(YNode.Map m, String key, String path) {
    return number(m, key, path, 0, 1);
  }

  /** A number &gt; 0, or empty. */
  OptionalDouble positive(YNode.Map m, String key, String path) {
    return number(m, key, path, Double.MIN_VALUE, Double.MAX_VALUE);
  }

  /** A node as a number in [lo, hi], or null (a problem). */
  Double parseDouble(YNode v, String path, double lo, double hi) {
    String t = YNode.text(v);
    if (t != null) {
      try {
        // no NaN, Infinity, hex or 100d / 1f suffixes, which Double.parseDouble would take
        double x = StrictNumbers.parseFinite(t.replace("_", ""));
        if (Double.isFinite(x) && x >= lo && x <= hi) {
          return x;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    String range = lo == Double.MIN_VALUE
        ? "a number > 0"
        : lo == -Double.MAX_VALUE
            ? "a finite number"
            : "a number from " + fmt(lo) + " to " + fmt(hi);
    problem(v, path, v.describe() + " is not allowed; expected " + range);
    return null;
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  /** {@code true} or {@code false}, or {@code dflt}. */
  boolean bool(YNode.Map m, String key, String path, boolean dflt) {
    YNode v = m.get(key);
    if (absent(v)) {
      return dflt;
    }
    String t = YNode.text(v);
    if ("true".equalsIgnoreCase(t)) {
      return true;
    }
    if ("false".equalsIgnoreCase(t)) {
      return false;
    }
    problem(v, path + key, v.describe() + " is not allowed; expected true or false");
    return dflt;
  }

  /** A list of calendar years, or empty; {@code example} shows the form in the message. */
  List<Integer> years(YNode.Map m, String key, String path, String example) {
    List<Integer> out = new ArrayList<>();
    YNode v = m.get(key);
    if (v == null) {
      return out;
    }
    if (!(v instanceof YNode.Seq s)) {
      problem(
          v,
          path + key,
          v.describe() + " is not allowed; expected a list of years, e.g. " + example);
      return out;
    }
    for (YNode item : s.items()) {
      Integer y = parseInt(item, path + key, FIRST_YEAR, LAST_YEAR);
      if (y != null) {
        out.add(y);
      }
    }
    return out;
  }

  /** A list of numbers in [lo, hi], or null when absent; {@code expected} says what is allowed. */
  List<Double> numbers(
      YNode.Map m, String key, String path, double lo, double hi, String expected) {
    YNode v = m.get(key);
    if (v == null) {
      return null;
    }
    List<Double> out = new ArrayList<>();
    if (!(v instanceof YNode.Seq s)) {
      problem(v, path + key, v.describe() + " is not allowed; expected " + expected);
      return null;
    }
    for (YNode item : s.items()) {
      Double d = parseDouble(item, path + key, lo, hi);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }
}
