package org.tradetarget.core.evidence;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.CsvLine;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Streams a panel file one series at a time: the rows of a series must be together (a COW file is
 * sorted by pair, then year), so only the series being read is held in memory. Plain or gzip
 * (detected from the first bytes). Each series is handed on as its consecutive runs of positive
 * values; a zero (no trade in the panel) or a missing value ends a run. A bad field fails with
 * {@code file:line: column 'c': 'value' ...} and what is allowed. A COW pair is named by its ISO
 * alpha-2 codes where both states have one ({@link CowCodes}); its file key stays the state codes.
 */
public final class PanelReader {
  private PanelReader() {}

  /**
   * Reads {@code file} and hands each run of each series to {@code sink}, in file order.
   *
   * @throws InvalidInputException for a missing or unreadable file, a header without the format's
   *     columns, a bad field, a series whose rows are not together or whose years do not increase
   */
  public static PanelSource read(Path file, PanelFormat format, Consumer<PanelSeries> sink) {
    return read(file, format, PanelLevel.TOTAL, sink);
  }

  /**
   * Reads {@code file} as {@link #read(Path, PanelFormat, Consumer)} does, a BACI release at the
   * given product level.
   *
   * @throws InvalidInputException as there, and for a product level with a panel that is not BACI
   */
  public static PanelSource read(
      Path file, PanelFormat format, PanelLevel level, Consumer<PanelSeries> sink) {
    if (format == PanelFormat.BACI || (format == PanelFormat.AUTO && Files.isDirectory(file))) {
      return BaciPanel.read(file, level, sink);
    }
    if (level != PanelLevel.TOTAL) {
      throw new InvalidInputException("option '--level': " + level.id()
          + " is not allowed with this panel; product levels are read from a BACI release folder"
          + " (--panel-format baci)");
    }
    String name =
        file.getFileName() == null ? file.toString() : file.getFileName().toString();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    try (InputStream raw = Files.newInputStream(file);
        DigestInputStream digest = new DigestInputStream(raw, sha);
        BufferedInputStream buffered = new BufferedInputStream(digest, 1 << 16)) {
      buffered.mark(2);
      int b0 = buffered.read();
      int b1 = buffered.read();
      buffered.reset();
      InputStream text =
          b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
      BufferedReader in =
          new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
      Parser p = new Parser(file.toString(), format, sink);
      p.run(in);
      buffered.transferTo(OutputStream.nullOutputStream());
      return new PanelSource(
          name,
          HexFormat.of().formatHex(sha.digest()),
          p.format,
          p.rows,
          p.series,
          p.runs,
          p.firstYear,
          p.lastYear);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          "option '--panel': " + file + " does not exist; expected a panel file (csv or csv.gz)");
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The consecutive runs of positive values of one series, as {@link #read} hands them on: a
   * missing year (a gap), a zero or NaN ends a run.
   *
   * @param years increasing years
   * @param values the value of each year
   */
  public static List<PanelSeries> runs(String id, int[] years, double[] values) {
    List<PanelSeries> out = new ArrayList<>();
    Parser p = new Parser(id, PanelFormat.LONG, out::add);
    for (int i = 0; i < years.length; i++) {
      p.accept(id, null, years[i], values[i]);
    }
    p.flush();
    return out;
  }

  /** The state of one pass over the rows. */
  static final class Parser {
    private final String source;
    private final Consumer<PanelSeries> sink;
    PanelFormat format;
    long rows;
    int series;
    int runs;
    int firstYear;
    int lastYear;
    private int lineNo;
    private String[] header = new String[0];
    private int[] col = new int[0];
    private final Set<String> done = new HashSet<>();
    private String current;
    private String currentName;
    private int lastRowYear;
    private final List<Integer> years = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private int runStart;

    Parser(String source, PanelFormat format, Consumer<PanelSeries> sink) {
      this.source = source;
      this.format = format;
      this.sink = sink;
    }

    void run(BufferedReader in) throws IOException {
      String line = in.readLine();
      lineNo = 1;
      if (line == null) {
        throw new InvalidInputException(source + ":1: the file is empty; expected a header");
      }
      header(CsvLine.split(line.startsWith("\uFEFF") ? line.substring(1) : line));
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        row(CsvLine.split(line));
      }
      flush();
    }

    private void header(List<String> names) {
      header = names.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
      List<String> h = List.of(header);
      if (format == PanelFormat.AUTO) {
        format = h.containsAll(PanelFormat.COW_COLUMNS) ? PanelFormat.COW : PanelFormat.LONG;
      }
      List<String> need =
          format == PanelFormat.COW ? PanelFormat.COW_COLUMNS : PanelFormat.LONG_COLUMNS;
      col = new int[need.size()];
      for (int i = 0; i < need.size(); i++) {
        col[i] = h.indexOf(need.get(i));
        if (col[i] < 0) {
          throw new InvalidInputException(source + ":1: the header has no column '" + need.get(i)
              + "'; a " + format.id() + " panel needs " + String.join(",", need)
              + (format == PanelFormat.LONG
                  ? " (or a COW file: ccode1,ccode2,year,flow1,flow2)"
                  : ""));
        }
      }
    }

    private void row(List<String> f) {
      rows++;
      String id;
      String name = null;
      int year;
      double value;
      if (format == PanelFormat.COW) {
        long c1 = whole(f, col[0], "a COW state code (whole number)");
        long c2 = whole(f, col[1], "a COW state code (whole number)");
        id = c1 + "-" + c2;
        name = CowCodes.pairId(c1, c2);
        year = year(f, col[2]);
        double a = flow(f, col[3]);
        double b = flow(f, col[4]);
        value = Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a + b;
      } else {
        id = field(f, col[0]).trim();
        if (id.isEmpty()) {
          throw InvalidInputException.at(
              source, lineNo, "series", "", "is not allowed; expected a series id");
        }
        year = year(f, col[1]);
        String v = field(f, col[2]).trim();
        if (v.isEmpty() || v.equalsIgnoreCase("NA")) {
          value = Double.NaN;
        } else {
          value =
              number(v, "value", "is not allowed; expected a positive number or empty (missing)");
          if (!(value > 0) || !Double.isFinite(value)) {
            throw InvalidInputException.at(
                source,
                lineNo,
                "value",
                v,
                "is not allowed; expected a positive number or empty (missing)");
          }
        }
      }
      accept(id, name, year, value);
    }

    /**
     * Takes one value of a series (NaN when missing; not positive ends a run): a series' values must
     * come together, in increasing years.
     */
    void accept(String id, String name, int year, double value) {
      if (!id.equals(current)) {
        flush();
        if (!done.add(id)) {
          throw new InvalidInputException(source + ":" + lineNo + ": series '" + id
              + "' appears again after other series; a panel's rows must be grouped by series");
        }
        current = id;
        currentName = name == null ? id : name;
        lastRowYear = Integer.MIN_VALUE;
      } else if (year <= lastRowYear) {
        throw InvalidInputException.at(
            source,
            lineNo,
            "year",
            Integer.toString(year),
            "is not allowed: it follows " + lastRowYear + " in series '" + id
                + "'; expected increasing years within a series");
      }
      if (!(value > 0) || (!years.isEmpty() && year != years.get(years.size() - 1) + 1)) {
        endRun();
      }
      if (value > 0) {
        years.add(year);
        values.add(value);
      }
      lastRowYear = year;
    }

    private void endRun() {
      if (years.isEmpty()) {
        return;
      }
      int[] y = years.stream().mapToInt(Integer::intValue).toArray();
      double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
      years.clear();
      values.clear();
      firstYear = firstYear == 0 ? y[0] : Math.min(firstYear, y[0]);
      lastYear = Math.max(lastYear, y[y.length - 1]);
      runs++;
      runStart++;
      sink.accept(new PanelSeries(currentName, AnnualSeries.of(currentName, y, v), current));
    }

    void flush() {
      endRun();
      if (current != null && runStart > 0) {
        series++;
      }
      runStart = 0;
    }

    private String field(List<String> f, int i) {
      if (i >= f.size()) {
        throw new InvalidInputException(source + ":" + lineNo + ": the row has " + f.size()
            + " fields; expected " + header.length + " (" + String.join(",", header) + ")");
      }
      return f.get(i);
    }

    private int year(List<String> f, int i) {
      return (int)
          wholeIn(field(f, i).trim(), header[i], 1000, 3000, "a calendar year (1000-3000)");
    }

    private long whole(List<String> f, int i, String allowed) {
      return wholeIn(field(f, i).trim(), header[i], 0, 1_000_000, allowed);
    }

    private long wholeIn(String v, String column, long lo, long hi, String allowed) {
      long x;
      try {
        x = Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw InvalidInputException.at(
            source, lineNo, column, v, "is not allowed; expected " + allowed);
      }
      if (x < lo || x > hi) {
        throw InvalidInputException.at(
            source, lineNo, column, v, "is not allowed; expected " + allowed);
      }
      return x;
    }

    /** A COW flow: empty, NA or -9 is missing (NaN); else a number ≥ 0. */
    private double flow(List<String> f, int i) {
      String v = field(f, i).trim();
      if (v.isEmpty() || v.equalsIgnoreCase("NA") || v.equals("-9")) {
        return Double.NaN;
      }
      String allowed =
          "is not allowed; expected a number >= 0 (US$ million), or empty, NA or -9 (missing)";
      double x = number(v, header[i], allowed);
      if (!(x >= 0) || !Double.isFinite(x)) {
        throw InvalidInputException.at(source, lineNo, header[i], v, allowed);
      }
      return x;
    }

    private double number(String v, String column, String allowed) {
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw InvalidInputException.at(source, lineNo, column, v, allowed);
      }
    }
  }
}
