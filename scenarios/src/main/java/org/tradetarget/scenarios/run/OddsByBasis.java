package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.TradeSource;

/**
 * The reporter basis compared, for each corridor whose data come from a downloaded trade file
 * ({@code data: {file, basis}}): when both countries report in the file, the two sides' two-way
 * trade per year and the gap between them, and the scenario's odds under each basis the file gives
 * ({@code reporter:A}, {@code reporter:B}, {@code average}) side by side. Corridors on embedded or
 * seeds-form data are not listed. Immutable.
 *
 * <p><b>Which run.</b> For basis X of corridor C, the scenario is run once more with only C's
 * {@code data.basis} set to X (its series re-read on that basis; model, target, levers, every other
 * corridor and the simulation settings, seed and paths unchanged). The row for C's own basis is
 * that rerun too and equals the headline exactly.
 *
 * <p><b>The gap</b>, for the years both sides report: A and B are the corridor's two countries in
 * the order of its id; gap = B − A (US$ million), and as a fraction of A.
 *
 * @param corridors the corridors with a trade file, in scenario order
 */
public record OddsByBasis(List<CorridorBases> corridors) {

  /** Copies the list. */
  public OddsByBasis {
    corridors = List.copyOf(corridors);
  }

  /** Whether no corridor of the scenario takes its data from a trade file. */
  public boolean isEmpty() {
    return corridors.isEmpty();
  }

  /**
   * One corridor's comparison.
   *
   * @param corridor the corridor id
   * @param deadline the deadline the odds are for
   * @param own the basis the scenario uses
   * @param a the first country of the id (the gap's reference)
   * @param b the second country
   * @param why when the bases cannot be compared (only one side reports), the reason; else empty
   * @param gaps per year both sides report, in year order (empty when {@code why} is set)
   * @param rows per basis the file gives, in the order reporter:A, reporter:B, average (empty
   *     when {@code why} is set)
   */
  public record CorridorBases(
      String corridor,
      int deadline,
      Basis own,
      Country a,
      Country b,
      String why,
      List<Gap> gaps,
      List<Row> rows) {
    /** Copies the lists. */
    public CorridorBases {
      gaps = List.copyOf(gaps);
      rows = List.copyOf(rows);
    }

    /** Whether the bases are compared (both sides report). */
    public boolean compared() {
      return why.isEmpty();
    }
  }

  /**
   * One year both sides report.
   *
   * @param year the calendar year
   * @param a A's two-way trade with B as A reports it (US$ million)
   * @param b the same as B reports it (US$ million)
   */
  public record Gap(int year, double a, double b) {
    /** B − A, US$ million. */
    public double gap() {
      return b - a;
    }

    /** (B − A) / A, a fraction. */
    public double fraction() {
      return (b - a) / a;
    }
  }

  /**
   * One basis on one corridor.
   *
   * @param basis the basis
   * @param summary the corridor's headline numbers with its data on that basis; empty when the
   *     series on that basis cannot be fitted
   * @param reason why not, else empty
   */
  public record Row(Basis basis, Optional<OutlookResult> summary, String reason) {}

  /**
   * Compares the bases of every corridor with a trade file.
   *
   * @param threadsOverride worker threads (0 = the scenario's)
   */
  public static OddsByBasis of(
      ScenarioSpec spec, List<PreparedCorridor> prepared, int threadsOverride) {
    return of(spec, prepared, threadsOverride, Map.of());
  }

  /**
   * Compares the bases of every corridor with a trade file, for a scenario some of whose files are
   * not (yet) on disk (the explorer's unsaved scenario): their hash is taken from the given text.
   *
   * @param threadsOverride worker threads (0 = the scenario's)
   * @param unsaved the text of files of the scenario's chain, by absolute normalised path
   */
  public static OddsByBasis of(
      ScenarioSpec spec,
      List<PreparedCorridor> prepared,
      int threadsOverride,
      Map<java.nio.file.Path, String> unsaved) {
    MacroPaths macro = ScenarioPreparer.macroPaths(spec.macro());
    List<CorridorBases> out = new ArrayList<>();
    for (int i = 0; i < spec.corridors().size(); i++) {
      CorridorSpec c = spec.corridors().get(i);
      if (c.trade().isEmpty()) {
        continue;
      }
      TradeSource t = c.trade().get();
      Country a = c.corridor().first();
      Country b = c.corridor().second();
      int deadline = prepared.get(i).deadline();
      String id = c.corridor().id();
      if (!t.bothSides()) {
        out.add(new CorridorBases(id, deadline, t.basis(), a, b, oneSide(t), List.of(), List.of()));
        continue;
      }
      List<Gap> gaps = gaps(t.byBasis(), a, b);
      List<Row> rows = new ArrayList<>();
      for (Basis basis : t.byBasis().keySet()) {
        CorridorSpec variant = new CorridorSpec(
            c.corridor(),
            c.data(),
            Optional.of(t.withBasis(basis)),
            c.from(),
            c.model(),
            c.params(),
            c.rateRequired(),
            c.targetValue(),
            c.deadline(),
            c.deadlines(),
            c.targetSource(),
            c.targetQuote());
        PreparedCorridor p;
        try {
          p = ScenarioPreparer.prepare(spec, variant, macro);
        } catch (IllegalArgumentException // InvalidInputException too
            | IllegalStateException
            | ArithmeticException e) {
          rows.add(new Row(basis, Optional.empty(), String.valueOf(e.getMessage())));
          continue;
        }
        List<CorridorSpec> specs = new ArrayList<>(spec.corridors());
        specs.set(i, variant);
        List<PreparedCorridor> corridors = new ArrayList<>(prepared);
        corridors.set(i, p);
        ScenarioSpec vs = spec.withCorridors(specs);
        ScenarioResult r =
            ScenarioRunner.run(vs, corridors, threadsOverride, ProgressListener.NONE, unsaved);
        rows.add(new Row(basis, Optional.of(r.summaries().get(i)), ""));
      }
      out.add(new CorridorBases(id, deadline, t.basis(), a, b, "", gaps, rows));
    }
    return new OddsByBasis(out);
  }

  /** The years both sides report, with each side's value. */
  static List<Gap> gaps(Map<Basis, AnnualSeries> byBasis, Country a, Country b) {
    AnnualSeries sa = byBasis.get(Basis.reporter(a));
    AnnualSeries sb = byBasis.get(Basis.reporter(b));
    List<Gap> gaps = new ArrayList<>();
    for (int k = 0; k < sa.size(); k++) {
      int year = sa.year(k);
      if (sb.has(year)) {
        gaps.add(new Gap(year, sa.value(k), sb.valueIn(year)));
      }
    }
    return gaps;
  }

  private static String oneSide(TradeSource t) {
    List<String> reporters = t.byBasis().keySet().stream()
        .filter(x -> x.kind() == Basis.Kind.REPORTER)
        .map(x -> x.reporter().orElseThrow().displayName() + " (" + x + ")")
        .toList();
    return reporters.isEmpty()
        ? "the file gives only the basis " + t.basis() + ", so there is no other side to compare"
        : "only " + reporters.get(0) + " reports this corridor in " + t.file().getFileName()
            + ", so there is no other side to compare";
  }
}
