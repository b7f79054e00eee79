package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.scenarios.report.ComparisonTables;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.Rows;
import org.tradetarget.scenarios.run.ScenarioComparison.Attribution;

/**
 * {@code compare}'s one-at-a-time table is for people: rows where the switch changes nothing are
 * left out and counted, the largest effect comes first, and the numbers look like the other
 * tables' (signed money with thousands separators, percentage points). CSV keeps every row.
 */
final class CompareTableTest {
  @TempDir
  Path dir;

  private static List<String> cells(Rows t, int col) {
    return t.rows().stream().map(r -> (String) r.get(col)).toList();
  }

  @Test
  void unchangedRowsAreLeftOutAndCounted() {
    Rows t = ComparisonTables.oneAtATimeTable(List.of(
        new Attribution("levers.a", "VN-LA", 0.0, 0.0, ""),
        new Attribution("levers.a", "VN-KH", 0.08967999999999998, 2040.3342051592153, ""),
        new Attribution("levers.a", "KH-LA", 0.0, 0.0, ""),
        new Attribution("levers.b", "VN-LA", 0.0, 0.0, "")));
    assertEquals(List.of("VN-KH"), cells(t, 1));
    assertEquals(
        List.of("3 rows left out: the switched assumption leaves that corridor's P(met) and"
            + " median exactly as they were."),
        t.notes());
  }

  @Test
  void aChangeOfTheMedianAloneKeepsTheRow() {
    // P(met) identical, median not: the switch does change something for that corridor
    Rows t = ComparisonTables.oneAtATimeTable(
        List.of(new Attribution("simulation.persistence", "VN-KH", 0.0, 40.2, "")));
    assertEquals(List.of("VN-KH"), cells(t, 1));
    assertEquals("0.0 pts", cells(t, 2).get(0));
    assertEquals("+40.2", cells(t, 3).get(0));
    assertTrue(t.notes().isEmpty(), t.notes().toString());
  }

  @Test
  void rowsAreSortedByTheSizeOfTheEffect() {
    Rows t = ComparisonTables.oneAtATimeTable(List.of(
        new Attribution("small", "VN-LA", 0.014, -3.6, ""),
        new Attribution("broken", "", Double.NaN, Double.NaN, "bad value"),
        new Attribution("tieLowMedian", "KH-LA", -0.09, 15.4, ""),
        new Attribution("largest", "VN-KH", 0.2, -1.0, ""),
        new Attribution("tieHighMedian", "VN-KH", 0.09, -1643.3, "")));
    // |dP| 0.2 > 0.09 = 0.09 > 0.014; the tie goes to the larger |median change| (1643.3 > 15.4);
    // a switch that could not run comes last; money() prints a whole amount without decimals
    assertEquals(
        List.of("largest", "tieHighMedian", "tieLowMedian", "small", "broken"), cells(t, 0));
    assertEquals(List.of("+20.0 pts", "+9.0 pts", "-9.0 pts", "+1.4 pts", "-"), cells(t, 2));
    assertEquals(List.of("-1", "-1,643", "+15.4", "-3.6", "-"), cells(t, 3));
    assertEquals("(bad value)", cells(t, 1).get(4));
  }

  @Test
  void whenNothingChangesOnlyTheNoteIsLeft() {
    Rows t = ComparisonTables.oneAtATimeTable(List.of(new Attribution("x", "VN-KH", 0.0, 0.0, "")));
    String s = Render.table(t);
    assertEquals(
        "No switched assumption changes any corridor's P(met) or median.\n"
            + "1 row left out: the switched assumption leaves that corridor's P(met) and median"
            + " exactly as they were.\n",
        s);
  }

  @Test
  void aLeverOfOneCorridorLeavesTheOtherOutOfTheTableButNotOutOfTheCsv() throws IOException {
    String common = """
        description: test
        corridors:
          VN-KH: {}
          VN-LA: {}
        simulation:
          paths: 3000
          seed: 5
        """;
    Path a = dir.resolve("a.yaml");
    Files.writeString(a, "name: a\n" + common);
    Path b = dir.resolve("b.yaml");
    // the Phnom Penh-Bavet expressway is a VN-KH project: VN-LA's numbers cannot move
    Files.writeString(
        b, "name: b\n" + common + "levers:\n  phnom-penh-bavet-expressway: {probability: 1}\n");
    CliRunner.Result t = CliRunner.run("compare", a.toString(), b.toString());
    assertEquals(0, t.code(), t.toString());
    String table = t.out().substring(t.out().indexOf("Each assumption switched alone"));
    List<String> rows = table.lines().filter(l -> l.startsWith("levers.")).toList();
    assertEquals(1, rows.size(), table);
    assertTrue(rows.get(0).contains("VN-KH"), table);
    assertTrue(rows.get(0).matches(".*\\+\\d+\\.\\d pts\\s+\\+[\\d,.]+$"), rows.get(0));
    assertTrue(table.contains("\n1 row left out: "), table);
    assertFalse(table.contains("VN-LA"), table);

    CliRunner.Result csv = CliRunner.run("compare", a.toString(), b.toString(), "--format", "csv");
    assertEquals(0, csv.code(), csv.toString());
    assertTrue(
        csv.out()
            .contains(
                // a lever one file leaves out is switched whole
                "switch_delta_p_met,levers.phnom-penh-bavet-expressway,VN-LA,,0.0\n"),
        csv.out());
  }
}
