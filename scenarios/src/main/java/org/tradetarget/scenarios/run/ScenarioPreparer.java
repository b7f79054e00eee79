package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.calibrate.LeverCalibration;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.ShiftedProjection;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.MacroSettings;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * Turns a scenario spec into fitted corridors: reads each corridor's data (embedded default series
 * or the scenario's CSV), cuts it at the base year, picks the target and deadlines, and fits the
 * kind. A corridor whose {@code constant-growth} rate is required ({@code rate: required}) gets the
 * growth that takes the base to the target by the deadline. Checks that need no data were made when
 * the scenario was loaded; what is left here needs the data (the user's CSV files) or the fit.
 */
public final class ScenarioPreparer {
  private ScenarioPreparer() {}

  /**
   * Prepares every corridor of a scenario.
   *
   * @throws InvalidInputException naming the scenario file and corridor for data or fitting problems
   */
  public static List<PreparedCorridor> prepare(ScenarioSpec spec) {
    List<PreparedCorridor> out = new ArrayList<>();
    MacroPaths macro = macroPaths(spec.macro());
    for (CorridorSpec c : spec.corridors()) {
      String where = spec.file() + ": corridors." + c.corridor() + ": ";
      try {
        out.add(prepare(spec, c, macro));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(where + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The embedded macro paths with the scenario's changes. */
  static MacroPaths macroPaths(MacroSettings m) {
    MacroPaths p = MacroPaths.embedded();
    try {
      if (m.inflation().isPresent()) {
        p = p.withInflation(m.inflation().getAsDouble());
      }
      if (m.growthSd().isPresent()) {
        p = p.withGrowthSd(m.growthSd().getAsDouble());
      }
      if (m.correlation().isPresent()) {
        p = p.withCorrelation(m.correlation().getAsDouble());
      }
      for (Map.Entry<Country, MacroSettings.CountryMacro> e : m.countries().entrySet()) {
        MacroSettings.CountryMacro c = e.getValue();
        if (c.mediumTermRate().isPresent()) {
          p = p.withMediumTermRate(e.getKey(), c.mediumTermRate().getAsDouble());
        }
        if (c.growthSd().isPresent()) {
          p = p.withGrowthSd(e.getKey(), c.growthSd().getAsDouble());
        }
        if (c.growthShift().isPresent()) {
          p = p.withGrowthShift(e.getKey(), c.growthShift().getAsDouble());
        }
      }
      if (m.growthShift().isPresent()) {
        p = p.withGrowthShift(m.growthShift().getAsDouble());
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("macro: " + e.getMessage(), e);
    }
    return p;
  }

  /**
   * The log shift a change of GDP growth gives a kind that extrapolates the trade trend: h years
   * after the base, Σ over the corridor's two countries of β·(the change of ln GDP since the base
   * under the scenario's paths − the same under the embedded paths), β = the default income
   * elasticity.
   */
  static double[] growthShift(Corridor corridor, MacroPaths scenario, MacroPaths embedded, int baseYear, int years) {
    double[] shift = new double[years];
    for (int h = 1; h <= years; h++) {
      double s = 0;
      for (Country c : new Country[] {corridor.first(), corridor.second()}) {
        double changed = scenario.logGdp(c, baseYear + h) - scenario.logGdp(c, baseYear);
        double plain = embedded.logGdp(c, baseYear + h) - embedded.logGdp(c, baseYear);
        s += Elasticities.DEFAULT_INCOME * (changed - plain);
      }
      shift[h - 1] = s;
    }
    return shift;
  }

  private static PreparedCorridor prepare(ScenarioSpec spec, CorridorSpec c, MacroPaths macro) {
    AnnualSeries series;
    String label;
    if (c.data().isPresent()) {
      Dataset.UserFile f = Dataset.readUserFile(c.data().get());
      series = f.series().isPresent() ? f.series().get() : f.dataset().get().series(c.corridor());
      label = c.data().get().toString();
    } else {
      Dataset d = Dataset.embedded();
      series = d.series(c.corridor());
      label = "embedded seeds/trade-history.csv"
          + d.defaultReporter(c.corridor()).map(r -> ", " + r.id() + "-reported").orElse("");
    }
    if (spec.baseYear().isPresent()) {
      int by = spec.baseYear().getAsInt();
      if (by < series.firstYear()) {
        throw new InvalidInputException("base_year " + by + " is before the first observation " + series.firstYear());
      }
      series = series.between(series.firstYear(), by);
    }
    series = series.withName(c.corridor().id());

    Target announced = Dataset.embedded().currentTarget(c.corridor())
        .orElse(null);
    if (announced == null && c.targetValue().isEmpty()) {
      throw new InvalidInputException("no announced target for " + c.corridor() + "; set target.value (US$ million)");
    }
    Target target = announced == null
        ? Target.of(c.corridor(), c.targetValue().getAsDouble(), OptionalInt.empty())
        : announced;
    if (c.targetValue().isPresent()) {
      target = target.withValue(c.targetValue().getAsDouble());
    }
    boolean assumed;
    int deadline;
    if (c.deadline().isPresent()) {
      deadline = c.deadline().getAsInt();
      assumed = false;
    } else if (target.deadline().isPresent()) {
      deadline = target.deadline().getAsInt();
      assumed = false;
    } else {
      deadline = spec.assumedDeadline();
      assumed = true;
    }
    int baseYear = series.lastYear();
    if (deadline <= baseYear) {
      throw new InvalidInputException("deadline " + deadline + (assumed ? " (assumed)" : "")
          + " is not after the base year " + baseYear + "; choose a later deadline");
    }
    TreeSet<Integer> all = new TreeSet<>(c.deadlines());
    all.remove(deadline);
    for (int d : all) {
      if (d <= baseYear) {
        throw new InvalidInputException("deadlines: " + d + " is not after the base year " + baseYear);
      }
    }
    List<Integer> deadlines = new ArrayList<>();
    deadlines.add(deadline);
    deadlines.addAll(all);

    ModelKind kind = c.model();
    ModelParams params = c.params();
    if (c.rateRequired()) {
      double g = TargetArithmetic.requiredCagr(series.lastValue(), baseYear, target.valueUsdMillion(), deadline);
      params = params.with("rate", Double.toString(g));
    }
    List<Lever> levers = LeverSchedule.affecting(spec.levers(), c.corridor());
    Calibration cal = kind.drivenByMacro() || !levers.isEmpty()
        ? LeverCalibration.fit(kind, series, c.corridor(), macro, levers, params, c.from())
        : kind.fit(series, params, c.from());
    if (!kind.drivenByMacro() && spec.macro().shiftsGrowth()) {
      int years = Math.max(deadlines.get(deadlines.size() - 1), spec.simulation().endYear()) - baseYear + 1;
      double[] shift = growthShift(c.corridor(), macro, MacroPaths.embedded(), baseYear, Math.max(years, 1));
      String what = String.format(java.util.Locale.ROOT,
          "macro growth change carried into %s through income elasticities of %s: log shift %+.4f after %d years",
          kind.id(), Elasticities.DEFAULT_INCOME, shift[Math.min(shift.length, deadline - baseYear) - 1], deadline - baseYear);
      List<String> notes = new ArrayList<>(cal.notes());
      notes.add(what);
      cal = new Calibration(cal.kind(), new ShiftedProjection(cal.projection(), shift, what), cal.used(),
          cal.parameters(), cal.residuals(), cal.sigma(), cal.logLik(), cal.aicc(), notes);
    }
    return new PreparedCorridor(c, series, label, cal, target, deadline, assumed, deadlines);
  }
}
