package org.tradetarget.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a targets file in the form of {@code seeds/targets.csv} (and {@code
 * seeds/targets-world.csv}, whose further columns it ignores): each row a {@link Target} with its
 * provenance and, for a target without a deadline, the time frame a later source states.
 */
final class TargetsCsv {
  private TargetsCsv() {}

  /** The targets of a file in the form of {@code seeds/targets.csv}. */
  static List<Target> parse(CsvRecords csv) {
    csv.require("the targets file", "corridor", "target_usd_million", "deadline", "kind", "quote");
    List<Target> out = new ArrayList<>();
    for (CsvRecords.Row row : csv.rows()) {
      Corridor corridor = row.corridor("corridor");
      OptionalInt deadline =
          row.isEmpty("deadline") ? OptionalInt.empty() : OptionalInt.of(row.year("deadline"));
      Target.Kind kind = switch (row.get("kind")) {
        case "current" -> Target.Kind.CURRENT;
        case "earlier" -> Target.Kind.EARLIER;
        case "longer-term" -> Target.Kind.LONGER_TERM;
        default ->
          throw row.bad(
              "kind", row.get("kind"), "is not allowed; expected current, earlier or longer-term");
      };
      Target.Provenance p = new Target.Provenance(
          row.get("announced"),
          row.get("event"),
          row.get("outlet"),
          row.get("source_file"),
          row.get("source_url"),
          row.get("quote"));
      out.add(new Target(
          corridor,
          row.positive("target_usd_million"),
          deadline,
          kind,
          p,
          row.get("outcome"),
          row.get("outcome_note"),
          horizon(row, deadline)));
    }
    return out;
  }

  private static final Pattern HORIZON = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  /**
   * The optional {@code horizon} columns: {@code horizon} ({@code 2027} or {@code 2027-2028}),
   * {@code horizon_source}, {@code horizon_source_url}, {@code horizon_quote}; only on a target
   * without a deadline, and never without its source and quote.
   */
  private static Optional<Target.Horizon> horizon(CsvRecords.Row row, OptionalInt deadline) {
    String years = row.get("horizon");
    if (years.isEmpty()) {
      for (String c : new String[] {"horizon_source", "horizon_source_url", "horizon_quote"}) {
        if (!row.isEmpty(c)) {
          throw row.bad(
              c, row.get(c), "is set but horizon is empty; give the years, e.g. 2027-2028");
        }
      }
      return Optional.empty();
    }
    Matcher m = HORIZON.matcher(years);
    if (!m.matches()) {
      throw row.bad(
          "horizon", years, "is not a year or a year range; expected e.g. 2027 or 2027-2028");
    }
    int first = Integer.parseInt(m.group(1));
    int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
    if (last < first) {
      throw row.bad(
          "horizon", years, "ends before it starts; expected first-last with first <= last");
    }
    if (deadline.isPresent()) {
      throw row.bad(
          "horizon",
          years,
          "is only allowed on a target without a deadline (deadline is " + deadline.getAsInt()
              + ")");
    }
    for (String c : new String[] {"horizon_source", "horizon_source_url", "horizon_quote"}) {
      if (row.isEmpty(c)) {
        throw row.bad(c, "", "is empty; a horizon needs its source, address and a verbatim quote");
      }
    }
    return Optional.of(new Target.Horizon(
        first,
        last,
        row.get("horizon_source"),
        row.get("horizon_source_url"),
        row.get("horizon_quote")));
  }
}
