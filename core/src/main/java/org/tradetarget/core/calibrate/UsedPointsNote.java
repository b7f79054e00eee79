package org.tradetarget.core.calibrate;

import java.util.OptionalInt;
import org.tradetarget.core.data.AnnualSeries;

/** The first note of every fit ({@link ModelKind#fit}): which years it used and why others not. */
final class UsedPointsNote {
  private UsedPointsNote() {}

  /** Says which years the fit used and why others were left out. */
  static String of(
      ModelKind kind,
      AnnualSeries series,
      AnnualSeries base,
      AnnualSeries used,
      OptionalInt from,
      SettingWords words) {
    StringBuilder sb = new StringBuilder("used ")
        .append(used.size())
        .append(used.size() == 1 ? " point, " : " points, ")
        .append(
            used.size() == 1
                ? Integer.toString(used.firstYear())
                : used.firstYear() + "-" + used.lastYear());
    if (!used.isEquallySpaced()) {
      int step = used.step();
      boolean onGrid = true;
      for (int i = 0; i < used.size(); i++) {
        onGrid &= (used.year(i) - used.firstYear()) % step == 0;
      }
      int missing = used.gaps().length;
      sb.append(
          onGrid
              ? " (" + missing + " missing " + (step == 1 ? "year" : "step")
                  + (missing == 1 ? "" : "s") + " inside)"
              : " (unevenly spaced)");
    }
    if (from.isPresent()) {
      sb.append("; ").append(words.fromYear(from.getAsInt()));
    }
    if (kind.recursive() && from.isEmpty() && base.size() < series.size()) {
      sb.append("; earlier points (")
          .append(series.firstYear())
          .append('-')
          .append(series.year(series.size() - base.size() - 1))
          .append(") are cut off by a gap: ")
          .append(kind.id())
          .append(" needs consecutive points");
    }
    return sb.toString();
  }
}
