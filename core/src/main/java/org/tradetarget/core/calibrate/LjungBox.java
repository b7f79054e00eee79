package org.tradetarget.core.calibrate;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The Ljung–Box portmanteau test of residual autocorrelation, as R's {@code Box.test(e, lag,
 * type = "Ljung-Box", fitdf)}: Q = n(n + 2) Σ_{k=1..lag} r_k²/(n − k), r_k the lag-k sample
 * autocorrelation of the demeaned residuals (denominator Σ(e − ē)², as {@code acf}), and p = P(χ²_df
 * &gt; Q) with df = lag − fitdf.
 */
public final class LjungBox {
  private LjungBox() {}

  /**
   * The test's result.
   *
   * @param statistic Q
   * @param lag the number of autocorrelations summed
   * @param df the chi-square degrees of freedom, lag − fitdf
   * @param p the p-value
   */
  public record Result(double statistic, int lag, int df, double p) {}

  /**
   * Tests {@code e}.
   *
   * @param lag the number of autocorrelations, 1 ≤ lag &lt; n
   * @param fitdf the number of fitted parameters subtracted from lag, 0 ≤ fitdf &lt; lag
   * @throws IllegalArgumentException for a lag or fitdf out of range
   */
  public static Result test(double[] e, int lag, int fitdf) {
    int n = e.length;
    if (lag < 1 || lag >= n) {
      throw new IllegalArgumentException("Ljung-Box lag " + lag + " is not allowed for " + n
          + " residuals; expected 1 to " + (n - 1));
    }
    if (fitdf < 0 || fitdf >= lag) {
      throw new IllegalArgumentException(
          "Ljung-Box fitdf " + fitdf + " is not allowed; expected 0 to " + (lag - 1));
    }
    double mean = Fits.mean(e);
    double c0 = Fits.sumSquaredDeviations(e, mean);
    double q = 0;
    for (int k = 1; k <= lag; k++) {
      double ck = 0;
      for (int t = k; t < n; t++) {
        ck += (e[t] - mean) * (e[t - k] - mean);
      }
      double r = ck / c0;
      q += r * r / (n - k);
    }
    q *= n * (n + 2.0);
    int df = lag - fitdf;
    double p = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(q);
    return new Result(q, lag, df, p);
  }
}
