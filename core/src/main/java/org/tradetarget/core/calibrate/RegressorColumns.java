package org.tradetarget.core.calibrate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Regressors;

/**
 * Exogenous regressors over a fit's years, checked: every fitted year present in the regressor
 * file, and the design (the fit's own terms and the regressors) of full rank after differencing as
 * the fit differences — a dummy outside the fitted years, or a step at the first one, would
 * otherwise leave its coefficient undetermined.
 */
final class RegressorColumns {
  private RegressorColumns() {}

  /**
   * The regressors over the series' years, {@code [regressor][i]}.
   *
   * @throws InvalidInputException naming the file and the first fitted year it lacks
   */
  static double[][] over(Regressors xreg, AnnualSeries series) {
    int[] years = new int[series.size()];
    for (int i = 0; i < years.length; i++) {
      years[i] = series.year(i);
    }
    return xreg.columns(years, "a fitted year");
  }

  /**
   * Fails unless the columns, differenced d times, are linearly independent; the last {@code
   * xreg.size()} columns are the regressors, named in the message.
   *
   * @param columns the design, {@code [column][i]}, the regressors last
   */
  static void requireFullRank(double[][] columns, Regressors xreg, AnnualSeries series, int d) {
    int k = columns.length;
    int m = series.size() - d;
    String span = series.firstYear() + "-" + series.lastYear();
    double[][] a = new double[Math.max(m, 1)][k];
    for (int j = 0; j < k; j++) {
      double[] c = ArimaStarts.differenced(d, columns[j])[0];
      boolean varies = false;
      for (int t = 0; t < m; t++) {
        a[t][j] = c[t];
        varies |= c[t] != 0.0;
      }
      int r = j - (k - xreg.size());
      if (r >= 0 && !varies) {
        String name = xreg.names().get(r);
        String after = d > 0 ? " after differencing" : "";
        throw new InvalidInputException(xreg.declaration(r) + "regressor '" + name
            + "' does not vary over the fitted years " + span + after
            + "; expected a dummy's year inside them (a step after the first) or a column that"
            + " changes");
      }
    }
    if (m < k
        || !new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-10)
            .getSolver()
            .isNonSingular()) {
      throw new InvalidInputException(xreg.declaration(-1) + "regressors " + xreg.names()
          + " are collinear with each other or with the model's own terms over the fitted years "
          + span + "; expected columns that each add information (leave one out)");
    }
  }

  /** Fails, naming the kinds that take them, when regressors are given to a kind that does not. */
  static void requireTaken(ModelKind kind, ModelParams params) {
    if (!params.regressors().isEmpty() && !kind.takesRegressors()) {
      throw new InvalidInputException("regressors " + params.regressors().names()
          + " are not allowed for model " + kind.id() + "; expected model log-linear or arima");
    }
  }
}
