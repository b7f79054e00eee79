package org.tradetarget.core.evidence;

import java.util.IdentityHashMap;
import java.util.SplittableRandom;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * Scores one fitted run into a {@link Tally}: every kind's forecast at every origin and step, raw
 * ({@code none}), with the map fitted on the other half of the series ({@code held-out}) and, for
 * origins after the cut year, with the map fitted on the other half's origins up to it ({@code
 * later}); and the odds of synthetic targets from simulated paths.
 *
 * <p><b>Paths.</b> The target odds need the joint law of a path, not only each year's marginal. A
 * path's standardised position at step h is Z_h = W_h/√h with W a Gaussian random walk, so Z_h ~
 * N(0, 1) at every step with the serial dependence of a random walk; its log value is μ_h + σ_h·Z_h
 * raw and μ_h + σ_h·T_h(Z_h) recalibrated, the same path for both, so raw and recalibrated odds
 * differ only by the map. {@value #PATHS} paths per origin, drawn from a stream seeded by the
 * series id, the run's first year, the origin and the settings' seed, shared by every kind at that
 * origin: the same numbers for any thread count.
 *
 * <p>Recalibrated paths are rougher where the panel says so: Z_h = √(1 − λ)·W_h/√h + √λ·ε_h with ε
 * independent standard normal (drawn after the walk from the same stream) and λ the {@link
 * PathRoughness} of the kind and history class fitted on the other half (up to the cut year for
 * {@code later}); raw paths keep λ = 0.
 */
final class PanelScorer {
  /** Paths per origin for the target odds. */
  static final int PATHS = 200;

  static final double[] COVER_Z = {
    QuantileMap.normalQuantile(0.75),
    QuantileMap.normalQuantile(0.9),
    QuantileMap.normalQuantile(0.975)
  };
  /** The knot indices of the 25/75, 10/90 and 2.5/97.5 % levels. */
  static final int[][] COVER_KNOTS = {{5, 11}, {3, 13}, {1, 15}};

  /** What the scorer needs from the earlier stages. */
  @SuppressWarnings("ArrayRecordComponent") // Internal; filled once, never changed.
  record Context(
      PanelSettings settings,
      int cutYear,
      Recalibration[] heldOut,
      Recalibration[] later,
      IdentityHashMap<QuantileMap, CrpsTable> crps,
      double[] baseRates,
      EnsembleWeights ensemble,
      double[] roughness) {}

  private final Context ctx;
  private final int maxYears;
  private final EnsembleScorer ensemble;

  PanelScorer(Context ctx) {
    this.ctx = ctx;
    this.ensemble = ctx.ensemble() == null ? null : new EnsembleScorer(ctx);
    int m = 0;
    for (int y : Tally.YEARS) {
      if (y <= ctx.settings().horizon()) {
        m = y;
      }
    }
    maxYears = m;
  }

  /** The index of a roughness λ: kind, class, half, scope (0 all origins, 1 up to the cut). */
  static int roughnessIndex(int k, int c, int half, int scope) {
    return ((k * HistoryClass.values().length + c) * 2 + half) * 2 + scope;
  }

  /** The index of a base rate: kind, multiple, years, half, scope (0 all origins, 1 up to the cut). */
  static int baseIndex(int k, int m, int y, int half, int scope) {
    return (((k * Tally.MULTIPLES.length + m) * Tally.YEARS.length + y) * 2 + half) * 2 + scope;
  }

  void score(FittedRun run, Tally t) {
    int kinds = ctx.settings().kinds().size();
    int horizon = ctx.settings().horizon();
    double[] z = new double[2 * PATHS * Math.max(1, maxYears)];
    for (int i = 0; i < run.points.length; i++) {
      int o = run.points[i];
      int steps = run.steps(i, horizon);
      HistoryClass cls = HistoryClass.of(o);
      int c = cls.index();
      boolean after = run.originYear(i) > ctx.cutYear();
      double scale = meanAbsoluteLogDifference(run.values, o);
      int years = Math.min(steps, maxYears);
      if (years >= Tally.YEARS[0]) {
        draw(z, run, i, years);
      }
      for (int k = 0; k < kinds; k++) {
        float[] f = run.forecasts[i][k];
        if (f == null) {
          continue;
        }
        ModelKind kind = ctx.settings().kinds().get(k);
        for (int h = 1; h <= steps; h++) {
          double mu = f[2 * (h - 1)];
          double s = f[2 * (h - 1) + 1];
          double y = run.values[o + h - 1];
          double e = (Math.log(y) - mu) / s;
          scoreOne(t, t.score(k, h, c, 0), null, e, s, mu, y, scale);
          QuantileMap ho = ctx.heldOut()[run.half].map(kind, h, cls);
          scoreOne(t, t.score(k, h, c, 1), ho, e, s, mu, y, scale);
          if (after) {
            scoreOne(
                t,
                t.score(k, h, c, 2),
                ctx.later()[run.half].map(kind, h, cls),
                e,
                s,
                mu,
                y,
                scale);
          }
          t.pit[t.pit(k, h, 0) + bin(QuantileMap.normalCdf(e))]++;
          t.pit[t.pit(k, h, 1) + bin(QuantileMap.normalCdf(ho.inverse(e)))]++;
        }
        if (years >= Tally.YEARS[0]) {
          odds(t, run, i, k, kind, cls, f, z, years, after);
        }
      }
      if (ensemble != null) {
        ensemble.score(t, run, i, z, maxYears, years, scale);
      }
    }
  }

  private void scoreOne(
      Tally t, int at, QuantileMap map, double e, double s, double mu, double y, double scale) {
    double[] a = t.scores;
    a[at]++;
    if (map == null) {
      a[at + 1] += s * CrpsTable.normal(e);
      for (int j = 0; j < 3; j++) {
        a[at + 2 + j] += Math.abs(e) <= COVER_Z[j] ? 1 : 0;
      }
    } else {
      a[at + 1] += s * CrpsTable.at(ctx.crps().get(map), e);
      for (int j = 0; j < 3; j++) {
        a[at + 2 + j] +=
            e >= map.knot(COVER_KNOTS[j][0]) && e <= map.knot(COVER_KNOTS[j][1]) ? 1 : 0;
      }
    }
    double logMedian = mu + s * (map == null ? 0 : map.apply(0));
    a[at + 5] += Math.abs(Math.log(y) - logMedian);
    a[at + 6] += scale;
  }

  private void odds(
      Tally t,
      FittedRun run,
      int i,
      int k,
      ModelKind kind,
      HistoryClass cls,
      float[] f,
      double[] z,
      int years,
      boolean after) {
    int o = run.points[i];
    double base = run.values[o - 1];
    double logBase = Math.log(base);
    int rs = after ? 3 : 2;
    for (int r = 0; r < rs; r++) {
      QuantileMap[] maps = new QuantileMap[years];
      for (int h = 1; h <= years; h++) {
        maps[h - 1] =
            r == 0 ? null : (r == 1 ? ctx.heldOut() : ctx.later())[run.half].map(kind, h, cls);
      }
      int[][] met = new int[Tally.YEARS.length][Tally.MULTIPLES.length];
      double lambda =
          r == 0 ? 0 : ctx.roughness()[roughnessIndex(k, cls.index(), run.half, r == 2 ? 1 : 0)];
      double walk = Math.sqrt(1 - lambda);
      double noise = Math.sqrt(lambda);
      int eps = PATHS * maxYears;
      for (int p = 0; p < PATHS; p++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int h = 1; h <= years; h++) {
          double zz = lambda == 0
              ? z[p * maxYears + h - 1]
              : walk * z[p * maxYears + h - 1] + noise * z[eps + p * maxYears + h - 1];
          double pos = f[2 * (h - 1)]
              - logBase
              + f[2 * (h - 1) + 1] * (maps[h - 1] == null ? zz : maps[h - 1].apply(zz));
          max = Math.max(max, pos);
          for (int yi = 0; yi < Tally.YEARS.length; yi++) {
            if (Tally.YEARS[yi] == h) {
              for (int m = 0; m < Tally.MULTIPLES.length; m++) {
                met[yi][m] += max >= Math.log(Tally.MULTIPLES[m]) ? 1 : 0;
              }
            }
          }
        }
      }
      for (int yi = 0; yi < Tally.YEARS.length && Tally.YEARS[yi] <= years; yi++) {
        for (int m = 0; m < Tally.MULTIPLES.length; m++) {
          double target = base * Tally.MULTIPLES[m];
          boolean hit = false;
          for (int h = 1; h <= Tally.YEARS[yi]; h++) {
            hit |= run.values[o + h - 1] >= target;
          }
          double p = met[yi][m] / (double) PATHS;
          double outcome = hit ? 1 : 0;
          double clim = ctx.baseRates()[baseIndex(k, m, yi, 1 - run.half, r == 2 ? 1 : 0)];
          t.addOdds(k, m, yi, r, p, outcome, clim);
        }
      }
    }
  }

  private void draw(double[] z, FittedRun run, int i, int years) {
    long key =
        FittedRun.mix(FittedRun.fnv(run.id) ^ FittedRun.mix(ctx.settings().seed()))
            + 0x9E3779B97F4A7C15L * (run.firstYear * 1024L + run.points[i]);
    SplittableRandom rng = new SplittableRandom(FittedRun.mix(key));
    for (int p = 0; p < PATHS; p++) {
      double w = 0;
      for (int h = 1; h <= years; h++) {
        w += rng.nextGaussian();
        z[p * maxYears + h - 1] = w / Math.sqrt(h);
      }
    }
    int eps = PATHS * maxYears;
    for (int p = 0; p < PATHS; p++) {
      for (int h = 1; h <= years; h++) {
        z[eps + p * maxYears + h - 1] = rng.nextGaussian();
      }
    }
  }

  static int bin(double u) {
    return Math.max(0, Math.min(Tally.PIT_BINS - 1, (int) (u * Tally.PIT_BINS)));
  }

  /**
   * The in-sample naive scale of a fit on the first {@code o} values: the mean |ln v[i] − ln
   * v[i−1]| over them (log units).
   */
  static double meanAbsoluteLogDifference(double[] v, int o) {
    double s = 0;
    for (int i = 1; i < o; i++) {
      s += Math.abs(Math.log(v[i]) - Math.log(v[i - 1]));
    }
    return s / (o - 1);
  }
}
