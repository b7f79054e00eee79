package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.data.InvalidInputException;

/**
 * One parameter of a model kind: its name, meaning, unit, type and allowed range, the single source
 * for {@link ModelKind#checkParameters}, the calibrators' reads and the help and README tables.
 *
 * <p>Bounds: a value v is allowed when {@code min <= v <= max}, with {@code >} instead of {@code >=}
 * when {@code minOpen} and {@code <} instead of {@code <=} when {@code maxOpen}; an infinite bound
 * means no bound (the value must still be finite). Values are read as by {@link ModelParams}: {@link
 * Double#parseDouble} for numbers, {@link Integer#parseInt} for whole numbers, {@code true} or
 * {@code false} (any case) for booleans.
 *
 * @param name the parameter name, e.g. {@code rate}
 * @param meaning a short phrase, e.g. "growth rate per step"
 * @param unit the unit, e.g. "fraction per step (0.1 = +10 %)"; empty when it has none
 * @param type number, whole number or boolean
 * @param min the lower bound ({@link Double#NEGATIVE_INFINITY} for none)
 * @param minOpen whether the lower bound itself is excluded
 * @param max the upper bound ({@link Double#POSITIVE_INFINITY} for none)
 * @param maxOpen whether the upper bound itself is excluded
 * @param defaultText what applies when the parameter is not given, e.g. "5" or "fitted"; empty when
 *     the parameter is required
 * @param required whether the kind cannot run without it
 * @param words scenario-level words accepted in place of a value and replaced before the fit (e.g.
 *     {@code required} for constant-growth's rate, the growth the target needs); a word is valid here
 *     but never reaches a calibrator
 */
