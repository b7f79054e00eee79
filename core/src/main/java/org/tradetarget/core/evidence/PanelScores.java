package org.tradetarget.core.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The scores of a panel backtest ({@code panel-backtest.csv}) read back as evidence: each kind's
 * CRPS and interval coverage per horizon, history class and recalibration, as the odds-by-model
 * table and {@code weights: skill} with {@code evidence} look them up. {@link #bundled()} is the
 * table in {@code seeds/panel-evidence.csv}, scored on the Correlates of War panel by the same run
 * as the bundled {@link Recalibration}.
 *
 * <p>A cell the table lacks at a horizon uses the table's largest horizon below it for that kind,
 * class and recalibration (as {@link Recalibration} does). Immutable.
 */
public final class PanelScores {
  /** The resource of the bundled table (seeds/panel-evidence.csv). */
  static final String BUNDLED = "/org/tradetarget/core/seeds/panel-evidence.csv";

  /** The header of the bundled copy: {@code panel-backtest.csv}'s without {@code mase}. */
  public static final String HEADER_WITHOUT_MASE =
      "kind,horizon,history,recalibration,n,crps_log,coverage50,coverage80,coverage95";

  /**
   * How far (a fraction, 0.03 = 3 points) a raw coverage of the 80 % or 95 % interval may be from
   * nominal before the panel counts the kind's raw bands as badly calibrated.
   */
  public static final double BAD_CALIBRATION = 0.03;

  /** The scoring of a row: the kind's own distribution, or recalibrated out of sample. */
  public enum Scoring {
    /** The kind's own distribution. */
    NONE("none"),
    /** Recalibrated by maps fitted on the other half of the series. */
    HELD_OUT("held-out"),
    /** Recalibrated by maps fitted on the other half's origins up to the cut year. */
    LATER("later");

    private final String label;

    Scoring(String label) {
      this.label = label;
    }

    /** The label in the {@code recalibration} column. */
    public String label() {
      return label;
    }

    static Optional<Scoring> ofLabel(String s) {
      for (Scoring x : values()) {
        if (x.label.equals(s)) {
          return Optional.of(x);
        }
      }
      return Optional.empty();
    }
  }

  private final TreeMap<String, PanelBacktestResult.ScoreRow> rows;
  private final List<String> provenance;
  private final String name;

  private PanelScores(
      Map<String, PanelBacktestResult.ScoreRow> rows, List<String> provenance, String name) {
    this.rows = new TreeMap<>(rows);
    this.provenance = List.copyOf(provenance);
    this.name = name;
  }

  /**
   * The table shipped in {@code seeds/panel-evidence.csv} (provenance in the file and in
   * seeds/README.md).
   */
  public static PanelScores bundled() {
    return EvidenceFiles.bundled(
        BUNDLED, "seeds/panel-evidence.csv", "panel evidence", PanelScores::read);
  }

  /**
   * Reads a {@code panel-backtest.csv} (with or without its {@code mase} column; {@code #} lines
   * are provenance).
   *
   * @throws InvalidInputException for a missing file or a bad line, naming file, line and column
   */
  public static PanelScores read(Path file) {
    return EvidenceFiles.file(file, "a panel-backtest.csv", PanelScores::read);
  }

  /** "bundled" or the file it was read from. */
  public String name() {
    return name;
  }

  /** The provenance lines (panel file and SHA-256, years, counts, version, command line). */
  public List<String> provenance() {
    return provenance;
  }

  /** Whether the table scores this kind at all. */
  public boolean scores(ModelKind kind) {
    String prefix = kind.id() + "|";
    String k = rows.ceilingKey(prefix);
    return k != null && k.startsWith(prefix);
  }

  /**
   * The row of a kind at step {@code horizon} for a history class and scoring, or empty when the
   * table has none at or below that step.
   */
  public Optional<PanelBacktestResult.ScoreRow> row(
      ModelKind kind, int horizon, HistoryClass history, Scoring scoring) {
    String prefix = kind.id() + "|" + history.label() + "|" + scoring.label() + "|";
    Map.Entry<String, PanelBacktestResult.ScoreRow> e =
        rows.floorEntry(key(kind.id(), horizon, history.label(), scoring.label()));
    return e != null && e.getKey().startsWith(prefix)
        ? Optional.of(e.getValue())
        : Optional.empty();
  }

  /** The mean CRPS (log units) of a cell; empty when the table has no score there. */
  public OptionalDouble crps(ModelKind kind, int horizon, HistoryClass history, Scoring scoring) {
    return row(kind, horizon, history, scoring)
        .map(PanelBacktestResult.ScoreRow::crpsLog)
        .orElse(OptionalDouble.empty());
  }

  /**
   * Whether the panel shows this kind's raw bands ({@code none}) badly calibrated for the class at
   * that step: the coverage of the 80 % or the 95 % interval more than {@link #BAD_CALIBRATION}
   * from nominal, either way (too narrow: the odds overconfident; too wide: underconfident).
   * False when the table has no raw coverage there.
   */
  public boolean badlyCalibratedRaw(ModelKind kind, int horizon, HistoryClass history) {
    Optional<PanelBacktestResult.ScoreRow> r = row(kind, horizon, history, Scoring.NONE);
    if (r.isEmpty()) {
      return false;
    }
    return off(r.get().coverage80(), 0.80) || off(r.get().coverage95(), 0.95);
  }

  private static boolean off(OptionalDouble coverage, double nominal) {
    return coverage.isPresent() && Math.abs(coverage.getAsDouble() - nominal) > BAD_CALIBRATION;
  }

  private static String key(String kind, int horizon, String history, String scoring) {
    return String.format(Locale.ROOT, "%s|%s|%s|%03d", kind, history, scoring, horizon);
  }

  private static PanelScores read(Reader reader, String source, String name) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<String> provenance = new ArrayList<>();
    TreeMap<String, PanelBacktestResult.ScoreRow> rows = new TreeMap<>();
    String line;
    int no = 0;
    int columns = 0;
    while ((line = in.readLine()) != null) {
      no++;
      if (line.startsWith("#")) {
        provenance.add(line.substring(1).trim());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (columns == 0) {
        String h = line.trim();
        if (h.equals(PanelBacktestResult.SCORES_HEADER)) {
          columns = 10;
        } else if (h.equals(HEADER_WITHOUT_MASE)) {
          columns = 9;
        } else {
          throw new InvalidInputException(source + ":" + no + ": the header is '" + line
              + "'; expected " + PanelBacktestResult.SCORES_HEADER + " (mase may be left out)");
        }
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != columns) {
        throw new InvalidInputException(
            source + ":" + no + ": " + f.length + " fields; expected " + columns);
      }
      String kind = f[0].trim();
      try {
        ModelKind.of(kind);
      } catch (InvalidInputException e) {
        throw InvalidInputException.at(source, no, "kind", f[0], "is not allowed; expected a kind");
      }
      int h = (int) whole(f[1], source, no, "horizon", 1, 1000);
      String history = f[2].trim();
      if (!history.equals(HistoryClass.ALL)) {
        try {
          HistoryClass.ofLabel(history);
        } catch (InvalidInputException e) {
          throw InvalidInputException.at(
              source, no, "history", f[2], "is not allowed; expected 3-5, 6-10, 11-20, 21+ or all");
        }
      }
      String scoring = f[3].trim();
      if (Scoring.ofLabel(scoring).isEmpty()) {
        throw InvalidInputException.at(
            source, no, "recalibration", f[3], "is not allowed; expected none, held-out or later");
      }
      long n = whole(f[4], source, no, "n", 0, Long.MAX_VALUE);
      PanelBacktestResult.ScoreRow row = new PanelBacktestResult.ScoreRow(
          kind,
          h,
          history,
          scoring,
          n,
          number(f[5], source, no, "crps_log", Double.MAX_VALUE),
          number(f[6], source, no, "coverage50", 1),
          number(f[7], source, no, "coverage80", 1),
          number(f[8], source, no, "coverage95", 1),
          columns == 10
              ? number(f[9], source, no, "mase", Double.MAX_VALUE)
              : OptionalDouble.empty());
      rows.put(key(kind, h, history, scoring), row);
    }
    if (columns == 0) {
      throw new InvalidInputException(
          source + ": no header; expected " + PanelBacktestResult.SCORES_HEADER);
    }
    return new PanelScores(rows, provenance, name);
  }

  /** An empty cell, or a number from 0 to {@code hi}. */
  private static OptionalDouble number(
      String v, String source, int line, String column, double hi) {
    if (v.isBlank()) {
      return OptionalDouble.empty();
    }
    try {
      double x = Double.parseDouble(v.trim());
      if (x >= 0 && x <= hi) {
        return OptionalDouble.of(x);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInputException.at(
        source,
        line,
        column,
        v,
        "is not allowed; expected empty or a number from 0 to "
            + (hi == 1 ? "1" : "a finite maximum"));
  }

  private static long whole(String v, String source, int line, String column, long lo, long hi) {
    try {
      long x = Long.parseLong(v.trim());
      if (x >= lo && x <= hi) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInputException.at(
        source,
        line,
        column,
        v,
        "is not allowed; expected a whole number from " + lo + " to " + hi);
  }
}
