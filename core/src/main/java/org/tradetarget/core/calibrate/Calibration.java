package org.tradetarget.core.calibrate;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Projection;

/**
 * The result of fitting (or specifying) a kind on a series.
 *
 * @param kind the kind
 * @param projection the fitted projection: forecasts and simulator
 * @param used the points used (e.g. the consecutive run for recursive kinds)
 * @param parameters the named parameters, in the order {@code --show-params} prints them
 * @param residuals the one-step (or regression) residuals on the fitting scale; empty when none
 * @param sigma the residual standard deviation on the fitting scale; NaN when undefined
 * @param logLik the log-likelihood as the reference software reports it, when defined
 * @param aicc the corrected AIC, when defined
 * @param notes remarks for the user, e.g. which years were used or a bound the optimiser hit
 * @param estimation the estimation table (coefficients with standard errors, information criteria,
 *     residual test), for the kinds that report one; computed when first asked for ({@link
 *     #summary()}), since it can cost more than the fit itself
 */
@SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
public record Calibration(
    ModelKind kind,
    Projection projection,
    AnnualSeries used,
    Map<String, Double> parameters,
    double[] residuals,
    double sigma,
    OptionalDouble logLik,
    OptionalDouble aicc,
    List<String> notes,
    FitSummary.Deferred estimation) {
  /** Copies the arrays and collections. */
  public Calibration {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    residuals = residuals.clone();
    notes = List.copyOf(notes);
  }

  /** A calibration without an estimation table. */
  public Calibration(
      ModelKind kind,
      Projection projection,
      AnnualSeries used,
      Map<String, Double> parameters,
      double[] residuals,
      double sigma,
      OptionalDouble logLik,
      OptionalDouble aicc,
      List<String> notes) {
    this(
        kind,
        projection,
        used,
        parameters,
        residuals,
        sigma,
        logLik,
        aicc,
        notes,
        FitSummary.Deferred.of(java.util.Optional.empty()));
  }

  /** A calibration with an estimation table already computed (or none). */
  public Calibration(
      ModelKind kind,
      Projection projection,
      AnnualSeries used,
      Map<String, Double> parameters,
      double[] residuals,
      double sigma,
      OptionalDouble logLik,
      OptionalDouble aicc,
      List<String> notes,
      java.util.Optional<FitSummary> summary) {
    this(
        kind,
        projection,
        used,
        parameters,
        residuals,
        sigma,
        logLik,
        aicc,
        notes,
        FitSummary.Deferred.of(summary));
  }

  /**
   * The estimation table, for the kinds that report one ({@link FitSummaries#KINDS}); computed on
   * the first call and kept.
   */
  public java.util.Optional<FitSummary> summary() {
    return estimation.get();
  }

  /** This calibration with {@code note} added after its notes. */
  public Calibration withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new Calibration(
        kind, projection, used, parameters, residuals, sigma, logLik, aicc, more, estimation);
  }

  @Override
  public double[] residuals() {
    return residuals.clone();
  }

  /**
   * This calibration with other notes.
   *
   * @param newNotes the notes, in order
   * @return a copy with every other field the same
   */
  public Calibration withNotes(List<String> newNotes) {
    return new Calibration(
        kind, projection, used, parameters, residuals, sigma, logLik, aicc, newNotes, estimation);
  }

  /**
   * This calibration with another projection (levers or a macro shift on top of the fitted one).
   *
   * @param newProjection the projection
   * @return a copy with every other field the same
   */
  public Calibration withProjection(Projection newProjection) {
    return new Calibration(
        kind, newProjection, used, parameters, residuals, sigma, logLik, aicc, notes, estimation);
  }
}
