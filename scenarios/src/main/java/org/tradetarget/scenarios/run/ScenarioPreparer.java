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
import org.tradetarget.core.data.Country;
import org.tradetarget.core.calibrate.LeverCalibration;
import org.tradetarget.core.calibrate.MacroShift;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
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
      int lastYear = Math.max(java.util.Collections.max(deadlines), spec.simulation().endYear());
      cal = MacroShift.carry(cal, c.corridor(), macro, MacroPaths.embedded(), baseYear, deadline, lastYear);
    }
    return new PreparedCorridor(c, series, label, cal, target, deadline, assumed, deadlines);
  }
}
