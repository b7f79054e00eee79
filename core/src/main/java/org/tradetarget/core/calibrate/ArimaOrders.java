package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The parameters of {@code arima} beyond ARIMA(p,1,0) with drift and p ≤ 2 — d, q, p = 3, the MA
 * coefficients, the intercept and the include switches — read and checked, then fitted by {@link
 * ArimaMle}, as are fits with exogenous regressors ({@link ModelParams#regressors()}, after the
 * intercept and drift, as {@code forecast::Arima(xreg = )}). Without any of them {@link
 * ArimaCalibrator} keeps its own AR(p) fit.
 */
final class ArimaOrders {
  static final int MAX_ORDER = 3;
  static final ParameterSpec D = ParameterSpec.integer("d", "order of differencing", "", 0, 2, 1);
  static final ParameterSpec Q = ParameterSpec.integer("q", "MA order", "", 0, MAX_ORDER, 0);
  static final ParameterSpec AR3 =
      ParameterSpec.number("ar3", "third AR coefficient", "", "fitted");
  static final ParameterSpec MA1 =
      ParameterSpec.number("ma1", "first MA coefficient (R's sign: 1 + ma1 B)", "", "fitted");
  static final ParameterSpec MA2 =
      ParameterSpec.number("ma2", "second MA coefficient", "", "fitted");
  static final ParameterSpec MA3 =
      ParameterSpec.number("ma3", "third MA coefficient", "", "fitted");
  static final ParameterSpec INTERCEPT =
      ParameterSpec.number("intercept", "mean of ln(value) (d = 0)", "ln units", "fitted");
  static final ParameterSpec INCLUDE_MEAN = ParameterSpec.bool(
      "include_mean", "d = 0: estimate an intercept, as Arima's include.mean", true);
  static final ParameterSpec INCLUDE_DRIFT = ParameterSpec.bool(
      "include_drift",
      "d = 0 or 1: estimate a drift (linear trend in ln(value)), as Arima's include.drift; off by"
          + " default for d = 0",
      true);
  static final List<ParameterSpec> GENERAL_ONLY =
      List.of(D, Q, AR3, MA1, MA2, MA3, INTERCEPT, INCLUDE_MEAN, INCLUDE_DRIFT);

  private ArimaOrders() {}

  /** ARIMA(p,d,q) by {@link ArimaMle}: any of d, q, p = 3, MA terms, intercept or the switches. */
  static Calibration fit(AnnualSeries series, ModelParams params, int p) {
    for (ParameterSpec s : ArimaCalibrator.PARAMETERS) {
      // a malformed value is reported before any combination rule
      if (s.type() == ParameterSpec.Type.NUMBER) {
        s.read(params);
      } else if (s.type() == ParameterSpec.Type.BOOLEAN) {
        s.readBool(params, false);
      }
    }
    int d = D.readInt(params, 1);
    int q = Q.readInt(params, 0);
    boolean mean = d == 0 && INCLUDE_MEAN.readBool(params, true);
    if (d > 0 && params.has(INCLUDE_MEAN.name())) {
      throw new InvalidInputException("arima: parameter 'include_mean' applies to d=0 only, but d"
          + " is " + d + "; leave it out (with d >= 1 there is no intercept; use include_drift)");
    }
    boolean drift = d <= 1 && INCLUDE_DRIFT.readBool(params, d == 1);
    if (d == 2 && params.has(INCLUDE_DRIFT.name()) && INCLUDE_DRIFT.readBool(params, false)) {
      throw new InvalidInputException("arima: include_drift=true needs d=0 or d=1, but d is 2;"
          + " give include_drift=false or a lower d");
    }
    ArimaMle.Spec spec = new ArimaMle.Spec(p, d, q, mean, drift, params.regressors());
    List<ParameterSpec> coefficientSpecs = new ArrayList<>();
    List<ParameterSpec> ars = List.of(ArimaCalibrator.AR1, ArimaCalibrator.AR2, AR3);
    List<ParameterSpec> mas = List.of(MA1, MA2, MA3);
    for (int i = 0; i < MAX_ORDER; i++) {
      refuseBeyond(params, ars.get(i), i < p, "p=" + (i + 1));
      refuseBeyond(params, mas.get(i), i < q, "q=" + (i + 1));
    }
    refuseBeyond(params, INTERCEPT, mean, "d=0 with include_mean=true");
    refuseBeyond(params, ArimaCalibrator.DRIFT, drift, "include_drift=true with d <= 1");
    coefficientSpecs.addAll(ars.subList(0, p));
    coefficientSpecs.addAll(mas.subList(0, q));
    if (mean) {
      coefficientSpecs.add(INTERCEPT);
    }
    if (drift) {
      coefficientSpecs.add(ArimaCalibrator.DRIFT);
    }
    List<String> names = coefficientSpecs.stream().map(ParameterSpec::name).toList();
    List<String> given = names.stream().filter(params::has).toList();
    boolean uncertaintyAsked = ArimaCalibrator.DRIFT_UNCERTAINTY.readBool(params, false);
    if (given.isEmpty() || names.isEmpty()) {
      if (params.has("sigma2") && !names.isEmpty()) {
        throw new InvalidInputException("arima: parameter 'sigma2' can only be given together with "
            + String.join(", ", names) + "; give those too, or no coefficients to fit them");
      }
      return ArimaMle.fit(
          series, spec, Optional.empty(), ArimaCalibrator.SIGMA2.read(params), uncertaintyAsked);
    }
    if (!spec.xreg().isEmpty()) {
      throw new InvalidInputException("arima with regressors: parameter '" + given.get(0)
          + "' is not allowed; every coefficient is fitted with regressors, so give none of "
          + String.join(", ", names));
    }
    if (given.size() < names.size()) {
      List<String> missing = new ArrayList<>(names);
      missing.removeAll(given);
      throw new InvalidInputException("arima " + spec.label() + ": " + String.join(", ", names)
          + " must be given together (missing: " + String.join(", ", missing)
          + "); or give none to fit them by maximum likelihood");
    }
    double[] coef =
        coefficientSpecs.stream().mapToDouble(s -> s.read(params).getAsDouble()).toArray();
    return ArimaMle.fit(
        series, spec, Optional.of(coef), ArimaCalibrator.SIGMA2.read(params), uncertaintyAsked);
  }

  private static void refuseBeyond(
      ModelParams params, ParameterSpec spec, boolean allowed, String needs) {
    if (!allowed && params.has(spec.name())) {
      throw new InvalidInputException("arima: parameter '" + spec.name() + "' needs " + needs
          + "; give that too or leave " + spec.name() + " out");
    }
  }
}
