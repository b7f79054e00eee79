package org.tradetarget.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Refuses prediction intervals that explode. An upper bound (at any level) above {@link #MULTIPLE}
 * times the largest value of the history, or not finite, is not a statement about trade but a sign
 * that the model's variance has run away (a near-unit-root ARIMA with drift uncertainty, a rate
 * estimated from two points); such bounds are replaced by NaN from the first step where any level
 * explodes, and a note says why. Points are kept.
 */
public final class IntervalGuard {
  /** The documented limit: upper bounds above this multiple of the history's largest value are refused. */
  public static final double MULTIPLE = 1000.0;

  private IntervalGuard() {}

  /**
   * The result of the check.
   *
   * @param forecast the forecast, with every bound from the first exploding step on set to NaN
   *     when the check failed; the forecast given, unchanged, otherwise
   * @param note why the bounds were refused; empty when they were not
   */
  public record Checked(Forecast forecast, Optional<String> note) {}

  /**
   * Checks {@code f} against {@code historyMax}, the largest value of the series the model was
   * fitted on (in the data's unit).
   *
   * @param kind the kind's name, for the note
   */
  public static Checked check(Forecast f, double historyMax, String kind) {
    double limit = MULTIPLE * historyMax;
    int first = -1;
    double worst = Double.NaN;
    double level = Double.NaN;
    for (int i = 0; i < f.horizon() && first < 0; i++) {
      for (int k = 0; k < f.levels().length; k++) {
        double u = f.upper()[k][i];
        if (!Double.isNaN(u) && !(u <= limit)) {
          first = i;
          worst = u;
          level = f.levels()[k];
          break;
        }
      }
    }
    if (first < 0 || !(historyMax > 0)) {
      return new Checked(f, Optional.empty());
    }
    int h = f.horizon();
    double[][] lo = new double[f.levels().length][];
    double[][] hi = new double[f.levels().length][];
    for (int k = 0; k < lo.length; k++) {
      lo[k] = f.lower()[k].clone();
      hi[k] = f.upper()[k].clone();
      for (int i = first; i < h; i++) {
        lo[k][i] = Double.NaN;
        hi[k][i] = Double.NaN;
      }
    }
    Forecast refused =
        new Forecast(f.years(), f.point(), f.mean(), f.logPoint(), f.logSe(), f.levels(), lo, hi);
    String note = String.format(
        Locale.ROOT,
        "%s intervals refused from %d on: the %s %% upper bound %.4g is more than %.0f times the"
            + " largest value of the history (%.4g); the model's variance has run away, try"
            + " another kind",
        kind,
        f.years()[first],
        levelText(level),
        worst,
        MULTIPLE,
        historyMax);
    return new Checked(refused, Optional.of(note));
  }

  private static String levelText(double level) {
    return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
  }
}
