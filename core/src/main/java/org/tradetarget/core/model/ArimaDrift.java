package org.tradetarget.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ARIMA(p,1,0) with drift on x = ln(value): the differences w_t = x_t − x_{t−1} − μ follow a
 * stationary AR(p), w_t = φ_1 w_{t−1} + … + φ_p w_{t−p} + e_t with e_t ~ N(0, σ²). The point
 * forecast continues the AR recursion from the last p differences, x̂_{n+h} = x̂_{n+h−1} + μ +
 * ŵ_{n+h}; its log-scale variance is σ² Σ_{j=0}^{h−1} ψ_j² with ψ the weights of the integrated
 * process (1 − φ_1 B − … − φ_p B^p)(1 − B). Intervals use normal quantiles, as R's {@code
 * predict.Arima}.
 *
 * <p><b>Drift uncertainty.</b> With an estimated drift of standard error se_μ (and drift uncertainty
 * on), the intervals add the drift's sampling variance: se_h² = σ² Σ ψ_j² + se_μ²·g_h², where g_h =
 * ∂x̂_{n+h}/∂μ is the forecast's response to the drift with the data held fixed (a change δ of μ
 * moves every past deviation w by −δ, so for AR(1) g_h = h − φ(1 − φ^h)/(1 − φ); for p = 0, g_h =
 * h, rw-drift's term). R's {@code predict.Arima} leaves this term out ({@link
 * #withoutEstimationTerms()} gives its intervals). With parameter uncertainty the engine draws one
 * normal per path and shifts μ by δ = se_μ·z, moving the stored deviations by −δ, so the simulated
 * log value h steps ahead is N(x̂_{n+h}, σ² Σ ψ_j² + se_μ² g_h²): exactly the intervals. The AR
 * coefficients' own uncertainty is left out of both.
 *
 * <p>Simulator state per path: [x, μ, w_{t}, …, w_{t−p+1}] (p + 2 doubles); keeping μ in the state
 * lets the engine draw it per path (parameter uncertainty).
 */
public final class ArimaDrift implements Projection {
  private final String kind;
  private final int lastYear;
  private final int step;
  private final double[] ar;
  private final double drift;
  private final double sigma2;
  private final double lastLog;
  private final double[] lastDeviations;
  private final double driftSe;
  private final boolean driftUncertainty;
  private final double[] lastLogs;

  /**
   * @param kind the user-facing kind name
   * @param lastYear the base year
   * @param step years per step
   * @param ar the AR coefficients φ_1..φ_p (p ≥ 0)
   * @param drift μ, the mean log growth per step
   * @param sigma2 σ² ≥ 0, the innovation variance (log scale, per step)
   * @param lastLogs the last p + 1 log values x_{n−p}..x_n, oldest first
   * @param driftSe the standard error of μ (0 when μ was given, not estimated); when &gt; 0 the
   *     intervals and the simulator's parameter uncertainty include it
   */
  public ArimaDrift(
      String kind,
      int lastYear,
      int step,
      double[] ar,
      double drift,
      double sigma2,
      double[] lastLogs,
      double driftSe) {
    this(kind, lastYear, step, ar, drift, sigma2, lastLogs, driftSe, driftSe > 0);
  }

  /**
   * As {@link #ArimaDrift(String, int, int, double[], double, double, double[], double)}, with
   * {@code driftUncertainty} saying whether the intervals and the simulator include the drift's
   * sampling uncertainty (false: R's {@code predict.Arima} intervals, and no drift draw; the
   * standard error is still reported by {@link #driftStandardError()}).
   */
  public ArimaDrift(
      String kind,
      int lastYear,
      int step,
      double[] ar,
      double drift,
      double sigma2,
      double[] lastLogs,
      double driftSe,
      boolean driftUncertainty) {
    if (lastLogs.length != ar.length + 1) {
      throw new IllegalArgumentException("need the last " + (ar.length + 1) + " log values for p = "
          + ar.length + ", got " + lastLogs.length);
    }
    for (double v : ar) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("AR coefficients must be finite, got " + v);
      }
    }
    for (double v : lastLogs) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("log values must be finite, got " + v);
      }
    }
    if (!Double.isFinite(drift)) {
      throw new IllegalArgumentException("drift is not finite: " + drift);
    }
    if (!(sigma2 >= 0) || !Double.isFinite(sigma2)) {
      throw new IllegalArgumentException("sigma2 must be finite and >= 0, got " + sigma2);
    }
    if (!(driftSe >= 0) || !Double.isFinite(driftSe)) {
      throw new IllegalArgumentException(
          "drift standard error must be finite and >= 0, got " + driftSe);
    }
    if (step < 1) {
      throw new IllegalArgumentException("step must be >= 1, got " + step);
    }
    this.kind = kind;
    this.lastYear = lastYear;
    this.step = step;
    this.ar = ar.clone();
    this.drift = drift;
    this.sigma2 = sigma2;
    this.lastLog = lastLogs[lastLogs.length - 1];
    this.lastLogs = lastLogs.clone();
    this.driftSe = driftSe;
    this.driftUncertainty = driftUncertainty && driftSe > 0;
    int p = ar.length;
    this.lastDeviations = new double[p];
    for (int i = 0; i < p; i++) {
      // lastDeviations[0] = w_n, [1] = w_{n−1}, ...
      int t = lastLogs.length - 1 - i;
      lastDeviations[i] = lastLogs[t] - lastLogs[t - 1] - drift;
    }
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public int lastYear() {
    return lastYear;
  }

  @Override
  public int step() {
    return step;
  }

  /** p, the AR order. */
  public int order() {
    return ar.length;
  }

  /** A copy of φ_1..φ_p. */
  public double[] ar() {
    return ar.clone();
  }

  /** μ, the mean log growth per step. */
  public double drift() {
    return drift;
  }

  /** σ², the innovation variance. */
  public double sigma2() {
    return sigma2;
  }

  /** se_μ, the drift's standard error (0 when the drift was given). */
  public double driftStandardError() {
    return driftSe;
  }

  /** Whether the intervals and the simulator include the drift's sampling uncertainty. */
  public boolean driftUncertainty() {
    return driftUncertainty;
  }

  /**
   * g_1..g_h, the point forecast's response to the drift with the data held fixed (see the class
   * comment): the zero-shock step from x = 0, μ = 1 and every stored deviation −1.
   */
  public double[] driftResponse(int h) {
    int p = ar.length;
    double[] state = new double[p + 2];
    state[1] = 1.0;
    java.util.Arrays.fill(state, 2, p + 2, -1.0);
    Sim sim = new Sim();
    double[] g = new double[h];
    for (int i = 0; i < h; i++) {
      g[i] = sim.step(state, 0, 0.0);
    }
    return g;
  }

  /** ar1..arp, drift, sigma2. */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < ar.length; i++) {
      m.put("ar" + (i + 1), ar[i]);
    }
    m.put("drift", drift);
    m.put("sigma2", sigma2);
    return m;
  }

  /**
   * The ψ-weights ψ_0..ψ_{h−1} of the integrated process (ψ_0 = 1), from ψ_j = Σ_i φ*_i ψ_{j−i}
   * with φ*(B) = (1 − Σ φ_i B^i)(1 − B).
   */
  public double[] psiWeights(int h) {
    int p = ar.length;
    double[] star = new double[p + 1];
    for (int i = 0; i <= p; i++) {
      double a = i < p ? ar[i] : 0.0;
      double prev = i > 0 ? ar[i - 1] : -1.0;
      // coefficient of B^{i+1} in (1 − Σ φ B^i)(1 − B), negated: φ_{i+1} − φ_i with φ_0 = −1.
      star[i] = a - prev;
    }
    double[] psi = new double[h];
    psi[0] = 1.0;
    for (int j = 1; j < h; j++) {
      double s = 0.0;
      for (int i = 1; i <= p + 1 && i <= j; i++) {
        s += star[i - 1] * psi[j - i];
      }
      psi[j] = s;
    }
    return psi;
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    int[] years = Forecast.stepYears(lastYear, step, horizon);
    double[] lp = new double[horizon];
    double[] se = new double[horizon];
    double[] state = new double[stateSize()];
    Sim sim = new Sim();
    sim.initialState(state, 0);
    double[] psi = psiWeights(horizon);
    double[] g = driftUncertainty ? driftResponse(horizon) : null;
    double cum = 0.0;
    for (int h = 1; h <= horizon; h++) {
      lp[h - 1] = sim.step(state, 0, 0.0);
      cum += psi[h - 1] * psi[h - 1];
      double v = sigma2 * cum;
      if (g != null) {
        v += driftSe * driftSe * g[h - 1] * g[h - 1];
      }
      se[h - 1] = Math.sqrt(v);
    }
    return Forecast.fromLog(years, lp, se, levels, Forecast.normalQuantile());
  }

  private int stateSize() {
    return ar.length + 2;
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  /** The same model with R's {@code predict.Arima} intervals (no drift term) and no drift draw. */
  @Override
  public ArimaDrift withoutEstimationTerms() {
    if (!driftUncertainty) {
      return this;
    }
    return new ArimaDrift(kind, lastYear, step, ar, drift, sigma2, lastLogs, driftSe, false);
  }

  @Override
  public String toString() {
    return kind + "{p=" + ar.length + ", ar=" + java.util.Arrays.toString(ar) + ", drift=" + drift
        + ", sigma2=" + sigma2 + "}";
  }

  /** State [x, μ, w_t, …, w_{t−p+1}]. */
  private final class Sim extends SimulatorBase {
    Sim() {
      super(ArimaDrift.this.stateSize(), Math.sqrt(sigma2), lastLog, lastYear, step);
    }

    @Override
    public void initialState(double[] state, int offset) {
      state[offset] = lastLog;
      state[offset + 1] = drift;
      System.arraycopy(lastDeviations, 0, state, offset + 2, lastDeviations.length);
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      int p = ar.length;
      int w0 = offset + 2;
      double w = eps;
      for (int i = 0; i < p; i++) {
        w += ar[i] * state[w0 + i];
      }
      for (int i = p - 1; i > 0; i--) {
        state[w0 + i] = state[w0 + i - 1];
      }
      if (p > 0) {
        state[w0] = w;
      }
      double x = state[offset] + state[offset + 1] + w;
      state[offset] = x;
      return x;
    }

    @Override
    public double driftStandardError() {
      return driftUncertainty ? driftSe : 0.0;
    }

    /** Adds δ to μ and −δ to every stored deviation w = Δx − μ (the data stay as observed). */
    @Override
    public void shiftDrift(double[] state, int offset, double delta) {
      state[offset + 1] += delta;
      for (int i = 0; i < ar.length; i++) {
        state[offset + 2 + i] -= delta;
      }
    }
  }
}
