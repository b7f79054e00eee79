package org.tradetarget.scenarios.run;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.scenarios.io.Origin;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.io.YNode;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * Which assumption matters most. A tornado moves each assumption of the scenario's {@code
 * sensitivity} section to the low and the high end of its range, one at a time, and reports the
 * effect on P(met by the deadline) and on the deadline median; a sweep runs a grid over one or two
 * values. Every run uses the scenario's seed, so all runs share common random numbers and the
 * differences are not Monte Carlo noise between independent runs.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * One assumption's effect on one corridor.
   *
   * @param path the dotted path of the assumption
   * @param low the low end as written
   * @param high the high end as written
   * @param corridor the corridor id
   * @param pBase P(met by the deadline) at the scenario's own value
   * @param pLow P(met) with the low end
   * @param pHigh P(met) with the high end
   * @param medianBase the deadline median at the scenario's own value, US$ million
   * @param medianLow the deadline median with the low end
   * @param medianHigh the deadline median with the high end
   */
  public record Bar(
      String path,
      String low,
      String high,
      String corridor,
      double pBase,
      double pLow,
      double pHigh,
      double medianBase,
      double medianLow,
      double medianHigh) {
    /** The swing in P(met) between the two ends. */
    public double swing() {
      return Math.abs(pHigh - pLow);
    }
  }

  /**
   * A tornado: the base run and the bars, sorted per corridor by swing, largest first.
   *
   * @param base the scenario as written
   * @param bars one per assumption and corridor
   */
  public record Tornado(ScenarioResult base, List<Bar> bars) {}

  /** Runs the tornado of a scenario file's {@code sensitivity} section. */
  public static Tornado tornado(Path file, ProgressListener progress) {
    List<Path> chain = new ArrayList<>();
    YNode.Map tree = ScenarioLoader.resolvedTree(file, chain);
    ScenarioSpec spec = ScenarioLoader.check(file, tree, chain);
    if (spec.sensitivity().isEmpty()) {
      throw new InvalidInputException(file
          + ": no sensitivity section; add one, e.g. 'sensitivity: {simulation.persistence: [0.5,"
          + " 1.0]}' (each dotted path with its low and high value)");
    }
    progress.started(spec.name());
    ScenarioResult base = ScenarioRunner.run(spec, progress);
    YNode.Map plain = tree.without("sensitivity");
    YNode.Map ranges = (YNode.Map) tree.get("sensitivity");
    List<Bar> bars = new ArrayList<>();
    for (String path : spec.sensitivity()) {
      YNode.Seq range = (YNode.Seq) ranges.get(path);
      List<String> p = Arrays.asList(path.split("\\."));
      ScenarioResult[] ends = new ScenarioResult[2];
      for (int k = 0; k < 2; k++) {
        progress.started(
            spec.name() + " with " + path + " = " + YNode.show(range.items().get(k)));
        ends[k] = ScenarioRunner.run(
            ScenarioLoader.check(file, plain.with(p, range.items().get(k)), chain), progress);
      }
      for (int i = 0; i < base.summaries().size(); i++) {
        OutlookResult b = base.summaries().get(i);
        OutlookResult lo = find(ends[0], b.name());
        OutlookResult hi = find(ends[1], b.name());
        if (lo != null && hi != null) {
          bars.add(new Bar(
              path,
              YNode.show(range.items().get(0)),
              YNode.show(range.items().get(1)),
              b.name(),
              b.pMet(),
              lo.pMet(),
              hi.pMet(),
              b.median(),
              lo.median(),
              hi.median()));
        }
      }
    }
    List<String> order = base.summaries().stream().map(OutlookResult::name).toList();
    bars.sort(Comparator.comparingInt((Bar x) -> order.indexOf(x.corridor()))
        .thenComparing(Comparator.comparingDouble(Bar::swing).reversed()));
    return new Tornado(base, bars);
  }

  private static OutlookResult find(ScenarioResult r, String corridor) {
    return r.summaries().stream()
        .filter(s -> s.name().equals(corridor))
        .findFirst()
        .orElse(null);
  }

  /**
   * A value to vary: a dotted path and a grid from {@code from} to {@code to} by {@code step}.
   *
   * @param path the dotted path into the resolved scenario
   * @param from the first value
   * @param to the last value (included when the steps land on it)
   * @param step the step, &gt; 0
   */
  public record Vary(String path, BigDecimal from, BigDecimal to, BigDecimal step) {
    /** Validates the grid. */
    public Vary {
      if (step.signum() <= 0) {
        throw new InvalidInputException(
            "--vary " + path + ": step " + step + " is not allowed; expected a step > 0");
      }
      if (to.compareTo(from) < 0) {
        throw new InvalidInputException(
            "--vary " + path + ": " + to + " is below " + from + "; expected FROM <= TO");
      }
      if (values(from, to, step).size() > 200) {
        throw new InvalidInputException(
            "--vary " + path + ": more than 200 values; use a larger step");
      }
    }

    /**
     * Parses {@code PATH=FROM:TO:STEP}.
     *
     * @throws InvalidInputException naming the bad text and the expected form
     */
    public static Vary parse(String text) {
      int eq = text.indexOf('=');
      String[] g = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
      if (eq <= 0 || g.length != 3) {
        throw new InvalidInputException(
            "--vary '" + text
                + "' is not allowed; expected PATH=FROM:TO:STEP, e.g. simulation.jumps.probability=0:0.2:0.05");
      }
      try {
        return new Vary(
            text.substring(0, eq).trim(),
            new BigDecimal(g[0].trim()),
            new BigDecimal(g[1].trim()),
            new BigDecimal(g[2].trim()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("--vary '" + text + "': FROM, TO and STEP must be numbers");
      }
    }

    /** The grid values, exact decimal steps (no floating-point drift). */
    public List<BigDecimal> values() {
      return values(from, to, step);
    }

    private static List<BigDecimal> values(BigDecimal from, BigDecimal to, BigDecimal step) {
      List<BigDecimal> v = new ArrayList<>();
      for (BigDecimal x = from; x.compareTo(to) <= 0 && v.size() <= 200; x = x.add(step)) {
        v.add(x);
      }
      return v;
    }
  }

  /**
   * One grid point of a sweep.
   *
   * @param values the varied values, in the order of the {@code --vary} options
   * @param summaries the headline numbers per corridor
   */
  public record Point(List<BigDecimal> values, List<OutlookResult> summaries) {}

  /**
   * A sweep's result.
   *
   * @param spec the scenario as written
   * @param varies the varied values
   * @param points the grid, first vary outermost
   */
  public record Sweep(ScenarioSpec spec, List<Vary> varies, List<Point> points) {}

  /**
   * A sweep checked before it runs: every grid point's scenario resolved and validated, so a bad
   * {@code --vary} path or value is reported before anything is computed or written.
   *
   * @param spec the scenario as written
   * @param varies the varied values
   * @param grid the varied values per point, first vary outermost
   * @param labels {@code path=value, ...} per point
   * @param specs the resolved scenario per point
   */
  public record Plan(
      ScenarioSpec spec,
      List<Vary> varies,
      List<List<BigDecimal>> grid,
      List<String> labels,
      List<ScenarioSpec> specs) {}

  /** Resolves and checks every point of a grid over one or two values of a scenario file. */
  public static Plan plan(Path file, List<Vary> varies) {
    if (varies.isEmpty() || varies.size() > 2) {
      throw new InvalidInputException(
          "sweep takes one or two --vary options, got " + varies.size());
    }
    List<Path> chain = new ArrayList<>();
    YNode.Map tree = ScenarioLoader.resolvedTree(file, chain).without("sensitivity");
    ScenarioSpec spec = ScenarioLoader.check(file, tree, chain);
    List<List<BigDecimal>> grid = new ArrayList<>();
    for (BigDecimal a : varies.get(0).values()) {
      if (varies.size() == 1) {
        grid.add(List.of(a));
      } else {
        for (BigDecimal b : varies.get(1).values()) {
          grid.add(List.of(a, b));
        }
      }
    }
    Origin o = new Origin(file, 0, 0);
    List<String> labels = new ArrayList<>();
    List<ScenarioSpec> specs = new ArrayList<>();
    for (List<BigDecimal> g : grid) {
      YNode.Map t = tree;
      StringBuilder label = new StringBuilder();
      for (int k = 0; k < varies.size(); k++) {
        t = t.with(
            Arrays.asList(varies.get(k).path().split("\\.")),
            new YNode.Scalar(g.get(k).toPlainString(), false, o));
        label
            .append(k > 0 ? ", " : "")
            .append(varies.get(k).path())
            .append('=')
            .append(g.get(k).toPlainString());
      }
      try {
        specs.add(ScenarioLoader.check(file, t, chain));
      } catch (org.tradetarget.scenarios.io.ScenarioException e) {
        throw new InvalidInputException(
            "--vary " + label + ": " + e.problems().get(0).replaceFirst("^.*?:\\d+:\\d+: ", ""));
      }
      labels.add(label.toString());
    }
    return new Plan(spec, List.copyOf(varies), grid, labels, specs);
  }

  /** Runs a grid over one or two values of a scenario file. */
  public static Sweep sweep(Path file, List<Vary> varies, ProgressListener progress) {
    return sweep(plan(file, varies), progress);
  }

  /** Runs a checked grid. */
  public static Sweep sweep(Plan plan, ProgressListener progress) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < plan.grid().size(); i++) {
      progress.started(plan.labels().get(i));
      points.add(new Point(
          plan.grid().get(i), ScenarioRunner.run(plan.specs().get(i), progress).summaries()));
    }
    return new Sweep(plan.spec(), plan.varies(), points);
  }
}
