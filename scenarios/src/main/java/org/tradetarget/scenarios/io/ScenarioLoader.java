package org.tradetarget.scenarios.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.MacroSettings;
import org.tradetarget.scenarios.spec.OutputSettings;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * Reads a scenario file into a {@link ScenarioSpec}: applies {@code extends} (a parent file whose
 * values the child overrides key by key; relative paths resolve against the directory of the file
 * that names them), then checks every value. All problems are collected and thrown together as a
 * {@link ScenarioException}, each naming file:line:column, the YAML path, the bad value and what is
 * allowed; an unknown key gets a "did you mean".
 *
 * <p>The keys, their defaults and units are documented in {@code scenarios/reference.yaml}.
 */
public final class ScenarioLoader {
  static final Set<String> TOP = Set.of("name", "description", "extends", "assumed_deadline", "base_year",
      "model", "corridors", "simulation", "outputs", "sensitivity", "levers", "macro");
  static final Set<String> LEVER = Set.of("corridors", "start_year", "ramp_years", "trade_cost_change",
      "direct_effect", "probability", "delay_mean_years", "basis", "enabled");
  static final Set<String> MACRO = Set.of("inflation", "growth_sd", "correlation", "growth_shift", "countries");
  static final Set<String> COUNTRY_MACRO = Set.of("medium_term_rate", "growth_shift", "growth_sd");
  static final Set<String> MODEL = Set.of("kind", "params", "from");
  static final Set<String> CORRIDOR = Set.of("data", "from", "model", "target", "deadlines", "enabled");
  static final Set<String> TARGET = Set.of("value", "deadline");
  static final Set<String> SIMULATION = Set.of("paths", "seed", "end_year", "threads", "shocks", "jumps",
      "persistence", "parameter_uncertainty", "correlation");
  static final Set<String> SHOCKS = Set.of("type", "df");
  static final Set<String> JUMPS = Set.of("probability", "mean", "sd");
  static final Set<String> OUTPUTS = Set.of("quantiles", "band", "sample_paths");

  /** Default number of paths. */
  public static final int DEFAULT_PATHS = 100_000;
  /** Default model kind when a scenario names none. */
  public static final String DEFAULT_MODEL = "rw-drift";

  private final List<String> errors = new ArrayList<>();

  private ScenarioLoader() {}

  /**
   * Loads and checks a scenario file.
   *
   * @throws ScenarioException listing every problem found
   */
  public static ScenarioSpec load(Path file) {
    ScenarioLoader l = new ScenarioLoader();
    List<Path> chain = new ArrayList<>();
    YNode.Map merged = l.resolve(file.toAbsolutePath().normalize(), chain, file);
    ScenarioSpec spec = l.bind(file, merged, chain);
    if (!l.errors.isEmpty()) {
      throw new ScenarioException(inFileOrder(l.errors));
    }
    return spec;
  }

  /**
   * A scenario file's tree with {@code extends} applied, for comparing scenarios key by key.
   *
   * @param chain receives the files resolved, the scenario's own first
   */
  public static YNode.Map resolvedTree(Path file, List<Path> chain) {
    return new ScenarioLoader().resolve(file.toAbsolutePath().normalize(), chain, file);
  }

  /**
   * Checks a resolved tree (e.g. one with a single value switched) into a spec.
   *
   * @throws ScenarioException listing every problem found
   */
  public static ScenarioSpec check(Path file, YNode.Map tree, List<Path> chain) {
    ScenarioLoader l = new ScenarioLoader();
    ScenarioSpec spec = l.bind(file, tree, chain);
    if (!l.errors.isEmpty()) {
      throw new ScenarioException(inFileOrder(l.errors));
    }
    return spec;
  }

  private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("^(.*?):(\\d+):(\\d+): ");

