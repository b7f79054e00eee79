package org.tradetarget.core.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The state-space form of an ARIMA(p,d,q) with unit innovation variance, as R's {@code makeARIMA}:
 * the ARMA part in Harvey's form (r = max(p, q + 1) states, transition with φ in the first column
 * and ones on the superdiagonal, noise loading (1, θ_1, …, θ_{r−1})), followed by the d previous
 * undifferenced values, which start diffuse with variance κ = 10⁶. The observation is the first ARMA
 * state plus Σ Δ_i times the stored values (Δ = (1) for d = 1, (2, −1) for d = 2).
 *
 * <p>{@link #filter} is R's {@code ARIMA_Like}: the Kalman filter from a = 0 and P = the stationary
 * covariance of the ARMA block (the exact solution of P = TPTᵀ + RRᵀ, which R's Gardner algorithm
 * computes) with κ on the diffuse block; observations whose prediction variance is 10⁴ or more (the
 * first d) update the state but are left out of the sums. {@link #forecast} is {@code
 * KalmanForecast} from the filtered state.
 */
public final class ArimaStateModel {
  /** R's diffuse prior variance for the differencing states. */
  public static final double KAPPA = 1e6;

  private static final double SKIP_GAIN = 1e4;

  private final double[] phi;
  private final double[] theta;
  private final double[] delta;
  private final int r;
  private final int rd;
  /** Row i of the transition matrix T: the columns of its non-zero entries, in increasing order. */
  private final int[][] tCols;
  /** Row i of T: the non-zero entries, matching {@link #tCols}. */
  private final double[][] tVals;

  /**
   * @param phi the AR coefficients φ_1..φ_p (stationary)
   * @param theta the MA coefficients θ_1..θ_q, with the MA polynomial 1 + θ_1 B + … (R's sign)
   * @param d the order of differencing, 0 to 2
   */
  public ArimaStateModel(double[] phi, double[] theta, int d) {
    if (d < 0 || d > 2) {
      throw new IllegalArgumentException("d must be 0, 1 or 2, got " + d);
    }
    this.phi = phi.clone();
    this.theta = theta.clone();
    this.delta = d == 0 ? new double[0] : d == 1 ? new double[] {1.0} : new double[] {2.0, -1.0};
    this.r = Math.max(phi.length, theta.length + 1);
    this.rd = r + d;
    double[][] t = transitionMatrix();
    this.tCols = new int[rd][];
    this.tVals = new double[rd][];
    for (int i = 0; i < rd; i++) {
      int count = 0;
      for (int k = 0; k < rd; k++) {
        count += t[i][k] != 0.0 ? 1 : 0;
      }
      tCols[i] = new int[count];
      tVals[i] = new double[count];
      int c = 0;
      for (int k = 0; k < rd; k++) {
        if (t[i][k] != 0.0) {
          tCols[i][c] = k;
          tVals[i][c++] = t[i][k];
        }
      }
    }
  }

  /** The number of states, r + d. */
  public int states() {
    return rd;
  }

  /** The order of differencing. */
  public int d() {
    return delta.length;
  }

  /**
   * The filter's output.
   *
   * @param ssq Σ e_t²/F_t over the counted observations
   * @param sumLog Σ ln F_t over the counted observations
   * @param counted the number of counted observations (prediction variance below 10⁴)
   * @param residuals e_t/√F_t for every observation (R's standardised residuals)
   * @param a the filtered state at the last observation
   * @param p its covariance
   */
  @SuppressWarnings("ArrayRecordComponent") // numeric arrays, compared by identity
  public record Filtered(
      double ssq, double sumLog, int counted, double[] residuals, double[] a, double[][] p) {}

  /**
   * Runs the Kalman filter over {@code y}.
   *
   * @throws IllegalArgumentException when the ARMA part has no stationary covariance
   */
  public Filtered filter(double[] y) {
    double[] a = new double[rd];
    double[][] pNew = initialCovariance();
    double[][] p = new double[rd][rd];
    double[][] tp = new double[rd][rd];
    double ssq = 0.0;
    double sumLog = 0.0;
    int counted = 0;
    double[] residuals = new double[y.length];
    double[] aNew = new double[rd];
    double[] zp = new double[rd]; // P_new Zᵀ
    for (int t = 0; t < y.length; t++) {
      transition(a, aNew);
      if (t > 0) {
        predictCovariance(p, tp, pNew);
      }
      for (int i = 0; i < rd; i++) {
        double s = pNew[i][0];
        for (int j = 0; j < delta.length; j++) {
          s += pNew[i][r + j] * delta[j];
        }
        zp[i] = s;
      }
      double gain = zp[0];
      for (int j = 0; j < delta.length; j++) {
        gain += zp[r + j] * delta[j];
      }
      double resid = y[t] - observe(aNew);
      if (gain < SKIP_GAIN) {
        counted++;
        ssq += resid * resid / gain;
        sumLog += Math.log(gain);
      }
      residuals[t] = resid / Math.sqrt(gain);
      for (int i = 0; i < rd; i++) {
        a[i] = aNew[i] + zp[i] * resid / gain;
      }
      for (int i = 0; i < rd; i++) {
        double[] pi = p[i];
        double[] ni = pNew[i];
        double zi = zp[i];
        for (int j = 0; j < rd; j++) {
          pi[j] = ni[j] - zi * zp[j] / gain;
        }
      }
    }
    return new Filtered(ssq, sumLog, counted, residuals, a, p);
  }

  /**
   * The means and variances (unit innovation variance) of the next {@code h} observations from a
   * filtered state, as R's {@code KalmanForecast}.
   */
  public double[][] forecast(double[] filteredA, double[][] filteredP, int h) {
    double[] a = filteredA.clone();
    double[][] p = filteredP;
    double[] mean = new double[h];
    double[] var = new double[h];
    double[] next = new double[rd];
    for (int k = 0; k < h; k++) {
      transition(a, next);
      System.arraycopy(next, 0, a, 0, rd);
      double[][] next2 = new double[rd][rd];
      predictCovariance(p, new double[rd][rd], next2);
      p = next2;
      mean[k] = observe(a);
      double v = 0.0;
      for (int i = 0; i < rd; i++) {
        double zi = z(i);
        if (zi == 0.0) {
          continue;
        }
        for (int j = 0; j < rd; j++) {
          v += zi * p[i][j] * z(j);
        }
      }
      var[k] = v;
    }
    return new double[][] {mean, var};
  }

  /** One simulated step: a ← T a + R·eps; returns the observation Z a. */
  public double simulateStep(double[] state, int offset, double eps) {
    double[] a = new double[rd];
    System.arraycopy(state, offset, a, 0, rd);
    double[] next = new double[rd];
    transition(a, next);
    for (int i = 0; i < r; i++) {
      next[i] += loading(i) * eps;
    }
    System.arraycopy(next, 0, state, offset, rd);
    return observe(next);
  }

  private double z(int i) {
    if (i == 0) {
      return 1.0;
    }
    return i >= r ? delta[i - r] : 0.0;
  }

  private double loading(int i) {
    if (i == 0) {
      return 1.0;
    }
    return i - 1 < theta.length ? theta[i - 1] : 0.0;
  }

  private double observe(double[] a) {
    double s = a[0];
    for (int j = 0; j < delta.length; j++) {
      s += delta[j] * a[r + j];
    }
    return s;
  }

  private void transition(double[] a, double[] out) {
    for (int i = 0; i < r; i++) {
      double s = i < r - 1 ? a[i + 1] : 0.0;
      if (i < phi.length) {
        s += phi[i] * a[0];
      }
      out[i] = s;
    }
    if (delta.length > 0) {
      for (int i = r + 1; i < rd; i++) {
        out[i] = a[i - 1];
      }
      out[r] = observe(a);
    }
  }

  private double[][] transitionMatrix() {
    double[][] t = new double[rd][rd];
    for (int i = 0; i < phi.length; i++) {
      t[i][0] = phi[i];
    }
    for (int i = 0; i + 1 < r; i++) {
      t[i][i + 1] = 1.0;
    }
    if (delta.length > 0) {
      for (int j = 0; j < rd; j++) {
        t[r][j] = z(j);
      }
      for (int i = r + 1; i < rd; i++) {
        t[i][i - 1] = 1.0;
      }
    }
    return t;
  }

  /**
   * T P Tᵀ + R Rᵀ into {@code out} ({@code tp} a work array), by the non-zero entries of T. Each
   * sum adds the same products in the same order as the full matrix product, which adds only zeros
   * besides, so the result is the full product's to the last bit; where P or T P has an entry that
   * is not finite (and 0 × ∞ would matter) the full product is taken.
   */
  private void predictCovariance(double[][] p, double[][] tp, double[][] out) {
    boolean finite = true;
    for (double[] row : p) {
      for (double v : row) {
        finite &= Double.isFinite(v);
      }
    }
    for (int i = 0; i < rd && finite; i++) {
      int[] cols = tCols[i];
      double[] vals = tVals[i];
      for (int j = 0; j < rd; j++) {
        double s = 0.0;
        for (int c = 0; c < cols.length; c++) {
          s += vals[c] * p[cols[c]][j];
        }
        tp[i][j] = s;
        finite &= Double.isFinite(s);
      }
    }
    if (!finite) {
      double[][] full = predictCovarianceFull(p);
      for (int i = 0; i < rd; i++) {
        System.arraycopy(full[i], 0, out[i], 0, rd);
      }
      return;
    }
    for (int i = 0; i < rd; i++) {
      double[] tpi = tp[i];
      for (int j = 0; j < rd; j++) {
        int[] cols = tCols[j];
        double[] vals = tVals[j];
        double s = 0.0;
        for (int c = 0; c < cols.length; c++) {
          s += tpi[cols[c]] * vals[c];
        }
        out[i][j] = s + (i < r && j < r ? loading(i) * loading(j) : 0.0);
      }
    }
  }

  /** T P Tᵀ + R Rᵀ as the full matrix product. */
  private double[][] predictCovarianceFull(double[][] p) {
    double[][] t = transitionMatrix();
    double[][] tp = new double[rd][rd];
    for (int i = 0; i < rd; i++) {
      for (int j = 0; j < rd; j++) {
        double s = 0.0;
        for (int k = 0; k < rd; k++) {
          s += t[i][k] * p[k][j];
        }
        tp[i][j] = s;
      }
    }
    double[][] out = new double[rd][rd];
    for (int i = 0; i < rd; i++) {
      for (int j = 0; j < rd; j++) {
        double s = 0.0;
        for (int k = 0; k < rd; k++) {
          s += tp[i][k] * t[j][k];
        }
        out[i][j] = s + (i < r && j < r ? loading(i) * loading(j) : 0.0);
      }
    }
    return out;
  }

  /** The stationary covariance of the ARMA block, κ on the diffuse block. */
  private double[][] initialCovariance() {
    double[][] out = new double[rd][rd];
    int n = r * r;
    double[][] m = new double[n][n];
    double[] b = new double[n];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < r; j++) {
        int row = i * r + j;
        m[row][row] += 1.0;
        b[row] = loading(i) * loading(j);
        for (int k = 0; k < r; k++) {
          for (int l = 0; l < r; l++) {
            double tik = armaT(i, k);
            double tjl = armaT(j, l);
            if (tik != 0.0 && tjl != 0.0) {
              m[row][k * r + l] -= tik * tjl;
            }
          }
        }
      }
    }
    double[] vec;
    try {
      vec = new LUDecomposition(new Array2DRowRealMatrix(m, false))
          .getSolver()
          .solve(new ArrayRealVector(b, false))
          .toArray();
    } catch (SingularMatrixException e) {
      throw new IllegalArgumentException("the AR part has a unit root", e);
    }
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < r; j++) {
        out[i][j] = vec[i * r + j];
      }
    }
    for (int i = r; i < rd; i++) {
      out[i][i] = KAPPA;
    }
    return out;
  }

  private double armaT(int i, int k) {
    double v = k == 0 && i < phi.length ? phi[i] : 0.0;
    return k == i + 1 ? v + 1.0 : v;
  }
}
