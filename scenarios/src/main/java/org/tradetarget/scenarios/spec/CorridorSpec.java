package org.tradetarget.scenarios.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.Corridor;

/**
 * One corridor of a scenario.
 *
 * @param corridor the corridor
 * @param data the trade data file in a form of {@code seeds/} (year,value or full form), or empty
 * @param trade the series read from a downloaded trade file (Comtrade, IMF, BACI) on a basis, or
 *     empty; with neither {@code data} nor {@code trade} the embedded default series is used
 * @param from the first year to fit from (within the kind's consecutive run), or empty for all
 * @param model the projection kind
 * @param params the kind's parameters (names checked against the kind; without {@code rate} when
 *     {@code rateRequired})
 * @param rateRequired whether {@code constant-growth}'s rate is the growth that takes the base to the
 *     target by the deadline ({@code rate: required}); only allowed for that kind
 * @param targetValue the target in US$ million, or empty for the announced target
 * @param deadline the deadline year, or empty for the sourced one (else the assumed deadline)
 * @param deadlines further deadlines to compare (required growth and odds by each)
 * @param targetSource who announced the scenario's own target, when and where (empty: none given)
 * @param targetQuote a verbatim quote stating the scenario's own target (empty: none given)
 */
public record CorridorSpec(
    Corridor corridor,
    Optional<Path> data,
    Optional<TradeSource> trade,
    OptionalInt from,
    ModelKind model,
    ModelParams params,
    boolean rateRequired,
    OptionalDouble targetValue,
    OptionalInt deadline,
    List<Integer> deadlines,
    String targetSource,
    String targetQuote) {
  /** Validates the values. */
  public CorridorSpec {
    Objects.requireNonNull(corridor, "corridor");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(trade, "trade");
    if (data.isPresent() && trade.isPresent()) {
      throw new IllegalArgumentException(
          "a corridor takes either a seeds-form file or a trade file");
    }
    targetSource = targetSource == null ? "" : targetSource;
    targetQuote = targetQuote == null ? "" : targetQuote;
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(params, "params");
    deadlines = List.copyOf(deadlines);
    if (rateRequired && model != ModelKind.CONSTANT_GROWTH) {
      throw new IllegalArgumentException(
          "rate: required is only allowed for constant-growth, not " + model.id());
    }
    if (targetValue.isPresent() && !(targetValue.getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "target value must be > 0 (US$ million), got " + targetValue.getAsDouble());
    }
  }

  /** A copy fitted with another kind and parameters (without {@code rate: required}). */
  public CorridorSpec withModel(ModelKind newModel, ModelParams newParams) {
    return new CorridorSpec(
        corridor,
        data,
        trade,
        from,
        newModel,
        newParams,
        false,
        targetValue,
        deadline,
        deadlines,
        targetSource,
        targetQuote);
  }
}