  /** Problems sorted by file, line and column, so they read top to bottom. */
  static List<String> inFileOrder(List<String> problems) {
    List<String> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparing((String p) -> place(p, 1))
        .thenComparingInt(p -> Integer.parseInt(place(p, 2)))
        .thenComparingInt(p -> Integer.parseInt(place(p, 3))));
    return sorted;
  }

  private static String place(String problem, int group) {
    java.util.regex.Matcher m = PLACE.matcher(problem);
    if (m.find()) {
      return m.group(group);
    }
    return group == 1 ? problem : "0";
  }

  private YNode.Map resolve(Path abs, List<Path> chain, Path shown) {
    if (chain.contains(abs)) {
      throw ScenarioException.single(shown + ": 'extends' makes a cycle: " + chain + " -> " + abs);
    }
    chain.add(abs);
    YNode.Map own = YamlReader.read(shown);
    YNode parentRef = own.get("extends");
    if (parentRef == null || (parentRef instanceof YNode.Scalar s && s.isNull())) {
      return own;
    }
    String ref = YNode.text(parentRef);
    if (ref == null) {
      throw ScenarioException.single(parentRef.origin() + ": extends: " + parentRef.describe()
          + " is not allowed; expected the path of another scenario file");
    }
    Path parentShown = resolvePath(parentRef.origin(), ref);
    if (!java.nio.file.Files.isRegularFile(parentShown)) {
      throw ScenarioException.single(parentRef.origin() + ": extends: '" + ref + "' is not a file (looked for "
          + parentShown + ")");
    }
    YNode.Map parent = resolve(parentShown.toAbsolutePath().normalize(), chain, parentShown);
    // the child's name and description never inherit
    return parent.without("name", "description", "extends").overlay(own.without("extends"));
  }

  private static Path resolvePath(Origin o, String ref) {
    Path p = Path.of(ref);
    Path parent = o.file().getParent();
    return p.isAbsolute() || parent == null ? p : parent.resolve(p).normalize();
  }

  // ---- binding -------------------------------------------------------------------------------

  private ScenarioSpec bind(Path file, YNode.Map root, List<Path> chain) {
    checkKeys(root, "", TOP);
    String name = string(root, "name", "", null);
    if (name == null) {
      errors.add(root.origin() + ": name: missing; every scenario needs a name (letters, digits, '-', '_')");
      name = "unnamed";
    } else if (!name.matches("[A-Za-z0-9_.-]+")) {
      errors.add(at(root.get("name")) + "name: '" + name + "' is not allowed; use letters, digits, '-', '_' or '.'");
      name = "unnamed";
    }
    String description = string(root, "description", "", "");
    int assumed = integer(root, "assumed_deadline", "", TargetArithmetic.DEFAULT_ASSUMED_DEADLINE, 1900, 2200);
    OptionalInt baseYear = optInt(root, "base_year", "", 1900, 2200);

    YNode.Map defaultModel = map(root, "model", "");
    String defaultKind = DEFAULT_MODEL;
    Map<String, String> defaultParams = Map.of();
    OptionalInt defaultFrom = OptionalInt.empty();
    if (defaultModel != null) {
      checkKeys(defaultModel, "model.", MODEL);
      defaultKind = kind(defaultModel, "model.", DEFAULT_MODEL);
      defaultParams = params(defaultModel, "model.", defaultKind);
      defaultFrom = optInt(defaultModel, "from", "model.", 1900, 2200);
    }

    List<CorridorSpec> corridors = new ArrayList<>();
    YNode.Map cs = map(root, "corridors", "");
    if (cs == null) {
      errors.add(root.origin() + ": corridors: missing; list at least one corridor, e.g. corridors: {VN-KH: {}}");
    } else {
      for (Map.Entry<String, YNode.Entry> e : cs.entries().entrySet()) {
        String path = "corridors." + e.getKey() + ".";
        Corridor c;
        try {
          c = Corridor.of(e.getKey());
        } catch (IllegalArgumentException ex) {
          c = null;
        }
        if (c == null || !c.isBundled()) {
          // scenario files name the bundled corridors only, until a corridor can bring its own data
          errors.add(e.getValue().keyOrigin() + ": corridors." + e.getKey() + ": unknown corridor '" + e.getKey()
              + "'; valid: VN-LA, VN-KH, KH-LA (either order)");
          continue;
        }
        YNode v = e.getValue().value();
        YNode.Map m;
        if (v instanceof YNode.Scalar s && s.isNull()) {
          m = new YNode.Map(Map.of(), v.origin());
        } else if (v instanceof YNode.Map mm) {
          m = mm;
        } else {
          errors.add(at(v) + path.substring(0, path.length() - 1) + ": " + v.describe()
              + " is not allowed; expected a mapping with keys " + String.join(", ", new TreeSet<>(CORRIDOR)));
          continue;
        }
        checkKeys(m, path, CORRIDOR);
        if (!bool(m, "enabled", path, true)) {
          continue;
        }
        final Corridor corridor = c;
        if (corridors.stream().anyMatch(x -> x.corridor().equals(corridor))) {
          errors.add(e.getValue().keyOrigin() + ": " + path + ": corridor " + c + " is listed twice (e.g. as "
              + c + " and reversed)");
          continue;
        }
        Optional<Path> data = Optional.empty();
        YNode d = m.get("data");
        String dtext = d == null ? null : YNode.text(d);
        if (d != null && dtext == null && !(d instanceof YNode.Scalar)) {
          errors.add(at(d) + path + "data: " + d.describe() + " is not allowed; expected 'embedded' or a CSV path");
        } else if (dtext != null && !dtext.equals("embedded")) {
          Path p = resolvePath(d.origin(), dtext);
          if (!java.nio.file.Files.isRegularFile(p)) {
            errors.add(at(d) + path + "data: '" + dtext + "' is not a file (looked for " + p + "); expected 'embedded' or a CSV path");
          }
          data = Optional.of(p);
        }
        String kind = defaultKind;
        Map<String, String> params = defaultParams;
        OptionalInt from = optInt(m, "from", path, 1900, 2200);
        YNode.Map cm = map(m, "model", path);
        if (cm != null) {
          checkKeys(cm, path + "model.", MODEL);
          kind = kind(cm, path + "model.", defaultKind);
          Map<String, String> own = params(cm, path + "model.", kind);
          if (kind.equals(defaultKind)) {
            Map<String, String> merged = new LinkedHashMap<>(defaultParams);
            merged.putAll(own);
            params = merged;
          } else {
            params = own;
          }
          if (from.isEmpty()) {
            from = optInt(cm, "from", path + "model.", 1900, 2200);
          }
        }
        if (from.isEmpty()) {
          from = defaultFrom;
        }
        OptionalDouble value = OptionalDouble.empty();
        OptionalInt deadline = OptionalInt.empty();
        YNode.Map t = map(m, "target", path);
        if (t != null) {
          checkKeys(t, path + "target.", TARGET);
          value = positive(t, "value", path + "target.");
          deadline = optInt(t, "deadline", path + "target.", 1900, 2200);
        }
        List<Integer> deadlines = new ArrayList<>();
        YNode dl = m.get("deadlines");
        if (dl != null) {
          if (dl instanceof YNode.Seq s) {
            for (YNode item : s.items()) {
              Integer y = parseInt(item, path + "deadlines", 1900, 2200);
              if (y != null) {
                deadlines.add(y);
              }
            }
          } else {
            errors.add(at(dl) + path + "deadlines: " + dl.describe() + " is not allowed; expected a list of years, e.g. [2028, 2030, 2035]");
          }
        }
        corridors.add(new CorridorSpec(c, data, from, kind, params, value, deadline, deadlines));
      }
      if (corridors.isEmpty() && cs.entries().isEmpty()) {
        errors.add(cs.origin() + ": corridors: empty; list at least one corridor");
      }
    }

    SimulationSettings sim = simulation(root, corridors);
    OutputSettings out = outputs(root);
    if (!errors.isEmpty() || corridors.isEmpty()) {
      if (errors.isEmpty()) {
        errors.add(root.origin() + ": corridors: every corridor is disabled; enable at least one");
      }
      return null;
    }
    List<Lever> levers = levers(root);
    MacroSettings macro = macro(root);
    List<String> sens = sensitivity(file, root, chain);
    if (!errors.isEmpty()) {
      return null;
    }
    return new ScenarioSpec(name, description, file, chain, assumed, baseYear, corridors, sim, out, levers, macro, sens);
  }

  private SimulationSettings simulation(YNode.Map root, List<CorridorSpec> corridors) {
    YNode.Map s = map(root, "simulation", "");
    YNode.Map none = new YNode.Map(Map.of(), root.origin());
    if (s == null) {
      s = none;
    }
    String p = "simulation.";
    checkKeys(s, p, SIMULATION);
    int paths = integer(s, "paths", p, DEFAULT_PATHS, 1, 100_000_000);
    long seed = integer(s, "seed", p, 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
    int endYear = integer(s, "end_year", p, 0, 1900, 2200);
    int threads = integer(s, "threads", p, 0, 0, 1024);
    String shocks = "normal";
    double df = Double.NaN;
    YNode sh = s.get("shocks");
    if (sh instanceof YNode.Scalar sc && !sc.isNull()) {
      shocks = shockType(sc, p + "shocks");
      if (shocks.equals("t")) {
        errors.add(at(sh) + p + "shocks: t needs degrees of freedom; write shocks: {type: t, df: 5}");
      }
    } else if (sh instanceof YNode.Map sm) {
      checkKeys(sm, p + "shocks.", SHOCKS);
      YNode type = sm.get("type");
      shocks = type instanceof YNode.Scalar ts ? shockType(ts, p + "shocks.type") : "normal";
      OptionalDouble d = number(sm, "df", p + "shocks.");
      if (shocks.equals("t")) {
        if (d.isEmpty()) {
          errors.add(at(sm) + p + "shocks.df: missing; Student-t shocks need df > 2");
        } else if (!(d.getAsDouble() > 2)) {
          errors.add(at(sm.get("df")) + p + "shocks.df: " + d.getAsDouble() + " is not allowed; expected df > 2");
        } else {
          df = d.getAsDouble();
        }
      } else if (d.isPresent()) {
        errors.add(at(sm.get("df")) + p + "shocks.df: only allowed with type: t");
      }
    } else if (sh != null && !(sh instanceof YNode.Scalar)) {
      errors.add(at(sh) + p + "shocks: " + sh.describe() + " is not allowed; expected normal, bootstrap or {type: t, df: 5}");
    }
    double jp = 0;
    double jm = 0;
    double js = 0;
    YNode.Map j = map(s, "jumps", p);
    if (j != null) {
      checkKeys(j, p + "jumps.", JUMPS);
      jp = number(j, "probability", p + "jumps.", 0, 1).orElse(0);
      jm = number(j, "mean", p + "jumps.", -10, 10).orElse(0);
      js = number(j, "sd", p + "jumps.", 0, 10).orElse(0);
      if (j.get("probability") == null) {
        errors.add(at(j) + p + "jumps.probability: missing; the yearly probability of a jump, in [0, 1]");
      }
    }
    OptionalDouble mr = number(s, "persistence", p, 0, 1);
    boolean pu = bool(s, "parameter_uncertainty", p, false);
    List<SimulationSettings.Correlation> corr = new ArrayList<>();
    YNode.Map c = map(s, "correlation", p);
    if (c != null) {
      for (Map.Entry<String, YNode.Entry> e : c.entries().entrySet()) {
        String[] pair = e.getKey().split("\\s*[,/&]\\s*|\\s+", -1);
        String where = e.getValue().keyOrigin() + ": " + p + "correlation." + e.getKey() + ": ";
        if (pair.length != 2) {
          errors.add(where + "expected a pair of corridors such as 'VN-LA, VN-KH'");
          continue;
        }
        try {
          Corridor a = Corridor.of(pair[0]);
          Corridor b = Corridor.of(pair[1]);
          if (a.equals(b)) {
            errors.add(where + "a corridor's correlation with itself is 1; name two different corridors");
            continue;
          }
          if (corridors.stream().noneMatch(x -> x.corridor().equals(a)) || corridors.stream().noneMatch(x -> x.corridor().equals(b))) {
            errors.add(where + "both corridors must be in this scenario's corridors");
            continue;
          }
          Double rho = parseDouble(e.getValue().value(), p + "correlation." + e.getKey(), -0.999999, 0.999999);
          if (rho != null) {
            corr.add(new SimulationSettings.Correlation(a.id(), b.id(), rho));
          }
        } catch (IllegalArgumentException ex) {
          errors.add(where + ex.getMessage());
        }
      }
    }
    return new SimulationSettings(paths, seed, endYear, threads, shocks, df, jp, jm, js, mr, pu, corr);
  }

  /**
   * The {@code levers} section: name → fields. A built-in project's name starts from its built-in
   * values and overrides single fields; any other name defines a new lever and needs corridors,
   * start_year and one of trade_cost_change or direct_effect.
   */
  private List<Lever> levers(YNode.Map root) {
    YNode.Map m = map(root, "levers", "");
    List<Lever> out = new ArrayList<>();
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
      String p = "levers." + e.getKey() + ".";
      YNode v = e.getValue().value();
      YNode.Map f;
      if (v instanceof YNode.Scalar sc && sc.isNull()) {
        f = new YNode.Map(Map.of(), v.origin());
      } else if (v instanceof YNode.Map mm) {
        f = mm;
      } else {
        errors.add(at(v) + p.substring(0, p.length() - 1) + ": " + v.describe()
            + " is not allowed; expected a mapping such as {probability: 0.8} (or {} for a built-in project as it is)");
        continue;
      }
      checkKeys(f, p, LEVER);
      if (!bool(f, "enabled", p, true)) {
        continue;
      }
      int before = errors.size();
      Lever base = null;
      try {
        base = BuiltInLever.of(e.getKey()).lever();
      } catch (IllegalArgumentException notBuiltIn) {
        for (String required : List.of("corridors", "start_year")) {
          if (f.get(required) == null) {
            errors.add(e.getValue().keyOrigin() + ": " + p + required + ": missing; '" + e.getKey()
                + "' is not a built-in project (" + BuiltInLever.validNames() + ")"
                + didYouMean(e.getKey(), builtInNames()) + ", so it needs corridors, start_year and one of"
                + " trade_cost_change or direct_effect");
          }
        }
        if (f.get("trade_cost_change") == null && f.get("direct_effect") == null) {
          errors.add(e.getValue().keyOrigin() + ": " + p.substring(0, p.length() - 1)
              + ": give trade_cost_change (a fraction, negative for a cut) or direct_effect (a fraction of trade)");
        }
      }
      List<Corridor> corridors = new ArrayList<>();
      YNode cs = f.get("corridors");
      if (cs instanceof YNode.Seq seq) {
        for (YNode item : seq.items()) {
          try {
            corridors.add(Corridor.of(YNode.text(item)));
          } catch (IllegalArgumentException ex) {
            errors.add(at(item) + p + "corridors: " + item.describe() + " is not allowed; valid: " + Corridor.validIds());
          }
        }
      } else if (cs != null) {
        errors.add(at(cs) + p + "corridors: " + cs.describe() + " is not allowed; expected a list such as [VN-KH]");
      }
      OptionalInt start = optInt(f, "start_year", p, 1900, 2200);
      OptionalInt ramp = optInt(f, "ramp_years", p, 0, 100);
      OptionalDouble cost = number(f, "trade_cost_change", p, -0.999999, 10);
      OptionalDouble direct = number(f, "direct_effect", p, -0.999999, 10);
      OptionalDouble prob = number(f, "probability", p, 0, 1);
      OptionalDouble delay = number(f, "delay_mean_years", p, 0, 50);
      String basis = string(f, "basis", p, null);
      if (cost.isPresent() && direct.isPresent()) {
        errors.add(at(f.get("direct_effect")) + p + "direct_effect: give either trade_cost_change or direct_effect, not both");
        continue;
      }
      if (errors.size() > before) {
        continue;
      }
      try {
        Lever l;
        if (base == null) {
          l = cost.isPresent()
              ? Lever.tradeCost(e.getKey(), corridors, start.getAsInt(), ramp.orElse(0), cost.getAsDouble(),
                  prob.orElse(1), delay.orElse(0), basis == null ? "defined in " + e.getValue().keyOrigin().file() : basis)
              : Lever.direct(e.getKey(), corridors, start.getAsInt(), ramp.orElse(0), direct.getAsDouble(),
                  prob.orElse(1), delay.orElse(0), basis == null ? "defined in " + e.getValue().keyOrigin().file() : basis);
        } else {
          l = base;
          if (!corridors.isEmpty()) {
            l = l.withCorridors(corridors);
          }
          if (start.isPresent()) {
            l = l.withStartYear(start.getAsInt());
          }
          if (ramp.isPresent()) {
            l = l.withRampYears(ramp.getAsInt());
          }
          if (cost.isPresent()) {
            l = l.withTradeCostChange(cost.getAsDouble());
          }
          if (direct.isPresent()) {
            l = l.withDirectEffect(direct.getAsDouble());
          }
          if (prob.isPresent()) {
            l = l.withProbability(prob.getAsDouble());
          }
          if (delay.isPresent()) {
            l = l.withDelayMeanYears(delay.getAsDouble());
          }
          if (basis != null) {
            l = l.withBasis(basis);
          }
        }
        out.add(l);
      } catch (IllegalArgumentException ex) {
        errors.add(e.getValue().keyOrigin() + ": " + p.substring(0, p.length() - 1) + ": " + ex.getMessage());
      }
    }
    return out;
  }

  private static Set<String> builtInNames() {
    Set<String> names = new TreeSet<>();
    for (BuiltInLever b : BuiltInLever.values()) {
      names.add(b.lever().name());
    }
    return names;
  }

  /** The {@code macro} section. */
  private MacroSettings macro(YNode.Map root) {
    YNode.Map m = map(root, "macro", "");
    if (m == null) {
      return MacroSettings.NONE;
    }
    String p = "macro.";
    checkKeys(m, p, MACRO);
    OptionalDouble inflation = number(m, "inflation", p, -0.5, 1);
    OptionalDouble sd = number(m, "growth_sd", p, 0, 0.5);
    OptionalDouble corr = number(m, "correlation", p, 0, 1);
    OptionalDouble shift = number(m, "growth_shift", p, -0.5, 0.5);
    Map<Country, MacroSettings.CountryMacro> countries = new LinkedHashMap<>();
    YNode.Map cs = map(m, "countries", p);
    if (cs != null) {
      for (Map.Entry<String, YNode.Entry> e : cs.entries().entrySet()) {
        Country c;
        List<Country> covered = MacroPaths.embedded().countries();
        try {
          c = Country.of(e.getKey());
        } catch (IllegalArgumentException ex) {
          c = null;
        }
        if (c == null || !covered.contains(c)) {
          errors.add(e.getValue().keyOrigin() + ": " + p + "countries." + e.getKey() + ": unknown country"
              + (c == null ? "" : " for the macro data") + "; valid: "
              + String.join(", ", covered.stream().map(Country::id).toList()));
          continue;
        }
        String cp = p + "countries." + e.getKey() + ".";
        YNode v = e.getValue().value();
        if (!(v instanceof YNode.Map cm)) {
          errors.add(at(v) + cp.substring(0, cp.length() - 1) + ": " + v.describe() + " is not allowed; expected a mapping");
          continue;
        }
        checkKeys(cm, cp, COUNTRY_MACRO);
        countries.put(c, new MacroSettings.CountryMacro(number(cm, "medium_term_rate", cp, -0.5, 0.5),
            number(cm, "growth_shift", cp, -0.5, 0.5), number(cm, "growth_sd", cp, 0, 0.5)));
      }
    }
    return new MacroSettings(inflation, sd, corr, shift, countries);
  }

  /**
   * The {@code sensitivity} section: dotted path → [low, high]. Each end is checked by switching it
   * into the scenario alone; a value the scenario would reject is reported at the range.
   */
  private List<String> sensitivity(Path file, YNode.Map root, List<Path> chain) {
    YNode.Map m = map(root, "sensitivity", "");
    List<String> paths = new ArrayList<>();
    if (m == null) {
      return paths;
    }
    for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
      String where = "sensitivity." + e.getKey();
      YNode v = e.getValue().value();
      if (!(v instanceof YNode.Seq seq) || seq.items().size() != 2) {
        errors.add(at(v) + where + ": " + v.describe() + " is not allowed; expected [low, high], e.g. [0.0, 0.1]");
        continue;
      }
      if (e.getKey().startsWith("sensitivity") || e.getKey().equals("name")) {
        errors.add(e.getValue().keyOrigin() + ": " + where + ": cannot vary this key");
        continue;
      }
      List<String> path = List.of(e.getKey().split("\\."));
      for (YNode end : seq.items()) {
        try {
          check(file, root.without("sensitivity").with(path, end), chain);
        } catch (ScenarioException ex) {
          errors.add(at(end) + where + ": " + YNode.show(end) + " is not allowed there: "
              + ex.problems().get(0).replaceFirst("^.*?:\\d+:\\d+: ", ""));
        }
      }
      paths.add(e.getKey());
    }
    return paths;
  }

  private String shockType(YNode.Scalar s, String path) {
    String v = s.text().toLowerCase(Locale.ROOT);
    if (Set.of("normal", "t", "bootstrap").contains(v)) {
      return v;
    }
    errors.add(at(s) + path + ": '" + s.text() + "' is not allowed; expected normal, t or bootstrap" + didYouMean(v, Set.of("normal", "t", "bootstrap")));
    return "normal";
  }

  private OutputSettings outputs(YNode.Map root) {
    YNode.Map o = map(root, "outputs", "");
    if (o == null) {
      return new OutputSettings(OutputSettings.DEFAULT_QUANTILES, 90, 20);
    }
    String p = "outputs.";
    checkKeys(o, p, OUTPUTS);
    List<Double> qs = new ArrayList<>(OutputSettings.DEFAULT_QUANTILES);
    YNode q = o.get("quantiles");
    if (q instanceof YNode.Seq s) {
      qs.clear();
      for (YNode item : s.items()) {
        Double v = parseDouble(item, p + "quantiles", 1e-9, 1 - 1e-9);
        if (v != null) {
          qs.add(v);
        }
      }
    } else if (q != null) {
      errors.add(at(q) + p + "quantiles: " + q.describe() + " is not allowed; expected a list of fractions, e.g. [0.05, 0.5, 0.95]");
    }
    double band = number(o, "band", p, 1, 99.999).orElse(90);
    int samples = integer(o, "sample_paths", p, 20, 0, 10_000);
    return new OutputSettings(qs, band, samples);
  }

  // ---- typed readers, each adds an error and returns a default on a bad value -----------------

  private String kind(YNode.Map m, String path, String dflt) {
    YNode k = m.get("kind");
    if (k == null) {
      return dflt;
    }
    String text = YNode.text(k);
    try {
      return ModelKind.of(text).id();
    } catch (IllegalArgumentException e) {
      Set<String> names = new TreeSet<>();
      for (ModelKind mk : ModelKind.values()) {
        names.add(mk.id());
      }
      errors.add(at(k) + path + "kind: " + k.describe() + " is not allowed; valid: " + ModelKind.validNames()
          + didYouMean(text == null ? "" : text, names));
      return dflt;
    }
  }

  private Map<String, String> params(YNode.Map m, String path, String kind) {
    YNode.Map pm = map(m, "params", path);
    Map<String, String> out = new LinkedHashMap<>();
    if (pm == null) {
      return out;
    }
    Set<String> valid;
    try {
      valid = ModelKind.of(kind).calibrator().parameterNames();
    } catch (RuntimeException e) {
      valid = null;
    }
    for (Map.Entry<String, YNode.Entry> e : pm.entries().entrySet()) {
      YNode v = e.getValue().value();
      String text = YNode.text(v);
      if (valid != null && !valid.contains(e.getKey())) {
        errors.add(e.getValue().keyOrigin() + ": " + path + "params." + e.getKey() + ": unknown parameter for "
            + kind + "; valid: " + (valid.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(valid)))
            + didYouMean(e.getKey(), valid));
      } else if (text == null) {
        errors.add(at(v) + path + "params." + e.getKey() + ": " + v.describe() + " is not allowed; expected a number or true/false");
      } else {
        out.put(e.getKey(), text);
      }
    }
    return out;
  }

  private void checkKeys(YNode.Map m, String path, Set<String> valid) {
    for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
      if (!valid.contains(e.getKey())) {
        errors.add(e.getValue().keyOrigin() + ": " + path + e.getKey() + ": unknown key; valid here: "
            + String.join(", ", new TreeSet<>(valid)) + didYouMean(e.getKey(), valid));
      }
    }
  }

  private YNode.Map map(YNode.Map m, String key, String path) {
    YNode v = m.get(key);
    if (v == null || (v instanceof YNode.Scalar s && s.isNull())) {
      return null;
    }
    if (v instanceof YNode.Map mm) {
      return mm;
    }
    errors.add(at(v) + path + key + ": " + v.describe() + " is not allowed; expected a mapping (key: value lines)");
    return null;
  }

  private String string(YNode.Map m, String key, String path, String dflt) {
    YNode v = m.get(key);
    if (v == null || (v instanceof YNode.Scalar s && s.isNull())) {
      return dflt;
    }
    String t = YNode.text(v);
    if (t == null) {
      errors.add(at(v) + path + key + ": " + v.describe() + " is not allowed; expected text");
      return dflt;
    }
    return t;
  }

  private int integer(YNode.Map m, String key, String path, int dflt, int lo, int hi) {
    YNode v = m.get(key);
    if (v == null || (v instanceof YNode.Scalar s && s.isNull())) {
      return dflt;
    }
    Integer i = parseInt(v, path + key, lo, hi);
    return i == null ? dflt : i;
  }

  private OptionalInt optInt(YNode.Map m, String key, String path, int lo, int hi) {
    YNode v = m.get(key);
    if (v == null || (v instanceof YNode.Scalar s && s.isNull())) {
      return OptionalInt.empty();
    }
    Integer i = parseInt(v, path + key, lo, hi);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  private Integer parseInt(YNode v, String path, int lo, int hi) {
    String t = YNode.text(v);
    if (t != null) {
      try {
        long x = Long.parseLong(t.replace("_", ""));
        if (x >= lo && x <= hi) {
          return (int) x;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    errors.add(at(v) + path + ": " + v.describe() + " is not allowed; expected a whole number from " + lo + " to " + hi);
    return null;
  }

  private OptionalDouble number(YNode.Map m, String key, String path) {
    return number(m, key, path, -Double.MAX_VALUE, Double.MAX_VALUE);
  }

  private OptionalDouble number(YNode.Map m, String key, String path, double lo, double hi) {
    YNode v = m.get(key);
    if (v == null || (v instanceof YNode.Scalar s && s.isNull())) {
      return OptionalDouble.empty();
    }
    Double d = parseDouble(v, path + key, lo, hi);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  private OptionalDouble positive(YNode.Map m, String key, String path) {
    YNode v = m.get(key);
    if (v == null || (v instanceof YNode.Scalar s && s.isNull())) {
      return OptionalDouble.empty();
    }
    Double d = parseDouble(v, path + key, Double.MIN_VALUE, Double.MAX_VALUE);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  private Double parseDouble(YNode v, String path, double lo, double hi) {
    String t = YNode.text(v);
    if (t != null) {
      try {
        double x = Double.parseDouble(t.replace("_", ""));
        if (Double.isFinite(x) && x >= lo && x <= hi) {
          return x;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    String range = lo == Double.MIN_VALUE ? "a number > 0"
        : lo == -Double.MAX_VALUE ? "a finite number"
        : "a number from " + fmt(lo) + " to " + fmt(hi);
    errors.add(at(v) + path + ": " + v.describe() + " is not allowed; expected " + range);
    return null;
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  private boolean bool(YNode.Map m, String key, String path, boolean dflt) {
    YNode v = m.get(key);
    if (v == null || (v instanceof YNode.Scalar s && s.isNull())) {
      return dflt;
    }
    String t = YNode.text(v);
    if ("true".equalsIgnoreCase(t)) {
      return true;
    }
    if ("false".equalsIgnoreCase(t)) {
      return false;
    }
    errors.add(at(v) + path + key + ": " + v.describe() + " is not allowed; expected true or false");
    return dflt;
  }

  private static String at(YNode v) {
    return v.origin() + ": ";
  }

  /** " (did you mean 'x'?)" when a valid name is within edit distance 2, else "". */
  static String didYouMean(String bad, Set<String> valid) {
    String best = null;
    int bestD = 3;
    for (String v : valid) {
      int d = distance(bad.toLowerCase(Locale.ROOT), v);
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
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
