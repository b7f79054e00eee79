package org.tradetarget.scenarios.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.spec.CorridorCorrelation;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * Binds the {@code simulation} section: paths, seed, end year, threads, the shock distribution
 * ({@link Shocks}), crisis jumps ({@link CrisisJumps}), persistence, parameter uncertainty and the
 * corridors' shock correlations, which together must form a correlation matrix.
 */
final class SimulationBinder {
  static final Set<String> SIMULATION = Set.of(
      "paths",
      "seed",
      "end_year",
      "threads",
      "shocks",
      "jumps",
      "persistence",
      "parameter_uncertainty",
      "correlation",
      "recalibration");
  static final Set<String> SHOCKS = Set.of("type", "df");
  static final Set<String> JUMPS = Set.of("probability", "mean", "sd");
  private static final String P = "simulation.";

  private SimulationBinder() {}

  /** Binds the section of {@code root} (defaults when absent); correlations name {@code corridors}. */
  static SimulationSettings bind(YNode.Map root, List<CorridorSpec> corridors, Scalars s) {
    YNode.Map m = s.map(root, "simulation", "");
    if (m == null) {
      m = new YNode.Map(Map.of(), root.origin());
    }
    s.checkKeys(m, P, SIMULATION);
    int paths = s.integer(m, "paths", P, SimulationSpec.DEFAULT_PATHS, 1, SimulationSpec.MAX_PATHS);
    long seed = s.integer(
        m,
        "seed",
        P,
        Math.toIntExact(SimulationSpec.DEFAULT_SEED),
        Integer.MIN_VALUE,
        Integer.MAX_VALUE);
    int endYear = s.integer(m, "end_year", P, 0, Scalars.FIRST_YEAR, Scalars.LAST_YEAR);
    int threads = s.integer(m, "threads", P, 0, 0, 1024);
    Shocks shocks = shocks(m.get("shocks"), s);
    Optional<CrisisJumps> jumps = jumps(m, s);
    OptionalDouble persistence = s.fraction(m, "persistence", P);
    boolean pu = s.bool(m, "parameter_uncertainty", P, true);
    List<CorridorCorrelation> corr = correlation(m, corridors, s);
    Recalibration recal = recalibration(m.get("recalibration"), s);
    return new SimulationSettings(
        paths, seed, endYear, threads, shocks, jumps, persistence, pu, corr, recal);
  }

  /** The recalibration named: bundled (the default), none, or a file written by backtest. */
  private static Recalibration recalibration(YNode node, Scalars s) {
    if (Scalars.absent(node)) {
      return Recalibration.bundled();
    }
    String path = P + "recalibration";
    String text = YNode.text(node);
    if (text == null) {
      s.problem(node, path, node.describe() + " is not allowed; expected bundled, none or a file");
      return Recalibration.bundled();
    }
    if (text.equals("bundled")) {
      return Recalibration.bundled();
    }
    if (text.equals("none")) {
      return Recalibration.none();
    }
    java.nio.file.Path f = TreeResolver.resolvePath(node.origin(), text);
    if (!java.nio.file.Files.isRegularFile(f)) {
      s.problem(
          node,
          path,
          "'" + text + "' is not allowed; expected bundled, none or a recalibration.csv written by"
              + " backtest --panel (looked for " + f + ")");
      return Recalibration.bundled();
    }
    try {
      return Recalibration.read(f);
    } catch (InvalidInputException e) {
      s.problem(node, path, e.getMessage());
      return Recalibration.bundled();
    }
  }

  private static Shocks shocks(YNode sh, Scalars s) {
    if (sh instanceof YNode.Scalar sc && !sc.isNull()) {
      ShockModel model = shockModel(sc, P + "shocks", s);
      if (model == ShockModel.STUDENT_T) {
        s.problem(sh, P + "shocks", "t needs degrees of freedom; write shocks: {type: t, df: 5}");
        return Shocks.NORMAL;
      }
      return model == ShockModel.BOOTSTRAP ? Shocks.BOOTSTRAP : Shocks.NORMAL;
    }
    if (sh instanceof YNode.Map sm) {
      s.checkKeys(sm, P + "shocks.", SHOCKS);
      YNode type = sm.get("type");
      ShockModel model = type instanceof YNode.Scalar ts
          ? shockModel(ts, P + "shocks.type", s)
          : ShockModel.NORMAL;
      OptionalDouble df = s.number(sm, "df", P + "shocks.");
      if (model == ShockModel.STUDENT_T) {
        if (df.isEmpty()) {
          if (sm.get("df") == null) {
            s.problem(sm, P + "shocks.df", "missing; Student-t shocks need df > 2");
          }
        } else if (!(df.getAsDouble() > 2)) {
          s.problem(
              sm.get("df"), P + "shocks.df", df.getAsDouble() + " is not allowed; expected df > 2");
        } else {
          return Shocks.studentT(df.getAsDouble());
        }
        return Shocks.NORMAL;
      }
      if (df.isPresent()) {
        s.problem(sm.get("df"), P + "shocks.df", "only allowed with type: t");
      }
      return model == ShockModel.BOOTSTRAP ? Shocks.BOOTSTRAP : Shocks.NORMAL;
    }
    if (sh != null && !(sh instanceof YNode.Scalar)) {
      s.problem(
          sh,
          P + "shocks",
          sh.describe() + " is not allowed; expected normal, bootstrap or {type: t, df: 5}");
    }
    return Shocks.NORMAL;
  }

