package org.tradetarget.scenarios.run;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.analysis.Hindsight;
import org.tradetarget.core.analysis.HindsightOdds;
import org.tradetarget.core.analysis.HindsightOdds.PathAdjustment;
import org.tradetarget.core.analysis.HindsightScore;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.CsvRecords;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.data.TextFiles;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelHistories;
import org.tradetarget.core.evidence.PanelSource;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * Hindsight over any list of targets with a panel: for each target whose pair has data up to the
 * year before its announcement, each kind's P(met by the deadline) fitted on that data ({@link
 * HindsightOdds}), raw and recalibrated, beside the recorded outcome; the targets that cannot be
 * judged with the reason; and per kind and recalibration the scores over the decided targets
 * ({@link HindsightScore}).
 *
 * <p><b>Which history.</b> For a bundled corridor the embedded default series (the seeds' reporter
 * basis) up to the year before the announcement comes first; where a kind cannot be fitted on it
 * (too short), the panel's run of the pair that holds that year, cut there. The two are never joined
 * into one series (the panel's importer-based values differ from the seeds' reporter bases); each
 * row names the one it used ({@code embedded} or {@code panel}). Other pairs use the panel only.
 */
public final class Hindsights {
  /** The history source of the seeds' default series. */
  public static final String EMBEDDED = "embedded";

  /** The history source of a panel's series. */
  public static final String PANEL = "panel";

  /** Paths per target and kind by default (every path is kept to be recalibrated). */
  public static final int DEFAULT_PATHS = 10_000;

  private Hindsights() {}

  /**
   * One target judged by one kind under one recalibration.
   *
   * @param target the target (value US$ million, deadline, announcement)
   * @param announced the announcement year
   * @param kind the method
   * @param recalibration "none" (raw) or the recalibration's name
   * @param pMet P(met by the deadline), a fraction; empty when it could not be computed (see note)
   * @param outcome {@code met}, {@code missed} or {@code undecided}, from the targets file
   * @param history the points the kind was fitted on (or the history offered when the fit failed)
   * @param historySource {@link #EMBEDDED} or {@link #PANEL}
   * @param note why p_met is empty, or a remark; empty when there is nothing to say
   */
  public record Row(
      Target target,
      int announced,
      ModelKind kind,
      String recalibration,
      OptionalDouble pMet,
      String outcome,
      AnnualSeries history,
      String historySource,
      String note) {}

  /** A target that cannot be judged, with the reason. */
  public record Unjudged(Target target, String reason) {}

  /** The scores of one kind and recalibration over the decided targets it gave a probability for. */
  public record Summary(ModelKind kind, String recalibration, Optional<HindsightScore> score) {}

  /**
   * Everything the command prints and writes.
   *
   * @param rows per target, kind and recalibration (in target, kind, recalibration order)
   * @param unjudged the targets that cannot be judged
   * @param summary per kind and recalibration
   * @param recalibrations the recalibrations' names, {@code none} first
   * @param panel the panel read, if any
   * @param spec the simulation settings
   */
  public record Result(
      List<Row> rows,
      List<Unjudged> unjudged,
      List<Summary> summary,
      List<String> recalibrations,
      Optional<PanelSource> panel,
      SimulationSpec spec) {}

  /** The spec of a run: {@link #DEFAULT_PATHS} paths, parameter uncertainty on. */
  public static SimulationSpec defaultSpec() {
    return Hindsight.defaultSpec().withPaths(DEFAULT_PATHS);
  }

  /**
   * Reads a targets file: at least the columns {@code
   * corridor,target_usd_million,deadline,announced,outcome} (announced a year or a date; outcome
   * {@code met}, {@code missed} or anything else for undecided); other columns are ignored.
   *
   * @throws org.tradetarget.core.data.InvalidInputException naming the file, line, column and value
   */
  public static List<Target> readTargets(Path file) {
    CsvRecords csv = CsvRecords.read(
        file.toString(),
        new StringReader(TextFiles.read(file, TextFiles.MAX_CSV_BYTES, "a targets file")));
    csv.require(
        "a targets file", "corridor", "target_usd_million", "deadline", "announced", "outcome");
    List<Target> out = new ArrayList<>();
    for (CsvRecords.Row r : csv.rows()) {
      OptionalInt deadline =
          r.isEmpty("deadline") ? OptionalInt.empty() : OptionalInt.of(r.year("deadline"));
      out.add(new Target(
          r.corridor("corridor"),
          r.positive("target_usd_million"),
          deadline,
          Target.Kind.EARLIER,
          new Target.Provenance(r.get("announced"), "", "", "", "", ""),
          r.get("outcome"),
          ""));
    }
    return out;
  }

