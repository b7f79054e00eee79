package org.tradetarget.scenarios.report;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.CsvRecords;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;

/**
 * {@code targets --world}: the registry of announced bilateral targets in {@code
 * seeds/targets-world.csv}, each with its deadline, announcement, recorded status and source and,
 * for an open target of a pair the embedded data has a default series for, the compound annual
 * growth it requires from the last observation. Money in US$ million, rates as fractions.
 */
public final class WorldTargets {
  /** The embedded registry file. */
  public static final String FILE = "targets-world.csv";

  /** The CSV header of {@code targets --world --format csv}. */
  public static final String HEADER =
      "corridor,target_usd_million,deadline,deadline_assumed,announced,status,base_year,"
          + "base_usd_million,required_cagr,outcome_usd_million,outcome_year,outlet,source_url,"
          + "rechecked";

  private WorldTargets() {}

  /**
   * One registry row: the target and the columns beyond those of {@code seeds/targets.csv}.
   *
   * @param target the target (corridor, value, deadline, announcement, quote, outcome)
   * @param outcomeUsdMillion the value the outcome evidence states, US$ million, or empty
   * @param outcomeYear the year (or period) of that value, as the source states it
   * @param outcomeQuote the verbatim passage stating it
   * @param outcomeUrl the page it was read on
   * @param rechecked {@code stored-copy} or {@code no}: whether the quote was found again
   * @param recheckedNote how it was, or why it could not be, checked again
   */
  public record Entry(
      Target target,
      OptionalDouble outcomeUsdMillion,
      String outcomeYear,
      String outcomeQuote,
      String outcomeUrl,
      String rechecked,
      String recheckedNote) {}

  /** The embedded registry, in file order. */
  public static List<Entry> embedded() {
    return read("seeds/" + FILE, new String(Dataset.embeddedFile(FILE), StandardCharsets.UTF_8));
  }

  /** Reads a registry in the form of {@code seeds/targets-world.csv}. */
  public static List<Entry> read(String source, String text) {
    List<Target> targets = Dataset.readTargets(source, new StringReader(text));
    CsvRecords csv = CsvRecords.read(source, new StringReader(text));
    csv.require("the world targets file", "outcome_usd_million", "rechecked");
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      CsvRecords.Row row = csv.rows().get(i);
      OptionalDouble outcome = row.isEmpty("outcome_usd_million")
          ? OptionalDouble.empty()
          : OptionalDouble.of(row.positive("outcome_usd_million"));
      out.add(new Entry(
          targets.get(i),
          outcome,
          row.get("outcome_year"),
          row.get("outcome_quote"),
          row.get("outcome_url"),
          row.get("rechecked"),
          row.get("rechecked_note")));
    }
    return out;
  }

  /**
   * The assessment of an entry: present only for an open target of a pair {@code data} has a
   * default series for; the deadline is the sourced one, else {@code assumedDeadline}.
   */
  public static Optional<TargetAssessment> assess(Entry e, Dataset data, int assumedDeadline) {
    Target t = e.target();
    if (!"open".equals(t.outcome()) || !data.corridors().contains(t.corridor())) {
      return Optional.empty();
    }
    return Optional.of(TargetArithmetic.assess(t, data.series(t.corridor()), assumedDeadline));
  }

  /** The listing in table, CSV and JSON form. */
  public static Output output(List<Entry> entries, Dataset data, int assumedDeadline) {
    Rows csv = new Rows(HEADER.split(","));
    Rows json = new Rows((HEADER.replace(",outlet,source_url,rechecked", "")
            + ",event,outlet,source_url,quote,outcome_note,outcome_quote,outcome_url,rechecked,"
            + "rechecked_note")
        .split(","));
    Rows table = new Rows(
        "corridor",
        ">target US$ m",
        "deadline",
        "announced",
        "status",
        ">required/yr",
        "rechecked");
    int withGrowth = 0;
    int stored = 0;
    for (Entry e : entries) {
      Target t = e.target();
      Optional<TargetAssessment> a = assess(e, data, assumedDeadline);
      boolean assumed = a.map(TargetAssessment::deadlineAssumed).orElse(false);
      OptionalInt deadline = a.map(x -> OptionalInt.of(x.deadline())).orElse(t.deadline());
      OptionalInt baseYear = a.map(x -> OptionalInt.of(x.baseYear())).orElse(OptionalInt.empty());
      OptionalDouble base =
          a.map(x -> OptionalDouble.of(x.baseUsdMillion())).orElse(OptionalDouble.empty());
      OptionalDouble required =
          a.map(TargetAssessment::requiredCagr).orElse(OptionalDouble.empty());
      withGrowth += a.isPresent() ? 1 : 0;
      stored += "stored-copy".equals(e.rechecked()) ? 1 : 0;
      Target.Provenance p = t.provenance();
      csv.add(
          t.corridor().id(),
          t.valueUsdMillion(),
          deadline,
          assumed,
          p.announced(),
          t.outcome(),
          baseYear,
          base,
          required,
          e.outcomeUsdMillion(),
          e.outcomeYear(),
          p.outlet(),
          p.sourceUrl(),
          e.rechecked());
      json.add(
          t.corridor().id(),
          t.valueUsdMillion(),
          deadline,
          assumed,
          p.announced().isEmpty() ? null : p.announced(),
          t.outcome(),
          baseYear,
          base,
          required,
          e.outcomeUsdMillion(),
          e.outcomeYear().isEmpty() ? null : e.outcomeYear(),
          p.event(),
          p.outlet(),
          p.sourceUrl(),
          p.quote(),
          t.outcomeNote(),
          e.outcomeQuote().isEmpty() ? null : e.outcomeQuote(),
          e.outcomeUrl().isEmpty() ? null : e.outcomeUrl(),
          e.rechecked(),
          e.recheckedNote());
      table.add(
          t.corridor().id(),
          Numbers.money(t.valueUsdMillion()),
          deadline.isPresent() ? deadline.getAsInt() + (assumed ? " (assumed)" : "") : "-",
          p.announced().isEmpty() ? "-" : p.announced(),
          t.outcome(),
          Numbers.percent(required),
          e.rechecked());
    }
    table.heading(entries.size() + " announced bilateral targets (seeds/" + FILE
        + "); sources, quotes and outcome evidence in --format csv|json.");
    table.note("status: met or missed by the deadline (reached in some year up to it); open (in"
        + " force); undetermined (deadline passed or superseded, no decisive figure found).");
    table.note("required/yr: compound growth from the last observation of the embedded default"
        + " series to the deadline, only for an open target of a pair the embedded data covers ("
        + withGrowth + " of " + entries.size() + " rows); '-' elsewhere.");
    table.note("rechecked: stored-copy = the quote was found again in a stored copy of its address"
        + " (" + stored + " rows); no = not checked again (no stored copy, no internet access).");
    return new Output().table(table).csv(csv).json(json);
  }
}
