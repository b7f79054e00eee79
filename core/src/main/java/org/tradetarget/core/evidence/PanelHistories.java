package org.tradetarget.core.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;

/**
 * The series of a panel file held in memory, to look up a pair's history: {@link PanelReader}'s
 * runs by series id, where a COW pair is named by its ISO alpha-2 codes. Two-way trade does not
 * depend on the order of the pair, so {@code VN-LA} finds the series {@code LA-VN}. Immutable.
 */
public final class PanelHistories {
  private final PanelSource source;
  private final Map<String, List<AnnualSeries>> runs;

  private PanelHistories(PanelSource source, Map<String, List<AnnualSeries>> runs) {
    this.source = source;
    this.runs = runs;
  }

  /**
   * Reads every series of a panel file.
   *
   * @throws org.tradetarget.core.data.InvalidInputException as {@link PanelReader#read}
   */
  public static PanelHistories read(Path file, PanelFormat format) {
    Map<String, List<AnnualSeries>> m = new HashMap<>();
    PanelSource src = PanelReader.read(
        file, format, s -> m.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s.run()));
    m.replaceAll((k, v) -> List.copyOf(v));
    return new PanelHistories(src, Map.copyOf(m));
  }

  /** The file read: name, SHA-256, format, counts and years. */
  public PanelSource source() {
    return source;
  }

  /** The series id of a corridor in the panel ({@code VN-LA} or {@code LA-VN}), if it has one. */
  public Optional<String> idOf(Corridor corridor) {
    String ab = corridor.first().id() + "-" + corridor.second().id();
    String ba = corridor.second().id() + "-" + corridor.first().id();
    return runs.containsKey(ab)
        ? Optional.of(ab)
        : runs.containsKey(ba) ? Optional.of(ba) : Optional.empty();
  }

  /**
   * The corridor's consecutive run of positive values that holds {@code year}, cut at that year
   * (never joined across a gap), or empty when the panel has no value for the pair in that year.
   */
  public Optional<AnnualSeries> runUpTo(Corridor corridor, int year) {
    for (AnnualSeries r : idOf(corridor).map(runs::get).orElse(List.of())) {
      if (r.firstYear() <= year && r.lastYear() >= year) {
        return Optional.of(r.between(r.firstYear(), year));
      }
    }
    return Optional.empty();
  }

  /** The last year with a value for the corridor, if the panel has the pair. */
  public Optional<Integer> lastYear(Corridor corridor) {
    return idOf(corridor)
        .map(runs::get)
        .map(l -> l.stream().mapToInt(AnnualSeries::lastYear).max().orElseThrow());
  }
}
