package org.tradetarget.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * A series' rows summed per year in whole US$ however the rows are split into parts and merged,
 * checked against sums worked by hand.
 */
class YearSumsTest {
  @Test
  void rowsInAnyOrderAndPartsGiveTheSameSumsPerYearInYearOrder() {
    // 2001: 1,500 + 2,250 = 3,750 US$; 1999: 1,000,000 US$; 2000: 7 + 3 = 10 US$; five years
    // (one more than the first capacity).
    long[][] rows = {
      {2001, 1_500}, {1999, 1_000_000}, {2000, 7}, {2003, 1}, {2001, 2_250}, {2002, 40}, {2000, 3}
    };
    YearSums oneByOne = YearSums.of(rows[0]);
    for (int i = 1; i < rows.length; i++) {
      oneByOne.add(rows[i]);
    }
    // the same rows in two parts, read in another order and merged
    YearSums a = YearSums.of(rows[6]).add(rows[4]).add(rows[2]);
    YearSums b = YearSums.of(rows[5]).add(rows[3]).add(rows[1]).add(rows[0]);
    YearSums merged = b.merge(a);
    int[] years = {1999, 2000, 2001, 2002, 2003};
    double[] millions = {1.0, 0.00001, 0.00375, 0.00004, 0.000001};
    for (YearSums s : new YearSums[] {oneByOne, merged}) {
      Tuple2<int[], double[]> t = s.series();
      assertArrayEquals(years, t._1());
      assertArrayEquals(millions, t._2(), 0.0);
    }
  }
}
