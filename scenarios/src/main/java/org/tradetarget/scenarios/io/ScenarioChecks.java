package org.tradetarget.scenarios.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * The checks across sections that need no fit, run at load time so that each problem names its
 * place: every corridor has a target; its data (embedded, or the user's CSV file, read here) can be
 * read and {@code base_year} leaves some of it; each deadline lies after the base year (the last
 * observation used); {@code end_year} is not before the
 * latest deadline; crisis jumps (log-scale falls) are not combined with a kind that works on values
 * ({@link ModelKind.Scale#VALUE}, logistic); bootstrap shocks are not combined with a kind that has no residuals
 * ({@code constant-growth}, which is not fitted). Where a problem comes from two places, it is
 * reported in the scenario's own file when one of them is there.
 */
final class ScenarioChecks {
  private ScenarioChecks() {}

  /** Runs the checks; {@code chain} the files resolved, the scenario's own first. */
  static void check(
      YNode.Map root,
      List<Path> chain,
      int assumedDeadline,
      OptionalInt baseYear,
      List<CorridorBinder.Bound> corridors,
      SimulationSettings sim,
      MacroPaths macro,
      Scalars s) {
    Dataset embedded = Dataset.embedded();
    int latest = Integer.MIN_VALUE;
    String latestWhere = "";
    for (CorridorBinder.Bound b : corridors) {
      CorridorSpec c = b.spec();
      String path = "corridors." + b.key();
      Optional<Target> announced = embedded.currentTarget(c.corridor());
      // a key one edit from a bundled corridor (VN-KN) is a typo, already reported at its data with
      // "did you mean": its missing target is the same mistake, not a second line
      boolean typo = b.dataFailed() && Problems.oneEditFrom(b.key(), CorridorBinder.ids());
      if (announced.isEmpty() && c.targetValue().isEmpty() && !typo) {
        s.problems()
            .at(
                b.entry().keyOrigin(),
                path + ".target.value",
                "missing; " + c.corridor() + " (" + c.corridor().displayName() + ") has no"
                    + " announced target in seeds/targets.csv; give its own, e.g. target:"
                    + " {value: 1000, deadline: 2030, source: \"...\", quote: \"...\"}"
                    + " (value in US$ million)");
      }
      boolean assumed = false;
      int deadline;
      YNode deadlineNode;
      String deadlinePath;
      if (c.deadline().isPresent()) {
        deadline = c.deadline().getAsInt();
        deadlineNode = b.at("target", "deadline");
        deadlinePath = path + ".target.deadline";
      } else if (announced.isPresent() && announced.get().deadline().isPresent()) {
        deadline = announced.get().deadline().getAsInt();
        deadlineNode = null;
        deadlinePath = path;
      } else {
        deadline = assumedDeadline;
        assumed = true;
        deadlineNode = root.get("assumed_deadline");
        deadlinePath = deadlineNode == null ? path : "assumed_deadline";
      }
      Origin deadlineAt = deadlineNode == null ? b.entry().keyOrigin() : deadlineNode.origin();
      TreeSet<Integer> extras = new TreeSet<>(c.deadlines());
      extras.remove(deadline);
      int last = Math.max(deadline, extras.isEmpty() ? deadline : extras.last());
      if (last > latest) {
        latest = last;
        latestWhere = path;
      }
      OptionalInt base = baseYear(b, embedded, root, baseYear, path, s);
      if (base.isPresent()) {
        int by = base.getAsInt();
        if (deadline <= by) {
          s.problems()
              .at(
                  deadlineAt,
                  deadlinePath,
                  "deadline " + deadline + (assumed ? " (assumed)" : "")
                      + " of " + c.corridor() + " is not after its base year " + by
                      + " (the last observation used);"
                      + " choose a later deadline");
        }
        YNode items = b.at("deadlines");
        for (int d : extras) {
          if (d <= by) {
            s.problems()
                .at(
                    item(items, d, deadlineAt),
                    path + ".deadlines",
                    d + " is not after the base year " + by + " of " + c.corridor()
                        + " (the last observation used)");
          }
        }
      }
      YNode kindNode = kindNode(root, b);
      String kindPath = b.at("model", "kind") != null ? path + ".model.kind" : "model.kind";
      if (c.model().drivenByMacro()) {
        try {
          macro.requireCovers(c.corridor(), "model kind " + c.model().id());
        } catch (InvalidInputException ex) {
          String text = ex.getMessage() + "; use a kind that needs no GDP, e.g. rw-drift";
          if (kindNode != null) {
            s.problem(kindNode, kindPath, text);
          } else {
            s.problems().at(b.entry().keyOrigin(), path, text);
          }
        }
      }
      if (c.model().scale() == ModelKind.Scale.VALUE && sim.jumps().isPresent()) {
        blame(
            chain,
            s,
            root,
            List.of("simulation", "jumps"),
            "simulation.jumps",
            kindNode,
            kindPath,
            "crisis jumps are log-scale falls and the " + c.model().id() + " kind of "
                + c.corridor() + " works on values; use another kind or drop simulation.jumps");
      }
      if (c.model() == ModelKind.CONSTANT_GROWTH && sim.shocks().model() == ShockModel.BOOTSTRAP) {
        blame(
            chain,
            s,
            root,
            List.of("simulation", "shocks"),
            "simulation.shocks",
            kindNode,
            kindPath,
            "bootstrap shocks need the fit's residuals, and constant-growth (" + c.corridor()
                + ") is not fitted and has none; use shocks: normal or a fitted kind");
      }
    }
    YNode end = root.at(List.of("simulation", "end_year"));
    if (sim.endYear() != 0 && end != null && !corridors.isEmpty() && sim.endYear() < latest) {
      s.problem(
          end,
          "simulation.end_year",
          sim.endYear() + " is before the deadline " + latest + " (" + latestWhere
              + "); set end_year to " + latest + " or later");
    }
  }

  /**
   * The base year of a corridor's series (embedded, or the user's CSV file read here), cut at {@code
   * base_year}; empty, with a problem, when the file cannot be read or the cut leaves nothing.
   */
  private static OptionalInt baseYear(
      CorridorBinder.Bound b,
      Dataset embedded,
      YNode.Map root,
      OptionalInt baseYear,
      String path,
      Scalars s) {
    CorridorSpec c = b.spec();
    AnnualSeries series;
    String source;
    if (b.dataFailed()
        || (c.data().isEmpty() && c.trade().isEmpty() && !c.corridor().isBundled())) {
      return OptionalInt.empty(); // reported by the corridor binder
    }
    try {
      if (c.trade().isPresent()) {
        series = c.trade().get().series();
        source = "data " + c.trade().get().file().getFileName();
      } else if (c.data().isPresent()) {
        if (!Files.isRegularFile(c.data().get())) {
          return OptionalInt.empty(); // reported by the corridor binder
        }
        Dataset.UserFile f = Dataset.readUserFile(c.data().get());
        series = f.series().isPresent() ? f.series().get() : f.dataset().get().series(c.corridor());
        source = "data " + c.data().get().getFileName();
      } else {
        series = embedded.series(c.corridor());
        source = "embedded data";
      }
    } catch (IllegalArgumentException e) {
      YNode d = b.at("data");
      s.problems()
          .at(d == null ? b.entry().keyOrigin() : d.origin(), path + ".data", e.getMessage());
      return OptionalInt.empty();
    }
    if (baseYear.isEmpty()) {
      return OptionalInt.of(series.lastYear());
    }
    int by = baseYear.getAsInt();
    if (by < series.firstYear()) {
      s.problem(
          root.get("base_year"),
          "base_year",
          by + " is before the first observation " + series.firstYear() + " of " + c.corridor()
              + " (" + path + ", " + source + ")");
      return OptionalInt.empty();
    }
    return OptionalInt.of(series.between(series.firstYear(), by).lastYear());
  }

  /** The node of the corridor's kind: its own model.kind, else the scenario's, else null (the default). */
  private static YNode kindNode(YNode.Map root, CorridorBinder.Bound b) {
    YNode own = b.at("model", "kind");
    return own != null ? own : root.at(List.of("model", "kind"));
  }

  /** The item of a list of years with value d, or {@code dflt}. */
  private static Origin item(YNode items, int d, Origin dflt) {
    if (items instanceof YNode.Seq seq) {
      for (YNode n : seq.items()) {
        if (Integer.toString(d).equals(YNode.text(n))) {
          return n.origin();
        }
      }
    }
    return dflt;
  }

  /**
   * Reports a problem of two places once: at the simulation setting, unless only the kind is
   * written in the scenario's own file.
   */
  private static void blame(
      List<Path> chain,
      Scalars s,
      YNode.Map root,
      List<String> settingAt,
      String settingPath,
      YNode kindNode,
      String kindPath,
      String text) {
    YNode setting = root.at(settingAt);
    if (setting == null || (kindNode != null && own(chain, kindNode) && !own(chain, setting))) {
      if (kindNode != null) {
        s.problem(kindNode, kindPath, text);
        return;
      }
    }
    if (setting != null) {
      s.problem(setting, settingPath, text);
    } else {
      s.problems().add(root.origin() + ": " + settingPath + ": " + text);
    }
  }

  private static boolean own(List<Path> chain, YNode n) {
    return !chain.isEmpty() && n.origin().file().toAbsolutePath().normalize().equals(chain.get(0));
  }
}
