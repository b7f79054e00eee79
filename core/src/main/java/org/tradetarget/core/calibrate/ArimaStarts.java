package org.tradetarget.core.calibrate;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * Starting values for {@link ArimaMle}, as R's {@code arima} finds them: the regression
 * coefficients by OLS of the differenced series on the differenced regressors (their standard
 * errors scale the search), and the conditional-sum-of-squares estimate ({@code armaCSS}: residual
 * recursion from zero innovations after the first p differences).
 */
final class ArimaStarts {
  private ArimaStarts() {}

  /** The differenced series and regressors, as R's starting regression. */
  static double[][] differenced(int d, double[] v) {
    double[] w = v.clone();
    for (int i = 0; i < d; i++) {
      double[] next = new double[w.length - 1];
      for (int t = 1; t < w.length; t++) {
        next[t - 1] = w[t] - w[t - 1];
      }
      w = next;
    }
    return new double[][] {w};
  }

  /** OLS of Δ^d x on Δ^d X: R's starting values for the regression coefficients. */
  static double[] regressionStart(ArimaMle.Spec spec, double[] x, double[][] xreg) {
    int k = xreg.length;
    if (k == 0) {
      return new double[0];
    }
    double[] w = differenced(spec.d(), x)[0];
    double[][] a = new double[w.length][k];
    for (int j = 0; j < k; j++) {
      double[] c = differenced(spec.d(), xreg[j])[0];
      for (int t = 0; t < w.length; t++) {
        a[t][j] = c[t];
      }
    }
    return new QRDecomposition(new Array2DRowRealMatrix(a, false))
        .getSolver()
        .solve(new ArrayRealVector(w, false))
        .toArray();
  }

  /** Initial simplex steps for the regression coefficients: their OLS standard errors. */
  static double[] regressionScale(ArimaMle.Spec spec, double[] x, double[][] xreg, double[] ols) {
    int k = xreg.length;
    double[] s = new double[k];
    if (k == 0) {
      return s;
    }
    double[] w = differenced(spec.d(), x)[0];
    double ss = 0.0;
    double[][] cols = new double[k][];
    for (int j = 0; j < k; j++) {
      cols[j] = differenced(spec.d(), xreg[j])[0];
    }
    for (int t = 0; t < w.length; t++) {
      double e = w[t];
      for (int j = 0; j < k; j++) {
        e -= ols[j] * cols[j][t];
      }
      ss += e * e;
    }
    double sd = Math.sqrt(ss / Math.max(1, w.length - k));
    for (int j = 0; j < k; j++) {
      double sx = 0.0;
      for (double c : cols[j]) {
        sx += c * c;
      }
      s[j] = Math.max(sd / Math.sqrt(sx), 1e-8 * (1 + Math.abs(ols[j])));
    }
    return s;
  }

  /**
   * R's conditional-sum-of-squares estimate, used as a start when its AR part is stationary and its
   * MA part invertible.
   */
  static Optional<double[]> cssStart(
      ArimaMle.Spec spec, double[] x, double[][] xreg, double[] start, double[] scale) {
    int p = spec.p();
    int q = spec.q();
    int ncond = p;
    ToDoubleFunction<double[]> css = c -> {
      double[] w = differenced(spec.d(), ArimaMle.residualSeries(spec, x, xreg, c))[0];
      double[] e = new double[w.length];
      double ssq = 0.0;
      int nu = 0;
      for (int t = ncond; t < w.length; t++) {
        double v = w[t];
        for (int i = 0; i < p; i++) {
          v -= c[i] * w[t - i - 1];
        }
        for (int j = 0; j < q && j < t - ncond; j++) {
          v -= c[p + j] * e[t - j - 1];
        }
        e[t] = v;
        ssq += v * v;
        nu++;
      }
      double r = 0.5 * Math.log(ssq / nu);
      return Double.isFinite(r) ? r : Double.POSITIVE_INFINITY;
    };
    double[] steps = new double[start.length];
    Arrays.fill(steps, 0.1);
    System.arraycopy(scale, 0, steps, p + q, scale.length);
    try {
      NelderMead.Result r = NelderMead.minimize(css, start, steps, 1e-10, ArimaMle.MAX_EVALUATIONS);
      return Optional.of(r.point()).filter(c -> ArimaMle.toFree(spec, c).isPresent());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
