package org.tradetarget.core.evidence;

import java.io.Serializable;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * The second stage of a panel backtest: the standardised errors z = (ln actual − μ)/σ counted per
 * kind, step, history class, half and period (up to the cut year, after it), and the outcomes of
 * the synthetic targets per kind, multiple, years, half and scope, from which the recalibration
 * maps and the climatological base rates are read. Every sum is a whole-number count, so runs can
 * be added and partial sums merged in any order with the same result.
 *
 * <p>With {@code ensemble} among the kinds it also sums the members' raw CRPS ({@link
 * EnsembleWeights}); a second pass ({@link #ensemblePass}) over every run then adds the ensemble's
 * errors z = Φ⁻¹(F(ln actual)) of its mixture F ({@link Mixture}) and its target outcomes, and is
 * merged into the first. Mutable; one thread.
 */
final class PanelEvidence implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PanelSettings settings;
  private final int cut;
  private final ErrorHistogram[] hist;
  private final double[] hits;
  private final double[] counts;
  private final int ensemble;
  private final EnsembleWeights skill;
  private final EnsembleWeights mixWith;
  private final PathRoughness roughness;
  private long origins;

  PanelEvidence(PanelSettings settings, int cut) {
    this(settings, cut, null);
  }

  /**
   * @param mixWith the members' scores to weigh the ensemble with in a second pass, or null for
   *     the first pass
   */
  private PanelEvidence(PanelSettings settings, int cut, EnsembleWeights mixWith) {
    this.settings = settings;
    this.cut = cut;
    this.ensemble = settings.kinds().indexOf(ModelKind.ENSEMBLE);
    this.skill = ensemble < 0 ? null : new EnsembleWeights(settings.kinds(), settings.horizon());
    this.mixWith = mixWith;
    int classes = HistoryClass.values().length;
    hist = new ErrorHistogram[settings.kinds().size() * settings.horizon() * classes * 4];
    for (int i = 0; i < hist.length; i++) {
      hist[i] = new ErrorHistogram();
    }
    hits = new double[settings.kinds().size() * Tally.MULTIPLES.length * Tally.YEARS.length * 4];
    counts = new double[hits.length];
    roughness = new PathRoughness(settings.kinds().size());
  }

  int cut() {
    return cut;
  }

  long origins() {
    return origins;
  }

  /** The members' scores that weigh the ensemble, or null when it is not scored. */
  EnsembleWeights ensembleWeights() {
    return skill;
  }

  /**
   * Empty evidence for the ensemble's pass over every run, weighing the members by this (complete,
   * merged) evidence's scores; null when the ensemble is not scored.
   */
  PanelEvidence ensemblePass() {
    return ensemble < 0 ? null : new PanelEvidence(settings, cut, skill);
  }

  /** Adds one run's errors and target outcomes. */
  void add(FittedRun run) {
    if (mixWith != null) {
      addEnsemble(run);
      return;
    }
    int kinds = settings.kinds().size();
    int horizon = settings.horizon();
    int classes = HistoryClass.values().length;
    origins += run.points.length;
    for (int i = 0; i < run.points.length; i++) {
      int o = run.points[i];
      int c = HistoryClass.of(o).index();
      int period = run.originYear(i) > cut ? 1 : 0;
      int steps = run.steps(i, horizon);
      for (int k = 0; k < kinds; k++) {
        float[] f = run.forecasts[i][k];
        if (f == null) {
          continue;
        }
        double[] path = new double[Math.min(steps, PathRoughness.STEPS)];
        for (int h = 1; h <= steps; h++) {
          double e = (Math.log(run.values[o + h - 1]) - f[2 * (h - 1)]) / f[2 * (h - 1) + 1];
          if (h <= path.length) {
            path[h - 1] = e;
          }
          hist[cell(k, h, c, run.half, period, horizon, classes)].add(e);
          if (skill != null && skill.member(k)) {
            skill.add(k, h, c, run.half, f[2 * (h - 1) + 1] * Mixture.normalCrps(e));
          }
        }
        if (steps >= 2) {
          roughness.add(k, c, run.half, period, path);
        }
        outcomes(k, run, o, steps, period, null);
      }
    }
  }

  /** The second pass: the ensemble's errors and target outcomes at every origin of a run. */
  private void addEnsemble(FittedRun run) {
    int horizon = settings.horizon();
    int classes = HistoryClass.values().length;
    for (int i = 0; i < run.points.length; i++) {
      int o = run.points[i];
      int c = HistoryClass.of(o).index();
      int period = run.originYear(i) > cut ? 1 : 0;
      int steps = run.steps(i, horizon);
      double[][] w = mixWith.byStep(run, i, steps, c);
      double[] path = new double[Math.min(steps, PathRoughness.STEPS)];
      Arrays.fill(path, Double.NaN);
      for (int h = 1; h <= steps; h++) {
        if (w[h] != null) {
          double z =
              EnsembleWeights.mixture(run, i, h, w[h]).position(Math.log(run.values[o + h - 1]));
          hist[cell(ensemble, h, c, run.half, period, horizon, classes)].add(z);
          if (h <= path.length) {
            path[h - 1] = z;
          }
        }
      }
      if (steps >= 2 && w[1] != null && w[2] != null) {
        roughness.add(ensemble, c, run.half, period, path);
      }
      outcomes(ensemble, run, o, steps, period, w);
    }
  }

  /**
   * Counts the synthetic targets' outcomes of kind k at an origin of o points.
   *
   * @param w for the ensemble, its weights per step (a years cell counts only where the weights at
   *     its last step exist); null for other kinds
   */
  private void outcomes(int k, FittedRun run, int o, int steps, int period, double[][] w) {
    for (int yi = 0; yi < Tally.YEARS.length; yi++) {
      int y = Tally.YEARS[yi];
      if (y > steps || (w != null && w[y] == null)) {
        continue;
      }
      for (int m = 0; m < Tally.MULTIPLES.length; m++) {
        double target = run.values[o - 1] * Tally.MULTIPLES[m];
        boolean hit = false;
        for (int h = 1; h <= y; h++) {
          hit |= run.values[o + h - 1] >= target;
        }
        for (int scope = 0; scope < 2; scope++) {
          if (scope == 1 && period == 1) {
            continue;
          }
          int at = PanelScorer.baseIndex(k, m, yi, run.half, scope);
          counts[at]++;
          hits[at] += hit ? 1 : 0;
        }
      }
    }
  }

  /** Adds another part's sums (same settings and cut year). */
  void merge(PanelEvidence o) {
    for (int i = 0; i < hist.length; i++) {
      hist[i].addAll(o.hist[i]);
    }
    for (int i = 0; i < hits.length; i++) {
      hits[i] += o.hits[i];
      counts[i] += o.counts[i];
    }
    if (skill != null) {
      skill.merge(o.skill);
    }
    roughness.merge(o.roughness);
    origins += o.origins;
  }

  /** What the scorer needs: the held-out and later maps of each half and the base rates. */
  PanelScorer.Context context() {
    double[] rates = new double[hits.length];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = counts[i] > 0 ? hits[i] / counts[i] : 0;
    }
    Recalibration[] heldOut = new Recalibration[2];
    Recalibration[] later = new Recalibration[2];
    for (int half = 0; half < 2; half++) {
      int other = 1 - half;
      heldOut[half] = Recalibration.of(maps(hh -> hh / 2 == other), List.of());
      later[half] = Recalibration.of(maps(hh -> hh / 2 == other && hh % 2 == 0), List.of());
    }
    IdentityHashMap<QuantileMap, CrpsTable> crps = new IdentityHashMap<>();
    for (Recalibration r : List.of(heldOut[0], heldOut[1], later[0], later[1])) {
      for (QuantileMap m : r.cells().values()) {
        crps.computeIfAbsent(m, CrpsTable::of);
      }
    }
    return new PanelScorer.Context(settings, cut, heldOut, later, crps, rates, skill, lambdas());
  }

  /** The paths' roughness of each kind, class and half, from the other half (all, up to the cut). */
  private double[] lambdas() {
    int classes = HistoryClass.values().length;
    double[] out = new double[settings.kinds().size() * classes * 4];
    for (int k = 0; k < settings.kinds().size(); k++) {
      for (int c = 0; c < classes; c++) {
        for (int half = 0; half < 2; half++) {
          int other = 1 - half;
          out[PanelScorer.roughnessIndex(k, c, half, 0)] =
              roughness.lambda(k, c, hp -> hp / 2 == other);
          out[PanelScorer.roughnessIndex(k, c, half, 1)] =
              roughness.lambda(k, c, hp -> hp / 2 == other && hp % 2 == 0);
        }
      }
    }
    return out;
  }

  /** The recalibration fitted on every series, with the given provenance lines. */
  Recalibration all(List<String> lines) {
    return Recalibration.of(maps(hh -> true), lines);
  }

  private static int cell(int k, int h, int c, int half, int period, int horizon, int classes) {
    return (((k * horizon + h - 1) * classes + c) * 2 + half) * 2 + period;
  }

  /** The maps of every kind, step and class from the histograms whose half·2 + period passes. */
  private Map<String, QuantileMap> maps(IntPredicate use) {
    int horizon = settings.horizon();
    int classes = HistoryClass.values().length;
    Map<String, QuantileMap> out = new LinkedHashMap<>();
    for (int k = 0; k < settings.kinds().size(); k++) {
      ModelKind kind = settings.kinds().get(k);
      for (int h = 1; h <= horizon; h++) {
        ErrorHistogram pooled = new ErrorHistogram();
        ErrorHistogram[] byClass = new ErrorHistogram[classes];
        for (int c = 0; c < classes; c++) {
          byClass[c] = new ErrorHistogram();
          for (int hp = 0; hp < 4; hp++) {
            if (use.test(hp)) {
              byClass[c].addAll(hist[cell(k, h, c, hp / 2, hp % 2, horizon, classes)]);
            }
          }
          pooled.addAll(byClass[c]);
        }
        QuantileMap fallback = pooled.map(PanelBacktest.MIN_ERRORS);
        for (int c = 0; c < classes; c++) {
          QuantileMap m = byClass[c].map(PanelBacktest.MIN_ERRORS);
          m = m != null ? m : fallback != null ? fallback : QuantileMap.identity();
          out.put(Recalibration.key(kind, h, HistoryClass.byIndex(c)), m);
        }
      }
    }
    return out;
  }
}
