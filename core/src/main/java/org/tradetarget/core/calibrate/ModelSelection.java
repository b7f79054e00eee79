package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Chooses a model by AICc within one family: among the ETS kinds ({@code holt}, {@code
 * holt-damped}) or among ARIMA orders (p = 0, 1, 2). Never across families: their likelihoods are
 * not comparable (ETS's drops constants and conditions on fitted initial states; ARIMA's is exact on
 * the differences).
 *
 * <p>Each candidate is fitted by maximum likelihood on the same points; one that cannot be fitted
 * (e.g. too few points) is reported with its reason and left out. Ties go to the simpler model.
 */
public final class ModelSelection {
  private ModelSelection() {}

  /**
   * One candidate of a selection.
   *
   * @param label the candidate, e.g. {@code holt-damped} or {@code arima p=1}
   * @param kind its kind
   * @param params the parameters it was fitted with
   * @param calibration the fit, when it succeeded
   * @param aicc its AICc, when it was fitted
   * @param failure why it could not be fitted, or empty
   */
  public record Candidate(
      String label,
      ModelKind kind,
      ModelParams params,
      Optional<Calibration> calibration,
      OptionalDouble aicc,
      String failure) {}

  /**
   * The outcome of a selection.
   *
   * @param bestLabel the label of the chosen candidate
   * @param best the fit of the candidate with the smallest AICc
   * @param candidates every candidate in the order tried (simplest first), with its AICc or failure
   */
  public record Result(String bestLabel, Calibration best, List<Candidate> candidates) {
    /** Copies the list. */
    public Result {
      candidates = List.copyOf(candidates);
    }
  }

  /** The better of {@code holt} and {@code holt-damped} by AICc, on the default points. */
  public static Result bestEts(AnnualSeries series) {
    return bestEts(series, OptionalInt.empty());
  }

  /** The better of {@code holt} and {@code holt-damped} by AICc, starting at {@code from}. */
  public static Result bestEts(AnnualSeries series, OptionalInt from) {
    List<Candidate> tried = new ArrayList<>();
    tried.add(attempt(ModelKind.HOLT.id(), ModelKind.HOLT, ModelParams.none(), series, from));
    tried.add(attempt(
        ModelKind.HOLT_DAMPED.id(), ModelKind.HOLT_DAMPED, ModelParams.none(), series, from));
    return choose("ETS", series, tried);
  }

  /** The best ARIMA(p,1,0) with drift, p = 0, 1, 2, by AICc, on the default points. */
  public static Result bestArima(AnnualSeries series) {
    return bestArima(series, OptionalInt.empty());
  }

  /** The best ARIMA(p,1,0) with drift, p = 0, 1, 2, by AICc, starting at {@code from}. */
  public static Result bestArima(AnnualSeries series, OptionalInt from) {
    List<Candidate> tried = new ArrayList<>();
    for (int p = 0; p <= 2; p++) {
      tried.add(attempt(
          "arima p=" + p,
          ModelKind.ARIMA,
          ModelParams.none().with("p", Integer.toString(p)),
          series,
          from));
    }
    return choose("ARIMA", series, tried);
  }

  private static Candidate attempt(
      String label, ModelKind kind, ModelParams params, AnnualSeries series, OptionalInt from) {
    try {
      Calibration c = kind.fit(series, params, from);
      return new Candidate(label, kind, params, Optional.of(c), c.aicc(), "");
    } catch (InvalidInputException e) {
      return new Candidate(
          label, kind, params, Optional.empty(), OptionalDouble.empty(), e.getMessage());
    }
  }

  private static Result choose(String family, AnnualSeries series, List<Candidate> tried) {
    Candidate best = null;
    for (Candidate c : tried) {
      if (c.aicc().isPresent()
          && (best == null || c.aicc().getAsDouble() < best.aicc().getAsDouble())) {
        best = c;
      }
    }
    if (best == null) {
      throw new InvalidInputException("no " + family + " model could be fitted to " + series.name()
          + ": "
          + tried.stream()
              .map(c -> c.label() + ": " + c.failure())
              .collect(Collectors.joining("; ")));
    }
    return new Result(best.label(), best.calibration().orElseThrow(), tried);
  }
}
