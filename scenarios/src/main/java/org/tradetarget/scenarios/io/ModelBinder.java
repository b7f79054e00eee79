package org.tradetarget.scenarios.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.calibrate.ParameterSpec;
import org.tradetarget.core.data.Regressors;

/**
 * Binds a {@code model} section (the scenario's default, or a corridor's own): {@code kind} to a
 * {@link ModelKind}, {@code params} checked against the kind's parameter names, and {@code from}.
 * Parameter values are checked against the kind's {@link ParameterSpec} bounds, so a bad value is
 * reported at its line without a fit. {@code rate: required} is allowed only for {@code constant-growth}.
 * {@code xreg} and {@code dummies} are bound by {@link XregBinder}.
 */
final class ModelBinder {
  static final Set<String> MODEL = Set.of(
      "kind", "params", "from", "members", "weights", "pooled", "evidence", "xreg", "dummies");
  /** The kinds an ensemble may mix (the ensemble kind's weight parameters). */
  static final Set<String> MEMBER_KINDS = memberKinds();
  /** The value of {@code weights} that derives them from the members' backtests. */
  static final String SKILL = "skill";
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
  record Model(
      ModelKind kind, Map<String, String> params, OptionalInt from, Regressors regressors) {
    Model(ModelKind kind, Map<String, String> params, OptionalInt from) {
      this(kind, params, from, Regressors.none());
    }

    /** The parameters for the core, without {@code rate: required}, with the regressors. */
    ModelParams modelParams() {
      Map<String, String> p = new LinkedHashMap<>(params);
      if (REQUIRED.equals(p.get("rate"))) {
        p.remove("rate");
      }
      return ModelParams.of(p).withRegressors(regressors);
    }

    /** Whether the rate is the growth the target requires. */
    boolean rateRequired() {
      return REQUIRED.equals(params.get("rate"));
    }

    /**
     * This section laid over a default one: parameters of the same kind merge (this section's win),
     * another kind starts afresh; {@code from} falls back to the default's, and so do the
     * regressors when this section gives none and the kind is the same.
     */
    Model over(Model dflt) {
      Map<String, String> p = params;
      if (kind == dflt.kind) {
        p = new LinkedHashMap<>(dflt.params);
        p.putAll(params);
      }
      Regressors r = regressors.isEmpty() && kind == dflt.kind ? dflt.regressors : regressors;
      return new Model(kind, p, from.isPresent() ? from : dflt.from, r);
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
    Map<String, String> params = params(m, path, kind, s);
    if (kind == ModelKind.ENSEMBLE) {
      ensemble(m, path, params, s);
    } else {
      for (String key : List.of("members", "weights", "pooled", "evidence")) {
        YNode v = m.get(key);
        if (v != null) {
          s.problems()
              .at(
                  m.entries().get(key).keyOrigin(),
                  path + key,
                  "only allowed with kind: ensemble, not " + kind.id());
        }
      }
    }
    return new Model(kind, params, s.year(m, "from", path), XregBinder.read(m, path, kind, s));
  }

  private static Set<String> memberKinds() {
    Set<String> out = new TreeSet<>();
    for (ParameterSpec p : ModelKind.ENSEMBLE.parameters()) {
      if (p.type() == ParameterSpec.Type.NUMBER) {
        out.add(p.name());
      }
    }
    return out;
  }

  /**
   * Reads an ensemble's {@code members} (a mapping kind → weight, or with {@code weights: skill} a
   * list of kinds), {@code weights} and {@code pooled} into the ensemble's parameters: one weight
   * per member (the word {@code skill} for skill weights), {@code pooled=true}.
   */
  private static void ensemble(YNode.Map m, String path, Map<String, String> params, Scalars s) {
    YNode members = m.get("members");
    YNode weights = m.get("weights");
    String wText = YNode.text(weights);
    boolean skill = false;
    if (weights != null) {
      if (SKILL.equals(wText)) {
        skill = true;
      } else {
        s.problem(
            weights,
            path + "weights",
            weights.describe() + " is not allowed; expected skill (weights from the"
                + " members' backtests), or leave weights out and give each member its weight under members");
      }
    }
    YNode pooled = m.get("pooled");
    if (pooled != null) {
      String t = YNode.text(pooled);
      if (!"true".equalsIgnoreCase(String.valueOf(t))
          && !"false".equalsIgnoreCase(String.valueOf(t))) {
        s.problem(
            pooled, path + "pooled", pooled.describe() + " is not allowed; expected true or false");
      } else if (!skill) {
        s.problem(pooled, path + "pooled", "only allowed with weights: skill");
      } else {
        params.put("pooled", t.toLowerCase(java.util.Locale.ROOT));
      }
    }
    evidence(m, path, params, skill, s);
    if (Scalars.absent(members)) {
      if (!params.keySet().stream().anyMatch(MEMBER_KINDS::contains)) {
        s.problem(
            members == null ? m : members,
            path + "members",
            "missing; kind: ensemble needs members, e.g."
                + " members: {rw-drift: 0.4, arima: 0.3, holt-damped: 0.3}, or members: [rw-drift, arima] with weights:"
                + " skill; members allowed: " + String.join(", ", MEMBER_KINDS));
      }
      return;
    }
    if (members instanceof YNode.Map mm) {
      if (skill) {
        s.problem(
            members,
            path + "members",
            "with weights: skill the members are a list of kinds, e.g. [rw-drift,"
                + " arima]; leave weights out to give fixed weights");
        return;
      }
      double sum = 0;
      for (Map.Entry<String, YNode.Entry> e : mm.entries().entrySet()) {
        String where = path + "members." + e.getKey();
        if (!member(e.getKey(), e.getValue().keyOrigin(), where, s)) {
          continue;
        }
        YNode v = e.getValue().value();
        Double w = null;
        String t = YNode.text(v);
        try {
          w = t == null ? null : Double.parseDouble(t);
        } catch (NumberFormatException ex) {
          w = null;
        }
        if (w == null || !Double.isFinite(w) || w < 0) {
          s.problem(
              v,
              where,
              v.describe() + " is not allowed; expected a weight >= 0 (the fraction of paths that"
                  + " follow " + e.getKey() + ")");
          continue;
        }
        sum += w;
        params.put(e.getKey(), t);
      }
      if (!(sum > 0) && !mm.entries().isEmpty()) {
        s.problem(
            members,
            path + "members",
            "the weights sum to 0; expected at least one weight > 0 (weights that"
                + " do not sum to 1 are normalised)");
      }
    } else if (members instanceof YNode.Seq q) {
      if (!skill) {
        s.problem(
            members,
            path + "members",
            "a list of members needs weights: skill; or give each member its weight,"
                + " e.g. members: {rw-drift: 0.5, arima: 0.5}");
        return;
      }
      for (int i = 0; i < q.items().size(); i++) {
        YNode v = q.items().get(i);
        String t = YNode.text(v);
        String where = path + "members[" + i + "]";
        if (t == null) {
          s.problem(v, where, v.describe() + " is not allowed; expected a kind name");
        } else if (member(t, v.origin(), where, s)) {
          params.put(t, SKILL);
        }
      }
    } else {
      s.problem(
          members,
          path + "members",
          members.describe() + " is not allowed; expected a mapping kind: weight,"
              + " e.g. {rw-drift: 0.4, arima: 0.6}, or a list of kinds with weights: skill");
    }
  }

  /**
   * Reads an ensemble's {@code evidence} (with {@code weights: skill}): {@code bundled} or a
   * panel-backtest.csv (relative to the file naming it), checked here, into the parameter {@code
   * evidence} (the word or the absolute path).
   */
  private static void evidence(
      YNode.Map m, String path, Map<String, String> params, boolean skill, Scalars s) {
    YNode ev = m.get("evidence");
    if (Scalars.absent(ev)) {
      return;
    }
    String where = path + "evidence";
    String text = YNode.text(ev);
    if (!skill) {
      s.problem(ev, where, "only allowed with weights: skill");
      return;
    }
    if (m.get("pooled") != null) {
      s.problem(
          ev, where, "cannot be combined with pooled (the panel's scores are not per corridor)");
      return;
    }
    if (text == null || text.isBlank()) {
      s.problem(ev, where, ev.describe() + " is not allowed; expected bundled or a file");
      return;
    }
    if (text.equals("bundled")) {
      params.put("evidence", text);
      return;
    }
    java.nio.file.Path f = TreeResolver.resolvePath(ev.origin(), text);
    if (!java.nio.file.Files.isRegularFile(f)) {
      s.problem(
          ev,
          where,
          "'" + text + "' is not allowed; expected bundled or a panel-backtest.csv written by"
              + " backtest --panel (looked for " + f + ")");
      return;
    }
    try {
      org.tradetarget.core.evidence.PanelScores.read(f);
      params.put("evidence", f.toAbsolutePath().normalize().toString());
    } catch (org.tradetarget.core.data.InvalidInputException e) {
      s.problem(ev, where, e.getMessage());
    }
  }

  /** Whether {@code name} may be an ensemble member; adds the problem when not. */
  private static boolean member(String name, Origin at, String where, Scalars s) {
    if (MEMBER_KINDS.contains(name)) {
      return true;
    }
    String why = switch (name) {
      case "ensemble" -> "an ensemble cannot be a member of an ensemble";
      case "gravity" ->
        "gravity is fitted with the corridor's GDP paths and levers and cannot be a member";
      case "constant-growth" ->
        "constant-growth has no fit (its rate is given) and cannot be a member";
      default -> "unknown member kind '" + name + "'";
    };
    s.problems()
        .at(
            at,
            where,
            why + "; members allowed: " + String.join(", ", MEMBER_KINDS)
                + Problems.didYouMean(name, MEMBER_KINDS));
    return false;
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
      s.problem(
          k,
          path + "kind",
          k.describe() + " is not allowed; valid: " + ModelKind.validNames()
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
      if (e.getKey().equals("beta") && kind == ModelKind.GRAVITY) {
        out.putAll(CountryBetas.bind(v, where, s));
      } else if (e.getKey().equals("rate")
          && REQUIRED.equals(text)
          && kind != ModelKind.CONSTANT_GROWTH) {
        s.problem(
            v,
            where,
            "required is only allowed for constant-growth, not " + kind.id()
                + "; use kind: constant-growth, or leave the rate to the fit");
      } else if (!valid.contains(e.getKey())) {
        s.problems()
            .at(
                e.getValue().keyOrigin(),
                where,
                "unknown parameter for " + kind.id() + "; valid: "
                    + (valid.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(valid)))
                    + Problems.didYouMean(e.getKey(), valid));
      } else if (text == null) {
        s.problem(v, where, v.describe() + " is not allowed; expected a number or true/false");
      } else {
        kind.parameter(e.getKey())
            .flatMap(spec -> spec.problem(text))
            .ifPresent(msg -> s.problem(v, where, msg.replaceFirst("^parameter '[^']*': ", "")));
        out.put(e.getKey(), text);
      }
    }
    return out;
  }
}
