package org.tradetarget.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Target;
import tech.tablesaw.api.Table;

/** Users who work in data frames get the same numbers as the library, missing values kept missing. */
final class TablesTest {
  @Test
  void seriesBecomesYearValueTable() {
    AnnualSeries s = AnnualSeries.of("x", new int[] {2020, 2022}, new double[] {1.5, 2.5});
    Table t = Tables.of(s);
    assertEquals(List.of("year", "value"), t.columnNames());
    assertEquals(2, t.rowCount());
    assertEquals(2022, t.intColumn("year").get(1));
    assertEquals(2.5, t.doubleColumn("value").get(1));
  }

  @Test
  void assessmentsKeepUndefinedValuesMissing() {
    AnnualSeries s = AnnualSeries.of("x", new int[] {2024, 2025}, new double[] {900, 1000});
    TargetAssessment met = TargetArithmetic.assess(Target.of(Corridor.VN_LA, 800, OptionalInt.of(2030)), s, 2030);
    Table t = Tables.ofAssessments(List.of(met));
    assertTrue(t.doubleColumn("required_cagr").isMissing(0));
    assertEquals("met", t.stringColumn("status").get(0));
    // historical from 2024: 1000/900 - 1
    assertEquals(1000.0 / 900.0 - 1, t.doubleColumn("historical_cagr").get(0), 1e-15);
  }
}
