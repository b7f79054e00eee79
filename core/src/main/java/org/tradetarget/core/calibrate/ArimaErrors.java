package org.tradetarget.core.calibrate;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** The standard errors of an {@link ArimaMle} fit, by R's numerical Hessian procedure. */
final class ArimaErrors {
  private static final double OUTER_STEP = 1e-3;

  private ArimaErrors() {}

  /**
   * Standard errors as R's {@code arima} computes them: the Hessian of f by {@code optimHess}
   * (central differences, step 10⁻³, of central-difference gradients, steps 10⁻³ × parscale;
   * parscale 1 for the AR and MA parts and 10 × the OLS standard errors for the regression: R's C
   * code divides the outer step by parscale in scaled units, so it is 10⁻³ in every coordinate —
   * coarse for a drift, whose standard error this matches rather than the exact curvature's) in
   * the search coordinates
   * (the AR part as atanh of its partial autocorrelations), then var = Aᵀ(n'H)⁻¹A with A the
   * forward-difference Jacobian (step 10⁻³) of the AR transform; NaN when not positive definite.
   */
  static double[] standardErrors(ArimaMle.Spec spec, double[] x, double[][] xreg, double[] coef) {
    if (coef.length == 0) {
      return new double[0];
    }
    int b = spec.p() + spec.q();
    if (spec.xreg().isEmpty() || xreg.length < 2) {
      return standardErrorsIn(spec, x, xreg, coef, null);
    }
    // R rotates two or more regression columns by the SVD of their matrix (X V) and takes the
    // Hessian in the rotated coefficients V'β, then var(β) = V var(V'β) V'.
    RealMatrix v =
        new SingularValueDecomposition(new Array2DRowRealMatrix(xreg, false).transpose()).getV();
    RealMatrix rotated = new Array2DRowRealMatrix(xreg, false).transpose().multiply(v);
    double[] gamma = v.transpose().operate(Arrays.copyOfRange(coef, b, coef.length));
    double[] rc = coef.clone();
    System.arraycopy(gamma, 0, rc, b, gamma.length);
    return standardErrorsIn(spec, x, rotated.transpose().getData(), rc, v);
  }

  /**
   * Standard errors in the coordinates given; {@code rotation} V maps them back for the regression
   * part (null when the coordinates are the coefficients').
   */
  private static double[] standardErrorsIn(
      ArimaMle.Spec spec, double[] x, double[][] xreg, double[] coef, RealMatrix rotation) {
    int k = coef.length;
    int p = spec.p();
    int b = p + spec.q();
    int nUsed = x.length - spec.d();
    double[] scale =
        ArimaStarts.regressionScale(spec, x, xreg, ArimaStarts.regressionStart(spec, x, xreg));
    double[] e = new double[k];
    for (int i = 0; i < k; i++) {
      e[i] = 1e-3 * (i < b ? 1.0 : 10 * scale[i - b]);
    }
    double[] u = coef.clone();
    double[] pac = ArMath.pacfFromAr(Arrays.copyOfRange(coef, 0, p));
    for (int i = 0; i < p; i++) {
      u[i] = ArMath.atanh(pac[i]);
    }
    ToDoubleFunction<double[]> f = v -> {
      double[] c = v.clone();
      System.arraycopy(ArMath.arFromPacf(ArMath.tanh(Arrays.copyOfRange(v, 0, p))), 0, c, 0, p);
      return ArimaMle.objective(spec, x, xreg, c);
    };
    double[][] hess = new double[k][k];
    for (int i = 0; i < k; i++) {
      double[] up = u.clone();
      double[] dn = u.clone();
      up[i] += OUTER_STEP;
      dn[i] -= OUTER_STEP;
      double[] gUp = gradient(f, up, e);
      double[] gDn = gradient(f, dn, e);
      for (int j = 0; j < k; j++) {
        hess[i][j] = (gUp[j] - gDn[j]) / (2 * OUTER_STEP);
      }
    }
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      a[i][i] = 1.0;
    }
    if (p > 0) {
      double[] base = ArMath.arFromPacf(ArMath.tanh(Arrays.copyOfRange(u, 0, p)));
      for (int i = 0; i < p; i++) {
        double[] w = Arrays.copyOfRange(u, 0, p);
        w[i] += 1e-3;
        double[] moved = ArMath.arFromPacf(ArMath.tanh(w));
        for (int j = 0; j < p; j++) {
          a[i][j] = (moved[j] - base[j]) / 1e-3;
        }
      }
    }
    double[] se = ArimaMle.nanArray(k);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (hess[i][j] + hess[j][i]);
        hess[i][j] = m * nUsed;
        hess[j][i] = m * nUsed;
      }
      hess[i][i] *= nUsed;
    }
    try {
      RealMatrix am = new Array2DRowRealMatrix(a, false);
      RealMatrix inv =
          new LUDecomposition(new Array2DRowRealMatrix(hess, false)).getSolver().getInverse();
      RealMatrix var = am.transpose().multiply(inv).multiply(am);
      if (rotation != null) {
        RealMatrix back = MatrixUtils.createRealIdentityMatrix(k);
        back.setSubMatrix(rotation.getData(), b, b);
        var = back.multiply(var).multiply(back.transpose());
      }
      for (int i = 0; i < k; i++) {
        double v = var.getEntry(i, i);
        se[i] = v > 0 && Double.isFinite(v) ? Math.sqrt(v) : Double.NaN;
      }
    } catch (SingularMatrixException e2) {
      // left NaN
    }
    return se;
  }

  private static double[] gradient(ToDoubleFunction<double[]> f, double[] at, double[] e) {
    double[] g = new double[at.length];
    for (int j = 0; j < at.length; j++) {
      double[] up = at.clone();
      double[] dn = at.clone();
      up[j] += e[j];
      dn[j] -= e[j];
      g[j] = (f.applyAsDouble(up) - f.applyAsDouble(dn)) / (2 * e[j]);
    }
    return g;
  }
}