  /**
   * Judges the targets of a file (or, when {@code targets} is null, the embedded earlier targets)
   * with the embedded data and the panel (when {@code panel} is not null).
   *
   * @param panelFormat {@code auto}, {@code cow} or {@code long} (null: auto)
   * @param recalibration {@code bundled}, {@code none} or the path of a recalibration.csv (null:
   *     bundled)
   */
  public static Result run(
      Path targets,
      Path panel,
      String panelFormat,
      List<ModelKind> kinds,
      String recalibration,
      SimulationSpec spec) {
    Dataset embedded = Dataset.embedded();
    return run(
        targets == null ? embedded.earlierTargets() : readTargets(targets),
        Optional.of(embedded),
        Optional.ofNullable(panel)
            .map(p ->
                PanelHistories.read(p, PanelFormat.of(panelFormat == null ? "auto" : panelFormat))),
        kinds,
        RecalibrationChoice.of(recalibration == null ? "bundled" : recalibration),
        spec);
  }

  /** The simulation settings of a run: the default ones with the paths, seed and threads given. */
  public static SimulationSpec spec(
      int paths, long seed, boolean parameterUncertainty, int threads) {
    return defaultSpec()
        .withPaths(paths)
        .withSeed(seed)
        .withParameterUncertainty(parameterUncertainty)
        .withThreads(threads);
  }

  /**
   * Fails when an option that only the judging of a targets file or a panel reads ({@code --out},
   * {@code --panel-format}, {@code --recalibration}) is given without {@code --targets} or {@code
   * --panel}.
   */
  public static void requireTargetsOrPanel(
      boolean targetsOrPanel, boolean out, String panelFormat, String recalibration) {
    String lone = out
        ? "--out"
        : panelFormat != null ? "--panel-format" : recalibration != null ? "--recalibration" : null;
    if (!targetsOrPanel && lone != null) {
      throw new org.tradetarget.core.data.InvalidInputException(
          "option '" + lone + "' needs --targets or --panel");
    }
  }

  /**
   * The paths of a run: {@code given}, else 100,000 for the embedded earlier targets alone and
   * {@link #DEFAULT_PATHS} with a targets file or a panel (at most {@link HindsightOdds#MAX_PATHS}).
   *
   * @param max the most paths for the embedded earlier targets alone
   * @throws InvalidSetting naming {@code paths} when out of range
   */
  public static int paths(Integer given, boolean targetsOrPanel, int max) {
    int most = targetsOrPanel ? HindsightOdds.MAX_PATHS : max;
    int n = given != null ? given : targetsOrPanel ? DEFAULT_PATHS : SimulationSpec.DEFAULT_PATHS;
    if (n < 1 || n > most) {
      throw new InvalidSetting("paths", n + " is not allowed; expected 1 to " + most);
    }
    return n;
  }

  /** {@code met}, {@code missed} or {@code undecided} for a recorded outcome. */
  public static String outcome(String recorded) {
    String o = recorded.trim().toLowerCase(Locale.ROOT);
    return o.equals("met") || o.equals("missed") ? o : "undecided";
  }

