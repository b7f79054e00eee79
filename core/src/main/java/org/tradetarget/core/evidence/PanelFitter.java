package org.tradetarget.core.evidence;

import java.util.ArrayList;
import java.util.List;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.calibrate.ReferenceRule;
import org.tradetarget.core.calibrate.ReferenceSet;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;

/**
 * Fits every kind at every rolling origin of one run: on the first o points for o = min-train ..
 * n − 1 (origin year within the settings' range), each kind with its default parameters, projected
 * min(H, n − o) steps. A kind is left out at an origin when o is below its fewest points, its fit
 * fails, or a log point or standard error is not finite and positive. Stateless.
 */
final class PanelFitter {
  private final PanelSettings settings;
  private final ReferenceSet[] references;

  PanelFitter(PanelSettings settings) {
    this(settings, null);
  }

  /**
   * @param references per half of the series, its runs as the reference set of {@code
   *     reference-class} for the other half's series (null when the kind is not scored)
   */
  PanelFitter(PanelSettings settings, ReferenceSet[] references) {
    this.settings = settings;
    this.references = references;
  }

  /** The run's forecasts, or null when no origin is in range. */
  FittedRun fit(PanelSeries s) {
    AnnualSeries run = s.run();
    int n = run.size();
    List<Integer> points = new ArrayList<>();
    List<float[][]> forecasts = new ArrayList<>();
    List<ModelKind> kinds = settings.kinds();
    for (int o = settings.minTrain(); o <= n - 1; o++) {
      int year = run.year(o - 1);
      if (year < settings.fromYear() || year > settings.toYear()) {
        continue;
      }
      AnnualSeries train = run.slice(0, o);
      int steps = Math.min(settings.horizon(), n - o);
      float[][] byKind = new float[kinds.size()][];
      boolean any = false;
      for (int k = 0; k < kinds.size(); k++) {
        if (kinds.get(k) == ModelKind.ENSEMBLE) {
          continue; // a mixture of the other kinds' fits, formed when it is scored
        }
        byKind[k] = kinds.get(k) == ModelKind.REFERENCE_CLASS
            ? reference(s.id(), train, steps)
            : forecast(kinds.get(k), train, steps);
        any |= byKind[k] != null;
      }
      if (any) {
        points.add(o);
        forecasts.add(byKind);
      }
    }
    if (points.isEmpty()) {
      return null;
    }
    return new FittedRun(
        s.key(),
        run.firstYear(),
        run.values(),
        points.stream().mapToInt(Integer::intValue).toArray(),
        forecasts.toArray(new float[0][][]));
  }

  private static float[] forecast(ModelKind kind, AnnualSeries train, int steps) {
    if (train.size() < kind.minPoints()) {
      return null;
    }
    Forecast f;
    try {
      Calibration c = kind.fit(train, ModelParams.none());
      f = c.projection().forecast(steps);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return null;
    }
    return logNormal(f, steps);
  }

  /**
   * {@code reference-class} at an origin: the default rule with trajectories of H years, matched
   * among the other half's series only (so the series is never its own reference and every figure
   * is cross-fitted), with trajectories that end by the origin year.
   */
  private float[] reference(String id, AnnualSeries train, int steps) {
    Forecast f;
    try {
      ReferenceRule rule = ReferenceRule.defaults().withYears(settings.horizon());
      f = references[1 - FittedRun.half(id)].project(train, rule, id).forecast(steps);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return logNormal(f, steps);
  }

  private static float[] logNormal(Forecast f, int steps) {
    float[] out = new float[2 * steps];
    for (int i = 0; i < steps; i++) {
      double mu = f.logPoint()[i];
      double se = f.logSe()[i];
      if (!Double.isFinite(mu) || !Double.isFinite(se) || !(se > 0) || se > 1e6) {
        return null;
      }
      out[2 * i] = (float) mu;
      out[2 * i + 1] = (float) se;
    }
    return out;
  }
}
