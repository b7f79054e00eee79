package org.tradetarget.scenarios.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.calibrate.ParameterSpec;

/**
 * Binds a {@code model} section (the scenario's default, or a corridor's own): {@code kind} to a
 * {@link ModelKind}, {@code params} checked against the kind's parameter names, and {@code from}.
 * Parameter values are checked against the kind's {@link ParameterSpec} bounds, so a bad value is
 * reported at its line without a fit. {@code rate: required} is allowed only for {@code constant-growth}.
 */
final class ModelBinder {
  static final Set<String> MODEL = Set.of("kind", "params", "from");
  /** The value of {@code rate} that asks for the growth the target requires. */
  static final String REQUIRED = "required";

  private ModelBinder() {}

  /**
   * A model section as read.
   *
   * @param kind the kind
   * @param params the parameters as written, name → text ({@code rate} may be {@code required})
   * @param from the first year to fit from, or empty
   */
  record Model(ModelKind kind, Map<String, String> params, OptionalInt from) {
    /** The parameters for the core, without {@code rate: required}. */
    ModelParams modelParams() {
      Map<String, String> p = new LinkedHashMap<>(params);
      if (REQUIRED.equals(p.get("rate"))) {
        p.remove("rate");
      }
      return ModelParams.of(p);
    }

    /** Whether the rate is the growth the target requires. */
    boolean rateRequired() {
      return REQUIRED.equals(params.get("rate"));
    }

    /**
     * This section laid over a default one: parameters of the same kind merge (this section's win),
     * another kind starts afresh; {@code from} falls back to the default's.
     */
    Model over(Model dflt) {
      Map<String, String> p = params;
      if (kind == dflt.kind) {
        p = new LinkedHashMap<>(dflt.params);
        p.putAll(params);
      }
      return new Model(kind, p, from.isPresent() ? from : dflt.from);
    }
  }

  /**
   * Adds a problem for each parameter the corridor's kind requires and its model (its own laid over
   * the scenario's) does not give, at the model section that chose the kind.
   *
   * @param at the corridor's own {@code model} mapping, else the scenario's, else the corridor's entry
   * @param path the YAML path of that model section, ending in '.'
   */
  static void checkRequired(Model m, YNode at, String path, Scalars s) {
    for (ParameterSpec p : m.kind().parameters()) {
      if (p.required() && !m.params().containsKey(p.name())) {
        s.problem(at, path + "params." + p.name(), "missing; " + p.problem(null).orElseThrow());
      }
    }
  }

  /** The default when a scenario names no model. */
  static Model none(ModelKind kind) {
    return new Model(kind, Map.of(), OptionalInt.empty());
  }

  /** Reads a {@code model} mapping at {@code path} (ending in '.'), {@code dflt} the kind when none is named. */
  static Model read(YNode.Map m, String path, ModelKind dflt, Scalars s) {
    s.checkKeys(m, path, MODEL);
    ModelKind kind = kind(m, path, dflt, s);
    return new Model(kind, params(m, path, kind, s), s.year(m, "from", path));
  }

  private static ModelKind kind(YNode.Map m, String path, ModelKind dflt, Scalars s) {
    YNode k = m.get("kind");
    if (k == null) {
      return dflt;
    }
    String text = YNode.text(k);
    try {
      return ModelKind.of(text);
    } catch (IllegalArgumentException e) {
      Set<String> names = new TreeSet<>();
      for (ModelKind mk : ModelKind.values()) {
        names.add(mk.id());
      }
      s.problem(k, path + "kind", k.describe() + " is not allowed; valid: " + ModelKind.validNames()
          + Problems.didYouMean(text == null ? "" : text, names));
      return dflt;
    }
  }

  private static Map<String, String> params(YNode.Map m, String path, ModelKind kind, Scalars s) {
    YNode.Map pm = s.map(m, "params", path);
    Map<String, String> out = new LinkedHashMap<>();
    if (pm == null) {
      return out;
    }
    Set<String> valid = kind.calibrator().parameterNames();
    for (Map.Entry<String, YNode.Entry> e : pm.entries().entrySet()) {
      YNode v = e.getValue().value();
      String text = YNode.text(v);
      String where = path + "params." + e.getKey();
      if (e.getKey().equals("rate") && REQUIRED.equals(text) && kind != ModelKind.CONSTANT_GROWTH) {
        s.problem(v, where, "required is only allowed for constant-growth, not " + kind.id()
            + "; use kind: constant-growth, or leave the rate to the fit");
      } else if (!valid.contains(e.getKey())) {
        s.problems().at(e.getValue().keyOrigin(), where, "unknown parameter for " + kind.id() + "; valid: "
            + (valid.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(valid)))
            + Problems.didYouMean(e.getKey(), valid));
      } else if (text == null) {
        s.problem(v, where, v.describe() + " is not allowed; expected a number or true/false");
      } else {
        kind.parameter(e.getKey()).flatMap(spec -> spec.problem(text)).ifPresent(msg ->
            s.problem(v, where, msg.replaceFirst("^parameter '[^']*': ", "")));
        out.put(e.getKey(), text);
      }
    }
    return out;
  }
}
