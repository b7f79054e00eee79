package org.tradetarget.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.levers.PathDraws;

/**
 * The {@code gravity} kind: a corridor's trade driven by its two countries' GDP, its levers and a
 * residual trend. With x = ln trade, i and j the corridor's countries, h years after the base year
 * Y0:
 *
 * <pre>
 * x(Y0 + h) = x(Y0) + β_i·ΔlnGDP_i + β_j·ΔlnGDP_j + Σ_levers effect_l + τ·h + Σ_{1..h} ε
 * </pre>
 *
 * ΔlnGDP is the change of ln nominal GDP (US$) from Y0 ({@link MacroPaths}: the history, then real
 * growth plus the assumed US$ inflation); a trade-cost lever's effect is θ·ln(1 + s·c), i.e. the
 * term θ·Δln(1 + c<sub>t</sub>) of the gravity equation with c<sub>t</sub> the cumulative trade-cost
 * change (levers combine multiplicatively), a direct lever's ln(1 + s·d) ({@link Lever}); τ is the
 * residual trend (log growth per year) and ε ~ N(0, σ²) the residual's yearly innovation (a random
 * walk).
 *
 * <h2>Point forecast and intervals</h2>
 *
 * The point is exp of the log point x̂(h) = x(Y0) + β_i·E[ΔlnGDP_i] + β_j·E[ΔlnGDP_j] + Σ E[l](h)
 * + τ·h, with each lever at its expected effect (completion probability and Poisson delay, {@link
 * LeverSchedule}). The log-scale standard error is se_h = √(σ²h + h²·se_τ² + V_h), V_h = Σ over
 * forward years y ≤ Y0 + h of β_i²s_i² + β_j²s_j² + 2ρβ_iβ_j·s_i·s_j (the GDP growth shocks; s is 0
 * in the GDP history) and se_τ the standard error of a calibrated trend (0 when given; dropped by
 * {@link #withoutEstimationTerms()}). Intervals use normal quantiles. They leave out the levers'
 * timing risk; the simulator includes it. With certain levers (probability 1, no delay) the
 * simulator's log value h steps ahead is exactly N(x̂(h), σ²h + V_h).
 *
 * <h2>Simulator</h2>
 *
 * State per path: [residual x, τ, h, key (2 doubles), shocks on, GDP shock sum of i, of j, lever
 * slots (2 per lever)]. The engine's path key ({@link StateSpace#initialState(double[], int, long)})
 * draws each lever's completion and delay and, year by year, each country's growth shock ({@link
 * MacroPaths#growthShock}); the plain {@link StateSpace#initialState(double[], int)} gives the
 * planned timing and no GDP shocks.
 */
public final class GravityProjection implements Projection {
  /** The kind's user-facing name. */
  public static final String KIND = "gravity";

  private static final int MAX = LeverSchedule.MAX_STEPS;
  private static final int FIXED_SLOTS = 8;

  private final Corridor corridor;
  private final Country ci;
  private final Country cj;
  private final int baseYear;
  private final double baseValue;
  private final double baseLog;
  private final Elasticities elasticities;
  private final double trend;
  private final double sigma;
  private final double trendSe;
  private final MacroPaths macro;
  private final LeverSchedule schedule;
  private final double[] gdpI;
  private final double[] gdpJ;
  private final double[] shockVar;
  private final boolean anyShock;

