package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.FitSummaries;
import org.tradetarget.core.calibrate.FitSummary;
import org.tradetarget.core.calibrate.LjungBox;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidSetting;

/**
 * A fit's estimation table ({@code tradetarget project --summary}), as R's {@code summary()} and
 * {@code checkresiduals()} print it: each coefficient with its estimate, standard error, z (t for
 * {@code log-linear}, as {@code summary(lm)}) and p; the log-likelihood, AIC, AICc, BIC and σ²; the
 * Ljung–Box test of the residuals.
 *
 * <p>JSON has exactly the keys {@code kind}, {@code orders} ({@code p}, {@code d}, {@code q}; null
 * for kinds that are not ARIMA models), {@code include_drift}, {@code coefficients} ({@code term},
 * {@code estimate}, {@code se}, {@code z}, {@code p}), {@code loglik}, {@code aic}, {@code aicc},
 * {@code bic}, {@code sigma2} and {@code ljung_box} ({@code statistic}, {@code lag}, {@code df},
 * {@code p}; null when the series is too short for the test); numbers round-trip and a value that
 * is not estimated (the standard errors of ets's smoothing parameters) is null. CSV has the
 * coefficients only, header {@code term,estimate,se,z,p}, with {@code NA} where R prints NA.
 */
public final class SummaryTables {
  private static final String NA = "NA";

  private SummaryTables() {}

  /**
   * The estimation table of the fit.
   *
   * @throws InvalidSetting naming {@code summary} when the fit has no table
   */
  public static Output of(Calibration cal) {
    FitSummary s = cal.summary().orElseThrow(() -> noTable(cal));
    Rows csv = new Rows("term", "estimate", "se", "z", "p");
    for (FitSummary.Coefficient c : s.coefficients()) {
      csv.add(c.term(), csv(c.estimate()), csv(c.se()), csv(c.z()), csv(c.p()));
    }
    return new Output().table(table(cal, s)).csv(csv).json(json(s));
  }

  private static InvalidSetting noTable(Calibration cal) {
    ModelKind kind = cal.kind();
    String kinds = FitSummaries.KINDS.stream().map(ModelKind::id).collect(Collectors.joining(", "));
    if (!FitSummaries.KINDS.contains(kind)) {
      return new InvalidSetting(
          "summary",
          "kind '" + kind.id() + "' has no estimation table; the kinds with one: " + kinds);
    }
    if (kind == ModelKind.HOLT || kind == ModelKind.HOLT_DAMPED) {
      return new InvalidSetting(
          "summary",
          "'" + kind.id() + "' has an estimation table only when fitted by maximum likelihood;"
              + " give no --param to fit its smoothing parameters and initial states");
    }
    return new InvalidSetting(
        "summary",
        "'" + kind.id() + "' on " + cal.used().name() + " (" + cal.used().size()
            + " points) has no estimation table: too few points, or the series is fitted exactly");
  }

  /** A CSV cell: the round-tripping number, or R's NA. */
  private static String csv(double v) {
    return Double.isFinite(v) ? Double.toString(v) : NA;
  }

  private static ObjectNode json(FitSummary s) {
    ObjectNode o = Render.object();
    o.put("kind", s.kind());
    if (s.orders().isPresent()) {
      ObjectNode orders = o.putObject("orders");
      orders.put("p", s.orders().get().p());
      orders.put("d", s.orders().get().d());
      orders.put("q", s.orders().get().q());
    } else {
      o.putNull("orders");
    }
    o.put("include_drift", s.includeDrift());
    ArrayNode coefficients = o.putArray("coefficients");
    for (FitSummary.Coefficient c : s.coefficients()) {
      ObjectNode k = coefficients.addObject();
      k.put("term", c.term());
      k.set("estimate", Render.node(c.estimate()));
      k.set("se", Render.node(c.se()));
      k.set("z", Render.node(c.z()));
      k.set("p", Render.node(c.p()));
    }
    o.set("loglik", Render.node(s.loglik()));
    o.set("aic", Render.node(s.aic()));
    o.set("aicc", Render.node(s.aicc()));
    o.set("bic", Render.node(s.bic()));
    o.set("sigma2", Render.node(s.sigma2()));
    LjungBox.Result lb = s.ljungBox();
    if (lb == null) {
      o.putNull("ljung_box");
    } else {
      ObjectNode b = o.putObject("ljung_box");
      b.set("statistic", Render.node(lb.statistic()));
      b.put("lag", lb.lag());
      b.put("df", lb.df());
      b.set("p", Render.node(lb.p()));
    }
    return o;
  }

  private static Rows table(Calibration cal, FitSummary s) {
    boolean lm = cal.kind() == ModelKind.LOG_LINEAR;
    Rows t = new Rows("term", ">estimate", ">std. error", lm ? ">t" : ">z", ">p");
    t.heading(
        "Estimation table: " + cal.kind().id() + model(s) + " on " + cal.used().name() + ", "
            + cal.used().firstYear() + "-" + cal.used().lastYear() + " ("
            + cal.used().size()
            + " points), ln(value)");
    for (FitSummary.Coefficient c : s.coefficients()) {
      t.add(c.term(), people(c.estimate()), people(c.se()), people(c.z()), people(c.p()));
    }
    if (s.coefficients().isEmpty()) {
      t.note("No coefficients are estimated.");
    }
    t.note("sigma^2=" + people(s.sigma2()) + "  log likelihood=" + people(s.loglik()));
    t.note("AIC=" + people(s.aic()) + "  AICc=" + people(s.aicc()) + "  BIC=" + people(s.bic()));
    LjungBox.Result lb = s.ljungBox();
    t.note(
        lb == null
            ? "Ljung-Box test: not run (the series is too short for its lag)"
            : "Ljung-Box test of the residuals: Q*=" + people(lb.statistic()) + ", df=" + lb.df()
                + ", lag=" + lb.lag() + ", p=" + people(lb.p()));
    t.note(explanation(cal.kind()));
    return t;
  }

  private static String model(FitSummary s) {
    return s.orders()
        .map(o -> " ARIMA(" + o.p() + "," + o.d() + "," + o.q() + ")"
            + (s.includeDrift() ? " with drift" : ""))
        .orElse("");
  }

  private static String explanation(ModelKind kind) {
    return switch (kind) {
      case LOG_LINEAR ->
        "As R's summary(lm(x ~ t)): t values, p from the t distribution with n-2"
            + " df; the Ljung-Box test as checkresiduals(test = \"LB\") with the 2 coefficients"
            + " as model df.";
      case HOLT, HOLT_DAMPED ->
        "As R's ets(): smoothing parameters (beta in ets's form,"
            + " alpha*beta*) and initial states l, b, without standard errors (NA).";
      default ->
        "As R's Arima(): standard errors from the Hessian of the log-likelihood, p from"
            + " the normal distribution; the Ljung-Box test as checkresiduals.";
    };
  }

  /** A number for people: 6 significant digits, NA when undefined. */
  private static String people(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v).trim() : NA;
  }
}
