package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.model.GravityProjection;
import org.tradetarget.core.model.Projection;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.SeriesSummary;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The required lever: the value of an instrument (a trade-cost change, extra GDP growth, or one
 * lever's effect) that brings P(target met by the deadline) to a chosen probability.
 *
 * <p>P(x) is estimated by the Monte Carlo engine with the same seed for every x (common random
 * numbers: the same shocks, GDP draws and lever timing on every path), so P is a monotone step
 * function of x for the instruments here. The root of P(x) − P* is found by Commons Math's {@link
 * BracketingNthOrderBrentSolver} on the searched range to an absolute accuracy of {@value #ACCURACY}
 * in x, on the side where P(x) ≥ P*. When no value in the range reaches P*, the answer says so and
 * gives the best probability reached (at an end of the range). When every value reaches it, the
 * answer is the least favourable end of the range.
 */
public final class RequiredLever {
  /** Absolute accuracy of the root in the instrument's unit (a fraction). */
  public static final double ACCURACY = 1e-10;

  /** The most Monte Carlo runs of one solve. */
  public static final int MAX_EVALUATIONS = 200;

  /** The name of the lever that {@link Kind#TRADE_COST} adds. */
  public static final String TRADE_COST_LEVER = "required-trade-cost";

  private RequiredLever() {}

  /** The instruments one can solve for. */
  public enum Kind {
    /** A certain trade-cost change c from the first projected year on (gravity's θ·ln(1 + c)). */
    TRADE_COST("trade-cost"),
    /** Extra real GDP growth, a fraction added to every forward year of every country. */
    GDP_GROWTH("gdp-growth"),
    /** The size of one lever's effect (its trade-cost change or direct effect). */
    LEVER("lever:NAME");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The user-facing name. */
    public String id() {
      return id;
    }
  }

  /**
   * What to solve for.
   *
   * @param kind the instrument
   * @param lever the lever's name for {@link Kind#LEVER}, else empty
   */
  public record Instrument(Kind kind, String lever) {
    /** Validates the values. */
    public Instrument {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(lever, "lever");
      if ((kind == Kind.LEVER) == lever.isEmpty()) {
        throw new IllegalArgumentException("a lever name goes with lever:NAME only");
      }
    }

    /**
     * Parses {@code trade-cost}, {@code gdp-growth} or {@code lever:NAME}.
     *
     * @throws InvalidInputException naming the text and the valid forms
     */
    public static Instrument parse(String text) {
      String t = text == null ? "" : text.trim();
      String low = t.toLowerCase(Locale.ROOT);
      if (low.equals(Kind.TRADE_COST.id())) {
        return new Instrument(Kind.TRADE_COST, "");
      }
      if (low.equals(Kind.GDP_GROWTH.id())) {
        return new Instrument(Kind.GDP_GROWTH, "");
      }
      if (low.startsWith("lever:") && t.length() > "lever:".length()) {
        return new Instrument(Kind.LEVER, t.substring("lever:".length()));
      }
      throw new InvalidInputException(
          "'" + text + "' is not allowed; expected trade-cost, gdp-growth or lever:NAME");
    }

    /** {@code trade-cost}, {@code gdp-growth} or {@code lever:<name>}. */
    public String label() {
      return kind == Kind.LEVER ? "lever:" + lever : kind.id();
    }

    /**
     * The projection with the instrument at x.
     *
     * @throws IllegalArgumentException when the lever is not among the projection's levers, or x is
     *     out of the instrument's domain
     */
    public GravityProjection apply(GravityProjection base, double x) {
      return switch (kind) {
        case TRADE_COST -> {
          List<Lever> levers = new ArrayList<>(base.levers());
          levers.add(Lever.tradeCost(
              TRADE_COST_LEVER,
              List.of(base.corridor()),
              base.lastYear() + 1,
              0,
              x,
              1.0,
              0.0,
              "the trade-cost change solved for"));
          yield base.withLevers(levers);
        }
        case GDP_GROWTH -> base.withMacro(base.macro().withGrowthShift(x));
        default -> {
          List<Lever> levers = new ArrayList<>();
          boolean found = false;
          for (Lever v : base.levers()) {
            if (v.name().equals(lever)) {
              levers.add(v.withSize(x));
              found = true;
            } else {
              levers.add(v);
            }
          }
          if (!found) {
            throw new IllegalArgumentException(
                "lever " + lever + " is not among the projection's levers "
                    + base.levers().stream().map(Lever::name).toList());
          }
          yield base.withLevers(levers);
        }
      };
    }

    /**
     * The default searched range: trade-cost [−0.5, 0.5]; gdp-growth [−0.1, 0.1]; a trade-cost
     * lever [−0.5, 0.5]; a direct lever [−0.5, 2].
     */
    public double[] defaultRange(GravityProjection base) {
      switch (kind) {
        case TRADE_COST -> {
          return new double[] {-0.5, 0.5};
        }
        case GDP_GROWTH -> {
          return new double[] {-0.1, 0.1};
        }
        default -> {
          for (Lever v : base.levers()) {
            if (v.name().equals(lever)) {
              return v.isTradeCost() ? new double[] {-0.5, 0.5} : new double[] {-0.5, 2.0};
            }
          }
          throw new IllegalArgumentException(
              "lever " + lever + " is not among the projection's levers");
        }
      }
    }
  }

  /**
   * The answer.
   *
   * @param instrument the instrument's label
   * @param reached whether some value in the range reaches the probability
   * @param value the required value when reached, else the value with the best probability
   * @param probability P(met by the deadline) at {@code value}, a fraction
   * @param standardError its Monte Carlo standard error √(p(1 − p)/N)
   * @param lo the searched range's lower end
   * @param hi the searched range's upper end
   * @param evaluations the number of Monte Carlo runs
   */
  public record Solution(
      String instrument,
      boolean reached,
      double value,
      double probability,
      double standardError,
      double lo,
      double hi,
      int evaluations) {}

  /**
   * P(target met by the deadline) of a projection: the share of paths at or above the target in
   * some year up to the deadline.
   *
   * @param spec paths, seed and shocks (its horizon is replaced by deadline − base year)
   */
  public static double probability(Projection p, double target, int deadline, SimulationSpec spec) {
    int horizon = deadline - p.lastYear();
    if (horizon < 1) {
      throw new IllegalArgumentException(
          "deadline " + deadline + " is not after the base year " + p.lastYear());
    }
    SimulatedSeries s = SimulatedSeries.of("series", p.simulator()).withTarget(target, deadline);
    SeriesSummary r = MonteCarlo.run(s, spec.withHorizon(horizon));
    long met = 0;
    for (int f : r.firstPassage()) {
      met += f;
    }
    return (double) met / spec.paths();
  }

  /**
   * Solves for the instrument of a gravity projection.
   *
   * @param base the projection (for {@link Kind#LEVER} it must hold the lever)
   * @param instrument what to solve for
   * @param target the target, US$ million
   * @param deadline the deadline year
   * @param probability P*, the probability to reach, in (0, 1)
   * @param lo the searched range's lower end
   * @param hi the searched range's upper end (&gt; lo)
   * @param spec paths, seed and shocks
   */
  public static Solution solve(
      GravityProjection base,
      Instrument instrument,
      double target,
      int deadline,
      double probability,
      double lo,
      double hi,
      SimulationSpec spec) {
    return solve(
        x -> instrument.apply(base, x),
        instrument.label(),
        target,
        deadline,
        probability,
        lo,
        hi,
        spec);
  }

  /**
   * Solves for x in a family of projections P(x) (any kind).
   *
   * @throws IllegalArgumentException for a probability outside (0, 1), an empty range or a
   *     deadline not after the base year
   */
  public static Solution solve(
      DoubleFunction<? extends Projection> family,
      String label,
      double target,
      int deadline,
      double probability,
      double lo,
      double hi,
      SimulationSpec spec) {
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException("probability " + probability
          + " is not allowed; expected a fraction" + " strictly between 0 and 1");
    }
    if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException(
          "searched range [" + lo + ", " + hi + "] is not allowed; expected finite" + " lo < hi");
    }
    int[] count = {0};
    DoubleFunction<Double> p = x -> {
      count[0]++;
      return probability(family.apply(x), target, deadline, spec);
    };
    double pLo = p.apply(lo);
    double pHi = p.apply(hi);
    int n = spec.paths();
    if (pLo < probability && pHi < probability) {
      boolean loBest = pLo >= pHi;
      double best = loBest ? pLo : pHi;
      return new Solution(
          label, false, loBest ? lo : hi, best, Attainment.se(best, n), lo, hi, count[0]);
    }
    if (pLo >= probability && pHi >= probability) {
      boolean loWorst = pLo <= pHi;
      double worst = loWorst ? pLo : pHi;
      return new Solution(
          label, true, loWorst ? lo : hi, worst, Attainment.se(worst, n), lo, hi, count[0]);
    }
    BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(0.0, ACCURACY, 0.0, 5);
    double x;
    try {
      x = solver.solve(
          MAX_EVALUATIONS, v -> p.apply(v) - probability, lo, hi, AllowedSolution.ABOVE_SIDE);
    } catch (MathIllegalStateException e) {
      throw new IllegalStateException(
          "the root finder did not converge in " + MAX_EVALUATIONS + " Monte Carlo runs: "
              + e.getMessage(),
          e);
    }
    double px = p.apply(x);
    return new Solution(label, true, x, px, Attainment.se(px, n), lo, hi, count[0]);
  }
}
