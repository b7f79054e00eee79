package org.tradetarget.scenarios.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.scenarios.spec.MacroSettings;

/**
 * Binds the {@code macro} section: a macro file instead of the embedded GDP paths ({@link
 * MacroFileBinder}) and changes to the paths, overall and per country.
 */
final class MacroBinder {
  static final Set<String> MACRO = Set.of(
      "inflation",
      "growth_sd",
      "correlation",
      "growth_shift",
      "countries",
      "file",
      "format",
      "indicator");
  static final Set<String> COUNTRY_MACRO = Set.of("medium_term_rate", "growth_shift", "growth_sd");

  private MacroBinder() {}

  /** Binds the section of {@code root}, {@link MacroSettings#NONE} when absent. */
  static MacroSettings bind(YNode.Map root, Scalars s) {
    YNode.Map m = s.map(root, "macro", "");
    if (m == null) {
      return MacroSettings.NONE;
    }
    String p = "macro.";
    s.checkKeys(m, p, MACRO);
    OptionalDouble inflation = s.number(m, "inflation", p, -0.5, 1);
    OptionalDouble sd = s.number(m, "growth_sd", p, 0, 0.5);
    OptionalDouble corr = s.fraction(m, "correlation", p);
    OptionalDouble shift = s.number(m, "growth_shift", p, -0.5, 0.5);
    Optional<MacroSettings.MacroFile> file = MacroFileBinder.bind(m, s);
    Map<Country, MacroSettings.CountryMacro> countries = new LinkedHashMap<>();
    YNode.Map cs = s.map(m, "countries", p);
    if (cs != null) {
      for (Map.Entry<String, YNode.Entry> e : cs.entries().entrySet()) {
        Country c;
        List<Country> covered = MacroPaths.embedded().countries();
        try {
          c = Country.of(e.getKey());
        } catch (IllegalArgumentException ex) {
          c = null;
        }
        if (c == null || (file.isEmpty() && !covered.contains(c))) {
          List<String> ids = covered.stream().map(Country::id).toList();
          s.problems()
              .at(
                  e.getValue().keyOrigin(),
                  p + "countries." + e.getKey(),
                  "unknown country"
                      + (c == null ? "" : " for the macro data") + "; valid: "
                      + String.join(", ", ids)
                      + Problems.didYouMean(e.getKey(), ids));
          continue;
        }
        String cp = p + "countries." + e.getKey() + ".";
        YNode v = e.getValue().value();
        if (!(v instanceof YNode.Map cm)) {
          s.problem(
              v,
              cp.substring(0, cp.length() - 1),
              v.describe() + " is not allowed; expected a mapping");
          continue;
        }
        s.checkKeys(cm, cp, COUNTRY_MACRO);
        countries.put(
            c,
            new MacroSettings.CountryMacro(
                s.number(cm, "medium_term_rate", cp, -0.5, 0.5),
                s.number(cm, "growth_shift", cp, -0.5, 0.5),
                s.number(cm, "growth_sd", cp, 0, 0.5)));
      }
    }
    return new MacroSettings(inflation, sd, corr, shift, countries, file);
  }
}
