package org.tradetarget.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the records a trade reader finds: rejects duplicate rows (same year, reporter, partner,
 * flow and valuation) naming both lines, drops rows whose reporter is their partner, and counts
 * what is skipped and why for the notes.
 */
final class TradeSink {
  private final String source;
  private final TradeFormat format;
  private final List<TradeRecord> records = new ArrayList<>();
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private final List<String> extraNotes = new ArrayList<>();

  TradeSink(String source, TradeFormat format) {
    this.source = source;
    this.format = format;
  }

  String source() {
    return source;
  }

  void add(
      int line,
      int year,
      Country reporter,
      Country partner,
      TradeFlow flow,
      Valuation valuation,
      double valueUsdMillion,
      boolean estimated) {
    if (reporter.equals(partner)) {
      skip("rows with the same country as reporter and partner");
      return;
    }
    String key = year + "|" + reporter.id() + "|" + partner.id() + "|" + flow + "|" + valuation;
    Integer before = lines.putIfAbsent(key, line);
    if (before != null) {
      throw new InvalidInputException(
          source + ":" + line + ": duplicate row: " + year + " " + reporter.id() + " " + flow.id()
              + " " + valuation + " with " + partner.id() + " is already on line " + before
              + "; expected one row per year, reporter, partner, flow and valuation");
    }
    records.add(new TradeRecord(
        year, reporter, partner, flow, valuation, valueUsdMillion, format, estimated));
  }

  void skip(String why) {
    skipped.merge(why, 1, Integer::sum);
  }

  /** A note that comes before the skip counts (e.g. the text encoding the file was read in). */
  void note(String note) {
    extraNotes.add(note);
  }

  List<TradeRecord> records() {
    return records;
  }

  List<String> notes() {
    List<String> n = new ArrayList<>(extraNotes);
    for (Map.Entry<String, Integer> e : skipped.entrySet()) {
      n.add(source + ": skipped " + e.getValue() + " " + e.getKey());
    }
    return n;
  }

  /** The trade data of what was collected. */
  TradeData data(double cifFob) {
    return new TradeData(source, format, records, notes(), cifFob);
  }
}
