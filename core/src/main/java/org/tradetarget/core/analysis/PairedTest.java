package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.TDistribution;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * Whether the backtests can tell two kinds apart: the Diebold–Mariano test of their per-origin CRPS
 * differences, as R's {@code forecast::dm.test} computes it. Immutable.
 *
 * <p><b>Loss differences.</b> For each origin (a series and a number of training points) at which
 * both kinds were scored, d = (mean CRPS of kind A over that origin's steps h = 1..min(H, n − o))
 * − (the same for kind B), log units. Negative d favours A. Origins of several series are pooled.
 *
 * <p><b>Statistic.</b> With n origins, d̄ their mean, and γ_k the lag-k autocovariance of d (divisor
 * n, centred on d̄; lag pairs only between origins of the same series, so that series do not
 * borrow each other's neighbours; for one series this is R's {@code acf(type = "covariance")}),
 * the variance rule is the rectangular (truncated) window to lag H − 1: V = (γ_0 + 2 Σ_{k=1}^{H−1}
 * γ_k) / n, since an origin's forecasts overlap those of the next H − 1 origins. DM = d̄ / √V, times
 * the Harvey–Leybourne–Newbold (1997) small-sample factor √((n + 1 − 2H + H(H − 1)/n) / n); the
 * p-value is two-sided from Student's t with n − 1 degrees of freedom: 2·T_{n−1}(−|DM|). When V ≤ 0
 * (possible with the rectangular window) or the correction factor is not positive, the test falls
 * back to lag 0 (H = 1), as {@code dm.test} does; with H = 1 the statistic is the paired t
 * statistic d̄ / (s/√n), s the sample standard deviation (divisor n − 1).
 *
 * @param better the kind with the lower mean CRPS in the ranking (A)
 * @param other the runner-up (B)
 * @param origins n, the number of paired origins
 * @param meanDifference d̄, log units (negative when {@code better} scores lower at the origins)
 * @param lag the largest autocovariance lag used (H − 1, or 0 after the fallback)
 * @param statistic the corrected DM statistic; empty when the test is undefined
 * @param pValue the two-sided p-value; empty when the test is undefined
 * @param note why the test is undefined or fell back, else empty
 */
public record PairedTest(
    ModelKind better,
    ModelKind other,
    int origins,
    double meanDifference,
    int lag,
    OptionalDouble statistic,
    OptionalDouble pValue,
    String note) {

  /** The test's name, as the outputs print it. */
  public static final String NAME =
      "Diebold-Mariano test of per-origin mean CRPS differences (as forecast::dm.test)";

  /** The variance rule, as the outputs print it. */
  public static final String VARIANCE_RULE =
      "autocovariances to lag H-1 (rectangular window, within each series), Harvey-Leybourne-Newbold"
          + " correction, Student t with n-1 degrees of freedom; lag 0 when that variance is not"
          + " positive";

  /** The significance level of the plain-language verdict. */
  public static final double LEVEL = 0.05;

  /** Whether the difference is distinguishable at {@link #LEVEL} (false when undefined). */
  public boolean distinguishable() {
    return pValue.isPresent() && pValue.getAsDouble() < LEVEL;
  }

  /** The verdict in one plain sentence. */
  public String sentence() {
    if (pValue.isEmpty()) {
      return "No test of " + better.id() + " against " + other.id() + ": " + note + ".";
    }
    String head = String.format(
        Locale.ROOT,
        "%s against %s over %d origins: DM = %.3f, p = %.3f.",
        better.id(),
        other.id(),
        origins,
        statistic.getAsDouble(),
        pValue.getAsDouble());
    return head
        + (distinguishable()
            ? " The difference is distinguishable at the 5 % level: " + better.id()
                + " forecast this past better."
            : " The difference is not distinguishable at the 5 % level: the backtests cannot tell"
                + " these two kinds apart.");
  }

  /**
   * Tests the best two ranked kinds of a ranking on the backtests behind it.
   *
   * @param ranking the ranking (per series or pooled) whose first two ranked kinds are compared
   * @param perSeries the backtests it was made from, one list of kinds per series
   * @return empty when fewer than two kinds are ranked
   */
  public static Optional<PairedTest> ofBestTwo(
      BacktestRanking ranking, List<List<BacktestResult>> perSeries) {
    List<BacktestRanking.Entry> ranked =
        ranking.entries().stream().filter(e -> e.rank().isPresent()).toList();
    if (ranked.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(of(ranked.get(0).kind(), ranked.get(1).kind(), perSeries));
  }

  /**
   * Tests kind a against kind b over the origins of every series at which both were scored.
   *
   * @param perSeries per series, the backtests of (at least) a and b with the same H and minTrain
   */
  public static PairedTest of(ModelKind a, ModelKind b, List<List<BacktestResult>> perSeries) {
    List<double[]> groups = new ArrayList<>();
    int horizon = 1;
    for (List<BacktestResult> results : perSeries) {
      BacktestResult ra = find(results, a);
      BacktestResult rb = find(results, b);
      horizon = Math.max(horizon, ra.horizon());
      groups.add(differences(ra, rb));
    }
    return test(a, b, groups, horizon);
  }

  /**
   * The test on given loss differences.
   *
   * @param groups per series, the differences d of its consecutive origins, in origin order
   * @param horizon H, the largest step ahead (lags up to H − 1)
   */
  static PairedTest test(ModelKind a, ModelKind b, List<double[]> groups, int horizon) {
    int n = 0;
    double sum = 0;
    for (double[] g : groups) {
      n += g.length;
      for (double v : g) {
        sum += v;
      }
    }
    if (n < 2) {
      return new PairedTest(
          a,
          b,
          n,
          n == 0 ? Double.NaN : sum,
          0,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          "only " + n + (n == 1 ? " origin" : " origins") + " scored both kinds; the test needs 2");
    }
    double mean = sum / n;
    int h = horizon;
    double variance = variance(groups, mean, n, h - 1);
    String note = "";
    if (h > 1 && !(variance > 0 && correction(n, h) > 0)) {
      note = "the lag " + (h - 1) + " variance is not positive; lag 0 used";
      h = 1;
      variance = variance(groups, mean, n, 0);
    }
    if (!(variance > 0)) {
      return new PairedTest(
          a,
          b,
          n,
          mean,
          h - 1,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          "the per-origin differences do not vary (mean " + mean + ")");
    }
    double dm = mean / Math.sqrt(variance) * Math.sqrt(correction(n, h));
    double p = 2 * new TDistribution(null, n - 1.0).cumulativeProbability(-Math.abs(dm));
    return new PairedTest(a, b, n, mean, h - 1, OptionalDouble.of(dm), OptionalDouble.of(p), note);
  }

  /** (γ_0 + 2 Σ_{k=1}^{maxLag} γ_k) / n, autocovariances within each group, divisor n. */
  private static double variance(List<double[]> groups, double mean, int n, int maxLag) {
    double v = 0;
    for (int k = 0; k <= maxLag; k++) {
      double gamma = 0;
      for (double[] g : groups) {
        for (int i = 0; i + k < g.length; i++) {
          gamma += (g[i] - mean) * (g[i + k] - mean);
        }
      }
      gamma /= n;
      v += k == 0 ? gamma : 2 * gamma;
    }
    return v / n;
  }

  /** The Harvey–Leybourne–Newbold factor before the square root. */
  private static double correction(int n, int h) {
    return (n + 1 - 2.0 * h + (double) h * (h - 1) / n) / n;
  }

  private static BacktestResult find(List<BacktestResult> results, ModelKind k) {
    return results.stream()
        .filter(r -> r.kind() == k)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(k.id() + " was not backtested"));
  }

  /** Per origin scored by both, (mean CRPS of a) − (mean CRPS of b), in origin order. */
  static double[] differences(BacktestResult a, BacktestResult b) {
    List<Double> out = new ArrayList<>();
    int n = a.run().size();
    for (int o = a.minTrain(); o <= n - 1; o++) {
      OptionalDouble la = originMean(a, o);
      OptionalDouble lb = originMean(b, o);
      if (la.isPresent() && lb.isPresent()) {
        out.add(la.getAsDouble() - lb.getAsDouble());
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The mean CRPS of a backtest's forecasts from origin o; empty when none, or one is undefined. */
  static OptionalDouble originMean(BacktestResult r, int trainPoints) {
    double sum = 0;
    int count = 0;
    for (BacktestForecast f : r.forecasts()) {
      if (f.trainPoints() == trainPoints) {
        double c = f.crpsLog();
        if (Double.isNaN(c)) {
          return OptionalDouble.empty();
        }
        sum += c;
        count++;
      }
    }
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }
}
