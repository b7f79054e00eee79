package org.tradetarget.scenarios.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.io.Origin;
import org.tradetarget.scenarios.io.ScenarioException;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.io.YNode;
import org.tradetarget.scenarios.io.YamlReader;
import org.tradetarget.scenarios.report.HtmlTable;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.ResultReports;
import org.tradetarget.scenarios.report.Rows;
import org.tradetarget.scenarios.report.RunReport;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ProgressListener;
import org.tradetarget.scenarios.run.ScenarioPreparer;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRun;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * One scenario file opened for exploring: its resolved tree, read once, and what a request can do
 * with it. An override is a dotted path into the resolved scenario (the paths {@code sweep --vary}
 * takes) with a value; a request's overrides are laid on an immutable copy of the tree with {@link
 * YNode.Map#with}, checked with {@link ScenarioLoader#check} (so a bad value gets the message {@code
 * validate} gives) and run as {@code run} runs the file the page would save, at the explorer's
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

  private static final Origin OVERRIDE = ExplorerRequest.OVERRIDE;

  private final Path file;
  private final List<Path> chain;
  private final YNode.Map fileTree;
  private final YNode.Map baseTree;
  private final int paths;
  private final int filePaths;
  private final boolean fileOddsByModel;
  private final ScenarioSpec baseSpec;
  private final List<PreparedCorridor> basePrepared;

  private Explorer(Path file, List<Path> chain, YNode.Map fileTree, int paths) {
    this.file = file;
    this.chain = List.copyOf(chain);
    this.fileTree = fileTree;
    ScenarioSpec asFiled = ScenarioLoader.check(file, fileTree, chain);
    this.filePaths = asFiled.simulation().paths();
    this.fileOddsByModel = asFiled.outputs().oddsByModel();
    this.paths = paths;
    this.baseTree = fileTree
        .with(List.of("simulation", "paths"), scalar(Integer.toString(paths)))
        .with(List.of("outputs", "odds_by_model"), scalar("false"));
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
    if (paths < 1 || paths > SimulationSpec.MAX_PATHS) {
      throw new InvalidInputException("option '--paths': " + paths
          + " is not allowed; expected a whole number from 1 to " + SimulationSpec.MAX_PATHS);
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

  private static YNode.Scalar scalar(String text) {
    return new YNode.Scalar(text, false, OVERRIDE);
  }

  /** The request body's overrides, checked against what a request may change. */
  public Map<String, YNode> overrides(String body) {
    return ExplorerRequest.overrides(body, paths);
  }

  /**
   * Runs the scenario the page would save with these overrides, as {@code run} runs the saved file
   * beside the explored one: the same name, files, provenance and settings, so its {@code
   * results.json} is the same bytes.
   */
  public ScenarioRun run(Map<String, YNode> overrides) {
    String text = saveYaml(overrides);
    Path saved = file.resolveSibling(savedName() + ".yaml");
    Path abs = saved.toAbsolutePath().normalize();
    // resolved as extends resolves it: the explored file's tree under the saved file's own keys
    YNode.Map own = YamlReader.read(saved, new StringReader(text));
    YNode.Map tree =
        fileTree.without("name", "description", "extends").overlay(own.without("extends"));
    List<Path> savedChain = new ArrayList<>(List.of(abs));
    savedChain.addAll(chain);
    ScenarioSpec s = ScenarioLoader.check(saved, tree, savedChain);
    // fitted afresh for every request, as run does: no fitted object is shared between requests
    return ScenarioRun.of(s, 0, ProgressListener.NONE, Map.of(abs, text));
  }

  // ---- answers ----------------------------------------------------------------------------------

  /** {@code POST /api/run}: the results.json {@code run} writes for the file the page would save. */
  public String resultsJson(String body) {
    return RunReport.json(run(overrides(body)));
  }

  /**
   * {@code POST /api/view}: what the page shows, from one run: {@code results} (the results.json
   * object, unchanged), {@code summary} (the table {@code run} prints), {@code summary_html} (the
   * same as an HTML table that wraps to its box) and per corridor its three
   * charts as SVG.
   */
  public String viewJson(String body) {
    ScenarioRun run = run(overrides(body));
    ScenarioResult r = run.base();
    ObjectNode j = Render.object();
    j.set("results", RunReport.jsonTree(run));
    j.put("summary", ResultReports.summaryTable(List.of(r)));
    // the page shows one scenario: its name column is left out
    Rows all = ResultReports.summaryRows(List.of(r));
    Rows shown = all.select(all.names().subList(1, all.names().size()).toArray(new String[0]));
    all.notes().forEach(shown::note);
    j.put("summary_html", HtmlTable.of(shown, "summary-table"));
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
    } else if (ExplorerRequest.INTEGER.matcher(t).matches() && t.length() < 18) {
      return Render.node(Long.parseLong(t));
    } else if (SavedScenario.DECIMAL.matcher(t).matches()
        && Double.isFinite(Double.parseDouble(t))) {
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
    for (Controls.Control c : Controls.of(baseSpec, basePrepared)) {
      controls.add(c.json());
    }
    return Render.json(j) + "\n";
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
   * when the explorer runs another number of paths than the file, and {@code
   * outputs.odds_by_model: false} (the explorer leaves the odds by model out: one more simulation
   * per kind) unless the body sets it. {@code tradetarget run} on it
   * gives the numbers {@code POST /api/run} gives for the same body. A null value is written as
   * YAML null, which the scenario reads as unset.
   */
  public String saveYaml(String body) {
    return saveYaml(overrides(body));
  }

  private String saveYaml(Map<String, YNode> overrides) {
    Map<String, YNode> o = new LinkedHashMap<>(overrides);
    check(o); // a file that would not load is not offered
    if (!o.containsKey("simulation.paths") && paths != filePaths) {
      o.put("simulation.paths", scalar(Integer.toString(paths)));
    }
    if (!o.containsKey("outputs.odds_by_model") && fileOddsByModel) {
      o.put("outputs.odds_by_model", scalar("false"));
    }
    return SavedScenario.yaml(fileName(), savedName(), baseSpec.name(), o);
  }

  /** Lower-case ASCII, for comparing header values. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
