package org.tradetarget.core.evidence;

import java.util.List;
import java.util.Optional;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.model.EnsembleProjection;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.LeveredProjection;
import org.tradetarget.core.model.Projection;
import org.tradetarget.core.model.ShiftedProjection;
import org.tradetarget.core.model.StepMap;

/**
 * The recalibration of an {@code ensemble}'s simulated paths and analytic intervals, as the panel
 * backtest scores it (docs/RECALIBRATION.md).
 *
 * <p>At step h the ensemble's law is the {@link Mixture} F_h of its members' log-normal forecasts
 * (each member's log point and log standard error, the ensemble's own weights); a log value x has
 * the standardised position z_h(x) = Φ⁻¹(F_h(x)) and the position z the log value g_h(z) =
 * F_h⁻¹(Φ(z)). With T_h the ensemble's map for the step and history class, a path's log value x
 * becomes g_h(T_h(z_h(x))): increasing in x, so every path keeps its rank at every step and the
 * band, P(met by year) and the first-passage year come from the same mapped paths; a path that
 * follows the mixture's law at step h follows the recalibrated law G_h = Φ∘T_h⁻¹∘z_h after it.
 *
 * <p>Simulated paths are mapped through a table per step: the exact g_h(z) and g_h(T_h(z)) at
 * {@value #NODES} evenly spaced z from −8 to 8 (steps of 1/64), narrowed to where T_h(z) is within
 * ±8 as well (beyond, Φ is below the precision of F), linear in x between them and continuing the
 * outer segments' slopes beyond (a crisis jump can take a path far into the tail). Between nodes
 * the table is within about 3·10⁻⁵ of the exact map in log value (0.003 % of the value); it keeps
 * the map strictly increasing.
 *
 * <p>An ensemble inside levers or a macro shift ({@link LeveredProjection}, {@link
 * ShiftedProjection}) is mapped around the shift, as a single kind's map is taken around its shifted
 * point: with s_h the wrapper's log point less the ensemble's, x ↦ s_h + g_h(T_h(z_h(x − s_h))).
 *
 * <p>An ensemble with a value-scale member of positive weight ({@code logistic}) has no log-scale
 * mixture; it is left as it is, as is a step where a member has no finite, positive log standard
 * error.
 */
final class EnsembleMaps {
  /** The table's nodes per step. */
  static final int NODES = 1025;

  /** The table's outer position: z from −{@value} to {@value}. */
  static final double Z_MAX = 8;

  private EnsembleMaps() {}

  /**
   * The ensemble's mixture at each step 1..steps (entry h − 1), null at a step a member cannot
   * enter; empty when a member of positive weight is on the value scale.
   */
  static Optional<Mixture[]> mixtures(EnsembleProjection p, int steps) {
    double[] weights = p.weights();
    List<Projection> members = p.members();
    List<Boolean> valueScale = p.valueScale();
    int k = 0;
    for (int m = 0; m < weights.length; m++) {
      if (weights[m] > 0) {
        if (valueScale.get(m)) {
          return Optional.empty();
        }
        k++;
      }
    }
    Forecast[] f = new Forecast[k];
    double[] w = new double[k];
    int j = 0;
    for (int m = 0; m < weights.length; m++) {
      if (weights[m] > 0) {
        f[j] = members.get(m).forecast(steps);
        w[j] = weights[m];
        j++;
      }
    }
    Mixture[] out = new Mixture[steps];
    for (int i = 0; i < steps; i++) {
      double[] mu = new double[k];
      double[] sd = new double[k];
      boolean usable = true;
      for (j = 0; j < k; j++) {
        mu[j] = f[j].logPoint()[i];
        sd[j] = f[j].logSe()[i];
        usable &= Double.isFinite(mu[j]) && Double.isFinite(sd[j]) && sd[j] > 0;
      }
      out[i] = usable ? new Mixture(mu, sd, w) : null;
    }
    return Optional.of(out);
  }

  /** An ensemble and the log shift s_h (entry h − 1) the projection adds to it. */
  private static final class Unwrapped {
    private final EnsembleProjection ensemble;
    private final double[] shift;

    Unwrapped(EnsembleProjection ensemble, double[] shift) {
      this.ensemble = ensemble;
      this.shift = shift;
    }

    EnsembleProjection ensemble() {
      return ensemble;
    }

    double[] shift() {
      return shift;
    }
  }

