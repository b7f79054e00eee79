package org.tradetarget.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Outlook;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
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
    TargetAssessment met =
        TargetArithmetic.assess(Target.of(Corridor.VN_LA, 800, OptionalInt.of(2030)), s, 2030);
    Table t = Tables.ofAssessments(List.of(met));
    assertTrue(t.doubleColumn("required_cagr").isMissing(0));
    assertEquals("met", t.stringColumn("status").get(0));
    // historical from 2024: 1000/900 - 1
    assertEquals(1000.0 / 900.0 - 1, t.doubleColumn("historical_cagr").get(0), 1e-15);
  }

  @Test
  void outlookBecomesOneRowPerSimulatedYear() {
    AnnualSeries s = AnnualSeries.of("x", new int[] {2024, 2025}, new double[] {900, 1000});
    OutlookResult o = Outlook.of(s)
        .target(1500, 2029)
        .model(
            ModelKind.CONSTANT_GROWTH, ModelParams.none().with("rate", "0.1").with("sigma", "0.2"))
        .quantiles(0.025, 0.5)
        .band(50)
        .paths(4_000)
        .seed(3)
        .run();
    Table t = Tables.of(o);
    assertEquals(
        List.of(
            "year",
            "mean",
            "q02.5",
            "q25",
            "q50",
            "q75",
            "p_at_or_above",
            "se_at_or_above",
            "p_met_by",
            "se_met_by"),
        t.columnNames());
    assertEquals(4, t.rowCount()); // 2026..2029: the base year is not a checkpoint
    for (int i = 0; i < 4; i++) {
      int year = 2026 + i;
      assertEquals(year, t.intColumn("year").get(i));
      assertEquals(o.mean(year), t.doubleColumn("mean").get(i), 0.0);
      assertEquals(o.quantile(year, 0.025), t.doubleColumn("q02.5").get(i), 0.0);
      assertEquals(o.quantile(year, 0.75), t.doubleColumn("q75").get(i), 0.0);
      assertEquals(o.atOrAbove(year), t.doubleColumn("p_at_or_above").get(i), 0.0);
      assertEquals(o.metBy(year), t.doubleColumn("p_met_by").get(i), 0.0);
      double p = t.doubleColumn("p_met_by").get(i);
      assertEquals(Math.sqrt(p * (1 - p) / 4_000), t.doubleColumn("se_met_by").get(i), 1e-15);
    }
    // first passage: met by a year is never below at or above in it
    for (int i = 0; i < 4; i++) {
      assertTrue(
          t.doubleColumn("p_met_by").get(i) >= t.doubleColumn("p_at_or_above").get(i));
    }
  }

  @Test
  void quantileNamesReadAsPercent() {
    assertEquals("q05", Tables.quantileName(0.05));
    assertEquals("q50", Tables.quantileName(0.5));
    assertEquals("q02.5", Tables.quantileName(0.025));
    assertEquals("q97.5", Tables.quantileName(0.975));
  }
}
