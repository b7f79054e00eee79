package org.tradetarget.core.calibrate;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.PowellOptimizer;

/**
 * Powell's conjugate-direction search (Commons Math {@link PowellOptimizer}), the fallback when
 * Nelder–Mead and its restarts do not converge. Like {@link NelderMead}, a non-finite objective
 * counts as {@link NelderMead#BIG}, so bounds can be expressed as infinity; the best point evaluated
 * is returned even when the budget runs out.
 */
final class Powell {
  private Powell() {}

  /**
   * Minimises {@code f} from {@code start}.
   *
   * @param relTol the relative tolerance on the objective between iterations
   * @param maxEvaluations the evaluation budget
   * @return the best point evaluated, with status {@code CONVERGED} or {@code MAX_EVALUATIONS}
   */
  static NelderMead.Result minimize(
      ToDoubleFunction<double[]> f, double[] start, double relTol, int maxEvaluations) {
    double[] bestPoint = start.clone();
    double[] bestValue = {finiteOrBig(f.applyAsDouble(start.clone()))};
    int[] evaluations = {1};
    ObjectiveFunction objective = new ObjectiveFunction(p -> {
      double v = finiteOrBig(f.applyAsDouble(p.clone()));
      evaluations[0]++;
      if (v < bestValue[0]) {
        bestValue[0] = v;
        System.arraycopy(p, 0, bestPoint, 0, p.length);
      }
      return v;
    });
    NelderMead.Status status = NelderMead.Status.CONVERGED;
    try {
      new PowellOptimizer(relTol, 1e-14)
          .optimize(
              objective, GoalType.MINIMIZE, new InitialGuess(start), new MaxEval(maxEvaluations));
    } catch (TooManyEvaluationsException e) {
      status = NelderMead.Status.MAX_EVALUATIONS;
    }
    return new NelderMead.Result(bestPoint.clone(), bestValue[0], evaluations[0], status);
  }

  private static double finiteOrBig(double v) {
    return Double.isFinite(v) ? v : NelderMead.BIG;
  }
}
