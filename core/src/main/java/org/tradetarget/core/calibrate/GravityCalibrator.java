package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.GrowthYear;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPath;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.GravityProjection;

/**
 * {@code gravity}: builds a {@link GravityProjection} of a corridor from its trade history, the
 * macro paths and its levers.
 *
 * <p>Parameters (all optional): {@code beta_<country>} for the corridor's two countries (e.g.
 * {@code beta_vn}, {@code beta_kh}; default {@value Elasticities#DEFAULT_INCOME}), {@code theta} (≤ 0,
 * default {@value Elasticities#DEFAULT_THETA}), {@code trend} (the residual trend τ, log growth per
 * year; default 0), {@code calibrate_trend} ({@code true} estimates τ from the history instead;
 * not together with {@code trend}), {@code sigma} (the residual's yearly innovation sd; default
 * estimated).
 *
 * <p>On the consecutive run of history ending at the last observation (years t), the residual r_t =
 * ln trade_t − β_i·ln GDP_i,t − β_j·ln GDP_j,t (nominal GDP of {@link MacroPaths}; after the GDP
 * history its extension by real growth and inflation) has yearly changes d_t. σ is their sample
 * standard deviation (denominator m − 1, m changes; needs 3 points unless {@code sigma} is given);
 * a calibrated τ is their mean, with standard error σ/√m (as the drift of {@code rw-drift}).
 */
public final class GravityCalibrator implements Calibrator {
  static final String KIND = GravityProjection.KIND;
  private static final ParameterSpec THETA = ParameterSpec.number(
          "theta", "trade-cost elasticity", "", ParameterSpec.format(Elasticities.DEFAULT_THETA))
      .in(-100, 0);
  private static final ParameterSpec TREND =
      ParameterSpec.number("trend", "residual trend", "ln units a year", "0").in(-1, 1);
  private static final ParameterSpec CALIBRATE_TREND =
      ParameterSpec.bool("calibrate_trend", "estimate the residual trend from the history", false);
  private static final ParameterSpec SIGMA = ParameterSpec.number(
          "sigma", "sd of the yearly residual change", "ln units a year", "from the history")
      .in(0, 10);
  /** An income elasticity per country with macro data (only the corridor's two are allowed), then the others. */
  static final List<ParameterSpec> PARAMETERS = parameters();

  private static List<ParameterSpec> parameters() {
    List<ParameterSpec> ps = new ArrayList<>();
    for (Country c : MacroPaths.embedded().countries()) {
      ps.add(income(c));
    }
    ps.addAll(List.of(THETA, TREND, CALIBRATE_TREND, SIGMA));
    return List.copyOf(ps);
  }

  private static ParameterSpec income(Country c) {
    return ParameterSpec.number(
            GravityProjection.betaName(c),
            "income elasticity to " + c.id() + "'s GDP, for" + " corridors with " + c.id(),
            "",
            ParameterSpec.format(Elasticities.DEFAULT_INCOME))
        .in(-10, 10);
  }

  /** Creates the calibrator (stateless). */
  public GravityCalibrator() {}

  /**
   * The parameters listed ({@link ModelKind#parameterNames()}) and {@code beta_<country>} for any
   * ISO 3166-1 country (alpha-2 in lower case), for corridors whose GDP a macro file gives.
   */
  @Override
  public Set<String> parameterNames() {
    return new CountryParameterNames(ModelKind.GRAVITY.parameterNames(), "beta_");
  }

