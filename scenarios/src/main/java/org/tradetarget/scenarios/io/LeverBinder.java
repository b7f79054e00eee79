package org.tradetarget.scenarios.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;

/**
 * Binds the {@code levers} section: name → fields. A built-in project's name starts from its
 * built-in values and overrides single fields; any other name defines a new lever and needs
 * corridors, start_year and one of trade_cost_change or direct_effect. A name that is neither is
 * one problem, with a "did you mean" when a built-in name is close.
 */
final class LeverBinder {
  static final Set<String> LEVER = Set.of(
      "corridors",
      "start_year",
      "ramp_years",
      "trade_cost_change",
      "direct_effect",
      "probability",
      "delay_mean_years",
      "basis",
      "enabled");
  /** What a new lever needs, for messages. */
  static final String NEW_LEVER_NEEDS =
      "a new project needs corridors (a list such as [VN-KH]), start_year and"
          + " one of trade_cost_change (a fraction, negative for a cut) or direct_effect (a fraction of trade)";

  private LeverBinder() {}

  /** Binds the levers of {@code root}, enabled ones only, in file order. */
  static List<Lever> bind(YNode.Map root, List<Corridor> scenarioCorridors, Scalars s) {
    YNode.Map m = s.map(root, "levers", "");
    List<Lever> out = new ArrayList<>();
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, YNode.Entry> e : m.entries().entrySet()) {
      Lever l = lever(e.getKey(), e.getValue(), scenarioCorridors, s);
      if (l != null) {
        out.add(l);
      }
    }
    return out;
  }

  private static Lever lever(
      String name, YNode.Entry entry, List<Corridor> scenarioCorridors, Scalars s) {
    String path = "levers." + name;
    String p = path + ".";
    YNode v = entry.value();
    YNode.Map f;
    if (Scalars.absent(v)) {
      f = new YNode.Map(Map.of(), v.origin());
    } else if (v instanceof YNode.Map mm) {
      f = mm;
    } else {
      s.problem(
          v,
          path,
          v.describe()
              + " is not allowed; expected a mapping such as {probability: 0.8} (or {} for a built-in project as it is)");
      return null;
    }
    s.checkKeys(f, p, LEVER);
    if (!s.bool(f, "enabled", p, true)) {
      return null;
    }
    int before = s.problems().lines().size();
    Lever base = builtIn(name);
    if (base == null) {
      List<String> missing = new ArrayList<>();
      for (String required : List.of("corridors", "start_year")) {
        if (f.get(required) == null) {
          missing.add(required);
        }
      }
      if (f.get("trade_cost_change") == null && f.get("direct_effect") == null) {
        missing.add("trade_cost_change or direct_effect");
      }
      if (!missing.isEmpty()) {
        String close = Problems.closest(name, builtInNames());
        s.problems()
            .at(
                entry.keyOrigin(),
                path,
                "not a built-in lever (built-in: " + BuiltInLever.validNames() + ")"
                    + (close == null ? "" : "; did you mean '" + close + "'?")
                    + " As a new project it lacks " + String.join(", ", missing) + "; "
                    + NEW_LEVER_NEEDS);
      }
    }
    List<Corridor> corridors = new ArrayList<>();
    YNode cs = f.get("corridors");
    if (cs instanceof YNode.Seq seq) {
      for (YNode item : seq.items()) {
        Corridor c;
        try {
          c = Corridor.of(YNode.text(item));
        } catch (IllegalArgumentException ex) {
          c = null;
        }
        if (c != null && (c.isBundled() || scenarioCorridors.contains(c))) {
          corridors.add(c);
        } else {
          String text = YNode.text(item);
          s.problem(
              item,
              p + "corridors",
              item.describe() + " is not allowed; expected a corridor of the bundled data (VN-LA,"
                  + " VN-KH, KH-LA, either order) or of this scenario's corridors"
                  + (scenarioCorridors.stream().anyMatch(x -> !x.isBundled())
                      ? " ("
                          + String.join(
                              ", ",
                              scenarioCorridors.stream()
                                  .filter(x -> !x.isBundled())
                                  .map(Corridor::id)
                                  .toList())
                          + ")"
                      : "")
                  + (text == null ? "" : Problems.didYouMean(text, CorridorBinder.ids())));
        }
      }
    } else if (cs != null) {
      s.problem(
          cs, p + "corridors", cs.describe() + " is not allowed; expected a list such as [VN-KH]");
    }
    OptionalInt start = s.year(f, "start_year", p);
    OptionalInt ramp = s.optInt(f, "ramp_years", p, 0, 100);
    OptionalDouble cost = s.number(f, "trade_cost_change", p, -0.999999, 10);
    OptionalDouble direct = s.number(f, "direct_effect", p, -0.999999, 10);
    OptionalDouble prob = s.fraction(f, "probability", p);
    OptionalDouble delay = s.number(f, "delay_mean_years", p, 0, 50);
    String basis = s.string(f, "basis", p, null);
    if (cost.isPresent() && direct.isPresent()) {
      s.problem(
          f.get("direct_effect"),
          p + "direct_effect",
          "give either trade_cost_change or direct_effect, not both");
      return null;
    }
    if (s.problems().lines().size() > before) {
      return null;
    }
    try {
      if (base == null) {
        String b = basis == null ? "defined in " + entry.keyOrigin().file() : basis;
        return cost.isPresent()
            ? Lever.tradeCost(
                name,
                corridors,
                start.getAsInt(),
                ramp.orElse(0),
                cost.getAsDouble(),
                prob.orElse(1),
                delay.orElse(0),
                b)
            : Lever.direct(
                name,
                corridors,
                start.getAsInt(),
                ramp.orElse(0),
                direct.getAsDouble(),
                prob.orElse(1),
                delay.orElse(0),
                b);
      }
      Lever l = base;
      if (!corridors.isEmpty()) {
        l = l.withCorridors(corridors);
      }
      if (start.isPresent()) {
        l = l.withStartYear(start.getAsInt());
      }
      if (ramp.isPresent()) {
        l = l.withRampYears(ramp.getAsInt());
      }
      if (cost.isPresent()) {
        l = l.withTradeCostChange(cost.getAsDouble());
      }
      if (direct.isPresent()) {
        l = l.withDirectEffect(direct.getAsDouble());
      }
      if (prob.isPresent()) {
        l = l.withProbability(prob.getAsDouble());
      }
      if (delay.isPresent()) {
        l = l.withDelayMeanYears(delay.getAsDouble());
      }
      if (basis != null) {
        l = l.withBasis(basis);
      }
      return l;
    } catch (IllegalArgumentException ex) {
      s.problems().at(entry.keyOrigin(), path, ex.getMessage());
      return null;
    }
  }

  private static Lever builtIn(String name) {
    try {
      return BuiltInLever.of(name).lever();
    } catch (IllegalArgumentException notBuiltIn) {
      return null;
    }
  }

  private static Set<String> builtInNames() {
    Set<String> names = new TreeSet<>();
    for (BuiltInLever b : BuiltInLever.values()) {
      names.add(b.lever().name());
    }
    return names;
  }
}
