package org.tradetarget.scenarios.report;

/** The help texts of {@code tradetarget project}'s options (picocli descriptions). */
public final class ProjectHelp {
  private ProjectHelp() {}

  /** {@code --lever}. */
  public static final String LEVER =
      "A built-in lever (see 'tradetarget levers'), repeatable; needs"
          + " --corridor. Gravity takes its trade-cost change or direct effect; other kinds get it on"
          + " top of their projection.";

  /** {@code --from}. */
  public static final String FROM =
      "First year to fit on (within the points the kind uses; default: all of them).";

  /** {@code --levels}. */
  public static final String LEVELS =
      "Interval levels in percent, comma-separated, in output order (default: ${DEFAULT-VALUE}).";

  /** {@code --recalibration}. */
  public static final String RECALIBRATION = "Recalibrate the intervals by panel evidence"
      + " (docs/RECALIBRATION.md): bundled, none or a recalibration.csv (default:"
      + " ${DEFAULT-VALUE}, the kind's own).";

  /** {@code --show-params}. */
  public static final String SHOW_PARAMS =
      "Print the fitted parameters instead: CSV name,value (a JSON object with --format json).";

  /** {@code --summary}. */
  public static final String SUMMARY = "Print the estimation table instead, as R's summary() and"
      + " checkresiduals(): coefficients with se, z, p; loglik, AIC, AICc, BIC, sigma2; Ljung-Box"
      + " (CSV header term,estimate,se,z,p). Kinds: arima, rw-drift, naive, log-linear, holt,"
      + " holt-damped, arima-auto, ets-auto.";
}
