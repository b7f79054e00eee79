package org.tradetarget.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fitted ARIMA(p,d,q) on x = ln(value) as R's {@code Arima}, possibly with an intercept (d = 0)
 * or a drift: x_t = c + μ·t + u_t with u an ARIMA(p,d,q) of innovation variance σ², t = 1..n over
 * the fitted years. Points and intervals are R's {@code predict.Arima}: the regression part at t =
 * n + h plus the Kalman forecast of u from its filtered state ({@link ArimaStateModel#forecast}),
 * normal quantiles of variance σ²·F_h; the coefficients' own uncertainty is left out, as R does.
 *
 * <p>Simulator state per path: the r + d states of {@link ArimaStateModel} followed by h, the steps
 * taken; each step adds σ·ε through the MA loading. With regressors the regression part adds Σ β_j
 * x_j at each step ({@link RegressorEffect}); a simulated step beyond their known years is NaN, and
 * {@link #forecast} refuses such a horizon.
 */
public final class ArimaProjection implements Projection {
  private final String kind;
  private final int lastYear;
  private final int step;
  private final ArimaStateModel model;
  private final double[] filteredA;
  private final double[][] filteredP;
  private final double sigma2;
  private final int fitted;
  private final double intercept;
  private final double drift;
  private final double lastLog;
  private final Map<String, Double> parameters;
  private final RegressorEffect effect;

  /**
   * @param kind the user-facing kind name
   * @param lastYear the base year
   * @param step years per step
   * @param model the state-space form of u
   * @param filtered the filter's run over u_1..u_n
   * @param sigma2 σ²
   * @param fitted n, the number of fitted points (the drift's time index runs 1..n)
   * @param intercept c (0 when none)
   * @param drift μ (0 when none)
   * @param lastLog x_n
   * @param parameters the parameters to show, in order
   */
  public ArimaProjection(
      String kind,
      int lastYear,
      int step,
      ArimaStateModel model,
      ArimaStateModel.Filtered filtered,
      double sigma2,
      int fitted,
      double intercept,
      double drift,
      double lastLog,
      Map<String, Double> parameters) {
    this(
        kind,
        lastYear,
        step,
        model,
        filtered,
        sigma2,
        fitted,
        intercept,
        drift,
        lastLog,
        parameters,
        RegressorEffect.none());
  }

  /**
   * A fit with exogenous regressors (regression with ARIMA errors, as {@code forecast::Arima(xreg =
   * )}): as the other constructor, with {@code effect} the regressors' fitted contribution over the
   * horizon; a horizon beyond the regressors' known years is refused.
   *
   * @param effect Σ β_j x_j at each step ahead
   */
  public ArimaProjection(
      String kind,
      int lastYear,
      int step,
      ArimaStateModel model,
      ArimaStateModel.Filtered filtered,
      double sigma2,
      int fitted,
      double intercept,
      double drift,
      double lastLog,
      Map<String, Double> parameters,
      RegressorEffect effect) {
    if (!(sigma2 >= 0) || !Double.isFinite(sigma2)) {
      throw new IllegalArgumentException("sigma2 must be finite and >= 0, got " + sigma2);
    }
    this.kind = kind;
    this.lastYear = lastYear;
    this.step = step;
    this.model = model;
    this.filteredA = filtered.a().clone();
    double[][] p = filtered.p();
    this.filteredP = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      filteredP[i] = p[i].clone();
    }
    this.sigma2 = sigma2;
    this.fitted = fitted;
    this.intercept = intercept;
    this.drift = drift;
    this.lastLog = lastLog;
    this.parameters = new LinkedHashMap<>(parameters);
    this.effect = effect;
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

  /** σ², the innovation variance. */
  public double sigma2() {
    return sigma2;
  }

  @Override
  public Map<String, Double> parameters() {
    return new LinkedHashMap<>(parameters);
  }

  private double regression(int h) {
    return intercept + drift * (fitted + h) + effect.at(h);
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    effect.requireCovers(horizon);
    int[] years = Forecast.stepYears(lastYear, step, horizon);
    double[][] f = model.forecast(filteredA, filteredP, horizon);
    double[] lp = new double[horizon];
    double[] se = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      lp[h - 1] = f[0][h - 1] + regression(h);
      se[h - 1] = Math.sqrt(Math.max(0.0, sigma2 * f[1][h - 1]));
    }
    return Forecast.fromLog(years, lp, se, levels, Forecast.normalQuantile());
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  @Override
  public String toString() {
    return kind + parameters;
  }

  /** State [a_1..a_{r+d}, h]. */
  private final class Sim extends SimulatorBase {
    Sim() {
      super(model.states() + 1, Math.sqrt(sigma2), lastLog, lastYear, step);
    }

    @Override
    public void initialState(double[] state, int offset) {
      System.arraycopy(filteredA, 0, state, offset, filteredA.length);
      state[offset + filteredA.length] = 0.0;
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      int hIndex = offset + filteredA.length;
      state[hIndex] += 1.0;
      return model.simulateStep(state, offset, eps) + regression((int) state[hIndex]);
    }
  }
}
