package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for people: a header, aligned columns, numbers right-aligned. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] right;

  /** Creates a table; a header starting with '&gt;' is right-aligned (the marker is dropped). */
  public TextTable(String... header) {
    this.header = new ArrayList<>();
    this.right = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].startsWith(">");
      this.header.add(right[i] ? header[i].substring(1) : header[i]);
    }
  }

  /** Adds a row with one cell per column. */
  public TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Renders with two spaces between columns and a rule under the header. */
  public String render() {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    appendRow(sb, header, w);
    for (int i = 0; i < w.length; i++) {
      sb.append(i > 0 ? "  " : "").append("-".repeat(w[i]));
    }
    sb.append('\n');
    for (List<String> r : rows) {
      appendRow(sb, r, w);
    }
    return sb.toString();
  }

  private void appendRow(StringBuilder sb, List<String> cells, int[] w) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      if (i > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(w[i] - c.length());
      line.append(right[i] ? pad + c : c + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
