package org.tradetarget.scenarios.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tradetarget.core.analysis.Attainment;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.simulate.Correlation;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationResult;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * Runs a scenario: fits each corridor ({@link ScenarioPreparer}), simulates them together
 * (correlated shocks, jumps, persistence as the scenario says), and computes the attainment and the
 * headline numbers. The scenario was checked when loaded; only what needs the fit (bootstrap shocks
 * need residuals) is checked here. The simulation starts at the earliest base year and ends at {@code end_year}
 * (default: the latest deadline); each corridor steps from its own base year.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /** Runs a resolved scenario. */
  public static ScenarioResult run(ScenarioSpec spec) {
    return run(spec, ProgressListener.NONE);
  }

  /** Runs a resolved scenario, telling {@code progress} how far the simulation has got. */
  public static ScenarioResult run(ScenarioSpec spec, ProgressListener progress) {
    return run(spec, ScenarioPreparer.prepare(spec), 0, progress);
  }

  /**
   * Runs a scenario on prepared corridors.
   *
   * @param threadsOverride worker threads to use instead of the scenario's (0 = the scenario's)
   */
  public static ScenarioResult run(
      ScenarioSpec spec, List<PreparedCorridor> corridors, int threadsOverride) {
    return run(spec, corridors, threadsOverride, ProgressListener.NONE);
  }

  /**
   * Runs a scenario on prepared corridors, telling {@code progress} how far the simulation has got.
   *
   * @param threadsOverride worker threads to use instead of the scenario's (0 = the scenario's)
   */
  public static ScenarioResult run(
      ScenarioSpec spec,
      List<PreparedCorridor> corridors,
      int threadsOverride,
      ProgressListener progress) {
    long t0 = System.nanoTime();
    SimulationSettings s = spec.simulation();
    int firstBase =
        corridors.stream().mapToInt(PreparedCorridor::baseYear).min().orElseThrow();
    int lastDeadline = corridors.stream()
        .flatMap(c -> c.deadlines().stream())
        .mapToInt(Integer::intValue)
        .max()
        .orElseThrow();
    int endYear = s.endYear() == 0 ? lastDeadline : s.endYear();
    List<SimulatedSeries> series = new ArrayList<>();
    for (PreparedCorridor c : corridors) {
      SimulatedSeries ss = SimulatedSeries.of(
              c.spec().corridor().id(), c.calibration().projection().simulator())
          .withTarget(c.target().valueUsdMillion(), c.deadline());
      if (s.shocks().model() == ShockModel.BOOTSTRAP) {
        double[] r = c.calibration().residuals();
        if (r.length < 2) {
          throw new InvalidInputException(
              spec.file() + ": corridors." + c.spec().corridor()
                  + ": bootstrap shocks need the fit's residuals, and "
                  + c.calibration().kind().id()
                  + " has " + r.length + "; use shocks: normal");
        }
        ss = ss.withResiduals(r);
      }
      series.add(ss);
    }
    double band = spec.outputs().bandLevel();
    TreeSet<Double> qs = new TreeSet<>(spec.outputs().quantiles());
    qs.add(0.5);
    qs.add(bandQuantile(band, false));
    qs.add(bandQuantile(band, true));
    int threads = threadsOverride > 0
        ? threadsOverride
        : s.threads() > 0 ? s.threads() : Runtime.getRuntime().availableProcessors();
    SimulationSpec sim = SimulationSpec.of(s.paths(), endYear - firstBase)
        .withSeed(s.seed())
        .withThreads(threads)
        .withShocks(s.shocks())
        .withParameterUncertainty(s.parameterUncertainty())
        .withQuantiles(qs.stream().mapToDouble(Double::doubleValue).toArray())
        .withSamplePaths(Math.min(spec.outputs().samplePaths(), s.paths()));
    if (s.jumps().isPresent()) {
      sim = sim.withJumps(s.jumps().get());
    }
    if (s.persistence().isPresent()) {
      sim = sim.withPersistence(s.persistence().getAsDouble());
    }
    Correlation corr = spec.shockCorrelation();
    int horizon = sim.horizon();
    SimulationResult result =
        MonteCarlo.run(series, corr, sim, t -> progress.advanced(t / (double) horizon));
    Attainment att = Attainment.of(result);
    List<CorridorSummary> summaries = new ArrayList<>();
    for (int i = 0; i < corridors.size(); i++) {
      summaries.add(summarise(corridors.get(i), att.series().get(i), band));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new ScenarioResult(spec, corridors, att, summaries, provenance(spec), seconds);
  }

  /**
   * The quantile probability of a central band's end, rounded to 12 decimals so that e.g. the 90 %
   * band's 0.05 is the same double as a listed 0.05 quantile ({@link OutlookResult#bandQuantile}).
   */
  public static double bandQuantile(double bandPercent, boolean upper) {
    return OutlookResult.bandQuantile(bandPercent, upper);
  }

  /** The headline numbers of a corridor, computed in core ({@link OutlookResult}) and copied. */
  static CorridorSummary summarise(PreparedCorridor c, SeriesAttainment a, double band) {
    OutlookResult o = OutlookResult.of(
        a,
        c.baseYear(),
        c.baseValue(),
        c.target().valueUsdMillion(),
        c.deadline(),
        c.deadlineAssumed(),
        c.deadlines(),
        band);
    List<CorridorSummary.DeadlineOdds> odds = new ArrayList<>();
    for (OutlookResult.DeadlineOdds d : o.byDeadline()) {
      odds.add(
          new CorridorSummary.DeadlineOdds(d.deadline(), d.requiredCagr(), d.pMet(), d.pMetSe()));
    }
    return new CorridorSummary(
        c.spec().corridor().id(),
        o.target(),
        o.deadline(),
        o.deadlineAssumed(),
        o.baseYear(),
        o.baseValue(),
        o.median(),
        o.bandLow(),
        o.bandHigh(),
        o.bandLevel(),
        o.pMet(),
        o.pMetSe(),
        o.pAtDeadline(),
        o.medianFirstYear(),
        o.requiredCagr(),
        o.assumedCagr(),
        odds);
  }

  /** Library version, SHA-256 of each scenario file as resolved, seed and data vintage. */
  static Map<String, String> provenance(ScenarioSpec spec) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(
        "library_version",
        Optional.ofNullable(ScenarioRunner.class.getPackage().getImplementationVersion())
            .orElse("dev"));
    for (Path f : spec.chain()) {
      p.put("sha256:" + f.getFileName(), sha256(f));
    }
    p.put("seed", Long.toString(spec.simulation().seed()));
    p.put("paths", Integer.toString(spec.simulation().paths()));
    p.put(
        "data_vintage",
        "seeds trade-history.csv sha256 "
            + sha256(Dataset.embeddedFile("trade-history.csv")).substring(0, 16)
            + ", targets.csv sha256 "
            + sha256(Dataset.embeddedFile("targets.csv")).substring(0, 16));
    return p;
  }

  private static String sha256(Path f) {
    try {
      return sha256(Files.readAllBytes(f));
    } catch (IOException e) {
      throw new InvalidInputException(f + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
