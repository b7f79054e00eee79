package org.tradetarget.core.calibrate;

import java.util.function.ToDoubleFunction;

/**
 * Nelder–Mead direct search in the variant of J. C. Nash, <i>Compact Numerical Methods for
 * Computers</i> (2nd ed., 1990, algorithm 19), which is the minimiser behind R's {@code optim(method
 * = "Nelder-Mead")} and {@code forecast::ets}: reflection 1, contraction ½, expansion 2, a
 * right-angled initial simplex, and the stopping rule "highest − lowest vertex value ≤ tol · (|f(x₀)|
 * + tol)". Following the same steps from the same start makes our fits land where R's do, which
 * matters on the flat likelihoods of short series.
 *
 * <p>A non-finite objective value counts as a very large number (10³⁵), so an objective can express
 * bounds by returning infinity outside them.
 */
final class NelderMead {
  /** What a value outside the feasible region counts as. */
  static final double BIG = 1.0e35;

  /** How a search ended. */
  enum Status {
    /** The simplex values agree within the tolerance. */
    CONVERGED,
    /** The evaluation budget ran out first. */
    MAX_EVALUATIONS,
    /** A shrink step did not reduce the simplex: it has degenerated. */
    DEGENERATE
  }

  /**
   * The result of a search.
   *
   * @param point the best vertex found
   * @param value the objective there
   * @param evaluations the number of objective evaluations
   * @param status how the search ended
   */
  @SuppressWarnings(
      "ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
  record Result(double[] point, double value, int evaluations, Status status) {}

  private NelderMead() {}

  /**
   * The initial step R uses for every coordinate: a tenth of the largest |start_i|, or 0.1 when the
   * start is all zeros.
   */
  static double defaultStep(double[] start) {
    double step = 0.0;
    for (double v : start) {
      step = Math.max(step, 0.1 * Math.abs(v));
    }
    return step == 0.0 ? 0.1 : step;
  }

  /**
   * Minimises {@code f} from {@code start} with the same initial step on every coordinate ({@link
   * #defaultStep}), as R does.
   */
  static Result minimize(
      ToDoubleFunction<double[]> f, double[] start, double relTol, int maxEvaluations) {
    double[] steps = new double[start.length];
    java.util.Arrays.fill(steps, defaultStep(start));
    return minimize(f, start, steps, relTol, maxEvaluations);
  }

  /**
   * Minimises {@code f} from {@code start}.
   *
   * @param f the objective; it may keep the array it is given only for the duration of the call
   * @param start the starting point (not modified)
   * @param steps the initial simplex offsets, one per coordinate (each grown tenfold until it
   *     changes the coordinate)
   * @param relTol the relative convergence tolerance, e.g. √ε ≈ 1.5e-8
   * @param maxEvaluations the evaluation budget
   * @throws IllegalArgumentException if {@code f(start)} is not finite
   */
  static Result minimize(
      ToDoubleFunction<double[]> f,
      double[] start,
      double[] steps,
      double relTol,
      int maxEvaluations) {
    int n = start.length;
    double[] x = start.clone();
    double f0 = f.applyAsDouble(x);
    if (!Double.isFinite(f0)) {
      throw new IllegalArgumentException("the objective is not finite at the starting point");
    }
    double tol = relTol * (Math.abs(f0) + relTol);
    // vertex[j] are the n + 1 vertices, value[j] their objective values.
    double[][] vertex = new double[n + 1][];
    double[] value = new double[n + 1];
    vertex[0] = start.clone();
    value[0] = f0;
    int evaluations = 1;
    double size = 0.0;
    for (int j = 1; j <= n; j++) {
      vertex[j] = start.clone();
      double trial = steps[j - 1];
      while (vertex[j][j - 1] == start[j - 1]) {
        vertex[j][j - 1] = start[j - 1] + trial;
        trial *= 10;
      }
      size += trial;
    }
    double oldSize = size;
    int low = 0;
    boolean evaluateVertices = true;
    Status status = Status.CONVERGED;
    double[] centroid = new double[n];
    double[] reflected = new double[n];
    double[] trial = new double[n];
    do {
      if (evaluateVertices) {
        for (int j = 0; j <= n; j++) {
          if (j != low) {
            value[j] = finiteOrBig(f.applyAsDouble(vertex[j].clone()));
            evaluations++;
          }
        }
        evaluateVertices = false;
      }
      double vLow = value[low];
      double vHigh = vLow;
      int high = low;
      for (int j = 0; j <= n; j++) {
        if (j != low) {
          double v = value[j];
          if (v < vLow) {
            low = j;
            vLow = v;
          }
          if (v > vHigh) {
            high = j;
            vHigh = v;
          }
        }
      }
      if (vHigh <= vLow + tol) {
        break;
      }
      for (int i = 0; i < n; i++) {
        double s = -vertex[high][i];
        for (int j = 0; j <= n; j++) {
          s += vertex[j][i];
        }
        centroid[i] = s / n;
        reflected[i] = 2.0 * centroid[i] - vertex[high][i];
      }
      double vReflected = finiteOrBig(f.applyAsDouble(reflected.clone()));
      evaluations++;
      if (vReflected < vLow) {
        for (int i = 0; i < n; i++) {
          trial[i] = 2.0 * reflected[i] - centroid[i];
        }
        double vExpanded = finiteOrBig(f.applyAsDouble(trial.clone()));
        evaluations++;
        if (vExpanded < vReflected) {
          vertex[high] = trial.clone();
          value[high] = vExpanded;
        } else {
          vertex[high] = reflected.clone();
          value[high] = vReflected;
        }
      } else {
        if (vReflected < vHigh) {
          vertex[high] = reflected.clone();
          value[high] = vReflected;
        }
        for (int i = 0; i < n; i++) {
          trial[i] = 0.5 * vertex[high][i] + 0.5 * centroid[i];
        }
        double vContracted = finiteOrBig(f.applyAsDouble(trial.clone()));
        evaluations++;
        if (vContracted < value[high]) {
          vertex[high] = trial.clone();
          value[high] = vContracted;
        } else if (vReflected >= vHigh) {
          // Shrink every vertex halfway towards the lowest one.
          evaluateVertices = true;
          size = 0.0;
          for (int j = 0; j <= n; j++) {
            if (j != low) {
              for (int i = 0; i < n; i++) {
                vertex[j][i] = 0.5 * (vertex[j][i] - vertex[low][i]) + vertex[low][i];
                size += Math.abs(vertex[j][i] - vertex[low][i]);
              }
            }
          }
          if (size < oldSize) {
            oldSize = size;
          } else {
            status = Status.DEGENERATE;
            break;
          }
        }
      }
    } while (evaluations <= maxEvaluations);
    if (evaluations > maxEvaluations) {
      status = Status.MAX_EVALUATIONS;
    }
    return new Result(vertex[low].clone(), value[low], evaluations, status);
  }

  private static double finiteOrBig(double v) {
    return Double.isFinite(v) ? v : BIG;
  }
}
