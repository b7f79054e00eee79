package org.tradetarget.scenarios.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.scenarios.io.Origin;
import org.tradetarget.scenarios.io.ScenarioException;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.io.YNode;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.ResultReports;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ScenarioPreparer;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * One scenario file opened for exploring: its resolved tree, read once, and what a request can do
 * with it. An override is a dotted path into the resolved scenario (the paths {@code sweep --vary}
 * takes) with a value; a request's overrides are laid on an immutable copy of the tree with {@link
 * YNode.Map#with}, checked with {@link ScenarioLoader#check} (so a bad value gets the message {@code
 * validate} gives) and run by {@link ScenarioRunner} exactly as {@code run} does, at the explorer's
 * number of paths and the file's seed. Nothing is shared between requests but the immutable base
 * tree, so concurrent requests cannot mix.
 *
 * <p>Overrides may not name files or leave the scenario: {@code extends}, {@code name}, {@code
 * description}, {@code sensitivity}, a corridor's {@code data} and {@code simulation.threads} are
 * refused, and so is {@code simulation.paths} above the explorer's paths.
 */
public final class Explorer {
  /** The number of paths the explorer runs unless told otherwise. */
  public static final int DEFAULT_PATHS = 20_000;
  /** The most overrides one request may carry. */
  static final int MAX_OVERRIDES = 200;

