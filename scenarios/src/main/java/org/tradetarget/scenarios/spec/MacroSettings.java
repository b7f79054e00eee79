package org.tradetarget.scenarios.spec;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.levers.MacroPaths;

/**
 * A scenario's macro paths: the embedded ones or a macro file's ({@code file}), and its changes to
 * them (GDP growth by country). Rates are fractions a year; every value is optional and empty means
 * "as embedded" (or as the file gives).
 *
 * @param inflation the assumed US$ inflation for the nominal conversion
 * @param growthSd the sd of yearly real GDP growth shocks, every country
 * @param correlation the correlation of the countries' growth shocks, in [0, 1]
 * @param growthShift a change of real GDP growth for every country and forward year (−0.01 = one
 *     point slower)
 * @param countries per-country changes
 * @param file the macro file the paths come from instead of the embedded ones, if any
 */
public record MacroSettings(
    OptionalDouble inflation,
    OptionalDouble growthSd,
    OptionalDouble correlation,
    OptionalDouble growthShift,
    Map<Country, CountryMacro> countries,
    Optional<MacroFile> file) {
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
    Objects.requireNonNull(file, "file");
  }

  /** Changes to the embedded paths, no macro file. */
  public MacroSettings(
      OptionalDouble inflation,
      OptionalDouble growthSd,
      OptionalDouble correlation,
      OptionalDouble growthShift,
      Map<Country, CountryMacro> countries) {
    this(inflation, growthSd, correlation, growthShift, countries, Optional.empty());
  }

  /** The unchanged paths: the macro file's, else the embedded ones. */
  public MacroPaths base() {
    return file.map(MacroFile::paths).orElseGet(MacroPaths::embedded);
  }

  /**
   * A macro file read when the scenario was loaded ({@code macro: {file: ..., format: ...,
   * indicator: ...}}).
   *
   * @param path the file, resolved against the scenario file that names it
   * @param label the format and indicator read and the file, e.g. {@code WDI NY.GDP.MKTP.KD.ZG
   *     from gdp.csv}
   * @param paths the GDP paths of every country the file covers
   */
  public record MacroFile(java.nio.file.Path path, String label, MacroPaths paths) {}

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
