package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The overall ranking across corridors is the plain mean of each corridor's mean score. */
final class BacktestAllTest {
  @Test
  void overallRankingIsTheMeanOfTheCorridorScores() {
    CliRunner.Result r = CliRunner.run(
        "backtest",
        "--corridor",
        "all",
        "--models",
        "rw-drift,log-linear",
        "--horizon",
        "2",
        "--min-train",
        "8");
    assertEquals(0, r.code(), r.toString());
    Matcher m = Pattern.compile("^\\s+\\d+\\. rw-drift\\s+([0-9.]+)$", Pattern.MULTILINE)
        .matcher(r.out());
    List<Double> scores = new java.util.ArrayList<>();
    while (m.find()) {
      scores.add(Double.parseDouble(m.group(1)));
    }
    // VN-LA, VN-KH, then overall; KH-LA (3 points) is too short for 8 training points
    assertEquals(3, scores.size(), r.out());
    assertEquals((scores.get(0) + scores.get(1)) / 2, scores.get(2), 1e-4 + 1e-12);
    assertTrue(r.out().contains("Not backtested: KH-LA"), r.out());
  }

  @Test
  void allCorridorsHasNoCsvForm() {
    CliRunner.Result r = CliRunner.run(
        "backtest",
        "--corridor",
        "all",
        "--models",
        "rw-drift",
        "--horizon",
        "2",
        "--format",
        "csv");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
