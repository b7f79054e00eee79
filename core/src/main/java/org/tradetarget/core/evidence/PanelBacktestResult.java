package org.tradetarget.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * What a panel backtest found: scores per kind, horizon, history class and recalibration, the odds
 * of synthetic targets against their frequency, the PIT histograms and reliability bins the report
 * draws, and the recalibration fitted on every series. Immutable.
 */
public final class PanelBacktestResult {
  /** The header of {@code panel-backtest.csv}, a contract. */
  public static final String SCORES_HEADER =
      "kind,horizon,history,recalibration,n,crps_log,coverage50,coverage80,coverage95,mase";

  /** The header of {@code target-odds.csv}, a contract. */
  public static final String ODDS_HEADER =
      "kind,multiple,years,recalibration,n,mean_p,frequency,brier,brier_climatology";

  /**
   * One row of {@code panel-backtest.csv}; coverages are fractions, crps in log units; mase is a
   * ratio of means: the cell's mean |ln actual − ln median| (the recalibrated median in
   * recalibrated rows) over the cell's mean in-sample naive scale, each forecast's scale being the
   * mean |Δ ln value| of the points its fit used (docs/RECALIBRATION.md).
   */
  public record ScoreRow(
      String kind,
      int horizon,
      String history,
      String recalibration,
      long n,
      OptionalDouble crpsLog,
      OptionalDouble coverage50,
      OptionalDouble coverage80,
      OptionalDouble coverage95,
      OptionalDouble mase) {}

  /** One row of {@code target-odds.csv}: targets of origin × multiple met within {@code years}. */
  public record OddsRow(
      String kind,
      double multiple,
      int years,
      String recalibration,
      long n,
      OptionalDouble meanP,
      OptionalDouble frequency,
      OptionalDouble brier,
      OptionalDouble brierClimatology) {}

  private final PanelSource source;
  private final PanelSettings settings;
  private final int cutYear;
  private final int runs;
  private final long origins;
  private final Tally tally;
  private final Recalibration recalibration;
  private final List<ScoreRow> scores;
  private final List<OddsRow> odds;

  PanelBacktestResult(
      PanelSource source,
      PanelSettings settings,
      int cutYear,
      int runs,
      long origins,
      Tally tally,
      Recalibration recalibration) {
    this.source = source;
    this.settings = settings;
    this.cutYear = cutYear;
    this.runs = runs;
    this.origins = origins;
    this.tally = tally;
    this.recalibration = recalibration;
    this.scores = List.copyOf(scoreRows());
    this.odds = List.copyOf(oddsRows());
  }

  /** The panel read. */
  public PanelSource source() {
    return source;
  }

  /** The settings. */
  public PanelSettings settings() {
    return settings;
  }

  /** The year that splits origins into early and {@code later} (the median origin year). */
  public int cutYear() {
    return cutYear;
  }

  /** The runs with at least one origin scored. */
  public int runs() {
    return runs;
  }

  /** The origins scored. */
  public long origins() {
    return origins;
  }

  /** The recalibration fitted on every series (with its provenance). */
  public Recalibration recalibration() {
    return recalibration;
  }

  /** The rows of {@code panel-backtest.csv}. */
  public List<ScoreRow> scores() {
    return scores;
  }

  /** The rows of {@code target-odds.csv}. */
  public List<OddsRow> odds() {
    return odds;
  }

  /**
   * The PIT histogram ({@value Tally#PIT_BINS} equal bins of [0, 1]) of a kind's forecasts at a
   * step over every history class, raw or recalibrated out of sample ({@code held-out}).
   */
  public long[] pit(ModelKind kind, int horizon, boolean heldOut) {
    int at = tally.pit(settings.kinds().indexOf(kind), horizon, heldOut ? 1 : 0);
    long[] out = new long[Tally.PIT_BINS];
    System.arraycopy(tally.pit, at, out, 0, Tally.PIT_BINS);
    return out;
  }