public record ParameterSpec(
    String name,
    String meaning,
    String unit,
    Type type,
    double min,
    boolean minOpen,
    double max,
    boolean maxOpen,
    String defaultText,
    boolean required,
    List<String> words) {

  /** The kind of value a parameter takes. */
  public enum Type {
    /** A finite decimal number. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A file path (any non-empty text; the calibrator reads the file). */
    PATH
  }

  /** Checks the fields. */
  public ParameterSpec {
    if (!(min <= max) || Double.isNaN(min) || Double.isNaN(max)) {
      throw new IllegalArgumentException(
          "parameter " + name + ": bounds [" + min + ", " + max + "]");
    }
    words = List.copyOf(words);
  }

  /** A number parameter with no bounds, optional, with the given default text. */
  public static ParameterSpec number(String name, String meaning, String unit, String defaultText) {
    return new ParameterSpec(
        name,
        meaning,
        unit,
        Type.NUMBER,
        Double.NEGATIVE_INFINITY,
        false,
        Double.POSITIVE_INFINITY,
        false,
        defaultText,
        false,
        List.of());
  }

  /** A whole-number parameter in [lo, hi], optional, default {@code dflt}. */
  public static ParameterSpec integer(
      String name, String meaning, String unit, int lo, int hi, int dflt) {
    return new ParameterSpec(
        name,
        meaning,
        unit,
        Type.INTEGER,
        lo,
        false,
        hi,
        false,
        Integer.toString(dflt),
        false,
        List.of());
  }

  /** A boolean parameter, optional, default {@code dflt}. */
  public static ParameterSpec bool(String name, String meaning, boolean dflt) {
    return new ParameterSpec(
        name,
        meaning,
        "",
        Type.BOOLEAN,
        Double.NEGATIVE_INFINITY,
        false,
        Double.POSITIVE_INFINITY,
        false,
        Boolean.toString(dflt),
        false,
        List.of());
  }

  /** A file path parameter, required. */
  public static ParameterSpec path(String name, String meaning) {
    return new ParameterSpec(
        name,
        meaning,
        "",
        Type.PATH,
        Double.NEGATIVE_INFINITY,
        false,
        Double.POSITIVE_INFINITY,
        false,
        "",
        true,
        List.of());
  }

  /** A copy with the lower bound {@code v >= lo}. */
  public ParameterSpec atLeast(double lo) {
    return new ParameterSpec(
        name, meaning, unit, type, lo, false, max, maxOpen, defaultText, required, words);
  }

  /** A copy with the lower bound {@code v > lo}. */
  public ParameterSpec above(double lo) {
    return new ParameterSpec(
        name, meaning, unit, type, lo, true, max, maxOpen, defaultText, required, words);
  }

  /** A copy with the upper bound {@code v <= hi}. */
  public ParameterSpec atMost(double hi) {
    return new ParameterSpec(
        name, meaning, unit, type, min, minOpen, hi, false, defaultText, required, words);
  }

  /** A copy with the bounds {@code lo <= v <= hi}. */
  public ParameterSpec in(double lo, double hi) {
    return atLeast(lo).atMost(hi);
  }

  /** A copy that must be given (no default). */
  public ParameterSpec asRequired() {
    return new ParameterSpec(
        name, meaning, unit, type, min, minOpen, max, maxOpen, "", true, words);
  }

  /** A copy that also accepts the scenario-level word {@code w}. */
  public ParameterSpec orWord(String w) {
    List<String> ws = new ArrayList<>(words);
    ws.add(w);
    return new ParameterSpec(
        name, meaning, unit, type, min, minOpen, max, maxOpen, defaultText, required, ws);
  }

  /** Whether the number {@code v} lies within the bounds (and is finite). */
  public boolean contains(double v) {
    return Double.isFinite(v) && (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
  }

  /**
   * What is allowed, with the unit and any scenario words, e.g. "a number in [0, 1]", "a number >
   * -1 (fraction per step, e.g. 0.1 for +10 %), or the word required in a scenario file", "a whole
   * number from 2 to 1000 (steps)", "true or false".
   */
  public String allowed() {
    String s = switch (type) {
      case BOOLEAN -> "true or false";
      case PATH -> "a file path";
      case INTEGER -> "a whole number from " + format(min) + " to " + format(max);
      case NUMBER -> "a number" + boundsText();
    };
    s += unit.isEmpty() ? "" : " (" + unit + ")";
    if (!words.isEmpty()) {
      s += ", or the word " + String.join(" or ", words) + " in a scenario file";
    }
    return s;
  }

  /** " in [0, 1]", " > -1", " <= 0", or "" (any finite number). */
  private String boundsText() {
    boolean lo = Double.isFinite(min);
    boolean hi = Double.isFinite(max);
    if (lo && hi) {
      return " in " + (minOpen ? "(" : "[") + format(min) + ", " + format(max)
          + (maxOpen ? ")" : "]");
    }
    if (lo) {
      return (minOpen ? " > " : " >= ") + format(min);
    }
    if (hi) {
      return (maxOpen ? " < " : " <= ") + format(max);
    }
    return "";
  }

  /**
   * The bounds in short, for tables: "[0, 1]", "(0, 1]", "> -1", "2 to 1000", "true/false", "any".
   */
  public String range() {
    return switch (type) {
      case BOOLEAN -> "true/false";
      case PATH -> "a path";
      case INTEGER -> format(min) + " to " + format(max);
      case NUMBER -> {
        String b = boundsText().trim();
        yield b.isEmpty() ? "any" : b.startsWith("in ") ? b.substring(3) : b;
      }
    };
  }

  /**
   * The parameter in words for help texts and tables, e.g. "rate > -1 (growth rate, fraction per
   * step, e.g. 0.1 for +10 %; required, or the word required in a scenario file)", "alpha in (0, 1]
   * (level smoothing; default fitted)", "window 2 to 1000 (steps the compound rate spans, steps;
   * default 5)".
   */
  public String summary() {
    String r = switch (type) {
      case BOOLEAN -> " true or false";
      case PATH -> " a file path";
      case INTEGER -> " " + format(min) + " to " + format(max);
      case NUMBER -> boundsText().isEmpty() ? " any number" : boundsText();
    };
    String details = meaning + (unit.isEmpty() ? "" : ", " + unit) + "; "
        + (required ? "required" : "default " + defaultText)
        + (words.isEmpty()
            ? ""
            : ", or the word " + String.join(" or ", words) + " in a scenario file");
    return name + r + " (" + details + ")";
  }

  /**
   * The problem with a value given for this parameter, or empty when it is allowed. The message
   * names the parameter, the value as given and what is allowed, e.g. "parameter 'rate': -1 is not
   * allowed; expected a number > -1 (fraction per step)".
   */
  public Optional<String> problem(String value) {
    if (value == null) {
      return required
          ? Optional.of("parameter '" + name + "' is required; expected " + allowed())
          : Optional.empty();
    }
    if (words.contains(value)) {
      return Optional.empty();
    }
    boolean ok = switch (type) {
      case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
      case PATH -> !value.isBlank();
      case INTEGER -> {
        try {
          yield contains(Integer.parseInt(value));
        } catch (NumberFormatException e) {
          yield false;
        }
      }
      case NUMBER -> {
        try {
          yield contains(Double.parseDouble(value));
        } catch (NumberFormatException e) {
          yield false;
        }
      }
    };
    return ok
        ? Optional.empty()
        : Optional.of("parameter '" + name + "': " + (value.isEmpty() ? "an empty value" : value)
            + " is not allowed; expected " + allowed());
  }

  /**
   * Reads the number, if given, failing with {@link #problem}'s message when it is not allowed.
   * A calibrator's reads; scenario words must have been replaced before.
   */
  public OptionalDouble read(ModelParams params) {
    String s = params.value(name);
    if (s == null) {
      return OptionalDouble.empty();
    }
    check(s);
    return OptionalDouble.of(Double.parseDouble(s));
  }

  /** Reads the whole number, or {@code dflt} when absent; fails as {@link #read}. */
  public int readInt(ModelParams params, int dflt) {
    String s = params.value(name);
    if (s == null) {
      return dflt;
    }
    check(s);
    return Integer.parseInt(s);
  }

  /** Reads the boolean, or {@code dflt} when absent; fails as {@link #read}. */
  public boolean readBool(ModelParams params, boolean dflt) {
    String s = params.value(name);
    if (s == null) {
      return dflt;
    }
    check(s);
    return s.equalsIgnoreCase("true");
  }

  private void check(String s) {
    Optional<String> p = words.contains(s)
        ? Optional.of("parameter '" + name + "': " + s
            + " is only allowed in a scenario file; expected " + allowed())
        : problem(s);
    if (p.isPresent()) {
      throw new InvalidInputException(p.get());
    }
  }

  /** A bound as people write it: whole numbers without ".0" (0, -1, 1000), others as Java prints them. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v).toLowerCase(Locale.ROOT);
  }
}
