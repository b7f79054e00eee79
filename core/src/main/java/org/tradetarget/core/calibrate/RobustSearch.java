package org.tradetarget.core.calibrate;

import java.util.function.ToDoubleFunction;

/**
 * A minimisation that fails softly: Nelder–Mead from the reference software's starting values, with
 * its tolerance and budget (where that converges, which is nearly always, the result is exactly the
 * single run's); when the budget runs out first — typically a flat likelihood along a bound —
 * Nelder–Mead restarts with a fresh simplex from the best point so far (up to {@link #MAX_RESTARTS}
 * times, stopping once a run converges or no longer lowers the objective by more than the
 * tolerance), then runs from an alternative start; if none converges, Powell's conjugate-direction
 * method ({@link Powell}) polishes the best point. The best point of all wins.
 */
final class RobustSearch {
  /** Fresh Nelder–Mead runs from the best point when the first run does not converge. */
  static final int MAX_RESTARTS = 5;

  private RobustSearch() {}

  /**
   * The outcome.
   *
   * @param best the best point found
   * @param converged whether the search that found it met its convergence rule (for a restart:
   *     converged, or no longer improving)
   * @param note how the search got there when the first run did not converge; empty otherwise
   */
  record Outcome(NelderMead.Result best, boolean converged, String note) {}

  /**
   * Minimises {@code f}.
   *
   * @param start the reference software's starting values
   * @param alternative a second start, used only when the restarts do not converge; ignored when
   *     {@code f} is not finite there
   * @param alternativeText how the note names the alternative start, e.g. "alpha=0.5"
   * @throws IllegalArgumentException if {@code f(start)} is not finite
   */
  static Outcome minimize(
      ToDoubleFunction<double[]> f,
      double[] start,
      double[] alternative,
      String alternativeText,
      double relTol,
      int maxEvaluations) {
    NelderMead.Result first = NelderMead.minimize(f, start, relTol, maxEvaluations);
    if (first.status() != NelderMead.Status.MAX_EVALUATIONS) {
      return new Outcome(first, true, "");
    }
    NelderMead.Result best = first;
    int restarts = 0;
    boolean converged = false;
    while (restarts < MAX_RESTARTS && !converged) {
      NelderMead.Result r = NelderMead.minimize(f, best.point(), relTol, maxEvaluations);
      restarts++;
      double gain = best.value() - r.value();
      if (r.value() < best.value()) {
        best = r;
      }
      converged = r.status() == NelderMead.Status.CONVERGED
          || gain <= relTol * (Math.abs(best.value()) + relTol);
    }
    String how = "restarted Nelder-Mead " + restarts + (restarts == 1 ? " time" : " times");
    if (!converged && Double.isFinite(f.applyAsDouble(alternative.clone()))) {
      NelderMead.Result r = NelderMead.minimize(f, alternative, relTol, maxEvaluations);
      if (r.value() < best.value()) {
        best = r;
        converged = r.status() == NelderMead.Status.CONVERGED;
      }
      how += ", then from " + alternativeText;
    }
    if (!converged) {
      NelderMead.Result r = Powell.minimize(f, best.point(), relTol, maxEvaluations);
      if (r.value() <= best.value()) {
        best = r;
        converged = r.status() == NelderMead.Status.CONVERGED;
      }
      how += ", then Powell's method";
    }
    return new Outcome(
        best,
        converged,
        "Nelder-Mead from the reference starting values did not converge in " + maxEvaluations
            + " evaluations; " + how + (converged ? " to converge" : ""));
  }
}
