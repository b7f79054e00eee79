package org.tradetarget.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.tradetarget.core.data.BaciTotals;
import scala.Tuple2;

/**
 * One series' values summed per year in whole US$, as the reader combines a BACI release's rows
 * (each row one exporter–importer–product value in one year) into a series with a single shuffle:
 * rows are added where they are read, the partial sums of a series merged where it lands. Sums of
 * whole numbers, so rows and parts can come in any order with the same result. Mutable; one
 * thread.
 */
final class YearSums implements Serializable {
  private static final long serialVersionUID = 1L;

  private int[] years = new int[4];
  private long[] dollars = new long[4];
  private int size;

  /** The sums of one row. */
  static YearSums of(long[] yearAndDollars) {
    return new YearSums().add(yearAndDollars);
  }

  /** Adds a row given as {year, whole US$}; returns this. */
  YearSums add(long[] yearAndDollars) {
    add((int) yearAndDollars[0], yearAndDollars[1]);
    return this;
  }

  /** Adds another part's sums; returns this. */
  YearSums merge(YearSums other) {
    for (int i = 0; i < other.size; i++) {
      add(other.years[i], other.dollars[i]);
    }
    return this;
  }

  private void add(int year, long value) {
    for (int i = 0; i < size; i++) {
      if (years[i] == year) {
        dollars[i] += value;
        return;
      }
    }
    if (size == years.length) {
      years = Arrays.copyOf(years, 2 * size);
      dollars = Arrays.copyOf(dollars, 2 * size);
    }
    years[size] = year;
    dollars[size] = value;
    size++;
  }

  /** The years ascending and each year's sum in US$ million ({@link BaciTotals#millions}). */
  Tuple2<int[], double[]> series() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(years[a], years[b]));
    int[] y = new int[size];
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      y[i] = years[order[i]];
      v[i] = BaciTotals.millions(dollars[order[i]]);
    }
    return new Tuple2<>(y, v);
  }
}
