package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command's result as rows: column names and one typed cell per column, plus headings and notes
 * (lines that table output prints above and under the table). {@link Render} writes it as a table, CSV or JSON.
 *
 * <p>Cells are plain values: {@code String}, {@code Integer}/{@code Long}, {@code Double},
 * {@code Boolean}, {@code OptionalDouble}/{@code OptionalInt}, a {@code List} or array, and
 * {@code null} for "undefined"; JSON output also takes nested {@code Map}s and Jackson nodes. A
 * column name starting with {@code >} is right-aligned in table output (the marker is dropped).
 */
public final class Rows {
  private final List<String> names = new ArrayList<>();
  private final boolean[] right;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();

  /** Rows with these columns; {@code >name} is right-aligned in a table. */
  public Rows(String... header) {
    right = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].startsWith(">");
      names.add(right[i] ? header[i].substring(1) : header[i]);
    }
  }

  /** Rows with these columns. */
  public Rows(List<String> header) {
    this(header.toArray(new String[0]));
  }

  /** Adds a row with one cell per column. */
  public Rows add(Object... cells) {
    if (cells.length != names.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + names.size() + " columns");
    }
    rows.add(Arrays.asList(cells.clone()));
    return this;
  }

  /** Adds a line that table output prints under the table. */
  public Rows note(String line) {
    notes.add(line);
    return this;
  }

  /** Adds a line that table output prints above the table. */
  public Rows heading(String line) {
    headings.add(line);
    return this;
  }

  /** The same rows with only the named columns, in the given order (no headings or notes). */
  public Rows select(String... columns) {
    int[] idx = new int[columns.length];
    String[] header = new String[columns.length];
    for (int k = 0; k < columns.length; k++) {
      idx[k] = names.indexOf(columns[k]);
      if (idx[k] < 0) {
        throw new IllegalArgumentException("no column '" + columns[k] + "'; columns are " + names);
      }
      header[k] = (right[idx[k]] ? ">" : "") + columns[k];
    }
    Rows s = new Rows(header);
    for (List<Object> r : rows) {
      Object[] cells = new Object[idx.length];
      for (int k = 0; k < idx.length; k++) {
        cells[k] = r.get(idx[k]);
      }
      s.add(cells);
    }
    return s;
  }

  /** The column names (without the alignment marker). */
  public List<String> names() {
    return List.copyOf(names);
  }

  /** Whether column i is right-aligned in a table. */
  public boolean rightAligned(int i) {
    return right[i];
  }

  /** The rows, each a list of cells (which may be null). */
  public List<List<Object>> rows() {
    return java.util.Collections.unmodifiableList(rows);
  }

  /** The headings. */
  public List<String> headings() {
    return List.copyOf(headings);
  }

  /** The notes. */
  public List<String> notes() {
    return List.copyOf(notes);
  }
}
