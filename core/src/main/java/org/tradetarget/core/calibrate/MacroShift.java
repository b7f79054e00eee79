package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.ShiftedProjection;

/**
 * Carries a change of GDP growth into a kind that extrapolates the trade trend (every kind but
 * {@code gravity}, which takes the macro paths itself). The trend already contains past GDP growth,
 * so only the change counts: h years after the base the log trade path moves by Σ over the
 * corridor's two countries of β·(the change of ln GDP since the base under the changed paths − the
 * same under the reference paths), β = the default income elasticity {@value
 * Elasticities#DEFAULT_INCOME}. The fitted projection is wrapped in a {@link ShiftedProjection}; its
 * spread is unchanged. Used by scenario runs and by {@code core.analysis.Outlook}.
 */
public final class MacroShift {
  private MacroShift() {}

  /**
   * The log shift h = 1..years after the base year: element h − 1 (see the class comment).
   *
   * @param corridor whose two countries' GDP counts
   * @param changed the changed macro paths
   * @param reference the unchanged paths (usually {@link MacroPaths#embedded()})
   * @param baseYear the trade series' base year
   * @param years how many years after the base, ≥ 1
   */
  public static double[] growthShift(
      Corridor corridor, MacroPaths changed, MacroPaths reference, int baseYear, int years) {
    double[] shift = new double[years];
    for (int h = 1; h <= years; h++) {
      double s = 0;
      for (Country c : new Country[] {corridor.first(), corridor.second()}) {
        double moved = changed.logGdp(c, baseYear + h) - changed.logGdp(c, baseYear);
        double plain = reference.logGdp(c, baseYear + h) - reference.logGdp(c, baseYear);
        s += Elasticities.DEFAULT_INCOME * (moved - plain);
      }
      shift[h - 1] = s;
    }
    return shift;
  }

  /**
   * Whether the changed paths give either country of the corridor another real GDP growth than the
   * reference in some year after the base up to {@code lastYear} (a change of the assumed inflation
   * alone does not count).
   */
  public static boolean changesGrowth(
      Corridor corridor, MacroPaths changed, MacroPaths reference, int baseYear, int lastYear) {
    double[] s = growthShift(
        corridor,
        changed.withInflation(reference.inflation()),
        reference,
        baseYear,
        Math.max(lastYear - baseYear, 1));
    for (double v : s) {
      if (v != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The calibration with the growth change carried into its projection, and a note saying so.
   *
   * @param cal a fit of any kind but gravity
   * @param corridor the corridor whose countries' GDP counts
   * @param changed the changed macro paths
   * @param reference the unchanged paths
   * @param baseYear the trade series' base year
   * @param deadline the deadline the note reports the shift at (after the base year)
   * @param lastYear the last year the projection is simulated to; the shift is computed to the year
   *     after it (later years continue linearly)
   */
  public static Calibration carry(
      Calibration cal,
      Corridor corridor,
      MacroPaths changed,
      MacroPaths reference,
      int baseYear,
      int deadline,
      int lastYear) {
    if (cal.kind().drivenByMacro()) {
      throw new IllegalArgumentException(
          cal.kind().id() + " takes the macro paths itself; no shift to carry");
    }
    changed.requireCovers(corridor, "a change of GDP growth (macro)");
    int years = Math.max(lastYear - baseYear + 1, 1);
    double[] shift = growthShift(corridor, changed, reference, baseYear, years);
    String what = String.format(
        Locale.ROOT,
        "macro growth change carried into %s through income elasticities of %s: log shift %+.4f after %d years",
        cal.kind().id(),
        Elasticities.DEFAULT_INCOME,
        shift[Math.min(shift.length, deadline - baseYear) - 1],
        deadline - baseYear);
    List<String> notes = new ArrayList<>(cal.notes());
    notes.add(what);
    return cal.withProjection(new ShiftedProjection(cal.projection(), shift, what))
        .withNotes(notes);
  }
}
