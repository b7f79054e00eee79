package org.tradetarget.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small RFC 4180 CSV reader that keeps the line number of every record, so that each error can
 * name the file and line. The first record is the header. Fields may be quoted with double quotes
 * (a doubled quote inside is a literal quote) and may then contain commas and line breaks.
 */
public final class CsvRecords {
  private final String source;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final List<Row> rows;

  /** One data record with the physical line it starts on (1-based, the header is line 1). */
  public final class Row {
    private final int line;
    private final List<String> fields;

    private Row(int line, List<String> fields) {
      this.line = line;
      this.fields = fields;
    }

    /** The line this record starts on. */
    public int line() {
      return line;
    }

    /** The field of {@code column}, trimmed; empty when the column is absent in this file. */
    public String get(String column) {
      Integer i = index.get(column);
      return i == null || i >= fields.size() ? "" : fields.get(i).trim();
    }

    /** Whether the field is empty. */
    public boolean isEmpty(String column) {
      return get(column).isEmpty();
    }

    /**
     * The column as a corridor id ({@link Corridor#of(String)}).
     *
     * @throws InvalidInputException naming the line, the column, the value and the valid ids
     */
    public Corridor corridor(String column) {
      try {
        return Corridor.of(get(column));
      } catch (IllegalArgumentException e) {
        throw bad(column, get(column), "is not a known corridor; valid: " + Corridor.validIds());
      }
    }

    /** Parses an integer year field, or fails naming file, line, column and value. */
    public int year(String column) {
      String s = get(column);
      int y;
      try {
        y = StrictNumbers.parseInt(s);
      } catch (NumberFormatException e) {
        throw bad(column, s, "is not a year; expected a calendar year such as 2024");
      }
      if (y < 1000 || y > 9999) {
        throw bad(column, s, "is not a four-digit calendar year");
      }
      return y;
    }

    /** Parses a finite number > 0, or fails naming file, line, column and value. */
    public double positive(String column) {
      String s = get(column);
      double v;
      try {
        v = StrictNumbers.parseFinite(s);
      } catch (NumberFormatException e) {
        throw bad(column, s, e.getMessage() + "; expected a finite number > 0");
      }
      if (!Double.isFinite(v) || v <= 0) {
        throw bad(column, s, "is not allowed; expected a finite number > 0");
      }
      return v;
    }

    /** Parses {@code true} or {@code false}. */
    public boolean bool(String column) {
      String s = get(column).toLowerCase(Locale.ROOT);
      if (s.equals("true")) {
        return true;
      }
      if (s.equals("false")) {
        return false;
      }
      throw bad(column, get(column), "is not allowed; expected true or false");
    }

    /** An error about this row's field. */
    public InvalidInputException bad(String column, String value, String allowed) {
      return InvalidInputException.at(source, line, column, value, allowed);
    }

    /** An error about this row as a whole. */
    public InvalidInputException bad(String message) {
      return new InvalidInputException(source + ":" + line + ": " + message);
    }
  }

  private CsvRecords(
      String source, List<String> header, List<int[]> lines, List<List<String>> recs) {
    this.source = source;
    this.header = Collections.unmodifiableList(header);
    this.index = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    List<Row> rs = new ArrayList<>();
    for (int i = 0; i < recs.size(); i++) {
      rs.add(new Row(lines.get(i)[0], Collections.unmodifiableList(recs.get(i))));
    }
    this.rows = Collections.unmodifiableList(rs);
  }

  /**
   * Reads all records.
   *
   * @param source the file name used in error messages
   * @throws InvalidInputException for an empty input, an unterminated quote or a record with more
   *     fields than the header
   */
  public static CsvRecords read(String source, Reader reader) {
    List<List<String>> recs = new ArrayList<>();
    List<int[]> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      int line = 1;
      boolean afterCr = false;
      int c = r.read();
      if (c == 0xFEFF) {
        c = r.read();
      }
      while (c != -1) {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean endOfRecord = false;
        while (!endOfRecord) {
          if (c == -1) {
            if (quoted) {
              throw new InvalidInputException(source + ":" + start
                  + ": a quoted field is not closed before the end of the file");
            }
            break;
          }
          if (afterCr) {
            afterCr = false;
            if (c == '\n') {
              // the LF of a CRLF line end
              c = r.read();
              continue;
            }
          }
          if (quoted) {
            if (c == '"') {
              int n = r.read();
              if (n == '"') {
                f.append('"');
                c = r.read();
              } else {
                quoted = false;
                c = n;
              }
              continue;
            }
            if (c == '\n') {
              line++;
            }
            f.append((char) c);
            c = r.read();
            continue;
          }
          switch (c) {
            case '"' -> quoted = true;
            case ',' -> {
              fields.add(f.toString());
              f.setLength(0);
            }
            case '\r' -> {
              // a CRLF or a lone CR (classic Mac) line end
              line++;
              endOfRecord = true;
              afterCr = true;
            }
            case '\n' -> {
              line++;
              endOfRecord = true;
            }
            default -> f.append((char) c);
          }
          c = r.read();
        }
        fields.add(f.toString());
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
          recs.add(fields);
          lines.add(new int[] {start});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (recs.isEmpty()) {
      throw new InvalidInputException(
          source + ": the file is empty; expected a header line and data");
    }
    if (recs.get(0).size() == 1 && recs.get(0).get(0).contains(";")) {
      throw new InvalidInputException(source + ":1: the fields are separated by ';' (header '"
          + recs.get(0).get(0).trim() + "'); expected a comma-separated file with a point as the"
          + " decimal mark: save it as CSV with ',' between fields and '.' in numbers");
    }
    List<String> header = new ArrayList<>();
    for (String h : recs.get(0)) {
      header.add(h.trim().toLowerCase(Locale.ROOT));
    }
    List<List<String>> data = recs.subList(1, recs.size());
    List<int[]> dataLines = lines.subList(1, lines.size());
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i).size() > header.size()) {
        throw new InvalidInputException(source + ":" + dataLines.get(i)[0] + ": "
            + data.get(i).size() + " fields but the header has " + header.size());
      }
    }
    return new CsvRecords(source, header, new ArrayList<>(dataLines), new ArrayList<>(data));
  }

  private static String shorten(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  /** The file name used in messages. */
  public String source() {
    return source;
  }

  /** The header, lower-cased and trimmed. */
  public List<String> header() {
    return header;
  }

  /** Whether the header has {@code column}. */
  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** The data records in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** Fails unless every column is in the header, naming the missing ones. */
  public void require(String what, String... columns) {
    List<String> missing = new ArrayList<>();
    for (String c : columns) {
      if (!has(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          source + ":1: the header lacks " + String.join(", ", missing) + "; " + what
              + " needs the columns " + String.join(",", columns) + " (found: "
              + shorten(String.join(",", header)) + ")");
    }
  }
}
