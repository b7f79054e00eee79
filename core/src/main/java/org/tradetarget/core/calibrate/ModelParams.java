package org.tradetarget.core.calibrate;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Regressors;

/**
 * The user's {@code name=value} parameters for a model kind, as given on the command line ({@code
 * --param}) or in a scenario file. Values stay strings until a calibrator reads them, so that every
 * error names the parameter, its value and what is allowed.
 */
public final class ModelParams {
  private final Map<String, String> values;
  private final SettingWords words;
  private final Regressors regressors;

  private ModelParams(Map<String, String> values) {
    this(values, SettingWords.LIBRARY, Regressors.none());
  }

  private ModelParams(Map<String, String> values, SettingWords words, Regressors regressors) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.words = words;
    this.regressors = regressors;
  }

  /** No parameters. */
  public static ModelParams none() {
    return new ModelParams(Map.of());
  }

  /** Parameters from a map of names to values. */
  public static ModelParams of(Map<String, String> values) {
    return new ModelParams(new LinkedHashMap<>(values));
  }

  /** Returns a copy with one more parameter. */
  public ModelParams with(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>(values);
    m.put(name, value);
    return new ModelParams(m, words, regressors);
  }

  /**
   * Returns a copy whose messages name settings in the given words: a front end that parsed these
   * parameters from its own syntax (the command line's {@code --param}) passes its words, so a
   * fit's problems and notes tell the user what to type there.
   *
   * @param settingWords the words; {@link SettingWords#LIBRARY} by default
   */
  public ModelParams withWords(SettingWords settingWords) {
    return new ModelParams(values, settingWords, regressors);
  }

  /**
   * Returns a copy with exogenous regressors (a regressor file's columns and break dummies), which
   * the kinds that take them ({@link ModelKind#takesRegressors()}) fit on and project with.
   *
   * @param given the regressors; {@link Regressors#none()} for none
   */
  public ModelParams withRegressors(Regressors given) {
    return new ModelParams(values, words, java.util.Objects.requireNonNull(given, "regressors"));
  }

  /** The exogenous regressors; {@link Regressors#none()} by default. */
  public Regressors regressors() {
    return regressors;
  }

  /** The words messages about these parameters name settings in. */
  public SettingWords words() {
    return words;
  }

  /** Parses {@code name=value} items, e.g. from repeated {@code --param} options. */
  public static ModelParams parse(Collection<String> items) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String item : items) {
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new InvalidInputException(
            "parameter '" + item + "' is not allowed; expected name=value, e.g. rate=0.1");
      }
      String name = item.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      if (m.put(name, item.substring(eq + 1).trim()) != null) {
        throw new InvalidInputException("parameter '" + name + "' is given twice");
      }
    }
    return new ModelParams(m);
  }

  /** Fails if any name is not in {@code valid}, listing the valid names. */
  public void requireKnown(String kind, Collection<String> valid) {
    for (String name : values.keySet()) {
      if (!valid.contains(name)) {
        throw new InvalidInputException("unknown parameter '" + name + "' for model " + kind
            + "; valid: " + (valid.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(valid))));
      }
    }
  }

  /** Whether the parameter is given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The value given for {@code name}, as given (trimmed), or {@code null}. */
  public String value(String name) {
    return values.get(name);
  }

  /** The names given, in the order given. */
  public java.util.Set<String> names() {
    return values.keySet();
  }

  /** The number value of a parameter, if given; fails naming it when not a finite number. */
  public OptionalDouble number(String name) {
    String s = values.get(name);
    if (s == null) {
      return OptionalDouble.empty();
    }
    try {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return OptionalDouble.of(v);
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException("parameter '" + name + "': '" + s + "' is not a finite number");
  }

  /** The number value, which must lie in [lo, hi]. */
  public OptionalDouble number(String name, double lo, double hi) {
    OptionalDouble v = number(name);
    if (v.isPresent() && !(v.getAsDouble() >= lo && v.getAsDouble() <= hi)) {
      throw new InvalidInputException("parameter '" + name + "': " + values.get(name)
          + " is not allowed; expected a number in [" + lo + ", " + hi + "]");
    }
    return v;
  }

  /** An integer parameter in [lo, hi], or {@code dflt} when absent. */
  public int integer(String name, int lo, int hi, int dflt) {
    String s = values.get(name);
    if (s == null) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(s);
      if (v >= lo && v <= hi) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException("parameter '" + name + "': '" + s
        + "' is not allowed; expected a whole number from " + lo + " to " + hi);
  }

  /** A boolean parameter ({@code true} or {@code false}), or {@code dflt} when absent. */
  public boolean bool(String name, boolean dflt) {
    String s = values.get(name);
    if (s == null) {
      return dflt;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
        throw new InvalidInputException(
            "parameter '" + name + "': '" + s + "' is not allowed; expected true or false");
    };
  }

  @Override
  public String toString() {
    return regressors.isEmpty() ? values.toString() : values + " with regressors " + regressors;
  }
}
