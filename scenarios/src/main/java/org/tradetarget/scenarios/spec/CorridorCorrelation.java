package org.tradetarget.scenarios.spec;

import java.util.Objects;
import org.tradetarget.core.data.Corridor;

/**
 * The correlation of two corridors' standardised yearly shocks, as a scenario states it (one pair
 * per entry of {@code simulation.correlation}). The simulator takes the full matrix, {@link
 * ScenarioSpec#shockCorrelation()}.
 *
 * @param a one corridor
 * @param b the other corridor, different from {@code a}
 * @param rho the correlation, in (−1, 1)
 */
public record CorridorCorrelation(Corridor a, Corridor b, double rho) {
  /** Validates the values. */
  public CorridorCorrelation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "a corridor's correlation with itself is 1; name two different corridors");
    }
    if (!(rho > -1 && rho < 1)) {
      throw new IllegalArgumentException(
          "correlation " + rho + " of " + a + " and " + b + " must be in (-1, 1)");
    }
  }

  @Override
  public String toString() {
    return a + ", " + b + ": " + rho;
  }
}
