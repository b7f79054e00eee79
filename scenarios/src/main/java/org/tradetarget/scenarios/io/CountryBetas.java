package org.tradetarget.scenarios.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tradetarget.core.data.Country;

/**
 * Gravity's income elasticities keyed by country, {@code params: {beta: {TH: 1.0, LA: 0.8}}}: each
 * becomes the parameter {@code beta_<alpha-2 in lower case>} ({@code beta_th}), the name the command
 * line and the older {@code beta_vn} form use.
 */
final class CountryBetas {
  private CountryBetas() {}

  static Map<String, String> bind(YNode v, String where, Scalars s) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!(v instanceof YNode.Map m)) {
      s.problem(
          v,
          where,
          v.describe() + " is not allowed; expected a mapping of country to elasticity, e.g."
              + " {TH: 1.0, LA: 0.8}");
      return out;
    }
    for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
      Country c;
      try {
        c = Country.of(e.getKey());
      } catch (IllegalArgumentException ex) {
        s.problems().at(e.getValue().keyOrigin(), where + "." + e.getKey(), ex.getMessage());
        continue;
      }
      String text = YNode.text(e.getValue().value());
      if (text == null) {
        s.problem(
            e.getValue().value(),
            where + "." + e.getKey(),
            e.getValue().value().describe() + " is not allowed; expected a number from -10 to 10");
        continue;
      }
      out.put("beta_" + c.id().toLowerCase(Locale.ROOT), text);
    }
    return out;
  }
}