  /**
   * @param corridor the corridor
   * @param baseYear Y0, the year of the last observation used
   * @param baseValue the trade value in the base year, US$ million, finite and &gt; 0
   * @param elasticities β_i, β_j (i = {@code corridor.first()}) and θ
   * @param trend τ, the residual trend, log growth per year
   * @param sigma σ ≥ 0, the residual's yearly innovation sd on the log scale
   * @param trendSe the standard error of a calibrated τ (≥ 0; 0 when τ is given)
   * @param macro the GDP paths, inflation and growth uncertainty
   * @param levers the corridor's levers (each must affect it and start after the base year)
   * @throws IllegalArgumentException for values out of range (messages name them)
   */
  public GravityProjection(
      Corridor corridor,
      int baseYear,
      double baseValue,
      Elasticities elasticities,
      double trend,
      double sigma,
      double trendSe,
      MacroPaths macro,
      List<Lever> levers) {
    this.corridor = Objects.requireNonNull(corridor, "corridor");
    this.elasticities = Objects.requireNonNull(elasticities, "elasticities");
    this.macro = Objects.requireNonNull(macro, "macro");
    if (!(baseValue > 0) || !Double.isFinite(baseValue)) {
      throw new IllegalArgumentException(
          "base value " + baseValue + " is not allowed; expected a finite value > 0");
    }
    if (!Double.isFinite(trend)) {
      throw new IllegalArgumentException("trend " + trend + " is not finite");
    }
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException(
          "sigma " + sigma + " is not allowed; expected a finite value >= 0");
    }
    if (!(trendSe >= 0) || !Double.isFinite(trendSe)) {
      throw new IllegalArgumentException(
          "trend standard error " + trendSe + " is not allowed; expected >= 0");
    }
    this.ci = corridor.first();
    this.cj = corridor.second();
    this.baseYear = baseYear;
    this.baseValue = baseValue;
    this.baseLog = Math.log(baseValue);
    this.trend = trend;
    this.sigma = sigma;
    this.trendSe = trendSe;
    this.schedule = new LeverSchedule(corridor, baseYear, elasticities.theta(), levers);
    gdpI = new double[MAX + 1];
    gdpJ = new double[MAX + 1];
    shockVar = new double[MAX + 1];
    double bi = elasticities.betaI();
    double bj = elasticities.betaJ();
    double rho = macro.correlation();
    boolean shock = false;
    for (int h = 1; h <= MAX; h++) {
      int y = baseYear + h;
      gdpI[h] = gdpI[h - 1] + macro.logGrowth(ci, y);
      gdpJ[h] = gdpJ[h - 1] + macro.logGrowth(cj, y);
      double si = bi * macro.shockSd(ci, y);
      double sj = bj * macro.shockSd(cj, y);
      shockVar[h] = shockVar[h - 1] + si * si + sj * sj + 2 * rho * si * sj;
      shock |= si != 0 || sj != 0;
    }
    this.anyShock = shock;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int lastYear() {
    return baseYear;
  }

  @Override
  public int step() {
    return 1;
  }

  /** The corridor. */
  public Corridor corridor() {
    return corridor;
  }

  /** The trade value in the base year, US$ million. */
  public double baseValue() {
    return baseValue;
  }

  /** ln of the base value. */
  public double baseLog() {
    return baseLog;
  }

  /** β_i, β_j and θ. */
  public Elasticities elasticities() {
    return elasticities;
  }

  /** τ, the residual trend, log growth per year. */
  public double trend() {
    return trend;
  }

  /** σ, the residual's yearly innovation sd on the log scale. */
  public double sigma() {
    return sigma;
  }

  /** The standard error of a calibrated trend; 0 when the trend is given. */
  public double trendStandardError() {
    return trendSe;
  }

  /** The macro paths. */
  public MacroPaths macro() {
    return macro;
  }

  /** The levers, in the given order. */
  public List<Lever> levers() {
    return schedule.levers();
  }

  /** The levers with their effects per year. */
  public LeverSchedule schedule() {
    return schedule;
  }

