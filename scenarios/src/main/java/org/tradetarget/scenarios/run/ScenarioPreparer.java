package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.tradetarget.core.analysis.Pipeline;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Regressors;
import org.tradetarget.core.data.Target;
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
        String m = String.valueOf(e.getMessage());
        // a regressor problem already names its line in the scenario: keep it first
        throw new InvalidInputException(
            declared(c, m) ? m + " (corridors." + c.corridor() + ")" : where + m, e);
      }
    }
    return out;
  }

  /** Whether the message starts at the line of the corridor's regressors' declaration. */
  private static boolean declared(CorridorSpec c, String message) {
    Regressors r = c.params().regressors();
    for (int i = -1; i < r.size(); i++) {
      String at = r.declaration(i);
      if (!at.isEmpty() && message.startsWith(at)) {
        return true;
      }
    }
    return false;
  }

  /** The corridor's series as fitted: its data cut at the scenario's base year, named by the corridor. */
  static AnnualSeries series(ScenarioSpec spec, CorridorSpec c) {
    AnnualSeries series;
    if (c.trade().isPresent()) {
      series = c.trade().get().series();
    } else if (c.data().isPresent()) {
      Dataset.UserFile f = Dataset.readUserFile(c.data().get());
      series = f.series().isPresent() ? f.series().get() : f.dataset().get().series(c.corridor());
    } else {
      series = Dataset.embedded().series(c.corridor());
    }
    if (spec.baseYear().isPresent()) {
      int by = spec.baseYear().getAsInt();
      if (by < series.firstYear()) {
        throw new InvalidInputException(
            "base_year " + by + " is before the first observation " + series.firstYear());
      }
      series = series.between(series.firstYear(), by);
    }
    return series.withName(c.corridor().id());
  }

  private static String label(CorridorSpec c) {
    if (c.trade().isPresent()) {
      return c.trade().get().label();
    }
    if (c.data().isPresent()) {
      return c.data().get().toString();
    }
    Dataset d = Dataset.embedded();
    return "embedded seeds/trade-history.csv"
        + d.defaultReporter(c.corridor()).map(r -> ", " + r.id() + "-reported").orElse("");
  }

  /** The basis of a corridor's series (whose declarations it uses), as run and the report show it. */
  static String basis(CorridorSpec c) {
    if (c.trade().isPresent()) {
      return c.trade().get().basis().toString();
    }
    Dataset d;
    if (c.data().isPresent()) {
      Dataset.UserFile f = Dataset.readUserFile(c.data().get());
      if (f.dataset().isEmpty()) {
        return "as given (year,value file)";
      }
      d = f.dataset().get();
    } else {
      d = Dataset.embedded();
    }
    return d.defaultReporter(c.corridor())
        .map(r -> Basis.reporter(r).toString())
        .orElse("not stated in " + d.name());
  }

  /** The macro paths (the embedded ones, or the scenario's macro file's) with its changes. */
  static MacroPaths macroPaths(MacroSettings m) {
    MacroPaths p = m.base();
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

  static PreparedCorridor prepare(ScenarioSpec spec, CorridorSpec c, MacroPaths macro) {
    AnnualSeries series = series(spec, c);
    String label = label(c);

    Target announced = Dataset.embedded().currentTarget(c.corridor()).orElse(null);
    if (announced == null && c.targetValue().isEmpty()) {
      throw new InvalidInputException(
          "no announced target for " + c.corridor() + "; set target.value (US$ million)");
    }
    Target target = announced == null
        ? Target.of(
            c.corridor(),
            c.targetValue().getAsDouble(),
            OptionalInt.empty(),
            c.targetSource(),
            c.targetQuote())
        : announced;
    if (c.targetValue().isPresent()) {
      target = target.withValue(c.targetValue().getAsDouble());
      if (!c.targetSource().isEmpty() || !c.targetQuote().isEmpty()) {
        target = Target.of(
            c.corridor(),
            c.targetValue().getAsDouble(),
            c.deadline().isPresent() ? c.deadline() : target.deadline(),
            c.targetSource(),
            c.targetQuote());
      }
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
    List<Integer> deadlines = Pipeline.deadlines(baseYear, deadline, c.deadlines());

    ModelKind kind = c.model();
    ModelParams params = c.params();
    if (c.rateRequired()) {
      double g = TargetArithmetic.requiredCagr(
          series.lastValue(), baseYear, target.valueUsdMillion(), deadline);
      params = params.with("rate", Double.toString(g));
    }
    // refused before the members' backtests, which would be wasted
    Pipeline.checkShocks(kind, spec.simulation().shocks(), "simulation.shocks");
    List<AnnualSeries> pool = new ArrayList<>();
    if (kind == ModelKind.ENSEMBLE && "true".equals(params.value("pooled"))) {
      for (CorridorSpec o : spec.corridors()) {
        pool.add(o.corridor().equals(c.corridor()) ? series : series(spec, o));
      }
    }
    int lastYear = Math.max(Collections.max(deadlines), spec.simulation().endYear());
    Calibration cal;
    try {
      cal = Pipeline.fit(new Pipeline.Fit(
          series,
          c.corridor(),
          kind,
          params,
          c.from(),
          LeverSchedule.affecting(spec.levers(), c.corridor()),
          macro,
          spec.macro().shiftsGrowth(),
          deadline,
          lastYear,
          pool));
      if (!params.regressors().isEmpty()) {
        // refuses a simulated year the regressor file lacks, naming the file and the year
        cal.projection().forecast((lastYear - baseYear + series.step() - 1) / series.step(), 80.0);
      }
    } catch (InvalidInputException e) {
      if (!declared(c, String.valueOf(e.getMessage()))) {
        throw e;
      }
      throw new InvalidInputException(
          e.getMessage() + "; needed: the fitted years (within " + series.firstYear() + "-"
              + baseYear + ") and every year to " + lastYear,
          e);
    }
    return new PreparedCorridor(
        c, series, label, basis(c), cal, target, deadline, assumed, deadlines);
  }
}
