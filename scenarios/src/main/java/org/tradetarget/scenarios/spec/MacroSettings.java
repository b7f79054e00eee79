package org.tradetarget.scenarios.spec;

import java.util.Map;
import java.util.OptionalDouble;
import org.tradetarget.core.data.Country;

/**
 * A scenario's changes to the embedded macro paths (GDP growth by country). Rates are fractions a
 * year; every value is optional and empty means "as embedded".
 *
 * @param inflation the assumed US$ inflation for the nominal conversion
 * @param growthSd the sd of yearly real GDP growth shocks, every country
 * @param correlation the correlation of the countries' growth shocks, in [0, 1]
 * @param growthShift a change of real GDP growth for every country and forward year (−0.01 = one
 *     point slower)
 * @param countries per-country changes
 */
public record MacroSettings(
    OptionalDouble inflation,
    OptionalDouble growthSd,
    OptionalDouble correlation,
    OptionalDouble growthShift,
    Map<Country, CountryMacro> countries) {
  /** No change. */
  public static final MacroSettings NONE = new MacroSettings(
      OptionalDouble.empty(),
      OptionalDouble.empty(),
      OptionalDouble.empty(),
      OptionalDouble.empty(),
      Map.of());

  /** Copies the map. */
  public MacroSettings {
    countries = Map.copyOf(countries);
  }

  /** Whether anything changes GDP growth (what non-gravity kinds respond to). */
  public boolean shiftsGrowth() {
    return growthShift.isPresent()
        || countries.values().stream()
            .anyMatch(c -> c.growthShift().isPresent() || c.mediumTermRate().isPresent());
  }

  /**
   * One country's changes.
   *
   * @param mediumTermRate the real growth rate held from the last sourced forecast year on
   * @param growthShift a change of real growth in every forward year
   * @param growthSd the sd of its yearly growth shocks
   */
  public record CountryMacro(
      OptionalDouble mediumTermRate, OptionalDouble growthShift, OptionalDouble growthSd) {}
}
