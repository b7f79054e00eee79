package org.tradetarget.core.evidence;

import java.util.IdentityHashMap;
import java.util.List;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * Scores the {@code ensemble} at one origin of a run into a {@link Tally}, as {@link PanelScorer}
 * scores a kind: its predictive law at step h is the {@link Mixture} of the members fitted at the
 * origin with the weights of step h ({@link EnsembleWeights}), and its standardised position of an
 * outcome z = Φ⁻¹(F(ln y)) takes the place of (ln y − μ)/σ.
 *
 * <ul>
 *   <li><b>CRPS</b>: raw in closed form ({@link Mixture#crps(double)}); recalibrated by the map T
 *       of the ensemble's step and class, the CRPS of G = Φ∘T⁻¹∘Φ⁻¹∘F ({@link Mixture#crps(double,
 *       MapIntegrals)}).
 *   <li><b>Coverage</b>: the central interval [g(T(−q)), g(T(q))] holds y exactly when z lies in
 *       [T(−q), T(q)] (g increasing), so coverage is counted on z, with the map's knots as for a
 *       kind.
 *   <li><b>MASE</b>: the median g(T(0)) found by root-finding.
 *   <li><b>Target odds</b>: as the product's ensemble, each path follows one member drawn by weight
 *       with the same standardised path Z_h = W_h/√h under every member; for a target met within
 *       Y years the weights are those of step Y (the product weighs by the deadline's step) at every
 *       step, and the expected share of paths over the member draw is taken: P(met) = Σ_k w_k ·
 *       P_k, with P_k the share of the origin's paths on which member k's log value reaches the
 *       target by year Y. Recalibrated, a path's log value x_h becomes g_h(T_h(z_h(x_h))) (the same
 *       path-coherent map as a kind's, on the mixture's position); since that is increasing in x_h,
 *       it reaches ln target t exactly when x_h ≥ g_h(T_h⁻¹(z_h(t))), so one threshold per step
 *       replaces adjusting every path.
 * </ul>
 *
 * <p>Stateless after construction; the tables of the maps are built once.
 */
final class EnsembleScorer {
  private final PanelScorer.Context ctx;
  private final int e;
  private final IdentityHashMap<QuantileMap, MapIntegrals> tables = new IdentityHashMap<>();

  EnsembleScorer(PanelScorer.Context ctx) {
    this.ctx = ctx;
    this.e = ctx.settings().kinds().indexOf(ModelKind.ENSEMBLE);
    for (Recalibration[] rs : List.of(ctx.heldOut(), ctx.later())) {
      for (Recalibration r : rs) {
        for (int h = 1; h <= ctx.settings().horizon(); h++) {
          for (HistoryClass c : HistoryClass.values()) {
            QuantileMap m = r.map(ModelKind.ENSEMBLE, h, c);
            tables.computeIfAbsent(m, MapIntegrals::of);
          }
        }
      }
    }
  }

  /**
   * Scores the ensemble at origin i.
   *
   * @param z the origin's standardised paths (stride {@code stride})
   * @param years the steps of the paths (0 when no target is checked)
   * @param scale the in-sample naive scale of the fit (log units)
   */
  void score(Tally t, FittedRun run, int i, double[] z, int stride, int years, double scale) {
    int o = run.points[i];
    int steps = run.steps(i, ctx.settings().horizon());
    HistoryClass cls = HistoryClass.of(o);
    int c = cls.index();
    boolean after = run.originYear(i) > ctx.cutYear();
    double[][] w = ctx.ensemble().byStep(run, i, steps, c);
    for (int h = 1; h <= steps; h++) {
      if (w[h] == null) {
        continue;
      }
      Mixture mix = EnsembleWeights.mixture(run, i, h, w[h]);
      double y = Math.log(run.values[o + h - 1]);
      double pos = mix.position(y);
      QuantileMap ho = ctx.heldOut()[run.half].map(ModelKind.ENSEMBLE, h, cls);
      QuantileMap later = after ? ctx.later()[run.half].map(ModelKind.ENSEMBLE, h, cls) : null;
      double[] crps = crps(mix, y, ho, later);
      one(t, t.score(e, h, c, 0), mix, null, pos, y, scale, crps[0]);
      one(t, t.score(e, h, c, 1), mix, ho, pos, y, scale, crps[1]);
      if (after) {
        one(t, t.score(e, h, c, 2), mix, later, pos, y, scale, crps[2]);
      }
      t.pit[t.pit(e, h, 0) + PanelScorer.bin(QuantileMap.normalCdf(pos))]++;
      t.pit[t.pit(e, h, 1) + PanelScorer.bin(QuantileMap.normalCdf(ho.inverse(pos)))]++;
    }
    if (years >= Tally.YEARS[0]) {
      odds(t, run, i, cls, w, z, stride, years, after);
    }
  }

