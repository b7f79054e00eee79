package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.simulate.SeriesSummary;
import org.tradetarget.core.simulate.SimulationResult;

/**
 * Target attainment from a Monte Carlo run: for each series and checkpoint the distribution
 * (quantiles, mean), P(at or above the target in that year) and P(met by that year), the
 * first-passage-year distribution, the shortfall at the deadline; across series, the joint
 * probability that every target with a deadline is met by its deadline. Every probability p comes
 * with its Monte Carlo standard error √(p(1 − p)/N), N the number of paths. Immutable.
 *
 * @param paths N
 * @param series one per simulated series, in input order
 * @param joint P(every series with a target and deadline is at or above its target in some
 *     checkpoint up to its deadline); empty when no series has a deadline
 * @param jointSe its standard error; empty with it
 */
public record Attainment(
    int paths, List<SeriesAttainment> series, OptionalDouble joint, OptionalDouble jointSe) {

  /** Copies the list. */
  public Attainment {
    series = List.copyOf(series);
  }

  /** The attainment of the series with this name. */
  public SeriesAttainment series(String name) {
    return series.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no series named " + name));
  }

  /** Computes the probabilities and standard errors from a run's counts. */
  public static Attainment of(SimulationResult result) {
    int n = result.paths();
    List<SeriesAttainment> out = new ArrayList<>();
    for (SeriesSummary s : result.series()) {
      out.add(series(s, n));
    }
    OptionalDouble joint = OptionalDouble.empty();
    OptionalDouble jointSe = OptionalDouble.empty();
    if (result.jointMetCount().isPresent()) {
      double p = (double) result.jointMetCount().getAsInt() / n;
      joint = OptionalDouble.of(p);
      jointSe = OptionalDouble.of(se(p, n));
    }
    return new Attainment(n, out, joint, jointSe);
  }

  private static SeriesAttainment series(SeriesSummary s, int n) {
    int[] years = s.years();
    double[] mean = s.mean();
    double[] probs = s.quantileProbabilities();
    double[][] q = s.quantiles();
    boolean hasTarget = s.target().isPresent();
    int[] above = s.atOrAbove();
    int[] first = s.firstPassage();
    List<Checkpoint> rows = new ArrayList<>(years.length);
    double[] fp = new double[years.length];
    double[] fpSe = new double[years.length];
    long cumulative = 0;
    for (int t = 0; t < years.length; t++) {
      double[] qt = new double[probs.length];
      for (int i = 0; i < probs.length; i++) {
        qt[i] = q[i][t];
      }
      double pa = Double.NaN;
      double pm = Double.NaN;
      if (hasTarget) {
        pa = (double) above[t] / n;
        cumulative += first[t];
        pm = (double) cumulative / n;
        fp[t] = (double) first[t] / n;
        fpSe[t] = se(fp[t], n);
      }
      rows.add(new Checkpoint(years[t], mean[t], probs, qt, pa, se(pa, n), pm, se(pm, n)));
    }
    Optional<FirstPassage> passage = Optional.empty();
    if (hasTarget) {
      double never = (double) (n - cumulative) / n;
      passage = Optional.of(new FirstPassage(years, fp, fpSe, never, se(never, n)));
    }
    Optional<Shortfall> shortfall = s.deadlineTally().map(d -> {
      double expected = d.shortfallSum() / n;
      double var = n > 1
          ? Math.max(d.shortfallSumOfSquares() / n - expected * expected, 0.0) * n / (n - 1)
          : 0.0;
      double below = (double) d.belowCount() / n;
      return new Shortfall(
          s.deadline().getAsInt(),
          expected,
          Math.sqrt(var / n),
          below,
          se(below, n),
          d.belowCount() > 0
              ? OptionalDouble.of(d.shortfallSum() / d.belowCount())
              : OptionalDouble.empty());
    });
    return new SeriesAttainment(
        s.name(),
        s.baseYear(),
        s.baseValue(),
        s.target(),
        s.deadline(),
        rows,
        passage,
        shortfall,
        List.of(s.samplePaths()));
  }

  /** The Monte Carlo standard error of a proportion p over n paths: √(p(1 − p)/n); NaN for NaN. */
  public static double se(double p, int n) {
    return Math.sqrt(p * (1 - p) / n);
  }
}
