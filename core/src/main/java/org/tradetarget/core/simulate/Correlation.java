package org.tradetarget.core.simulate;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSquareMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;

/**
 * The correlation matrix of the series' standardised yearly shocks, checked on construction
 * (square, finite, symmetric, unit diagonal, entries in [−1, 1], positive definite) and held with
 * its Cholesky factor L (R = L·Lᵀ, from Commons Math): correlated shocks are z' = L·z for independent
 * standard normals z. A singular matrix (e.g. a correlation of exactly 1) is not positive definite
 * and is rejected.
 */
public final class Correlation {
  /** Tolerance for symmetry and the unit diagonal (absolute). */
  public static final double TOLERANCE = 1e-12;

  private final double[][] matrix;
  private final double[][] lower;

  private Correlation(double[][] matrix, double[][] lower) {
    this.matrix = matrix;
    this.lower = lower;
  }

  /**
   * Checks and factors a correlation matrix.
   *
   * @throws IllegalArgumentException naming the first problem: shape, a non-finite entry, an
   *     asymmetric pair, a diagonal entry other than 1, an entry outside [−1, 1], or not positive
   *     definite
   */
  public static Correlation of(double[][] matrix) {
    if (matrix == null || matrix.length == 0) {
      throw new IllegalArgumentException("correlation matrix must have at least one row");
    }
    int k = matrix.length;
    double[][] m = new double[k][];
    for (int i = 0; i < k; i++) {
      if (matrix[i] == null || matrix[i].length != k) {
        throw new IllegalArgumentException("correlation matrix must be square: row " + (i + 1)
            + " has " + (matrix[i] == null ? 0 : matrix[i].length) + " entries, expected " + k);
      }
      m[i] = matrix[i].clone();
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = m[i][j];
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("correlation matrix entry (" + (i + 1) + "," + (j + 1)
              + ") is " + v + "; expected a finite value");
        }
        if (i == j && Math.abs(v - 1) > TOLERANCE) {
          throw new IllegalArgumentException("correlation matrix diagonal entry (" + (i + 1) + ","
              + (i + 1) + ") is " + v + "; expected 1");
        }
        if (Math.abs(v) > 1 + TOLERANCE) {
          throw new IllegalArgumentException("correlation matrix entry (" + (i + 1) + "," + (j + 1)
              + ") is " + v + "; expected a value in [-1, 1]");
        }
        if (Math.abs(v - m[j][i]) > TOLERANCE) {
          throw new IllegalArgumentException(
              "correlation matrix is not symmetric: entry (" + (i + 1) + "," + (j + 1) + ") is " + v
                  + " but (" + (j + 1) + "," + (i + 1) + ") is " + m[j][i]);
        }
      }
    }
    double[][] l;
    try {
      l = new CholeskyDecomposition(new Array2DRowRealMatrix(m, true), TOLERANCE, 1e-10)
          .getL()
          .getData();
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new IllegalArgumentException(
          "correlation matrix " + Arrays.deepToString(m)
              + " is not positive definite; no set of shocks has these correlations (a correlation of exactly 1"
              + " or -1 is also rejected)",
          e);
    } catch (NonSymmetricMatrixException | NonSquareMatrixException e) {
      throw new IllegalArgumentException("correlation matrix is not a symmetric square matrix", e);
    }
    return new Correlation(m, l);
  }

  /** The identity: independent shocks. */
  public static Correlation independent(int size) {
    if (size < 1) {
      throw new IllegalArgumentException(
          "correlation size " + size + " is not allowed; expected at least 1");
    }
    double[][] m = new double[size][size];
    for (int i = 0; i < size; i++) {
      m[i][i] = 1.0;
    }
    return of(m);
  }

  /** The number of series. */
  public int size() {
    return matrix.length;
  }

  /** The matrix (a copy). */
  public double[][] matrix() {
    return deepCopy(matrix);
  }

  /** The lower-triangular Cholesky factor L with R = L·Lᵀ (a copy). */
  public double[][] cholesky() {
    return deepCopy(lower);
  }

  /** Whether every off-diagonal entry is 0. */
  public boolean isIdentity() {
    for (int i = 0; i < matrix.length; i++) {
      for (int j = 0; j < matrix.length; j++) {
        if (i != j && matrix[i][j] != 0.0) {
          return false;
        }
      }
    }
    return true;
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Correlation c && Arrays.deepEquals(matrix, c.matrix);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(matrix);
  }

  @Override
  public String toString() {
    return "Correlation" + Arrays.deepToString(matrix);
  }
}
