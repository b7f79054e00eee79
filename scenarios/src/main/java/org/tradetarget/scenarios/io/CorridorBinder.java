package org.tradetarget.scenarios.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.ReadOptions;
import org.tradetarget.core.data.TradeData;
import org.tradetarget.core.data.TradeFiles;
import org.tradetarget.core.data.TradeFormat;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.TradeSource;

/**
 * Binds the {@code corridors} section: each key a corridor id (any two countries, alpha-2 or
 * alpha-3, either order), each value its data, model (over the scenario's default model), target
 * and extra deadlines. A corridor outside the bundled data brings its own trade file ({@code data:
 * {file, basis, format, scale, cif_fob}}, read here on its basis) and its own target. Disabled
 * corridors are left out.
 */
final class CorridorBinder {
  static final Set<String> CORRIDOR =
      Set.of("data", "from", "model", "target", "deadlines", "enabled");
  static final Set<String> TARGET = Set.of("value", "deadline", "source", "quote");
  static final Set<String> DATA = Set.of("file", "format", "basis", "scale", "cif_fob");

  private CorridorBinder() {}

  /**
   * A corridor as bound, with the YAML it came from (for checks across sections).
   *
   * @param spec the corridor
   * @param key the key as written (e.g. {@code KH-VN})
   * @param entry the corridor's entry
   * @param dataFailed whether its data file could not be read (a problem already reported)
   */
  record Bound(CorridorSpec spec, String key, YNode.Entry entry, boolean dataFailed) {
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
      if (c == null) {
        s.problems()
            .at(
                e.getValue().keyOrigin(),
                path,
                "unknown corridor '" + e.getKey() + "'; valid: " + Corridor.validIds()
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
      int before = s.problems().lines().size();
      Data data = data(c, e.getKey(), m, p, e.getValue().keyOrigin(), s);
      boolean failed = s.problems().lines().size() > before;
      out.add(new Bound(corridor(c, m, p, root, dflt, data, s), e.getKey(), e.getValue(), failed));
    }
    if (out.isEmpty() && anyDisabled) {
      s.problems()
          .add(root.origin() + ": corridors: every corridor is disabled; enable at least one");
    }
    return out;
  }

  /** A corridor's data: a seeds-form CSV, a trade file read on a basis, or neither (embedded). */
  private record Data(Optional<Path> seedsForm, Optional<TradeSource> trade) {
    static final Data EMBEDDED = new Data(Optional.empty(), Optional.empty());
  }