  /** Where override values come from, for messages; its place prefix is dropped from problems. */
  private static final Origin OVERRIDE = new Origin(Path.of("override"), 0, 0);

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_ ,/&-]*");
  private static final Pattern PLAIN_YAML_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final Path file;
  private final List<Path> chain;
  private final YNode.Map baseTree;
  private final int paths;
  private final int filePaths;
  private final ScenarioSpec baseSpec;
  private final List<PreparedCorridor> basePrepared;

  private Explorer(Path file, List<Path> chain, YNode.Map fileTree, int paths) {
    this.file = file;
    this.chain = List.copyOf(chain);
    this.filePaths = ScenarioLoader.check(file, fileTree, chain).simulation().paths();
    this.paths = paths;
    this.baseTree = fileTree.with(
        List.of("simulation", "paths"), new YNode.Scalar(Integer.toString(paths), false, OVERRIDE));
    this.baseSpec = ScenarioLoader.check(file, baseTree, chain);
    this.basePrepared = ScenarioPreparer.prepare(baseSpec);
  }

  /**
   * Opens a scenario file: resolves {@code extends}, checks it and fits its corridors once, so that a
   * bad file fails here and not at the first request.
   *
   * @param paths the number of simulated paths of every run, &gt; 0
   * @throws ScenarioException listing the file's problems
   * @throws InvalidInputException for data or fitting problems, or a bad number of paths
   */
  public static Explorer open(Path file, int paths) {
    if (paths < 1 || paths > 100_000_000) {
      throw new InvalidInputException("option '--paths': " + paths
          + " is not allowed; expected a whole number from 1 to 100000000");
    }
    List<Path> chain = new ArrayList<>();
    // the sensitivity section stays: run checks its ranges against the changed scenario too, so a
    // change that run would refuse for the saved file is refused here as well
    YNode.Map tree = ScenarioLoader.resolvedTree(file, chain);
    ScenarioLoader.check(file, tree, chain);
    return new Explorer(file, chain, tree, paths);
  }

  /** The scenario file as given. */
  public Path file() {
    return file;
  }

  /** The number of paths of every run. */
  public int paths() {
    return paths;
  }

  /** The scenario as the file states it, with the explorer's paths. */
  public ScenarioSpec spec() {
    return baseSpec;
  }

  // ---- overrides --------------------------------------------------------------------------------

  /**
   * Reads a request body, a JSON object of dotted path → value, into overrides in the order given.
   * A value is a number, text, true/false, a list of those, or null (remove the key, back to its
   * default).
   *
   * @throws IllegalArgumentException naming the bad key or value and what is allowed
   */
  public Map<String, YNode> overrides(String body) {
    Object v = body == null || body.isBlank() ? Map.of() : JsonIn.parse(body);
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(
          "the request body must be a JSON object of dotted path to value, e.g. "
              + "{\"assumed_deadline\": 2028}");
    }
    if (m.size() > MAX_OVERRIDES) {
      throw new IllegalArgumentException(
          "a request may carry at most " + MAX_OVERRIDES + " overrides, got " + m.size());
    }
    Map<String, YNode> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String path = (String) e.getKey();
      checkPath(path);
      for (String other : out.keySet()) {
        if (path.startsWith(other + ".") || other.startsWith(path + ".")) {
          throw new IllegalArgumentException(
              "overrides '" + other + "' and '" + path + "' overlap; give each value once");
        }
      }
      YNode node = node(path, e.getValue());
      if (path.equals("simulation.paths") && node instanceof YNode.Scalar s && !s.isNull()) {
        String t = s.text().replace("_", "");
        if (INTEGER.matcher(t).matches() && (t.length() > 10 || Long.parseLong(t) > paths)) {
          throw new IllegalArgumentException(
              "simulation.paths: " + s.text() + " is not allowed; this explorer runs at most "
                  + paths + " paths (start it with --paths N for more)");
        }
      }
      out.put(path, node);
    }
    return out;
  }

  private static void checkPath(String path) {
    String[] parts = path.split("\\.", -1);
    for (String p : parts) {
      if (!KEY.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "override '" + path + "' is not allowed; expected a dotted path into the "
                + "scenario, e.g. levers.phnom-penh-bavet-expressway.delay_mean_years");
      }
    }
    Set<String> fixed = Set.of("extends", "name", "description", "sensitivity");
    if (fixed.contains(parts[0])) {
      throw new IllegalArgumentException(
          "override '" + path + "' is not allowed; " + parts[0] + " is fixed by the scenario file");
    }
    if (parts.length >= 3 && parts[0].equals("corridors") && parts[2].equals("data")) {
      throw new IllegalArgumentException(
          "override '" + path + "' is not allowed; the explorer reads no file a request "
              + "names (set data in the scenario file)");
    }
    if (path.equals("simulation.threads") || path.startsWith("simulation.threads.")) {
      throw new IllegalArgumentException(
          "override '" + path + "' is not allowed; results do not depend on threads");
    }
  }

  private static YNode node(String path, Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?>) {
      throw new IllegalArgumentException(
          "override '" + path + "': a mapping is not allowed; give each key by its own "
              + "dotted path, e.g. \"" + path + ".probability\": 0.1");
    }
    if (v instanceof List<?> l) {
      List<YNode> items = new ArrayList<>();
      for (Object o : l) {
        YNode n = node(path, o);
        items.add(n == null ? new YNode.Scalar("", true, OVERRIDE) : n);
      }
      return new YNode.Seq(items, OVERRIDE);
    }
    return new YNode.Scalar(v.toString(), false, OVERRIDE);
  }

  /** The scenario with the overrides laid on, checked. */
  ScenarioSpec check(Map<String, YNode> overrides) {
    YNode.Map t = baseTree;
    for (Map.Entry<String, YNode> e : overrides.entrySet()) {
      t = t.with(Arrays.asList(e.getKey().split("\\.")), e.getValue());
    }
    try {
      return ScenarioLoader.check(file, t, chain);
    } catch (ScenarioException e) {
      // the request's own values first (they have no place in a file), then what they upset in the
      // file
      List<String> problems = new ArrayList<>();
      List<String> inFile = new ArrayList<>();
      for (String p : e.problems()) {
        if (p.startsWith(OVERRIDE + ": ")) {
          problems.add(p.substring(OVERRIDE.toString().length() + 2));
        } else {
          inFile.add(p);
        }
      }
      problems.addAll(inFile);
      throw new ScenarioException(problems);
    }
  }

  /** Runs the scenario with the overrides, as {@code run} would run the saved file. */
  public ScenarioResult run(Map<String, YNode> overrides) {
    ScenarioSpec s = check(overrides);
    // prepared afresh for every request, as run does: no fitted object is shared between requests
    return ScenarioRunner.run(s, ScenarioPreparer.prepare(s), 0);
  }

  // ---- answers ----------------------------------------------------------------------------------

  /** {@code POST /api/run}: the results.json of the scenario with the body's overrides. */
  public String resultsJson(String body) {
    return ResultReports.json(run(overrides(body)));
  }

  /**
   * {@code POST /api/view}: what the page shows, from one run: {@code results} (the results.json
   * object, unchanged), {@code summary} (the table {@code run} prints) and per corridor its three
   * charts as SVG.
   */
  public String viewJson(String body) {
    ScenarioResult r = run(overrides(body));
    ObjectNode j = Render.object();
    j.set("results", ResultReports.jsonTree(r));
    j.put("summary", ResultReports.summaryTable(List.of(r)));
    ArrayNode charts = j.putArray("charts");
    List<String> ids = ResultReports.corridorIds(r);
    for (int i = 0; i < ids.size(); i++) {
      charts
          .addObject()
          .put("corridor", ids.get(i))
          .put("fan", ResultReports.fanSvg(r, i))
          .put("odds", ResultReports.oddsSvg(r, i))
          .put("first_passage", ResultReports.firstPassageSvg(r, i));
    }
    return Render.json(j) + "\n";
  }

  /** {@code GET /api/scenario}: the resolved scenario (with the explorer's paths) as JSON. */
  public String scenarioJson() {
    return Render.json(tree(baseTree)) + "\n";
  }

  private static JsonNode tree(YNode n) {
    if (n instanceof YNode.Map m) {
      ObjectNode o = Render.object();
      for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
        o.set(e.getKey(), tree(e.getValue().value()));
      }
      return o;
    } else if (n instanceof YNode.Seq s) {
      ArrayNode a = Render.array();
      for (YNode item : s.items()) {
        a.add(tree(item));
      }
      return a;
    } else {
      return scalar((YNode.Scalar) n);
    }
  }

  private static JsonNode scalar(YNode.Scalar s) {
    String t = s.text();
    if (s.isNull()) {
      return Render.node(null);
    } else if (t.equals("true") || t.equals("false")) {
      return Render.node(Boolean.parseBoolean(t));
    } else if (INTEGER.matcher(t).matches() && t.length() < 18) {
      return Render.node(Long.parseLong(t));
    } else if (DECIMAL.matcher(t).matches() && Double.isFinite(Double.parseDouble(t))) {
      return Render.node(Double.parseDouble(t));
    } else {
      return Render.node(t);
    }
  }

  /**
   * {@code GET /api/info}: what the page needs to draw its controls: the file, the paths, and one
   * control per assumption with its path, its value in the file (as the scenario resolves it) and
   * its range.
   */
  public String infoJson() {
    ObjectNode j = Render.object();
    j.put("file", fileName());
    j.put("name", baseSpec.name());
    j.put("description", baseSpec.description());
    j.put("paths", paths);
    j.put("file_paths", filePaths);
    j.put("seed", baseSpec.simulation().seed());
    ObjectNode kinds = j.putObject("kinds");
    for (ModelKind k : ModelKind.values()) {
      ArrayNode a = kinds.putArray(k.id());
      new TreeSet<>(k.calibrator().parameterNames()).forEach(a::add);
    }
    ArrayNode controls = j.putArray("controls");
    for (Control c : controls()) {
      controls.add(c.json());
    }
    return Render.json(j) + "\n";
  }

  /**
   * One control of the page.
   *
   * @param path the dotted path it sets
   * @param group the heading it sits under
   * @param label what it is, with its unit
   * @param type {@code int}, {@code number}, {@code bool}, {@code select} or {@code text}
   * @param value its value as the file resolves it (text), or null when unset
   * @param min the lowest value of a slider
   * @param max the highest
   * @param step the slider's step
   * @param options the choices of a select
   * @param note a remark shown beside it, or null
   */
  record Control(
      String path,
      String group,
      String label,
      String type,
      String value,
      double min,
      double max,
      double step,
      List<String> options,
      String note) {
    ObjectNode json() {
      ObjectNode j = Render.object();
      j.put("path", path)
          .put("group", group)
          .put("label", label)
          .put("type", type)
          .put("value", value);
      if (type.equals("int") || type.equals("number")) {
        j.put("min", min).put("max", max).put("step", step);
      }
      if (!options.isEmpty()) {
        options.forEach(j.putArray("options")::add);
      }
      return j.put("note", note);
    }
  }

  private static Control slider(
      String path,
      String group,
      String label,
      String type,
      double value,
      double min,
      double max,
      double step,
      String note) {
    return new Control(
        path,
        group,
        label,
        type,
        fmt(value),
        Math.min(min, value),
        Math.max(max, value),
        step,
        List.of(),
        note);
  }

  List<Control> controls() {
    List<Control> out = new ArrayList<>();
    ScenarioSpec s = baseSpec;
    String g = "Deadlines";
    out.add(slider(
        "assumed_deadline",
        g,
        "assumed deadline (year, targets without a sourced year)",
        "int",
        s.assumedDeadline(),
        2026,
        2045,
        1,
        null));
    for (PreparedCorridor c : basePrepared) {
      String id = c.spec().corridor().id();
      out.add(slider(
          "corridors." + id + ".target.deadline",
          g,
          id + " deadline (year)",
          "int",
          c.deadline(),
          c.baseYear() + 1,
          2045,
          1,
          c.deadlineAssumed() ? "assumed: follows assumed_deadline until moved" : null));
    }
    List<String> kinds = Arrays.stream(ModelKind.values()).map(ModelKind::id).toList();
    for (CorridorSpec c : s.corridors()) {
      String id = c.corridor().id();
      g = "Model " + id;
      out.add(new Control(
          "corridors." + id + ".model.kind",
          g,
          id + " model kind",
          "select",
          c.model().id(),
          0,
          0,
          0,
          kinds,
          null));
      for (String p : new TreeSet<>(c.model().calibrator().parameterNames())) {
        out.add(new Control(
            "corridors." + id + ".model.params." + p,
            g,
            id + " " + p + " (blank = not set: fitted)",
            "text",
            c.params().value(p),
            0,
            0,
            0,
            List.of(),
            null));
      }
    }
    g = "Levers";
    Map<String, Lever> levers = new LinkedHashMap<>();
    BuiltInLever.all().forEach(l -> levers.put(l.name(), l));
    Set<String> on = new TreeSet<>();
    for (Lever l : s.levers()) {
      levers.put(l.name(), l);
      on.add(l.name());
    }
    for (Lever l : levers.values()) {
      String p = "levers." + l.name() + ".";
      String where = String.join(", ", l.corridors().stream().map(x -> x.id()).toList());
      out.add(new Control(
          p + "enabled",
          g,
          l.name() + " (" + where + ") on",
          "bool",
          Boolean.toString(on.contains(l.name())),
          0,
          0,
          0,
          List.of(),
          (l.isTradeCost() ? "trade-cost change " : "direct effect ") + fmt(l.size())));
      out.add(slider(
          p + "probability",
          g,
          l.name() + " probability of completion",
          "number",
          l.probability(),
          0,
          1,
          0.05,
          null));
      out.add(slider(
          p + "start_year",
          g,
          l.name() + " start year",
          "int",
          l.startYear(),
          2024,
          2040,
          1,
          null));
      out.add(slider(
          p + "delay_mean_years",
          g,
          l.name() + " mean delay (years)",
          "number",
          l.delayMeanYears(),
          0,
          10,
          0.5,
          null));
    }
    SimulationSettings sim = s.simulation();
    g = "Shocks and crises";
    out.add(slider(
        "simulation.jumps.probability",
        g,
        "crisis jump probability (a year)",
        "number",
        sim.jumps().map(CrisisJumps::probability).orElse(0.0),
        0,
        0.3,
        0.01,
        null));
    out.add(slider(
        "simulation.jumps.mean",
        g,
        "crisis jump mean (log size)",
        "number",
        sim.jumps().map(CrisisJumps::meanLogSize).orElse(0.0),
        -1,
        0,
        0.01,
        null));
    out.add(slider(
        "simulation.jumps.sd",
        g,
        "crisis jump sd (log size)",
        "number",
        sim.jumps().map(CrisisJumps::sdLogSize).orElse(0.0),
        0,
        0.5,
        0.01,
        null));
    out.add(new Control(
        "simulation.shocks.type",
        g,
        "shock distribution",
        "select",
        sim.shocks().model().id(),
        0,
        0,
        0,
        List.of("normal", "t", "bootstrap"),
        null));
    out.add(new Control(
        "simulation.shocks.df",
        g,
        "Student-t degrees of freedom (> 2)",
        "text",
        sim.shocks().model() == ShockModel.STUDENT_T ? fmt(sim.shocks().degreesOfFreedom()) : null,
        0,
        0,
        0,
        List.of(),
        null));
    out.add(slider(
        "simulation.persistence",
        g,
        "persistence φ (1 = shocks are permanent)",
        "number",
        sim.persistence().orElse(1),
        0,
        1,
        0.05,
        null));
    out.add(new Control(
        "simulation.parameter_uncertainty",
        g,
        "parameter uncertainty",
        "bool",
        Boolean.toString(sim.parameterUncertainty()),
        0,
        0,
        0,
        List.of(),
        null));
    g = "Macro";
    out.add(slider(
        "macro.growth_shift",
        g,
        "GDP growth shift (fraction a year, every country)",
        "number",
        s.macro().growthShift().orElse(0),
        -0.05,
        0.05,
        0.005,
        null));
    return out;
  }

  private static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private String fileName() {
    Path n = file.getFileName();
    return n == null ? file.toString() : n.toString();
  }

  // ---- saving -----------------------------------------------------------------------------------

  /** The name a saved scenario gets. */
  public String savedName() {
    return baseSpec.name() + "-explored";
  }

  /**
   * {@code POST /api/save}: a scenario file that {@code extends} this one by its file name (so it
   * works saved beside it) and sets exactly the body's overrides, plus {@code simulation.paths}
   * when the explorer runs another number of paths than the file. {@code tradetarget run} on it
   * gives the numbers {@code POST /api/run} gives for the same body. A null value is written as
   * YAML null, which the scenario reads as unset.
   */
  public String saveYaml(String body) {
    Map<String, YNode> o = new LinkedHashMap<>(overrides(body));
    check(o); // a file that would not load is not offered
    if (!o.containsKey("simulation.paths") && paths != filePaths) {
      o.put("simulation.paths", new YNode.Scalar(Integer.toString(paths), false, OVERRIDE));
    }
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
        .append(fileName())
        .append("': the scenario of ")
        .append(fileName())
        .append(" with the values below changed.\n");
    y.append("# Keep this file beside ")
        .append(fileName())
        .append(" (it extends it by that name).\n");
    y.append("name: ").append(savedName()).append('\n');
    StringBuilder what = new StringBuilder();
    for (Map.Entry<String, YNode> e : o.entrySet()) {
      what.append(what.length() == 0 ? "" : "; ")
          .append(e.getKey())
          .append(" = ")
          .append(YNode.show(e.getValue()));
    }
    y.append("description: ")
        .append(quote(baseSpec.name() + (o.isEmpty() ? " unchanged" : " with " + what)))
        .append('\n');
    y.append("extends: ").append(quote(fileName())).append('\n');
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

  /** Lower-case ASCII, for comparing header values. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