  /**
   * The CRPS raw, under the held-out map and under the later one (NaN when null): the closed form
   * where a map is the identity, else from one set of nodes for both maps.
   */
  private double[] crps(Mixture mix, double y, QuantileMap heldOut, QuantileMap later) {
    double raw = mix.crps(y);
    double[] out = {raw, raw, later == null ? Double.NaN : raw};
    boolean mapHeld = !heldOut.isIdentity();
    boolean mapLater = later != null && !later.isIdentity();
    if (mapHeld && mapLater) {
      double[] both = mix.crps(y, new MapIntegrals[] {tables.get(heldOut), tables.get(later)});
      out[1] = both[0];
      out[2] = both[1];
    } else if (mapHeld) {
      out[1] = mix.crps(y, tables.get(heldOut));
    } else if (mapLater) {
      out[2] = mix.crps(y, tables.get(later));
    }
    return out;
  }

  private void one(
      Tally t,
      int at,
      Mixture mix,
      QuantileMap map,
      double pos,
      double y,
      double scale,
      double crps) {
    double[] a = t.scores;
    a[at]++;
    a[at + 1] += crps;
    for (int j = 0; j < 3; j++) {
      boolean in = map == null
          ? Math.abs(pos) <= PanelScorer.COVER_Z[j]
          : pos >= map.knot(PanelScorer.COVER_KNOTS[j][0])
              && pos <= map.knot(PanelScorer.COVER_KNOTS[j][1]);
      a[at + 2 + j] += in ? 1 : 0;
    }
    double median = mix.valueAt(map == null ? 0 : map.apply(0));
    a[at + 5] += Math.abs(y - median);
    a[at + 6] += scale;
  }

  private void odds(
      Tally t,
      FittedRun run,
      int i,
      HistoryClass cls,
      double[][] w,
      double[] z,
      int stride,
      int years,
      boolean after) {
    int o = run.points[i];
    double base = run.values[o - 1];
    double logBase = Math.log(base);
    int ms = Tally.MULTIPLES.length;
    int rs = after ? 3 : 2;
    for (int yi = 0; yi < Tally.YEARS.length && Tally.YEARS[yi] <= years; yi++) {
      int big = Tally.YEARS[yi];
      double[] wy = w[big];
      if (wy == null) {
        continue;
      }
      Mixture[] mix = new Mixture[big + 1];
      for (int h = 1; h <= big; h++) {
        mix[h] = EnsembleWeights.mixture(run, i, h, wy);
      }
      for (int r = 0; r < rs; r++) {
        // thr[(h - 1) * ms + m]: the path's raw log value that reaches the target at step h
        double[] thr = new double[big * ms];
        for (int h = 1; h <= big; h++) {
          QuantileMap map = r == 0
              ? null
              : (r == 1 ? ctx.heldOut() : ctx.later())[run.half].map(ModelKind.ENSEMBLE, h, cls);
          for (int m = 0; m < ms; m++) {
            double target = logBase + Math.log(Tally.MULTIPLES[m]);
            thr[(h - 1) * ms + m] = map == null || map.isIdentity()
                ? target
                : mix[h].valueAt(map.inverse(mix[h].position(target)));
          }
        }
        // the paths as rough as the other half's ensemble errors say (PathRoughness), as every
        // kind's
        double lambda = r == 0
            ? 0
            : ctx.roughness()[PanelScorer.roughnessIndex(e, cls.index(), run.half, r == 2 ? 1 : 0)];
        double walk = Math.sqrt(1 - lambda);
        double noise = Math.sqrt(lambda);
        int eps = PanelScorer.PATHS * stride;
        double[] p = new double[ms];
        for (int k = 0; k < wy.length; k++) {
          if (wy[k] <= 0) {
            continue;
          }
          float[] f = run.forecasts[i][k];
          int[] met = new int[ms];
          for (int path = 0; path < PanelScorer.PATHS; path++) {
            boolean[] hit = new boolean[ms];
            for (int h = 1; h <= big; h++) {
              double zz = lambda == 0
                  ? z[path * stride + h - 1]
                  : walk * z[path * stride + h - 1] + noise * z[eps + path * stride + h - 1];
              double x = f[2 * (h - 1)] + f[2 * (h - 1) + 1] * zz;
              for (int m = 0; m < ms; m++) {
                hit[m] |= x >= thr[(h - 1) * ms + m];
              }
            }
            for (int m = 0; m < ms; m++) {
              met[m] += hit[m] ? 1 : 0;
            }
          }
          for (int m = 0; m < ms; m++) {
            p[m] += wy[k] * met[m] / (double) PanelScorer.PATHS;
          }
        }
        for (int m = 0; m < ms; m++) {
          double target = base * Tally.MULTIPLES[m];
          boolean hit = false;
          for (int h = 1; h <= big; h++) {
            hit |= run.values[o + h - 1] >= target;
          }
          double outcome = hit ? 1 : 0;
          double pm = Math.min(1, p[m]);
          double clim =
              ctx.baseRates()[PanelScorer.baseIndex(e, m, yi, 1 - run.half, r == 2 ? 1 : 0)];
          t.addOdds(e, m, yi, r, pm, outcome, clim);
        }
      }
    }
  }
}
