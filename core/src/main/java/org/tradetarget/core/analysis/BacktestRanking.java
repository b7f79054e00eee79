package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * A ranking of projection kinds by their backtests, best first. Immutable.
 *
 * <p><b>Metric: the mean CRPS of the log-scale predictive distribution</b> ({@code crps_log}, log
 * units, lower is better). The CRPS is a proper score of the whole predictive distribution, so it
 * rewards an accurate point and an honest spread together (a kind cannot gain by narrowing or
 * widening its intervals against its own beliefs); on the log scale it is free of units, so scores
 * of corridors of different size can be averaged.
 *
 * <p><b>Per series</b> ({@link #of}): the kinds are compared on the same forecasts only. A kind is
 * ranked when it was scored at every origin and step, h ≤ H, its backtest allows (no origin
 * skipped); its score is its mean CRPS over all those (origin, h) forecasts, each weighing the same
 * (so longer steps, with larger CRPS, count as often as they occur). A kind with a skipped origin
 * is listed unranked with the count: comparing it on fewer forecasts, or cutting every kind back to
 * the forecasts it managed, would be unfair to one side. Equal scores share a rank.
 *
 * <p><b>Overall</b> ({@link #overall}): a kind's score is the mean of its per-series scores, each
 * series weighing the same, over the series that have a ranking; a kind missing from (or unranked
 * in) one of them is listed unranked.
 *
 * <p><b>Pooled</b> ({@link #pooled}): every (origin, h) forecast of every series weighs the same: a
 * kind's score is the sum of its CRPS over all of them divided by their number, so a series with
 * more origins counts for more. A kind is ranked when it is ranked on every series.
 *
 * @param name what is ranked, e.g. the corridor id, or {@code overall}
 * @param entries one per kind: ranked ones by rank, then unranked ones in input order
 * @param forecasts the number of (origin, h) forecasts each per-series score is a mean over; for
 *     the overall ranking the number of series averaged
 */
public record BacktestRanking(String name, List<Entry> entries, int forecasts) {
  /** The column the ranking is by. */
  public static final String METRIC = "crps_log";

  /** Copies the list. */
  public BacktestRanking {
    entries = List.copyOf(entries);
  }

  /**
   * One kind's place.
   *
   * @param kind the kind
   * @param rank 1 for the best; empty when unranked
   * @param score its mean CRPS (log units); empty when unranked
   * @param note why it is unranked, else empty
   */
  public record Entry(ModelKind kind, OptionalInt rank, OptionalDouble score, String note) {}

  /** Whether any kind is ranked. */
  public boolean hasRanks() {
    return entries.stream().anyMatch(e -> e.rank().isPresent());
  }

  /** Ranks the kinds backtested on one series (all with the same points, H and minTrain). */
  public static BacktestRanking of(String name, List<BacktestResult> results) {
    Map<ModelKind, Double> scores = new LinkedHashMap<>();
    Map<ModelKind, String> notes = new LinkedHashMap<>();
    int possible = 0;
    for (BacktestResult r : results) {
      possible = possibleForecasts(r);
      int scored = 0;
      double sum = 0;
      for (BacktestForecast f : r.forecasts()) {
        double crps = f.crpsLog();
        if (!Double.isNaN(crps)) {
          scored++;
          sum += crps;
        }
      }
      if (scored == possible) {
        scores.put(r.kind(), sum / possible);
      } else if (!r.skipped().isEmpty()) {
        notes.put(
            r.kind(),
            "skipped at " + r.skipped().size() + " of " + r.origins()
                + " origins; only kinds scored at every origin are ranked");
      } else {
        notes.put(r.kind(), "no log-scale predictive distribution for the CRPS");
      }
    }
    return rank(name, scores, notes, possible);
  }

  /** The (origin, h) pairs a backtest can score: Σ over o = minTrain..n−1 of min(H, n − o). */
  static int possibleForecasts(BacktestResult r) {
    int n = r.run().size();
    int count = 0;
    for (int o = r.minTrain(); o <= n - 1; o++) {
      count += Math.min(r.horizon(), n - o);
    }
    return count;
  }

  /** Combines per-series rankings: the mean of each kind's per-series scores. */
  public static BacktestRanking overall(List<BacktestRanking> perSeries) {
    List<ModelKind> kinds = new ArrayList<>();
    List<BacktestRanking> counted =
        perSeries.stream().filter(BacktestRanking::hasRanks).toList();
    for (BacktestRanking r : perSeries) {
      for (Entry e : r.entries()) {
        if (!kinds.contains(e.kind())) {
          kinds.add(e.kind());
        }
      }
    }
    Map<ModelKind, Double> scores = new LinkedHashMap<>();
    Map<ModelKind, String> notes = new LinkedHashMap<>();
    for (ModelKind k : kinds) {
      double sum = 0;
      List<String> missing = new ArrayList<>();
      for (BacktestRanking r : counted) {
        OptionalDouble s = r.entries().stream()
            .filter(e -> e.kind() == k)
            .findFirst()
            .map(Entry::score)
            .orElse(OptionalDouble.empty());
        if (s.isPresent()) {
          sum += s.getAsDouble();
        } else {
          missing.add(r.name());
        }
      }
      if (counted.isEmpty()) {
        notes.put(k, "no series has a ranking");
      } else if (!missing.isEmpty()) {
        notes.put(k, "not ranked on " + String.join(", ", missing));
      } else {
        scores.put(k, sum / counted.size());
      }
    }
    return rank("overall", scores, notes, counted.size());
  }

  /**
   * Ranks the kinds on every forecast of several series together (the name {@code pooled}).
   *
   * @param perSeries per series, the backtests of the kinds (same H and minTrain within a series)
   */
  public static BacktestRanking pooled(List<List<BacktestResult>> perSeries) {
    List<ModelKind> kinds = new ArrayList<>();
    for (List<BacktestResult> rs : perSeries) {
      for (BacktestResult r : rs) {
        if (!kinds.contains(r.kind())) {
          kinds.add(r.kind());
        }
      }
    }
    Map<ModelKind, Double> scores = new LinkedHashMap<>();
    Map<ModelKind, String> notes = new LinkedHashMap<>();
    int total = 0;
    for (List<BacktestResult> rs : perSeries) {
      if (!rs.isEmpty()) {
        total += possibleForecasts(rs.get(0));
      }
    }
    for (ModelKind k : kinds) {
      double sum = 0;
      List<String> missing = new ArrayList<>();
      for (List<BacktestResult> rs : perSeries) {
        BacktestResult r = rs.stream().filter(x -> x.kind() == k).findFirst().orElse(null);
        BacktestRanking one = r == null ? null : of(r.run().name(), List.of(r));
        if (one == null || one.entries().get(0).score().isEmpty()) {
          missing.add(
              r == null ? rs.isEmpty() ? "?" : rs.get(0).run().name() : r.run().name());
          continue;
        }
        sum += one.entries().get(0).score().getAsDouble() * one.forecasts();
      }
      if (!missing.isEmpty()) {
        notes.put(k, "not ranked on " + String.join(", ", missing));
      } else {
        scores.put(k, sum / total);
      }
    }
    return rank("pooled", scores, notes, total);
  }

  private static BacktestRanking rank(
      String name, Map<ModelKind, Double> scores, Map<ModelKind, String> notes, int n) {
    List<Map.Entry<ModelKind, Double>> sorted = new ArrayList<>(scores.entrySet());
    sorted.sort(Comparator.comparingDouble(Map.Entry::getValue));
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<ModelKind, Double> e : sorted) {
      int rank =
          1 + (int) scores.values().stream().filter(v -> v < e.getValue()).count();
      out.add(new Entry(e.getKey(), OptionalInt.of(rank), OptionalDouble.of(e.getValue()), ""));
    }
    notes.forEach(
        (k, why) -> out.add(new Entry(k, OptionalInt.empty(), OptionalDouble.empty(), why)));
    return new BacktestRanking(name, out, n);
  }
}
