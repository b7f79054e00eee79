package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.TradeFiles;

/**
 * A scenario's trade file is parsed once per process: a 25-point sweep binds the scenario 26 times
 * (the base and each point), and every bind after the first takes the parsed file from the read
 * cache. A changed modification time makes it parse again, so the count is a real count.
 */
final class TradeFileReadOnceTest {
  @TempDir
  Path dir;

  /**
   * 100,000 UN Comtrade Plus rows: Thailand first, then every country after it, each ordered pair
   * with an export and an import row for 1990-2024, until there are 100,000 rows.
   */
  private static Path comtradeRows(Path file) throws IOException {
    List<Country> countries = new ArrayList<>(List.of(Country.of("TH"), Country.of("LA")));
    for (int code = 1; code < 1000; code++) {
      Country.ofNumeric(code).filter(c -> !countries.contains(c)).ifPresent(countries::add);
    }
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("refYear,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,primaryValue\n");
      outer:
      for (Country a : countries) {
        for (Country b : countries) {
          if (a.equals(b)) {
            continue;
          }
          for (int year = 1990; year <= 2024; year++) {
            for (String flow : new String[] {"X", "M"}) {
              if (rows == 100_000) {
                break outer;
              }
              double usd = 1e9 * Math.pow(1.05, year - 1990);
              w.write(String.format(
                  Locale.ROOT, "%d,,%s,%s,,%s,%.0f%n", year, a.alpha3(), flow, b.alpha3(), usd));
              rows++;
            }
          }
        }
      }
    }
    assertEquals(100_000, rows, "the file must hold 100,000 rows");
    return file;
  }

  @Test
  void aTwentyFivePointSweepParsesTheTradeFileOnce() throws IOException {
    Path data = comtradeRows(dir.resolve("comtrade-100k.csv"));
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, """
        name: s
        description: read once
        model:
          kind: rw-drift
        corridors:
          TH-LA:
            data: {file: comtrade-100k.csv, basis: reporter:TH}
            target: {value: 20000, deadline: 2030}
        simulation:
          paths: 200
          seed: 7
        """);
    assertEquals(0, TradeFiles.parses(data));
    CliRunner.Result r = CliRunner.run(
        "sweep",
        scenario.toString(),
        "--vary",
        "simulation.seed=1:25:1",
        "--out",
        dir.resolve("out").toString(),
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    // a header and one row per point: seeds 1, 2, ..., 25 is 25 points
    assertEquals(1 + 25, r.out().lines().count(), r.out());
    assertEquals(1, TradeFiles.parses(data), "parses of the trade file during the sweep");

    // the same file with a new modification time is a changed file: parsed again, once
    Files.setLastModifiedTime(
        data, FileTime.fromMillis(Files.getLastModifiedTime(data).toMillis() + 60_000));
    CliRunner.Result again = CliRunner.run("validate", scenario.toString());
    assertEquals(0, again.code(), again.toString());
    assertEquals(2, TradeFiles.parses(data), "a changed file is parsed again");
  }
}
