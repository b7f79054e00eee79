package org.tradetarget.core.calibrate;

/**
 * How {@code reference-class} matches a corridor to the pairs of a panel (see {@code
 * docs/REFERENCE-CLASS.md}). A candidate is a reference pair at a start year a: its size is ln of
 * its value at a, its recent growth the mean log growth over the w years up to a. The distance to
 * the corridor (size x₀, growth g₀ over the same w years) is d = √(((x − x₀)/sizeScale)² + ((g −
 * g₀)/growthScale)²); the {@code neighbours} nearest pairs (each pair at its nearest start year)
 * are the reference class.
 *
 * @param neighbours how many reference pairs, k ≥ 1
 * @param window the growth window w in years (0: match on size only); a corridor with fewer
 *     consecutive points uses all it has
 * @param years the years of each reference pair's trajectory a path follows, L ≥ 1; a path
 *     longer than L continues with another reference pair's trajectory
 * @param sizeScale the distance's unit of size, in log points (ln of a ratio of values)
 * @param growthScale the distance's unit of growth, in log points per year
 */
public record ReferenceRule(
    int neighbours, int window, int years, double sizeScale, double growthScale) {
  /** Default k. */
  public static final int DEFAULT_NEIGHBOURS = 100;

  /** Default growth window, years. */
  public static final int DEFAULT_WINDOW = 5;

  /** Default trajectory length, years. */
  public static final int DEFAULT_YEARS = 10;

  /** Default size unit, log points. */
  public static final double DEFAULT_SIZE_SCALE = 0.5;

  /** Default growth unit, log points per year. */
  public static final double DEFAULT_GROWTH_SCALE = 0.05;

  /** Checks the values. */
  public ReferenceRule {
    if (neighbours < 1 || window < 0 || years < 1 || !(sizeScale > 0) || !(growthScale > 0)) {
      throw new IllegalArgumentException("reference rule: k=" + neighbours + ", w=" + window
          + ", L=" + years + ", scales " + sizeScale + ", " + growthScale);
    }
  }

  /** The defaults. */
  public static ReferenceRule defaults() {
    return new ReferenceRule(
        DEFAULT_NEIGHBOURS,
        DEFAULT_WINDOW,
        DEFAULT_YEARS,
        DEFAULT_SIZE_SCALE,
        DEFAULT_GROWTH_SCALE);
  }

  /** A copy with another trajectory length. */
  public ReferenceRule withYears(int l) {
    return new ReferenceRule(neighbours, window, l, sizeScale, growthScale);
  }
}