  /**
   * Binds {@code data}: {@code embedded} (or absent) for a bundled corridor; a path; or a mapping
   * {@code {file, format, basis, scale, cif_fob}}. A seeds-form CSV ({@link TradeFiles#isSeedsForm})
   * is read later as before; a trade file is read here, through {@code Dataset.read} (parsed once per process), so that each
   * of its problems is reported at the key that names it.
   */
  private static Data data(
      Corridor c, String keyText, YNode.Map m, String p, Origin key, Scalars s) {
    YNode d = m.get("data");
    String dtext = d == null ? null : YNode.text(d);
    if (Scalars.absent(d) || "embedded".equals(dtext)) {
      if (!c.isBundled()) {
        s.problems()
            .at(
                d == null ? key : d.origin(),
                p + "data",
                "missing; " + c.id() + " (" + c.displayName() + ") is not in the bundled data"
                    + " (VN-LA, VN-KH, KH-LA); give its trade file, e.g. data: {file:"
                    + " trade.csv, basis: reporter:" + c.first().id() + "}"
                    + Problems.didYouMean(keyText, ids()));
      }
      return Data.EMBEDDED;
    }
    YNode fileNode;
    YNode.Map dm = null;
    if (d instanceof YNode.Map mm) {
      dm = mm;
      s.checkKeys(dm, p + "data.", DATA);
      fileNode = dm.get("file");
      if (Scalars.absent(fileNode)) {
        s.problem(dm, p + "data.file", "missing; give the trade file (or BACI folder) to read");
        return Data.EMBEDDED;
      }
    } else if (dtext != null) {
      fileNode = d;
    } else {
      s.problem(
          d,
          p + "data",
          d.describe() + " is not allowed; expected 'embedded', a file path or a mapping with keys "
              + String.join(", ", new TreeSet<>(DATA)));
      return Data.EMBEDDED;
    }
    String filePath = p + (dm == null ? "data" : "data.file");
    String ftext = YNode.text(fileNode);
    if (ftext == null) {
      s.problem(fileNode, filePath, fileNode.describe() + " is not allowed; expected a file path");
      return Data.EMBEDDED;
    }
    Path f = TreeResolver.resolvePath(fileNode.origin(), ftext);
    if (!Files.exists(f)) {
      s.problem(
          fileNode,
          filePath,
          "'" + ftext + "' is not a file (looked for " + f + "); expected 'embedded', a CSV path"
              + " or a trade file");
      return Data.EMBEDDED;
    }
    String dp = p + "data.";
    ReadOptions options = ReadOptions.defaults();
    String basisText = null;
    if (dm != null) {
      String fmt = s.string(dm, "format", dp, null);
      if (fmt != null && !fmt.trim().equalsIgnoreCase("auto")) {
        try {
          options = options.withFormat(TradeFormat.of(fmt));
        } catch (InvalidInputException ex) {
          s.problem(dm.get("format"), dp + "format", ex.getMessage());
        }
      }
      String scale = s.string(dm, "scale", dp, null);
      if (scale != null) {
        try {
          options = options.withScale(ReadOptions.Scale.parse(scale));
        } catch (InvalidInputException ex) {
          s.problem(dm.get("scale"), dp + "scale", ex.getMessage());
        }
      }
      OptionalDouble cifFob = s.number(dm, "cif_fob", dp, 1, 2);
      if (cifFob.isPresent()) {
        options = options.withCifFob(cifFob.getAsDouble());
      }
      basisText = s.string(dm, "basis", dp, null);
    }
    if (options.format().isEmpty() && TradeFiles.isSeedsForm(f)) {
      if (dm != null) {
        for (String k : new String[] {"format", "basis", "scale", "cif_fob"}) {
          if (dm.get(k) != null) {
            s.problem(
                dm.get(k),
                dp + k,
                "is only for a downloaded trade file; '" + ftext + "' is a CSV in a form of"
                    + " seeds/ (year,value or the columns of seeds/trade-history.csv)");
          }
        }
      }
      return new Data(Optional.of(f), Optional.empty());
    }
    Basis basis = null;
    if (basisText != null) {
      try {
        basis = Basis.parse(basisText);
      } catch (InvalidInputException ex) {
        s.problem(dm.get("basis"), dp + "basis", ex.getMessage());
        return Data.EMBEDDED;
      }
    }
    TradeData td;
    try {
      td = Dataset.read(f, options);
    } catch (InvalidInputException ex) {
      s.problem(fileNode, filePath, ex.getMessage());
      return Data.EMBEDDED;
    }
    if (td.bases(c).isEmpty()) {
      try {
        td.defaultBasis(c);
      } catch (InvalidInputException ex) {
        s.problems().at(key, p.substring(0, p.length() - 1), ex.getMessage());
      }
      return Data.EMBEDDED;
    }
    Basis used = basis == null ? td.defaultBasis(c) : basis;
    try {
      AnnualSeries series = td.series(c, used);
      Map<Basis, AnnualSeries> byBasis = new LinkedHashMap<>();
      for (Basis b : td.bases(c)) {
        if (b.equals(used)) {
          byBasis.put(b, series);
          continue;
        }
        try {
          byBasis.put(b, td.series(c, b));
        } catch (InvalidInputException zero) {
          // every year 0 on that basis: nothing to compare
        }
      }
      return new Data(
          Optional.empty(),
          Optional.of(new TradeSource(
              f, td.format(), used, series, td.bases(c), options.cifFob(), byBasis)));
    } catch (InvalidInputException ex) {
      YNode at = dm != null && dm.get("basis") != null ? dm.get("basis") : fileNode;
      s.problem(
          at, dm != null && dm.get("basis") != null ? dp + "basis" : filePath, ex.getMessage());
      return Data.EMBEDDED;
    }
  }

  private static CorridorSpec corridor(
      Corridor c,
      YNode.Map m,
      String p,
      YNode.Map root,
      ModelBinder.Model dflt,
      Data data,
      Scalars s) {
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
    String source = "";
    String quote = "";
    YNode.Map t = s.map(m, "target", p);
    if (t != null) {
      s.checkKeys(t, p + "target.", TARGET);
      value = s.positive(t, "value", p + "target.");
      deadline = s.year(t, "deadline", p + "target.");
      source = s.string(t, "source", p + "target.", "");
      quote = s.string(t, "quote", p + "target.", "");
    }
    List<Integer> deadlines = s.years(m, "deadlines", p, "[2028, 2030, 2035]");
    return new CorridorSpec(
        c,
        data.seedsForm(),
        data.trade(),
        from,
        model.kind(),
        model.modelParams(),
        model.rateRequired(),
        value,
        deadline,
        deadlines,
        source,
        quote);
  }
}
