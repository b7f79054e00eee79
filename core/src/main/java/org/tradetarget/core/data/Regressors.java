package org.tradetarget.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exogenous regressors with their values by calendar year: columns of a regressor file ({@link
 * RegressorsCsv}), known for the years the file has, followed by break dummies ({@link Dummy}),
 * known for every year. A fit reads them over its fitted years and its projection over the
 * horizon; a year the file lacks is an error naming the file. Where they were declared (a scenario
 * file's line and column of {@code xreg.file} and of {@code dummies}) may be attached with {@link
 * #declaredAt}, and then leads the messages about them. Immutable.
 */
public final class Regressors {
  private static final Regressors NONE =
      new Regressors("", List.of(), new TreeMap<>(), List.of(), "", "");

  private final String source;
  private final List<String> fileColumns;
  private final NavigableMap<Integer, double[]> rows;
  private final List<Dummy> dummies;
  private final String fileAt;
  private final String dummiesAt;

  private Regressors(
      String source,
      List<String> fileColumns,
      NavigableMap<Integer, double[]> rows,
      List<Dummy> dummies,
      String fileAt,
      String dummiesAt) {
    this.source = source;
    this.fileColumns = List.copyOf(fileColumns);
    this.rows = rows;
    this.dummies = List.copyOf(dummies);
    this.fileAt = fileAt;
    this.dummiesAt = dummiesAt;
  }

  /** No regressors. */
  public static Regressors none() {
    return NONE;
  }

  /**
   * Columns of a file.
   *
   * @param source the file, as messages name it
   * @param columns the column names, in order
   * @param rows year → the columns' values in that year (one value per column)
   * @throws IllegalArgumentException for a row of the wrong length or a repeated name
   */
  public static Regressors of(String source, List<String> columns, Map<Integer, double[]> rows) {
    TreeMap<Integer, double[]> copy = new TreeMap<>();
    for (Map.Entry<Integer, double[]> e : rows.entrySet()) {
      if (e.getValue().length != columns.size()) {
        throw new IllegalArgumentException("row " + e.getKey() + " has " + e.getValue().length
            + " values for " + columns.size() + " columns");
      }
      copy.put(e.getKey(), e.getValue().clone());
    }
    Regressors r = new Regressors(source, columns, copy, List.of(), "", "");
    r.requireDistinct();
    return r;
  }

  /**
   * These regressors with break dummies after them.
   *
   * @throws IllegalArgumentException when a name repeats one already present
   */
  public Regressors withDummies(List<Dummy> more) {
    List<Dummy> all = new ArrayList<>(dummies);
    all.addAll(more);
    Regressors r = new Regressors(source, fileColumns, rows, all, fileAt, dummiesAt);
    r.requireDistinct();
    return r;
  }

  private void requireDistinct() {
    Set<String> seen = new HashSet<>();
    for (String n : names()) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException("regressor '" + n + "' is given twice");
      }
    }
  }

  /**
   * These regressors with where they were declared, for messages: e.g. {@code
   * scenario.yaml:4:17: model.xreg.file}.
   *
   * @param file where the file's columns were declared, or empty
   * @param dummiesDeclared where the dummies were declared, or empty
   */
  public Regressors declaredAt(String file, String dummiesDeclared) {
    return new Regressors(source, fileColumns, rows, dummies, file, dummiesDeclared);
  }

  /**
   * Where regressor {@code index} ({@link #names()} order) was declared, followed by ": ", or empty
   * when not known; for {@code -1} (all of them) the file's declaration, else the dummies'.
   */
  public String declaration(int index) {
    boolean file = index >= 0 ? index < fileColumns.size() : !fileColumns.isEmpty();
    String at = file ? fileAt : dummiesAt;
    return at.isEmpty() ? "" : at + ": ";
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return fileColumns.isEmpty() && dummies.isEmpty();
  }

  /** The number of regressors. */
  public int size() {
    return fileColumns.size() + dummies.size();
  }

  /** The names: the file's columns, then the dummies' ({@link Dummy#name()}). */
  public List<String> names() {
    List<String> out = new ArrayList<>(fileColumns);
    for (Dummy d : dummies) {
      out.add(d.name());
    }
    return Collections.unmodifiableList(out);
  }

  /** The dummies, in order. */
  public List<Dummy> dummies() {
    return dummies;
  }

  /** The file the columns come from, or empty when there are none. */
  public String source() {
    return source;
  }

  /** Whether every regressor is known in {@code year}. */
  public boolean covers(int year) {
    return fileColumns.isEmpty() || rows.containsKey(year);
  }

  /**
   * The regressors' values in a year, in {@link #names()} order.
   *
   * @param what what the year is, for the message ("a fitted year", "a horizon year")
   * @throws InvalidInputException naming the file and the year when the file lacks it
   */
  public double[] row(int year, String what) {
    double[] out = new double[size()];
    if (!fileColumns.isEmpty()) {
      double[] r = rows.get(year);
      if (r == null) {
        throw new InvalidInputException(
            declaration(0) + source + ": year " + year + " (" + what + ") is missing;"
                + " expected a row for every fitted year and every horizon year"
                + (rows.isEmpty() ? "" : " (the file has " + span() + ")"));
      }
      System.arraycopy(r, 0, out, 0, r.length);
    }
    for (int j = 0; j < dummies.size(); j++) {
      out[fileColumns.size() + j] = dummies.get(j).value(year);
    }
    return out;
  }

  /**
   * The regressors over years, as columns: {@code [regressor][i]} the value in {@code years[i]}.
   *
   * @throws InvalidInputException naming the file and the first year it lacks
   */
  public double[][] columns(int[] years, String what) {
    double[][] out = new double[size()][years.length];
    for (int i = 0; i < years.length; i++) {
      double[] r = row(years[i], what);
      for (int j = 0; j < r.length; j++) {
        out[j][i] = r[j];
      }
    }
    return out;
  }

  /**
   * The regressors over the years after {@code lastYear} in steps of {@code step}, as far as every
   * one is known without a gap: {@code [h − 1][regressor]}; dummies alone reach {@code maxSteps}.
   */
  public double[][] futureRows(int lastYear, int step, int maxSteps) {
    List<double[]> out = new ArrayList<>();
    for (int h = 1; h <= maxSteps; h++) {
      int y = lastYear + h * step;
      if (!covers(y)) {
        break;
      }
      out.add(row(y, "a horizon year"));
    }
    return out.toArray(new double[0][]);
  }

  private String span() {
    return rows.firstKey() + "-" + rows.lastKey()
        + (rows.size() == rows.lastKey() - rows.firstKey() + 1 ? "" : " with gaps");
  }

  @Override
  public String toString() {
    return isEmpty() ? "none" : names() + (source.isEmpty() ? "" : " from " + source);
  }
}
