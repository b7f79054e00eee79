package org.tradetarget.scenarios.run;

import java.util.List;
import java.util.Map;
import org.tradetarget.core.analysis.Attainment;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * Everything a report needs about one run: the resolved scenario, the fitted corridors, the
 * simulated attainment and the provenance.
 *
 * @param spec the resolved scenario
 * @param corridors the fitted corridors, in scenario order
 * @param attainment the Monte Carlo results, one series per corridor in the same order
 * @param summaries the outlook (headline numbers) per corridor, in the same order
 * @param provenance library version, SHA-256 of each scenario file as resolved, seed, data vintage
 * @param seconds the wall time of the run
 */
public record ScenarioResult(
    ScenarioSpec spec,
    List<PreparedCorridor> corridors,
    Attainment attainment,
    List<OutlookResult> summaries,
    Map<String, String> provenance,
    double seconds) {
  /** Copies the collections. */
  public ScenarioResult {
    corridors = List.copyOf(corridors);
    summaries = List.copyOf(summaries);
    provenance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
  }

  /** The attainment of corridor i. */
  public SeriesAttainment series(int i) {
    return attainment.series().get(i);
  }
}
