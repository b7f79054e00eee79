package org.tradetarget.scenarios.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.data.Corridor;

/**
 * One corridor of a scenario.
 *
 * @param corridor the corridor
 * @param data the trade data file (year,value or full form), or empty for the embedded default series
 * @param from the first year to fit from (within the kind's consecutive run), or empty for all
 * @param model the projection kind's name
 * @param params the kind's parameters as name → text
 * @param targetValue the target in US$ million, or empty for the announced target
 * @param deadline the deadline year, or empty for the sourced one (else the assumed deadline)
 * @param deadlines further deadlines to compare (required growth and odds by each)
 */
public record CorridorSpec(
    Corridor corridor,
    Optional<Path> data,
    OptionalInt from,
    String model,
    Map<String, String> params,
    OptionalDouble targetValue,
    OptionalInt deadline,
    List<Integer> deadlines) {
  /** Validates the values. */
  public CorridorSpec {
    Objects.requireNonNull(corridor, "corridor");
    Objects.requireNonNull(model, "model");
    params = Map.copyOf(params);
    deadlines = List.copyOf(deadlines);
    if (targetValue.isPresent() && !(targetValue.getAsDouble() > 0)) {
      throw new IllegalArgumentException("target value must be > 0 (US$ million), got " + targetValue.getAsDouble());
    }
  }
}
