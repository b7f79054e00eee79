package org.tradetarget.scenarios.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradetarget.core.analysis.Pipeline;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * Runs a scenario: fits each corridor ({@link ScenarioPreparer}) and translates the scenario's
 * settings into the core pipeline ({@link Pipeline#simulate}), which simulates them together
 * (correlated shocks, jumps, persistence as the scenario says) and gives one {@link
 * org.tradetarget.core.analysis.OutlookResult} per corridor. The scenario was checked when loaded; only what needs the fit (bootstrap shocks
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
    return run(spec, corridors, threadsOverride, progress, Map.of());
  }

  /**
   * Runs a scenario on prepared corridors, some of whose files are not on disk (see {@link
   * ScenarioRun#of(ScenarioSpec, int, ProgressListener, Map)}).
   */
  static ScenarioResult run(
      ScenarioSpec spec,
      List<PreparedCorridor> corridors,
      int threadsOverride,
      ProgressListener progress,
      Map<Path, String> unsaved) {
    long t0 = System.nanoTime();
    SimulationSettings s = spec.simulation();
    Pipeline.Settings settings = new Pipeline.Settings(
        s.paths(),
        s.seed(),
        threadsOverride > 0 ? threadsOverride : s.threads(),
        s.endYear(),
        s.shocks(),
        s.jumps(),
        s.persistence(),
        s.parameterUncertainty(),
        spec.outputs().quantiles(),
        spec.outputs().bandLevel(),
        spec.outputs().samplePaths(),
        s.recalibration());
    List<Pipeline.Series> series =
        corridors.stream().map(PreparedCorridor::toSeries).toList();
    Pipeline.Result r;
    try {
      r = Pipeline.simulate(series, settings, spec.shockCorrelation(), progress::advanced);
    } catch (Pipeline.SeriesProblem e) {
      throw new InvalidInputException(
          spec.file() + ": corridors." + corridors.get(e.index()).spec().corridor() + ": "
              + e.getMessage(),
          e);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new ScenarioResult(
        spec, corridors, r.attainment(), r.series(), provenance(spec, unsaved), seconds);
  }

  /** Library version, SHA-256 of each scenario file as resolved, seed and data vintage. */
  static Map<String, String> provenance(ScenarioSpec spec, Map<Path, String> unsaved) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(
        "library_version",
        Optional.ofNullable(ScenarioRunner.class.getPackage().getImplementationVersion())
            .orElse("dev"));
    for (Path f : spec.chain()) {
      p.put(
          "sha256:" + f.getFileName(),
          unsaved.containsKey(f)
              ? sha256(unsaved.get(f).getBytes(java.nio.charset.StandardCharsets.UTF_8))
              : sha256(f));
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
