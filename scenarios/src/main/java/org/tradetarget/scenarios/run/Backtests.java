package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradetarget.core.analysis.Backtest;
import org.tradetarget.core.analysis.BacktestRanking;
import org.tradetarget.core.analysis.BacktestResult;
import org.tradetarget.core.analysis.HorizonScore;
import org.tradetarget.core.analysis.PairedTest;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.evidence.PanelSettings;

/**
 * Rolling-origin backtests of model kinds on one series or several ({@link Backtest}), with the
 * ranking of the kinds by mean CRPS and the paired test of the best two ({@link BacktestRanking},
 * {@link PairedTest}); what {@code tradetarget backtest} computes.
 */
public final class Backtests {
  private Backtests() {}

  /** One series' backtests with their ranking and the test of its best two kinds. */
  public record Backtested(
      String id,
      AnnualSeries series,
      List<BacktestResult> results,
      BacktestRanking ranking,
      Optional<PairedTest> test) {}

  /**
   * Several series backtested: those long enough, the reasons the others were not, the overall
   * ranking (each series weighs the same), and every origin of every series scored together.
   *
   * @param skipped {@code id: reason} per series left out
   * @param pooled the pooled scores per kind, in the kinds' order
   * @param origins the origins of all series backtested
   */
  public record Several(
      List<Backtested> done,
      List<String> skipped,
      BacktestRanking overall,
      BacktestRanking pooledRanking,
      Optional<PairedTest> pooledTest,
      Map<ModelKind, List<HorizonScore>> pooled,
      int origins) {}

  /**
   * Parses a list of kinds {@code k1,k2,..}: known kind names, no empty item, no repeats.
   *
   * @throws InvalidSetting naming {@code models}, the bad item and the valid kinds
   */
  public static List<ModelKind> kinds(String text) {
    List<ModelKind> kinds = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      String name = item.trim();
      if (name.isEmpty()) {
        throw new InvalidSetting(
            "models",
            "'" + text + "' has an empty name; expected kinds separated by commas; valid: "
                + ModelKind.validNames());
      }
      ModelKind k;
      try {
        k = ModelKind.of(name);
      } catch (InvalidInputException e) {
        throw new InvalidSetting("models", e.getMessage());
      }
      if (kinds.contains(k)) {
        throw new InvalidSetting("models", k.id() + " is given twice in '" + text + "'");
      }
      kinds.add(k);
    }
    return kinds;
  }

  /**
   * Runs the panel backtest, its provenance naming the library version and the command line.
   *
   * @param format auto, cow, long or baci
   * @param level total, hs2, hs4 or hs6 (a BACI release's product level)
   * @param commandLine the arguments as given, after {@code tradetarget}
   */
  public static org.tradetarget.core.evidence.PanelBacktestResult panel(
      java.nio.file.Path path,
      String format,
      String level,
      PanelSettings settings,
      String version,
      List<String> commandLine) {
    return org.tradetarget.core.evidence.PanelBacktest.run(
        path,
        org.tradetarget.core.evidence.PanelFormat.of(format),
        org.tradetarget.core.evidence.PanelLevel.of(level),
        settings,
        List.of(
            "version: tradetarget " + version,
            "command: tradetarget " + String.join(" ", commandLine)));
  }

  /**
   * The settings of a panel backtest: the defaults with the options given (null where not given).
   *
   * @param origins {@code FROM:TO}, the origins' range, or null
   * @param threads worker threads (at least 1)
   */
  public static PanelSettings panelSettings(
      String models, Integer horizon, Integer minTrain, String origins, int threads) {
    PanelSettings s = PanelSettings.defaults().withThreads(threads);
    if (models != null) {
      s = s.withKinds(kinds(models));
    }
    if (horizon != null) {
      s = s.withHorizon(horizon);
    }
    if (minTrain != null) {
      s = s.withMinTrain(minTrain);
    }
    if (origins != null) {
      int[] r = origins(origins);
      s = s.withOrigins(r[0], r[1]);
    }
    return s;
  }

  /** Backtests one series (checked beforehand with {@link Backtest#check}). */
  public static Backtested one(
      String id, AnnualSeries series, List<ModelKind> kinds, int horizon, int minTrain) {
    List<BacktestResult> results = Backtest.run(series, kinds, horizon, minTrain);
    BacktestRanking ranking = BacktestRanking.of(series.name(), results);
    return new Backtested(
        id, series, results, ranking, PairedTest.ofBestTwo(ranking, List.of(results)));
  }

  /**
   * Backtests each series long enough for the horizon and minimum training length.
   *
   * @param setting the setting that named the series, for the problem when none is long enough
   * @throws InvalidSetting when no series is long enough, with each one's reason
   */
  public static Several several(
      List<String> ids,
      List<AnnualSeries> all,
      List<ModelKind> kinds,
      int horizon,
      int minTrain,
      String setting) {
    List<Backtested> done = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      try {
        Backtest.check(all.get(i), horizon, minTrain);
      } catch (InvalidInputException e) {
        skipped.add(ids.get(i) + ": " + e.getMessage());
        continue;
      }
      done.add(one(ids.get(i), all.get(i), kinds, horizon, minTrain));
    }
    if (done.isEmpty()) {
      throw new InvalidSetting(
          setting,
          "no corridor is long enough for --horizon " + horizon + " and --min-train " + minTrain
              + " (" + String.join("; ", skipped) + ")");
    }
    List<List<BacktestResult>> perSeries =
        done.stream().map(Backtested::results).toList();
    BacktestRanking pooledRanking = BacktestRanking.pooled(perSeries);
    Map<ModelKind, List<HorizonScore>> pooled = new LinkedHashMap<>();
    for (int k = 0; k < kinds.size(); k++) {
      int index = k;
      pooled.put(
          kinds.get(k),
          Backtest.pooled(perSeries.stream().map(rs -> rs.get(index)).toList()));
    }
    int origins = 0;
    for (Backtested b : done) {
      origins += b.results().get(0).origins();
    }
    return new Several(
        done,
        skipped,
        BacktestRanking.overall(done.stream().map(Backtested::ranking).toList()),
        pooledRanking,
        PairedTest.ofBestTwo(pooledRanking, perSeries),
        pooled,
        origins);
  }

  /**
   * Parses a panel backtest's origin years, {@code FROM:TO} (whole years, FROM at most TO).
   *
   * @throws InvalidSetting naming {@code origins}, the bad text and what is allowed
   */
  public static int[] origins(String text) {
    String[] p = text.split(":", -1);
    try {
      if (p.length == 2) {
        int a = Integer.parseInt(p[0].trim());
        int b = Integer.parseInt(p[1].trim());
        if (a <= b) {
          return new int[] {a, b};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSetting(
        "origins",
        "'" + text
            + "' is not allowed; expected FROM:TO, two years with FROM <= TO, e.g. 1950:2000");
  }
}
