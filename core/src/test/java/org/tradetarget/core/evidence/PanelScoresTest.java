package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;

class PanelScoresTest {
  @TempDir
  Path dir;

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("panel-backtest.csv"), text);
  }

  @Test
  void readsAPanelBacktestCsvAndLooksUpCellsFallingBackToTheLargestHorizonBelow() throws Exception {
    Path f = write("# panel: made up\n" + PanelBacktestResult.SCORES_HEADER + "\n"
        + "rw-drift,1,3-5,none,100,0.5,0.5,0.70,0.90,1.2\n"
        + "rw-drift,1,3-5,held-out,100,0.45,0.5,0.80,0.95,1.1\n"
        + "rw-drift,2,3-5,held-out,90,0.6,0.5,0.80,0.95,1.3\n"
        + "holt,1,3-5,none,0,,,,,\n");
    PanelScores s = PanelScores.read(f);
    assertEquals(List.of("panel: made up"), s.provenance());
    HistoryClass c = HistoryClass.SHORT;
    assertEquals(
        0.45, s.crps(ModelKind.RW_DRIFT, 1, c, PanelScores.Scoring.HELD_OUT).getAsDouble());
    // step 7 is not in the table: the largest step below it (2) answers
    assertEquals(
        0.6, s.crps(ModelKind.RW_DRIFT, 7, c, PanelScores.Scoring.HELD_OUT).getAsDouble());
    // a kind the table has no score for, another class, another kind's cells are empty
    assertTrue(s.crps(ModelKind.HOLT, 1, c, PanelScores.Scoring.NONE).isEmpty());
    assertTrue(s.crps(ModelKind.RW_DRIFT, 1, HistoryClass.LONG, PanelScores.Scoring.NONE)
        .isEmpty());
    assertTrue(s.crps(ModelKind.ARIMA, 1, c, PanelScores.Scoring.NONE).isEmpty());
    assertTrue(s.scores(ModelKind.HOLT));
    assertFalse(s.scores(ModelKind.ARIMA));
    assertEquals(
        1.2,
        s.row(ModelKind.RW_DRIFT, 1, c, PanelScores.Scoring.NONE)
            .orElseThrow()
            .mase()
            .getAsDouble());
  }

  @Test
  void badlyCalibratedRawMeansACoverageMoreThanThreePointsFromNominalEitherWay() throws Exception {
    // 80 % within 3 points (76.9 % is 3.1 below: bad; 77.1 % is 2.9 below: fine), 95 % likewise
    // (98.1 % is 3.1 above: bad, too wide); only the raw (none) rows decide.
    Path f = write(PanelScores.HEADER_WITHOUT_MASE + "\n"
        + "rw-drift,1,3-5,none,1,0.5,0.5,0.769,0.95\n"
        + "rw-drift,1,6-10,none,1,0.5,0.5,0.771,0.921\n"
        + "rw-drift,1,11-20,none,1,0.5,0.5,0.80,0.981\n"
        + "rw-drift,1,21+,none,1,0.5,0.5,0.83,0.95\n"
        + "rw-drift,1,21+,held-out,1,0.5,0.5,0.50,0.60\n");
    PanelScores s = PanelScores.read(f);
    assertTrue(s.badlyCalibratedRaw(ModelKind.RW_DRIFT, 1, HistoryClass.SHORT));
    assertFalse(s.badlyCalibratedRaw(ModelKind.RW_DRIFT, 1, HistoryClass.MEDIUM));
    assertTrue(s.badlyCalibratedRaw(ModelKind.RW_DRIFT, 1, HistoryClass.LONG));
    assertFalse(s.badlyCalibratedRaw(ModelKind.RW_DRIFT, 1, HistoryClass.LONGEST));
    assertFalse(s.badlyCalibratedRaw(ModelKind.ARIMA, 1, HistoryClass.SHORT));
  }

  @Test
  void badLinesNameTheFileLineAndColumn() throws Exception {
    Path f = write(PanelScores.HEADER_WITHOUT_MASE + "\nrw-drift,1,2-4,none,1,0.5,0.5,0.8,0.95\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PanelScores.read(f));
    assertTrue(
        e.getMessage().contains(f + ":2") && e.getMessage().contains("history"), e.getMessage());
    Path g = write(PanelScores.HEADER_WITHOUT_MASE + "\nrw-drift,1,3-5,none,1,0.5,0.5,1.8,0.95\n");
    e = assertThrows(InvalidInputException.class, () -> PanelScores.read(g));
    assertTrue(e.getMessage().contains("coverage80"), e.getMessage());
    Path h = write("kind,horizon\n");
    e = assertThrows(InvalidInputException.class, () -> PanelScores.read(h));
    assertTrue(e.getMessage().contains(":1: the header"), e.getMessage());
    e = assertThrows(
        InvalidInputException.class, () -> PanelScores.read(dir.resolve("missing.csv")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void theBundledTableIsTheSameCowRunAsTheBundledRecalibrationAndMeetsTheHeldOutContract() {
    PanelScores s = PanelScores.bundled();
    // the same panel and command as seeds/recalibration.csv
    for (String line : Recalibration.bundled().provenance().subList(1, 7)) {
      assertTrue(s.provenance().contains(line), line);
    }
    // The contract for the COW run: every kind's held-out coverage of the 80 % and 95 %
    // intervals within 2 points of nominal for every class at every step where it was scored.
    for (ModelKind k : PanelSettings.DEFAULT_KINDS) {
      for (int h = 1; h <= 10; h++) {
        for (HistoryClass c : HistoryClass.values()) {
          var row = s.row(k, h, c, PanelScores.Scoring.HELD_OUT);
          assertTrue(row.isPresent(), k.id() + " " + h + " " + c.label());
          if (row.get().n() > 0) {
            assertEquals(0.80, row.get().coverage80().getAsDouble(), 0.02, row.toString());
            assertEquals(0.95, row.get().coverage95().getAsDouble(), 0.02, row.toString());
          }
        }
      }
    }
    // holt needs more than 5 points: nothing scored in the shortest class
    assertTrue(s.crps(ModelKind.HOLT, 5, HistoryClass.SHORT, PanelScores.Scoring.HELD_OUT)
        .isEmpty());
  }
}