  /**
   * The parameters: {@code beta_<i>}, {@code beta_<j>} (country codes in lower case), {@code
   * theta}, {@code trend}, {@code sigma}, {@code inflation}, {@code growth_sd_<i>}, {@code
   * growth_sd_<j>}, {@code growth_correlation}.
   */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(betaName(ci), elasticities.betaI());
    m.put(betaName(cj), elasticities.betaJ());
    m.put("theta", elasticities.theta());
    m.put("trend", trend);
    m.put("sigma", sigma);
    m.put("inflation", macro.inflation());
    m.put("growth_sd_" + lower(ci), macro.growthSd(ci));
    m.put("growth_sd_" + lower(cj), macro.growthSd(cj));
    m.put("growth_correlation", macro.correlation());
    return m;
  }

  /** The parameter name of a country's income elasticity, e.g. {@code beta_vn}. */
  public static String betaName(Country c) {
    return "beta_" + lower(c);
  }

  private static String lower(Country c) {
    return c.id().toLowerCase(Locale.ROOT);
  }

  private static int index(int h) {
    if (h < 0) {
      throw new IllegalArgumentException("step " + h + " is before the base year");
    }
    return Math.min(h, MAX);
  }

  private static int checkedSteps(int baseYear, int year) {
    int h = year - baseYear;
    if (h < 1 || h > MAX) {
      throw new IllegalArgumentException("year " + year + " is not allowed; expected a year from "
          + (baseYear + 1) + " to " + (baseYear + MAX));
    }
    return h;
  }

  /** The log point forecast h years after the base (h = 0: the base). */
  public double logPoint(int h) {
    int i = index(h);
    return baseLog
        + trend * h
        + elasticities.betaI() * gdpI[i]
        + elasticities.betaJ() * gdpJ[i]
        + schedule.expectedTotal(h);
  }

  /**
   * The log-additive parts of the change of the log point from the base year to {@code year}, in
   * order: {@code gdp:<i>}, {@code gdp:<j>} (country codes), {@code trend}, then {@code
   * lever:<name>} per lever. They sum to ln(point ÷ base value) up to rounding.
   *
   * @throws IllegalArgumentException for a year not after the base year (or beyond 1000 years)
   */
  public Map<String, Double> logContributions(int year) {
    int h = checkedSteps(baseYear, year);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("gdp:" + ci.id(), elasticities.betaI() * gdpI[h]);
    m.put("gdp:" + cj.id(), elasticities.betaJ() * gdpJ[h]);
    m.put("trend", trend * h);
    for (int l = 0; l < schedule.size(); l++) {
      m.put("lever:" + schedule.levers().get(l).name(), schedule.expected(l, h));
    }
    return m;
  }

  /** The log-scale forecast standard error h years ahead. */
  public double logSe(int h) {
    int i = index(h);
    return Math.sqrt(sigma * sigma * h + (double) h * h * trendSe * trendSe + shockVar[i]);
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    if (horizon > MAX) {
      throw new IllegalArgumentException(
          "horizon " + horizon + " is not allowed; expected at most " + MAX + " years");
    }
    int[] years = Forecast.stepYears(baseYear, 1, horizon);
    double[] lp = new double[horizon];
    double[] se = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      lp[h - 1] = logPoint(h);
      se[h - 1] = logSe(h);
    }
    return Forecast.fromLog(years, lp, se, levels, Forecast.normalQuantile());
  }

  /** The same projection without the trend's estimation term in its intervals. */
  @Override
  public GravityProjection withoutEstimationTerms() {
    return trendSe == 0 ? this : with(trend, 0.0, macro, schedule.levers());
  }

  private GravityProjection with(
      double newTrend, double newTrendSe, MacroPaths newMacro, List<Lever> newLevers) {
    return new GravityProjection(
        corridor,
        baseYear,
        baseValue,
        elasticities,
        newTrend,
        sigma,
        newTrendSe,
        newMacro,
        newLevers);
  }

  /** A copy with other levers. */
  public GravityProjection withLevers(List<Lever> newLevers) {
    return with(trend, trendSe, macro, newLevers);
  }

  /** A copy with other macro paths. */
  public GravityProjection withMacro(MacroPaths newMacro) {
    return with(trend, trendSe, newMacro, schedule.levers());
  }

  /** A copy with other elasticities (levers' trade-cost effects follow the new θ). */
  public GravityProjection withElasticities(Elasticities e) {
    return new GravityProjection(
        corridor, baseYear, baseValue, e, trend, sigma, trendSe, macro, schedule.levers());
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  private final class Sim extends SimulatorBase {
    Sim() {
      super(FIXED_SLOTS + schedule.slots(), sigma, baseLog, baseYear, 1);
    }

    @Override
    public boolean randomInitialState() {
      return true;
    }

    private void common(double[] state, int o) {
      state[o] = baseLog;
      state[o + 1] = trend;
      state[o + 2] = 0;
      state[o + 6] = 0;
      state[o + 7] = 0;
    }

    @Override
    public void initialState(double[] state, int offset) {
      common(state, offset);
      PathDraws.store(0L, state, offset + 3);
      state[offset + 5] = 0;
      schedule.plannedState(state, offset + FIXED_SLOTS);
    }

    @Override
    public void initialState(double[] state, int offset, long pathKey) {
      common(state, offset);
      PathDraws.store(pathKey, state, offset + 3);
      state[offset + 5] = 1;
      schedule.draw(pathKey, state, offset + FIXED_SLOTS);
    }

    @Override
    public double step(double[] state, int o, double eps) {
      double hd = state[o + 2] + 1;
      state[o + 2] = hd;
      int h = (int) hd;
      double x = state[o] + state[o + 1] + eps;
      state[o] = x;
      double di = state[o + 6];
      double dj = state[o + 7];
      if (anyShock && state[o + 5] != 0) {
        long key = PathDraws.load(state, o + 3);
        int year = baseYear + h;
        di += macro.growthShock(key, ci, year);
        dj += macro.growthShock(key, cj, year);
        state[o + 6] = di;
        state[o + 7] = dj;
      }
      int i = Math.min(h, MAX);
      return x
          + elasticities.betaI() * (gdpI[i] + di)
          + elasticities.betaJ() * (gdpJ[i] + dj)
          + schedule.effect(state, o + FIXED_SLOTS, h);
    }

    @Override
    public double driftStandardError() {
      return trendSe;
    }

    @Override
    public void shiftDrift(double[] state, int offset, double delta) {
      state[offset + 1] += delta;
    }
  }
}
