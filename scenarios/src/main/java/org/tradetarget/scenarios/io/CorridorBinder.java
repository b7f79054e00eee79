package org.tradetarget.scenarios.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.scenarios.spec.CorridorSpec;

/**
 * Binds the {@code corridors} section: each key a corridor id, each value its data, model (over the
 * scenario's default model), target and extra deadlines. Disabled corridors are left out.
 */
final class CorridorBinder {
  static final Set<String> CORRIDOR =
      Set.of("data", "from", "model", "target", "deadlines", "enabled");
  static final Set<String> TARGET = Set.of("value", "deadline");

  private CorridorBinder() {}

  /**
   * A corridor as bound, with the YAML it came from (for checks across sections).
   *
   * @param spec the corridor
   * @param key the key as written (e.g. {@code KH-VN})
   * @param entry the corridor's entry
   */
  record Bound(CorridorSpec spec, String key, YNode.Entry entry) {
    /** The value at a path inside the corridor's mapping, or null. */
    YNode at(String... path) {
      return entry.value() instanceof YNode.Map m ? m.at(List.of(path)) : null;
    }
  }

  /** The valid ids, both orders, for "did you mean". */
  static Set<String> ids() {
    Set<String> ids = new TreeSet<>();
    for (Corridor c : Corridor.all()) {
      ids.add(c.id());
      ids.add(c.second().name() + "-" + c.first().name());
    }
    return ids;
  }

  /** Binds the corridors of {@code root}, each over {@code dflt}. */
  static List<Bound> bind(YNode.Map root, ModelBinder.Model dflt, Scalars s) {
    List<Bound> out = new ArrayList<>();
    YNode.Map cs = s.map(root, "corridors", "");
    if (cs == null) {
      if (root.get("corridors") == null || Scalars.absent(root.get("corridors"))) {
        s.problems()
            .add(root.origin()
                + ": corridors: missing; list at least one corridor, e.g. corridors: {VN-KH: {}}");
      }
      return out;
    }
    if (cs.entries().isEmpty()) {
      s.problems().add(cs.origin() + ": corridors: empty; list at least one corridor");
      return out;
    }
    boolean anyDisabled = false;
    for (Map.Entry<String, YNode.Entry> e : cs.entries().entrySet()) {
      String path = "corridors." + e.getKey();
      Corridor c;
      try {
        c = Corridor.of(e.getKey());
      } catch (IllegalArgumentException ex) {
        c = null;
      }
      if (c == null || !c.isBundled()) {
        // scenario files name the bundled corridors only, until a corridor can bring its own data
        s.problems()
            .at(
                e.getValue().keyOrigin(),
                path,
                "unknown corridor '" + e.getKey() + "'; valid: VN-LA, VN-KH, KH-LA (either order)"
                    + Problems.didYouMean(e.getKey(), ids()));
        continue;
      }
      Corridor corridor = c;
      YNode v = e.getValue().value();
      YNode.Map m;
      if (Scalars.absent(v)) {
        m = new YNode.Map(Map.of(), v.origin());
      } else if (v instanceof YNode.Map mm) {
        m = mm;
      } else {
        s.problem(
            v,
            path,
            v.describe() + " is not allowed; expected a mapping with keys "
                + String.join(", ", new TreeSet<>(CORRIDOR)));
        continue;
      }
      String p = path + ".";
      s.checkKeys(m, p, CORRIDOR);
      if (!s.bool(m, "enabled", p, true)) {
        anyDisabled = true;
        continue;
      }
      if (out.stream().anyMatch(x -> x.spec().corridor().equals(corridor))) {
        s.problems()
            .at(
                e.getValue().keyOrigin(),
                p,
                "corridor " + c + " is listed twice (e.g. as " + c + " and reversed)");
        continue;
      }
      out.add(new Bound(corridor(c, m, p, root, dflt, s), e.getKey(), e.getValue()));
    }
    if (out.isEmpty() && anyDisabled) {
      s.problems()
          .add(root.origin() + ": corridors: every corridor is disabled; enable at least one");
    }
    return out;
  }

  private static CorridorSpec corridor(
      Corridor c, YNode.Map m, String p, YNode.Map root, ModelBinder.Model dflt, Scalars s) {
    Optional<Path> data = Optional.empty();
    YNode d = m.get("data");
    String dtext = d == null ? null : YNode.text(d);
    if (d != null && dtext == null && !(d instanceof YNode.Scalar)) {
      s.problem(d, p + "data", d.describe() + " is not allowed; expected 'embedded' or a CSV path");
    } else if (dtext != null && !dtext.equals("embedded")) {
      Path f = TreeResolver.resolvePath(d.origin(), dtext);
      if (!Files.isRegularFile(f)) {
        s.problem(
            d,
            p + "data",
            "'" + dtext + "' is not a file (looked for " + f
                + "); expected 'embedded' or a CSV path");
      }
      data = Optional.of(f);
    }
    OptionalInt from = s.year(m, "from", p);
    YNode.Map cm = s.map(m, "model", p);
    ModelBinder.Model model =
        cm == null ? dflt : ModelBinder.read(cm, p + "model.", dflt.kind(), s).over(dflt);
    YNode top = root.get("model");
    if (cm != null) {
      ModelBinder.checkRequired(model, cm, p + "model.", s);
    } else if (top instanceof YNode.Map) {
      ModelBinder.checkRequired(model, top, "model.", s);
    } else {
      ModelBinder.checkRequired(model, m, p + "model.", s);
    }
    if (from.isEmpty()) {
      from = model.from();
    }
    OptionalDouble value = OptionalDouble.empty();
    OptionalInt deadline = OptionalInt.empty();
    YNode.Map t = s.map(m, "target", p);
    if (t != null) {
      s.checkKeys(t, p + "target.", TARGET);
      value = s.positive(t, "value", p + "target.");
      deadline = s.year(t, "deadline", p + "target.");
    }
    List<Integer> deadlines = s.years(m, "deadlines", p, "[2028, 2030, 2035]");
    return new CorridorSpec(
        c,
        data,
        from,
        model.kind(),
        model.modelParams(),
        model.rateRequired(),
        value,
        deadline,
        deadlines);
  }
}
