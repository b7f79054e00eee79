package org.tradetarget.core.calibrate;

import java.util.List;
import java.util.Optional;

/**
 * The estimation table of a fit, as R's {@code summary()} and {@code checkresiduals()} report it:
 * each coefficient with its standard error (from the Hessian of the log-likelihood), z and
 * two-sided normal p-value; the log-likelihood, AIC, AICc, BIC and σ² on the fitting scale; the
 * Ljung–Box test of the residuals.
 *
 * @param kind the kind's id
 * @param orders (p, d, q) for ARIMA kinds
 * @param includeDrift whether the fit has a drift term
 * @param coefficients the coefficients with R's term names ({@code ar1}, {@code ma1}, {@code
 *     intercept}, {@code drift}, regressor names), in R's order
 * @param loglik the log-likelihood
 * @param aic Akaike's information criterion
 * @param aicc the corrected AIC
 * @param bic the Bayesian information criterion
 * @param sigma2 the innovation variance
 * @param ljungBox the Ljung–Box test of the residuals
 */
public record FitSummary(
    String kind,
    Optional<Orders> orders,
    boolean includeDrift,
    List<Coefficient> coefficients,
    double loglik,
    double aic,
    double aicc,
    double bic,
    double sigma2,
    LjungBox.Result ljungBox) {
  /** Copies the list. */
  public FitSummary {
    coefficients = List.copyOf(coefficients);
  }

  /**
   * This table under another kind's id (an automatic kind reports the table of the fit it chose).
   *
   * @param newKind the kind's id
   * @return a copy with every other field the same
   */
  public FitSummary withKind(String newKind) {
    return new FitSummary(
        newKind, orders, includeDrift, coefficients, loglik, aic, aicc, bic, sigma2, ljungBox);
  }

  /**
   * An estimation table computed when first asked for, then kept: the table of a fast kind (a
   * random walk's numerical Hessian) can cost many times its fit, and a panel of thousands of fits
   * never asks for it. Thread-safe; equal when the tables are.
   */
  public static final class Deferred {
    private java.util.function.Supplier<Optional<FitSummary>> source;
    private Optional<FitSummary> value;

    private Deferred(java.util.function.Supplier<Optional<FitSummary>> source) {
      this.source = source;
    }

    /** A table already computed (or none). */
    public static Deferred of(Optional<FitSummary> table) {
      java.util.Objects.requireNonNull(table);
      Deferred d = new Deferred(() -> table);
      d.get();
      return d;
    }

    /** A table computed by {@code source} on the first {@link #get}. */
    public static Deferred later(java.util.function.Supplier<Optional<FitSummary>> source) {
      return new Deferred(java.util.Objects.requireNonNull(source));
    }

    /** The table, computing it on the first call. */
    public synchronized Optional<FitSummary> get() {
      if (value == null) {
        value = java.util.Objects.requireNonNull(source.get());
        source = null;
      }
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Deferred d && get().equals(d.get());
    }

    @Override
    public int hashCode() {
      return get().hashCode();
    }

    @Override
    public String toString() {
      return get().map(FitSummary::toString).orElse("no estimation table");
    }
  }

  /**
   * ARIMA orders.
   *
   * @param p the AR order
   * @param d the order of differencing
   * @param q the MA order
   */
  public record Orders(int p, int d, int q) {}

  /**
   * One coefficient.
   *
   * @param term R's name for it
   * @param estimate the estimate
   * @param se its standard error; NaN when the Hessian is not positive definite
   * @param z estimate / se
   * @param p the two-sided p-value 2(1 − Φ(|z|))
   */
  public record Coefficient(String term, double estimate, double se, double z, double p) {
    /** A coefficient with z and p from its estimate and standard error. */
    public static Coefficient of(String term, double estimate, double se) {
      double z = estimate / se;
      double p = org.apache.commons.math3.special.Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
      return new Coefficient(term, estimate, se, z, p);
    }
  }
}
