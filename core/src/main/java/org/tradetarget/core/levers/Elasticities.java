package org.tradetarget.core.levers;

/**
 * The elasticities of the gravity kind: ln trade moves by β<sub>i</sub>·Δln GDP<sub>i</sub> +
 * β<sub>j</sub>·Δln GDP<sub>j</sub> + θ·Δln(1 + c), i and j the corridor's countries in canonical
 * order ({@link org.tradetarget.core.data.Corridor#first()}, {@link
 * org.tradetarget.core.data.Corridor#second()}), c the cumulative change of the trade-cost factor
 * (a fraction, negative for a cut).
 *
 * <h2>Defaults and their sources</h2>
 *
 * <ul>
 *   <li>Income elasticities β<sub>i</sub> = β<sub>j</sub> = {@value #DEFAULT_INCOME}. Gravity
 *       regressions find the elasticities of bilateral trade to exporter and importer GDP close to
 *       unity, as the survey article "Gravity Models and Empirical Trade" summarises; K. Head and T. Mayer, "Gravity Equations: Workhorse,
 *       Toolkit, and Cookbook", Handbook of International Economics vol. 4 (2014), ch. 3, collect
 *       the published GDP coefficients in a meta-analysis. Structural gravity has exactly 1.
 *   <li>Trade-cost elasticity θ = {@value #DEFAULT_THETA}. I. Simonovska and M. Waugh, "The
 *       elasticity of trade: Estimates and evidence", Journal of International Economics 92 (2014)
 *       34–50, estimate "a trade elasticity of roughly four"; N. Limão and A. Venables,
 *       "Infrastructure, Geographical Disadvantage, Transport Costs and Trade", World Bank Economic
 *       Review 15(3) (2001) 451–479, estimate the elasticity of trade flows with respect to the
 *       trade cost factor at "around –3"; Head and Mayer (2014, as above) survey the trade-cost
 *       elasticities of the gravity literature in their meta-analysis. −4 lies within these
 *       estimates; it is an assumption for these corridors, which no estimate covers.
 * </ul>
 *
 * @param betaI β<sub>i</sub>, the elasticity to the first country's GDP, finite
 * @param betaJ β<sub>j</sub>, the elasticity to the second country's GDP, finite
 * @param theta θ ≤ 0, the elasticity to the trade-cost factor
 */
public record Elasticities(double betaI, double betaJ, double theta) {
  /** The default income elasticity (both countries). */
  public static final double DEFAULT_INCOME = 1.0;

  /** The default trade-cost elasticity. */
  public static final double DEFAULT_THETA = -4.0;

  /** The defaults: β = 1 for both countries, θ = −4. */
  public static final Elasticities DEFAULT =
      new Elasticities(DEFAULT_INCOME, DEFAULT_INCOME, DEFAULT_THETA);

  /** Validates the values. */
  public Elasticities {
    if (!Double.isFinite(betaI) || !Double.isFinite(betaJ)) {
      throw new IllegalArgumentException(
          "income elasticities must be finite, got " + betaI + ", " + betaJ);
    }
    if (!(theta <= 0) || !Double.isFinite(theta)) {
      throw new IllegalArgumentException("trade-cost elasticity theta " + theta
          + " is not allowed; expected a finite number <= 0 (default " + DEFAULT_THETA + ")");
    }
  }

  /** A copy with another β<sub>i</sub>. */
  public Elasticities withBetaI(double b) {
    return new Elasticities(b, betaJ, theta);
  }

  /** A copy with another β<sub>j</sub>. */
  public Elasticities withBetaJ(double b) {
    return new Elasticities(betaI, b, theta);
  }

  /** A copy with another θ. */
  public Elasticities withTheta(double t) {
    return new Elasticities(betaI, betaJ, t);
  }
}