  /** The ensemble inside a projection, with the shift of its wrappers; empty for another kind. */
  private static Optional<Unwrapped> unwrap(Projection p, int steps) {
    Projection inner = p;
    while (!(inner instanceof EnsembleProjection)) {
      if (inner instanceof ShiftedProjection s) {
        inner = s.inner();
      } else if (inner instanceof LeveredProjection l) {
        inner = l.inner();
      } else {
        return Optional.empty();
      }
    }
    EnsembleProjection e = (EnsembleProjection) inner;
    double[] shift = new double[steps];
    if (inner != p) {
      double[] outer = p.forecast(steps).logPoint();
      double[] own = e.forecast(steps).logPoint();
      for (int i = 0; i < steps; i++) {
        shift[i] = outer[i] - own[i];
      }
    }
    return Optional.of(new Unwrapped(e, shift));
  }

  /**
   * The map of the simulated log paths of an ensemble (bare or inside levers or a macro shift);
   * empty when it would change nothing or the projection holds no ensemble.
   */
  static Optional<StepMap> stepMap(Recalibration r, Projection p, HistoryClass c, int steps) {
    if (steps < 1) {
      return Optional.empty();
    }
    Optional<Unwrapped> u = unwrap(p, steps);
    if (u.isEmpty()) {
      return Optional.empty();
    }
    double[] shift = u.get().shift();
    Optional<Mixture[]> mixtures = mixtures(u.get().ensemble(), steps);
    if (mixtures.isEmpty()) {
      return Optional.empty();
    }
    double[][] xs = new double[steps][];
    double[][] ys = new double[steps][];
    boolean changes = false;
    for (int i = 0; i < steps; i++) {
      Mixture mix = mixtures.get()[i];
      QuantileMap t = r.map(ModelKind.ENSEMBLE, i + 1, c);
      if (mix == null || t.isIdentity()) {
        continue;
      }
      double[] x = new double[NODES];
      double[] y = new double[NODES];
      boolean increasing = true;
      // positions whose map stays within ±8 too: beyond, Φ is below the mixture's precision
      double lo = Math.max(-Z_MAX, t.inverse(-Z_MAX));
      double hi = Math.min(Z_MAX, t.inverse(Z_MAX));
      for (int n = 0; n < NODES; n++) {
        double z = lo + (hi - lo) * n / (NODES - 1);
        x[n] = mix.valueAt(z);
        y[n] = mix.valueAt(t.apply(z));
        increasing &= n == 0 || (x[n] > x[n - 1] && y[n] > y[n - 1]);
      }
      if (increasing) {
        xs[i] = x;
        ys[i] = y;
        changes = true;
      }
    }
    if (!changes) {
      return Optional.empty();
    }
    return Optional.of((step, v) -> {
      if (step < 1 || step > xs.length || xs[step - 1] == null) {
        return v;
      }
      double s = shift[step - 1];
      return s + interpolate(xs[step - 1], ys[step - 1], v - s);
    });
  }

  /** y at v, linear between the nodes (x, y) and beyond the outer ones. */
  static double interpolate(double[] x, double[] y, double v) {
    int last = x.length - 1;
    int lo;
    if (v <= x[0]) {
      lo = 0;
    } else if (v >= x[last]) {
      lo = last - 1;
    } else {
      lo = 0;
      int hi = last;
      while (hi - lo > 1) {
        int mid = (lo + hi) >>> 1;
        if (x[mid] <= v) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
    }
    double slope = (y[lo + 1] - y[lo]) / (x[lo + 1] - x[lo]);
    return y[lo] + slope * (v - x[lo]);
  }

  /**
   * The ensemble's analytic forecast recalibrated: at each step with a map, the point becomes
   * exp(g(T(0))), each level's bounds exp(g(T(∓q))) with q the normal quantile of the level, and the
   * mean the recalibrated law's mean (by 1,000 quantile levels), each shifted by
   * s_h; the log point and standard error stay the forecast's own. Empty when nothing changes or
   * the projection holds no ensemble.
   */
  static Optional<Forecast> forecast(Recalibration r, Projection p, HistoryClass c, Forecast f) {
    int h = f.horizon();
    Optional<Unwrapped> u = h < 1 ? Optional.empty() : unwrap(p, h);
    if (u.isEmpty()) {
      return Optional.empty();
    }
    double[] shift = u.get().shift();
    Optional<Mixture[]> mixtures = mixtures(u.get().ensemble(), h);
    if (mixtures.isEmpty()) {
      return Optional.empty();
    }
    Mixture[] mix = mixtures.get();
    return Recalibration.withLaws(f, i -> {
      QuantileMap t = r.map(ModelKind.ENSEMBLE, i + 1, c);
      if (mix[i] == null || t.isIdentity()) {
        return null;
      }
      return z -> shift[i] + mix[i].valueAt(t.apply(z));
    });
  }
}