  /**
   * Fits on the embedded macro paths without levers; the corridor is the series' name (a corridor
   * id, as the embedded default series are named).
   */
  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    return fitPoints(
        series, corridorOf(series, params.words()), MacroPaths.embedded(), List.of(), params);
  }

  private static Corridor corridorOf(AnnualSeries series, SettingWords words) {
    try {
      return Corridor.of(series.name());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("gravity needs the corridor's two countries, but the series '"
          + series.name() + "' is not a corridor; use " + words.corridorSeries() + ", valid: "
          + Corridor.validIds());
    }
  }

  /**
   * Fits the gravity kind: the entry point for scenarios and commands.
   *
   * @param series the corridor's trade history (US$ million); the fit uses its consecutive run
   *     ending at the last observation, from {@code from} on when given
   * @param corridor the corridor (its countries pick the GDP paths)
   * @param macro the macro paths (e.g. {@link MacroPaths#embedded()} with a scenario's overrides)
   * @param levers the corridor's levers (each must affect it and start after the base year; see
   *     {@link org.tradetarget.core.levers.LeverSchedule#affecting} to pick them from a longer list)
   * @param params the parameters (see the class comment)
   * @param from the first year to fit on, or empty
   * @throws InvalidInputException for unknown or bad parameters and too short a history
   * @throws IllegalArgumentException for a lever that does not fit the corridor
   */
  public static Calibration fit(
      AnnualSeries series,
      Corridor corridor,
      MacroPaths macro,
      List<Lever> levers,
      ModelParams params,
      OptionalInt from) {
    GravityCalibrator c = new GravityCalibrator();
    params.requireKnown(KIND, c.parameterNames());
    AnnualSeries used = ModelKind.GRAVITY.pointsUsed(series, from, params.words());
    Calibration cal = fitPoints(used, corridor, macro, levers, params);
    List<String> notes = new ArrayList<>();
    notes.add("used " + used.size()
        + (used.size() == 1
            ? " point, " + used.firstYear()
            : " points, " + used.firstYear() + "-" + used.lastYear())
        + (from.isPresent() ? "; " + params.words().fromYear(from.getAsInt()) : "")
        + (used.size() < series.size() && from.isEmpty()
            ? "; earlier points are cut off by a gap: gravity needs consecutive points"
            : ""));
    notes.addAll(cal.notes());
    return new Calibration(
        cal.kind(),
        cal.projection(),
        cal.used(),
        cal.parameters(),
        cal.residuals(),
        cal.sigma(),
        cal.logLik(),
        cal.aicc(),
        notes);
  }

  private static Calibration fitPoints(
      AnnualSeries used,
      Corridor corridor,
      MacroPaths macro,
      List<Lever> levers,
      ModelParams params) {
    try {
      macro.requireCovers(corridor, "model kind gravity");
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.getMessage() + "; use a kind that needs no GDP, e.g. rw-drift", e);
    }
    Country ci = corridor.first();
    Country cj = corridor.second();
    for (Country c : new Country[] {ci, cj}) {
      if (!macro.covers(c)) {
        throw new InvalidInputException(
            "gravity needs the GDP path of both countries of " + corridor.id()
                + ", but the macro data have none for " + c.id() + " (they cover "
                + String.join(", ", macro.countries().stream().map(Country::id).toList()) + ")");
      }
    }
    for (String name : params.names()) {
      if (name.startsWith("beta_")
          && !name.equals(GravityProjection.betaName(ci))
          && !name.equals(GravityProjection.betaName(cj))) {
        throw new InvalidInputException(
            "parameter '" + name + "' is not allowed for " + corridor.id()
                + "; its countries are " + ci.id() + " and " + cj.id() + " ("
                + GravityProjection.betaName(ci) + ", "
                + GravityProjection.betaName(cj) + ")");
      }
    }
    double bi = income(ci).read(params).orElse(Elasticities.DEFAULT_INCOME);
    double bj = income(cj).read(params).orElse(Elasticities.DEFAULT_INCOME);
    double theta = THETA.read(params).orElse(Elasticities.DEFAULT_THETA);
    Elasticities e = new Elasticities(bi, bj, theta);
    boolean calibrate = CALIBRATE_TREND.readBool(params, false);
    if (calibrate && params.has("trend")) {
      throw new InvalidInputException(
          "parameters 'trend' and 'calibrate_trend=true' cannot be combined;"
              + " give the trend or let it be estimated");
    }
    OptionalDouble givenSigma = SIGMA.read(params);
    if (used.step() != 1) {
      throw new InvalidInputException(
          "gravity needs annual data; " + used.name() + " steps " + used.step() + " years");
    }
    int first =
        Math.max(macro.path(ci).history().firstYear(), macro.path(cj).history().firstYear());
    if (used.firstYear() < first) {
      throw new InvalidInputException("gravity: GDP data start in " + first + " but " + used.name()
          + " is used from " + used.firstYear() + "; " + params.words().fitFrom(first)
          + " or later");
    }
    int n = used.size();
    double[] r = new double[n];
    for (int t = 0; t < n; t++) {
      int y = used.year(t);
      r[t] = Math.log(used.value(t)) - bi * macro.logGdp(ci, y) - bj * macro.logGdp(cj, y);
    }
    double[] d = Fits.diff(r);
    int m = d.length;
    double meanD = m > 0 ? Fits.mean(d) : Double.NaN;
    double estSigma =
        m >= 2 ? Math.sqrt(Fits.sumSquaredDeviations(d, meanD) / (m - 1)) : Double.NaN;
    double sigma;
    if (givenSigma.isPresent()) {
      sigma = givenSigma.getAsDouble();
    } else {
      if (m < 2) {
        throw new InvalidInputException("gravity needs 3 consecutive points to estimate sigma, got "
            + n + " (" + used.name() + "); give sigma=VALUE");
      }
      sigma = estSigma;
    }
    double trend;
    double trendSe = 0;
    String trendNote;
    if (calibrate) {
      if (m < 1) {
        throw new InvalidInputException(
            "calibrate_trend=true needs 2 consecutive points, got " + n);
      }
      trend = meanD;
      trendSe = m >= 1 ? sigma / Math.sqrt(m) : 0;
      trendNote = "residual trend " + g(trend) + " a year estimated from " + used.firstYear() + "-"
          + used.lastYear() + " (mean yearly change of ln trade - beta*ln GDP; standard error "
          + g(trendSe) + ")";
    } else if (params.has("trend")) {
      trend = TREND.read(params).getAsDouble();
      trendNote = "residual trend " + g(trend) + " a year as given";
    } else {
      trend = 0;
      trendNote = "residual trend 0 (default)"
          + (m >= 1
              ? "; calibrate_trend=true would estimate " + g(meanD) + " a year from "
                  + used.firstYear() + "-" + used.lastYear()
              : "");
    }
    GravityProjection p;
    try {
      p = new GravityProjection(
          corridor, used.lastYear(), used.lastValue(), e, trend, sigma, trendSe, macro, levers);
    } catch (IllegalArgumentException ex) {
      throw new InvalidInputException(ex.getMessage(), ex);
    }
    List<String> notes = new ArrayList<>();
    notes.add("elasticities " + GravityProjection.betaName(ci) + "=" + g(bi) + ", "
        + GravityProjection.betaName(cj)
        + "=" + g(bj) + ", theta=" + g(theta)
        + (params.has("theta")
                || params.has(GravityProjection.betaName(ci))
                || params.has(GravityProjection.betaName(cj))
            ? ""
            : " (defaults: income elasticities near 1 and a"
                + " trade-cost elasticity of about -4 from the gravity literature)"));
    notes.add(trendNote);
    notes.add(macroNote(macro, macro.path(ci)));
    notes.add(macroNote(macro, macro.path(cj)));
    notes.add("nominal GDP grows by real growth plus an assumed US$ inflation of "
        + pct(macro.inflation())
        + " a year; growth uncertainty sd " + g(macro.growthSd(ci)) + " (" + ci.id() + ") and "
        + g(macro.growthSd(cj)) + " (" + cj.id() + ") a year, correlation " + g(macro.correlation())
        + " (assumptions)");
    boolean risky = false;
    for (Lever v : p.levers()) {
      notes.add(
          "lever " + v.name() + ": " + (v.isTradeCost() ? "trade-cost change " : "direct effect ")
              + g(v.size()) + " from " + v.startYear()
              + (v.rampYears() > 0 ? " over " + v.rampYears() + " years" : "")
              + ", probability " + g(v.probability()) + ", mean delay " + g(v.delayMeanYears())
              + (v.delayMeanYears() == 1 ? " year" : " years"));
      risky |= v.probability() < 1 || v.delayMeanYears() > 0;
    }
    if (risky) {
      notes.add(
          "point and intervals take each lever at its expected effect; the levers' timing risk is only in"
              + " the Monte Carlo");
    }
    double[] res = new double[m];
    for (int t = 0; t < m; t++) {
      res[t] = d[t] - trend;
    }
    return new Calibration(
        ModelKind.GRAVITY,
        p,
        used,
        p.parameters(),
        res,
        sigma,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        notes);
  }

  /** Which forward years of a country's growth are sourced and what the others assume. */
  private static String macroNote(MacroPaths macro, MacroPath path) {
    if (macro.origin().isPresent()) {
      return fileNote(macro.origin().get(), path);
    }
    List<String> sourced = new ArrayList<>();
    for (GrowthYear y : path.explicitYears()) {
      if (y.sourced()) {
        sourced.add(y.year() + " " + pct(y.rate()) + " (" + y.basis() + ")");
      }
    }
    return "GDP " + path.country().id() + ": WDI history to " + path.lastHistoryYear()
        + "; real growth sourced "
        + (sourced.isEmpty() ? "in no year" : "for " + String.join(", ", sourced))
        + "; other years assumed "
        + pct(path.mediumTermRate()) + " a year (" + path.mediumTermBasis() + ")";
  }

  /** The same for a path of a macro file: the years it covers and the medium-term assumption. */
  private static String fileNote(String origin, MacroPath path) {
    List<GrowthYear> years = path.explicitYears();
    String covered = years.isEmpty()
        ? "GDP history " + path.history().firstYear() + "-" + path.lastHistoryYear()
        : "real growth " + years.get(0).year() + "-"
            + years.get(years.size() - 1).year()
            + (years.stream().anyMatch(y -> y.basis().endsWith("projection"))
                ? " (IMF projections after "
                    + years.stream()
                        .filter(y -> !y.basis().endsWith("projection"))
                        .mapToInt(GrowthYear::year)
                        .max()
                        .orElse(path.lastHistoryYear())
                    + ")"
                : "");
    return "GDP " + path.country().id() + ": " + origin + ", " + covered + "; later years "
        + pct(path.mediumTermRate()) + " a year (" + path.mediumTermBasis() + ")";
  }

  private static String g(double v) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    String s = String.format(Locale.ROOT, "%.4g", v).trim();
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  private static String pct(double v) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", v * 100))
            .stripTrailingZeros()
            .toPlainString()
        + " %";
  }
}
