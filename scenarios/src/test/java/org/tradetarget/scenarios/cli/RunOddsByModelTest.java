package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} shows the odds by model in its table, results.csv, results.json and report. */
final class RunOddsByModelTest {
  @TempDir
  Path dir;

  private Path scenario(String extra) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(
        f,
        "name: s\nassumed_deadline: 2030\nmodel:\n  kind: rw-drift\ncorridors:\n  VN-LA: {}\n"
            + "simulation:\n  paths: 4000\n  seed: 7\n" + extra);
    return f;
  }

  @Test
  void everyOutputHasTheOddsByModel_andResultsCsvRowsMatchResultsJson() throws Exception {
    Path f = scenario("");
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("run", f.toString(), "--out", out.toString(), "--force");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("s, VN-LA: odds by model"), r.out());
    assertTrue(r.out().contains("cannot fit: logistic"), r.out());
    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode kinds = json.get("corridors").get(0).get("odds_by_model").get("kinds");
    int checked = 0;
    for (JsonNode k : kinds) {
      String kind = k.get("kind").asText();
      String prefix = "s,VN-LA,2030,p_met_by_deadline@kind=" + kind + ",";
      List<String> hits = csv.stream().filter(l -> l.startsWith(prefix)).toList();
      if (k.get("fits").asBoolean()) {
        assertEquals(1, hits.size(), kind);
        assertEquals(
            k.get("p_met_by_deadline").asDouble(),
            Double.parseDouble(hits.get(0).substring(prefix.length())),
            0);
        checked++;
      } else {
        assertEquals(0, hits.size(), kind);
        assertFalse(k.get("reason").asText().isEmpty());
      }
    }
    assertEquals(8, checked); // nine kinds, logistic cannot fit VN-LA
    // the rw-drift row is the scenario's own headline
    JsonNode c = json.get("corridors").get(0);
    assertEquals(
        c.get("p_met_by_deadline").asDouble(),
        kinds.get(0).get("p_met_by_deadline").asDouble(),
        0);
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("s,VN-LA,,ensemble_weight@kind=arima,")));
    // the ensemble row carries the panel's ensemble score, and the note says which mixture that is
    assertTrue(
        r.out().contains("The panel's ensemble mixes rw-drift, log-linear, holt, holt-damped and"),
        r.out());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("id='odds-by-model'") && html.contains("by model kind"), "report");
  }

  @Test
  void switchedOff_runHasNoOddsByModel() throws Exception {
    Path f = scenario("outputs:\n  odds_by_model: false\n");
    assertEquals(0, CliRunner.run("validate", f.toString()).code());
    CliRunner.Result r =
        CliRunner.run("run", f.toString(), "--out", dir.resolve("o").toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertFalse(r.out().contains("@kind="), r.out());
    CliRunner.Result bad =
        CliRunner.run("validate", scenario("outputs:\n  odds_by_model: maybe\n").toString());
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("outputs.odds_by_model"), bad.err());
  }
}
