package org.tradetarget.core.calibrate;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * The arithmetic of a stationary AR(p) that the ARIMA fit needs: exact one-step innovations
 * (Durbin–Levinson start, then the recursion), autocovariances, the partial-autocorrelation
 * reparametrisation that keeps a search inside the stationary region, and the stationarity check.
 */
final class ArMath {
  private ArMath() {}

  /**
   * Runs the exact one-step predictions of the stationary AR(p) w_t − μ (unit innovation variance):
   * the first p by Durbin–Levinson from the autocovariances, then the AR recursion. Returns {S, Σ ln
   * v_t} with S = Σ e_t²/v_t; writes the standardised innovations e_t/√v_t into {@code residuals}
   * when not null.
   */
  static double[] innovations(double[] w, double[] phi, double mu, double[] residuals) {
    int p = phi.length;
    double[] gamma = autocovariances(phi);
    double[] a = new double[0];
    double v = gamma[0];
    double s = 0.0;
    double logSum = 0.0;
    for (int t = 0; t < w.length; t++) {
      double pred = 0.0;
      double var;
      if (t < p) {
        for (int j = 1; j <= t; j++) {
          pred += a[j - 1] * (w[t - j] - mu);
        }
        var = v;
      } else {
        for (int i = 1; i <= p; i++) {
          pred += phi[i - 1] * (w[t - i] - mu);
        }
        var = 1.0;
      }
      double e = (w[t] - mu) - pred;
      s += e * e / var;
      logSum += Math.log(var);
      if (residuals != null) {
        residuals[t] = e / Math.sqrt(var);
      }
      if (t < p - 1) {
        // Durbin–Levinson: from the predictor on t + 1 past values to the one on t + 2.
        int k = t + 1;
        double num = gamma[k];
        for (int j = 1; j < k; j++) {
          num -= a[j - 1] * gamma[k - j];
        }
        double r = num / v;
        double[] next = new double[k];
        next[k - 1] = r;
        for (int j = 1; j < k; j++) {
          next[j - 1] = a[j - 1] - r * a[k - j - 1];
        }
        a = next;
        v *= 1 - r * r;
      }
    }
    return new double[] {s, logSum};
  }

  /** ½(ln(S/m) + Σ ln v_t / m): R's armafn, −(profile log-likelihood)/m up to a constant. */
  static double concentrated(double[] ss, int m) {
    return 0.5 * (Math.log(ss[0] / m) + ss[1] / m);
  }

  /**
   * γ_0..γ_p of a stationary AR(p) with unit innovation variance, from γ_k − Σ φ_i γ_{|k−i|} = [k =
   * 0], k = 0..p.
   */
  static double[] autocovariances(double[] phi) {
    int p = phi.length;
    double[][] a = new double[p + 1][p + 1];
    double[] b = new double[p + 1];
    b[0] = 1.0;
    for (int k = 0; k <= p; k++) {
      a[k][k] += 1.0;
      for (int i = 1; i <= p; i++) {
        a[k][Math.abs(k - i)] -= phi[i - 1];
      }
    }
    return new QRDecomposition(new Array2DRowRealMatrix(a, false))
        .getSolver()
        .solve(new ArrayRealVector(b, false))
        .toArray();
  }

  /** AR coefficients from partial autocorrelations (Levinson's recursion). */
  static double[] arFromPacf(double[] pac) {
    int p = pac.length;
    double[] phi = new double[p];
    for (int k = 0; k < p; k++) {
      double[] old = phi.clone();
      phi[k] = pac[k];
      for (int j = 0; j < k; j++) {
        phi[j] = old[j] - pac[k] * old[k - 1 - j];
      }
    }
    return phi;
  }

  /** Partial autocorrelations from AR coefficients (the step-down recursion); NaN if not stationary. */
  static double[] pacfFromAr(double[] phi) {
    int p = phi.length;
    double[] a = phi.clone();
    double[] pac = new double[p];
    for (int k = p - 1; k >= 0; k--) {
      double r = a[k];
      pac[k] = r;
      if (!(Math.abs(r) < 1)) {
        Arrays.fill(pac, Double.NaN);
        return pac;
      }
      double[] b = new double[k];
      for (int j = 0; j < k; j++) {
        b[j] = (a[j] + r * a[k - 1 - j]) / (1 - r * r);
      }
      a = b;
    }
    return pac;
  }

  /** Whether every partial autocorrelation lies strictly inside (−1, 1). */
  static boolean isStationary(double[] phi) {
    for (double r : pacfFromAr(phi)) {
      if (!(Math.abs(r) < 1)) {
        return false;
      }
    }
    return true;
  }

  static double[] tanh(double[] u) {
    double[] r = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      r[i] = Math.tanh(u[i]);
    }
    return r;
  }

  static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }

  // ---------------------------------------------------------------- shared
}