  private static ShockModel shockModel(YNode.Scalar sc, String path, Scalars s) {
    String v = sc.text().toLowerCase(Locale.ROOT);
    Set<String> names = Set.of("normal", "t", "bootstrap");
    if (names.contains(v)) {
      return ShockModel.of(v);
    }
    s.problem(
        sc,
        path,
        "'" + sc.text() + "' is not allowed; expected normal, t or bootstrap"
            + Problems.didYouMean(v, new java.util.TreeSet<>(names)));
    return ShockModel.NORMAL;
  }

  private static Optional<CrisisJumps> jumps(YNode.Map m, Scalars s) {
    YNode.Map j = s.map(m, "jumps", P);
    if (j == null) {
      return Optional.empty();
    }
    String p = P + "jumps.";
    s.checkKeys(j, p, JUMPS);
    OptionalDouble prob = s.fraction(j, "probability", p);
    double mean = s.number(j, "mean", p, -10, 10).orElse(0);
    double sd = s.number(j, "sd", p, 0, 10).orElse(0);
    if (j.get("probability") == null) {
      s.problem(j, p + "probability", "missing; the yearly probability of a jump, in [0, 1]");
    } else if (prob.isPresent() && prob.getAsDouble() > 0 && mean == 0 && sd == 0) {
      // a jump of log size 0 changes nothing: say so instead of running jumps that do nothing
      s.problem(
          j,
          p + "mean",
          "missing; a jump of size 0 changes nothing: give mean, the log size of a jump (e.g."
              + " -0.25, a fall of about 22 %), and optionally sd");
    }
    return prob.isPresent() && prob.getAsDouble() > 0
        ? Optional.of(new CrisisJumps(prob.getAsDouble(), mean, sd))
        : Optional.empty();
  }

  private static List<CorridorCorrelation> correlation(
      YNode.Map m, List<CorridorSpec> corridors, Scalars s) {
    List<CorridorCorrelation> out = new ArrayList<>();
    YNode.Map c = s.map(m, "correlation", P);
    if (c == null) {
      return out;
    }
    for (Map.Entry<String, YNode.Entry> e : c.entries().entrySet()) {
      String[] pair = e.getKey().split("\\s*[,/&]\\s*|\\s+", -1);
      Origin key = e.getValue().keyOrigin();
      String where = P + "correlation." + e.getKey();
      if (pair.length != 2) {
        s.problems().at(key, where, "expected a pair of corridors such as 'VN-LA, VN-KH'");
        continue;
      }
      Corridor a;
      Corridor b;
      try {
        a = Corridor.of(pair[0]);
        b = Corridor.of(pair[1]);
      } catch (IllegalArgumentException ex) {
        String bad = corridorOrNull(pair[0]) == null ? pair[0] : pair[1];
        s.problems()
            .at(key, where, ex.getMessage() + Problems.didYouMean(bad, CorridorBinder.ids()));
        continue;
      }
      if (a.equals(b)) {
        s.problems()
            .at(
                key,
                where,
                "a corridor's correlation with itself is 1; name two different corridors");
        continue;
      }
      if (corridors.stream().noneMatch(x -> x.corridor().equals(a))
          || corridors.stream().noneMatch(x -> x.corridor().equals(b))) {
        s.problems().at(key, where, "both corridors must be in this scenario's corridors");
        continue;
      }
      Double rho = s.parseDouble(e.getValue().value(), where, -0.999999, 0.999999);
      if (rho != null) {
        out.add(new CorridorCorrelation(a, b, rho));
      }
    }
    if (!out.isEmpty() && out.size() == c.entries().size()) {
      try {
        ScenarioSpec.shockCorrelation(corridors, out);
      } catch (IllegalArgumentException ex) {
        s.problem(c, P + "correlation", ex.getMessage());
      }
    }
    return out;
  }

  private static Corridor corridorOrNull(String id) {
    try {
      return Corridor.of(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
