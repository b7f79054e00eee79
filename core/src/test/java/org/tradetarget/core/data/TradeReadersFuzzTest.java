package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.tradetarget.core.testing.Mutator;

/**
 * Fuzzing of every file reader of the library with mutations of valid files ({@link Mutator}):
 * each read either succeeds or fails with an {@link InvalidInputException} (exit 2 at the command
 * line) whose message is one line, within a few seconds; no other exception escapes.
 */
@SuppressWarnings("StringConcatToTextBlock") // inputs written with explicit line ends
final class TradeReadersFuzzTest {
  private static final List<String> TRADE_FILES = List.of(
      "comtrade-plus.csv",
      "comtrade-plus-breakdown.csv",
      "comtrade-bulk.tsv",
      "comtrade-legacy.csv",
      "comtrade-api.json",
      "dots.csv",
      "imts.csv",
      "baci/BACI_HS17_Y2021_V202401.csv",
      "baci/country_codes_V202401.csv");

  private static Path work;

  @BeforeContainer
  static void copyFixtures() throws IOException {
    work = Files.createTempDirectory("trade-fuzz");
    System.out.println("fuzz salt " + Mutator.salt());
  }

  @AfterContainer
  static void removeFixtures() throws IOException {
    try (var s = Files.walk(work)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static byte[] fixture(String name) {
    try {
      return Files.readAllBytes(
          Path.of(TradeReadersFuzzTest.class.getResource("/trade-files/" + name).toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void expectCleanOutcome(Runnable read) {
    assertTimeout(Duration.ofSeconds(5), () -> {
      try {
        read.run();
      } catch (InvalidInputException e) {
        assertTrue(
            e.getMessage() != null
                && !e.getMessage().isBlank()
                && e.getMessage().lines().count() == 1,
            () -> "not one line: " + e.getMessage());
      }
    });
  }

  @Property(seed = "20261202")
  void tradeFilesReadOrFailCleanly(@ForAll @IntRange(min = 0, max = 8) int which, @ForAll long seed)
      throws IOException {
    String name = TRADE_FILES.get(which);
    Random r = Mutator.random(seed);
    byte[] bytes = Mutator.mutate(fixture(name), r);
    Path target;
    if (name.startsWith("baci/")) {
      Path folder = Files.createDirectories(work.resolve("baci-" + seed));
      for (String f : List.of("BACI_HS17_Y2021_V202401.csv", "country_codes_V202401.csv")) {
        Files.write(folder.resolve(f), fixture("baci/" + f));
      }
      Files.write(folder.resolve(name.substring(5)), bytes);
      target = folder;
    } else {
      target = work.resolve(seed + "-" + name);
      Files.write(target, bytes);
    }
    ReadOptions options = r.nextBoolean()
        ? ReadOptions.defaults()
        : ReadOptions.defaults().withScale(ReadOptions.Scale.MILLIONS);
    expectCleanOutcome(() -> {
      TradeData d = Dataset.read(target, options);
      for (Corridor c : Corridor.all()) {
        for (Basis b : List.of(Basis.AVERAGE, Basis.RECONCILED)) {
          try {
            d.series(c, b);
          } catch (InvalidInputException e) {
            // no data of this corridor on this basis
          }
        }
      }
    });
  }

  @Property(seed = "20261203")
  void seriesAndHistoriesReadOrFailCleanly(@ForAll boolean history, @ForAll long seed) {
    String valid = history
        ? "corridor,year,flow,value_usd_million,reporter,flag\n"
            + "VN-KH,2019,total,5100.5,VN,\nVN-KH,2020,total,5200,VN,estimate\n"
            + "VN-KH,2021,\"total\",6100e0,VN,\nVN-LA,2020,total,1400,,\n"
        : "year,value\n2018,100\n2019,\"110.5\"\n2020,121.25\n2021,1.3e2\n";
    byte[] bytes = Mutator.mutate(valid.getBytes(StandardCharsets.UTF_8), Mutator.random(seed));
    expectCleanOutcome(() -> {
      String text = TextFiles.decode("fuzz.csv", bytes);
      if (history) {
        Dataset.readHistory("fuzz.csv", new StringReader(text));
      } else {
        Dataset.readSeries("fuzz.csv", new StringReader(text));
      }
    });
  }
}