  /**
   * Judges the targets.
   *
   * @param embedded the embedded data for the bundled corridors, or empty
   * @param panel the panel, or empty
   * @param recalibration the recalibration beside raw ({@link Recalibration#none()} for raw only)
   * @param spec paths (1 to {@link HindsightOdds#MAX_PATHS}), seed, threads, parameter uncertainty
   */
  public static Result run(
      List<Target> targets,
      Optional<Dataset> embedded,
      Optional<PanelHistories> panel,
      List<ModelKind> kinds,
      Recalibration recalibration,
      SimulationSpec spec) {
    List<String> names = new ArrayList<>(List.of("none"));
    List<PathAdjustment> adjustments = new ArrayList<>(List.of(PathAdjustment.NONE));
    if (!recalibration.isNone()) {
      names.add(recalibration.name());
      adjustments.add(recalibration::adjust);
    }
    List<Row> rows = new ArrayList<>();
    List<Unjudged> unjudged = new ArrayList<>();
    for (Target t : targets) {
      OptionalInt announced = Hindsight.announcementYear(t);
      if (t.deadline().isEmpty()) {
        unjudged.add(new Unjudged(t, "the target has no deadline"));
        continue;
      }
      if (announced.isEmpty()) {
        unjudged.add(
            new Unjudged(t, "no announcement year in '" + t.provenance().announced() + "'"));
        continue;
      }
      int asOf = announced.getAsInt() - 1;
      List<String> sources = new ArrayList<>();
      List<AnnualSeries> histories = new ArrayList<>();
      String why = histories(t, asOf, embedded, panel, sources, histories);
      if (histories.isEmpty()) {
        unjudged.add(new Unjudged(t, why));
        continue;
      }
      for (ModelKind k : kinds) {
        judge(t, announced.getAsInt(), k, sources, histories, names, adjustments, spec, rows);
      }
    }
    List<Summary> summary = new ArrayList<>();
    for (ModelKind k : kinds) {
      for (String name : names) {
        List<HindsightScore.Case> cases = new ArrayList<>();
        for (Row r : rows) {
          if (r.kind() == k
              && r.recalibration().equals(name)
              && r.pMet().isPresent()
              && !r.outcome().equals("undecided")) {
            cases.add(
                new HindsightScore.Case(r.pMet().getAsDouble(), r.outcome().equals("met")));
          }
        }
        summary.add(new Summary(
            k, name, cases.isEmpty() ? Optional.empty() : Optional.of(HindsightScore.of(cases))));
      }
    }
    return new Result(rows, unjudged, summary, names, panel.map(PanelHistories::source), spec);
  }

  /** Fills the histories that cover {@code asOf}, embedded first; returns why there are none. */
  private static String histories(
      Target t,
      int asOf,
      Optional<Dataset> embedded,
      Optional<PanelHistories> panel,
      List<String> sources,
      List<AnnualSeries> histories) {
    List<String> why = new ArrayList<>();
    String pair = t.corridor().id();
    if (embedded.isPresent() && t.corridor().isBundled()) {
      AnnualSeries s = embedded.get().series(t.corridor());
      if (s.firstYear() <= asOf) {
        sources.add(EMBEDDED);
        histories.add(s.between(s.firstYear(), asOf));
      } else {
        why.add("the embedded " + pair + " series starts in " + s.firstYear());
      }
    }
    if (panel.isPresent()) {
      Optional<AnnualSeries> run = panel.get().runUpTo(t.corridor(), asOf);
      if (run.isPresent()) {
        sources.add(PANEL);
        histories.add(run.get());
      } else {
        why.add(panel
            .get()
            .lastYear(t.corridor())
            .map(y -> "the panel's " + pair + " series has no value in " + asOf
                + " (its last year is " + y + ")")
            .orElse("the panel has no " + pair + " series"));
      }
    } else if (!t.corridor().isBundled()) {
      why.add("no embedded series for " + pair + " and no --panel");
    }
    return "no data up to " + asOf + ", the year before the announcement: "
        + String.join("; ", why);
  }

  private static void judge(
      Target t,
      int announced,
      ModelKind k,
      List<String> sources,
      List<AnnualSeries> histories,
      List<String> names,
      List<PathAdjustment> adjustments,
      SimulationSpec spec,
      List<Row> rows) {
    HindsightOdds.Odds odds = null;
    int used = 0;
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < histories.size(); i++) {
      odds = HindsightOdds.of(
          histories.get(i), t.valueUsdMillion(), t.deadline().getAsInt(), k, spec, adjustments);
      used = i;
      if (!odds.pMet().isEmpty()) {
        break;
      }
      notes.add(sources.get(i) + ": " + odds.note());
    }
    String note = odds.pMet().isEmpty() ? String.join("; ", notes) : odds.note();
    if (!odds.pMet().isEmpty() && used > 0) {
      note = (note.isEmpty() ? "" : note + "; ") + String.join("; ", notes);
    }
    AnnualSeries history = odds.used().orElse(histories.get(used));
    for (int j = 0; j < names.size(); j++) {
      rows.add(new Row(
          t,
          announced,
          k,
          names.get(j),
          odds.pMet().isEmpty()
              ? OptionalDouble.empty()
              : OptionalDouble.of(odds.pMet().get(j)),
          outcome(t.outcome()),
          history,
          sources.get(used),
          note));
    }
  }
}