  /**
   * The reliability of a kind's target odds over every target: per decile of the predicted P, the
   * count, the mean predicted P and the frequency met ({n, mean p, frequency} per decile; NaN where
   * empty), raw or {@code held-out}.
   */
  public double[][] reliability(ModelKind kind, boolean heldOut) {
    double[][] out = new double[Tally.DECILES][3];
    for (int d = 0; d < Tally.DECILES; d++) {
      int at = tally.reliability(settings.kinds().indexOf(kind), heldOut ? 1 : 0, d);
      double n = tally.reliability[at];
      out[d][0] = n;
      out[d][1] = n > 0 ? tally.reliability[at + 1] / n : Double.NaN;
      out[d][2] = n > 0 ? tally.reliability[at + 2] / n : Double.NaN;
    }
    return out;
  }

  /** {@code panel-backtest.csv}. */
  public String scoresCsv() {
    StringBuilder sb = new StringBuilder(SCORES_HEADER).append('\n');
    for (ScoreRow r : scores) {
      sb.append(String.join(
              ",",
              r.kind(),
              Integer.toString(r.horizon()),
              r.history(),
              r.recalibration(),
              Long.toString(r.n()),
              num(r.crpsLog(), 6),
              num(r.coverage50(), 4),
              num(r.coverage80(), 4),
              num(r.coverage95(), 4),
              num(r.mase(), 4)))
          .append('\n');
    }
    return sb.toString();
  }

  /** {@code target-odds.csv}. */
  public String oddsCsv() {
    StringBuilder sb = new StringBuilder(ODDS_HEADER).append('\n');
    for (OddsRow r : odds) {
      sb.append(String.join(
              ",",
              r.kind(),
              trim(r.multiple()),
              Integer.toString(r.years()),
              r.recalibration(),
              Long.toString(r.n()),
              num(r.meanP(), 4),
              num(r.frequency(), 4),
              num(r.brier(), 5),
              num(r.brierClimatology(), 5)))
          .append('\n');
    }
    return sb.toString();
  }

  private List<ScoreRow> scoreRows() {
    List<ScoreRow> out = new ArrayList<>();
    int classes = HistoryClass.values().length;
    for (int k = 0; k < settings.kinds().size(); k++) {
      String kind = settings.kinds().get(k).id();
      for (int h = 1; h <= settings.horizon(); h++) {
        for (int c = 0; c <= classes; c++) {
          for (int r = 0; r < 3; r++) {
            double[] s = new double[Tally.SCORE_FIELDS];
            for (int cc = 0; cc < classes; cc++) {
              if (c == classes || cc == c) {
                int at = tally.score(k, h, cc, r);
                for (int f = 0; f < s.length; f++) {
                  s[f] += tally.scores[at + f];
                }
              }
            }
            String history =
                c == classes ? HistoryClass.ALL : HistoryClass.byIndex(c).label();
            out.add(new ScoreRow(
                kind,
                h,
                history,
                Tally.RECALIBRATIONS[r],
                (long) s[0],
                ratio(s[1], s[0]),
                ratio(s[2], s[0]),
                ratio(s[3], s[0]),
                ratio(s[4], s[0]),
                ratio(s[5], s[6])));
          }
        }
      }
    }
    return out;
  }

  private List<OddsRow> oddsRows() {
    List<OddsRow> out = new ArrayList<>();
    for (int k = 0; k < settings.kinds().size(); k++) {
      String kind = settings.kinds().get(k).id();
      for (int m = 0; m < Tally.MULTIPLES.length; m++) {
        for (int y = 0; y < Tally.YEARS.length; y++) {
          if (Tally.YEARS[y] > settings.horizon()) {
            continue;
          }
          for (int r = 0; r < 3; r++) {
            int at = tally.odds(k, m, y, r);
            double n = tally.odds[at];
            out.add(new OddsRow(
                kind,
                Tally.MULTIPLES[m],
                Tally.YEARS[y],
                Tally.RECALIBRATIONS[r],
                (long) n,
                ratio(tally.odds[at + 1], n),
                ratio(tally.odds[at + 2], n),
                ratio(tally.odds[at + 3], n),
                ratio(tally.odds[at + 4], n)));
          }
        }
      }
    }
    return out;
  }

  private static OptionalDouble ratio(double sum, double n) {
    return n > 0 ? OptionalDouble.of(sum / n) : OptionalDouble.empty();
  }

  private static String num(OptionalDouble v, int decimals) {
    return v.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", v.getAsDouble()) : "";
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
