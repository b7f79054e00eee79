package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.tradetarget.core.testing.Mutator;

/**
 * Fuzzing through the command's entry point with mutations of valid inputs ({@link Mutator}): the
 * bundled scenario files (through {@code validate}), the user CSV forms (through {@code data
 * --input}) and command lines of the quick commands. Each run must end in exit 0 or 2 within a few
 * seconds, and exit 2 must be bad-input lines without a stack trace.
 */
@SuppressWarnings("StringConcatToTextBlock") // inputs written with explicit line ends
final class InputsFuzzTest {
  private static Path work;
  private static List<String> scenarios;

  @BeforeContainer
  static void copyScenarios() throws IOException {
    work = Files.createTempDirectory("inputs-fuzz");
    List<String> names = new ArrayList<>();
    // the module folder holds the bundled scenarios; copied, so that extends finds the parents
    try (Stream<Path> s = Files.list(Path.of("."))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Files.copy(p, work.resolve(p.getFileName()));
        names.add(p.getFileName().toString());
      }
    }
    assertTrue(names.size() >= 5, "the bundled scenarios are beside the module's pom: " + names);
    scenarios = names;
    System.out.println("fuzz salt " + Mutator.salt());
  }

  @AfterContainer
  static void remove() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void expectCleanOutcome(String... args) {
    CliRunner.Result r = assertTimeout(Duration.ofSeconds(10), () -> CliRunner.run(args));
    assertTrue(r.code() == Main.OK || r.code() == Main.BAD_INPUT, r::toString);
    if (!List.of(args).contains("--debug")) {
      assertFalse(r.err().contains("\tat "), r::toString);
    }
    if (r.code() == Main.BAD_INPUT) {
      assertFalse(r.err().isBlank(), r::toString);
      assertTrue(
          r.err()
              .lines()
              .allMatch(l -> l.startsWith("tradetarget")
                  || l.startsWith("\tat ")
                  || l.startsWith("Caused by")
                  || l.startsWith("\t...")
                  || List.of(args).contains("--debug")),
          r::toString);
    }
  }

  @Property(seed = "20261204")
  void mutatedScenarioFilesValidateOrFailCleanly(
      @ForAll @IntRange(min = 0, max = 99) int which, @ForAll long seed) throws IOException {
    String name = scenarios.get(which % scenarios.size());
    byte[] bytes = Mutator.mutate(Files.readAllBytes(work.resolve(name)), Mutator.random(seed));
    Path f = work.resolve("m" + seed + ".yaml");
    Files.write(f, bytes);
    try {
      expectCleanOutcome("validate", f.toString());
    } finally {
      Files.delete(f);
    }
  }

  @Property(seed = "20261205")
  void mutatedCsvFilesReadOrFailCleanly(@ForAll boolean history, @ForAll long seed)
      throws IOException {
    String valid = history
        ? "corridor,year,flow,value_usd_million,reporter,flag,source\n"
            + "VN-KH,2019,total,5100.5,VN,,\"GSO, 2020\"\nVN-KH,2020,total,5200,VN,estimate,x\n"
            + "VN-KH,2021,total,6100e0,VN,,\nVN-LA,2020,total,1400,,,\n"
        : "year,value\n2018,100\n2019,\"110.5\"\n2020,121.25\n2021,1.3e2\n";
    byte[] bytes = Mutator.mutate(valid.getBytes(StandardCharsets.UTF_8), Mutator.random(seed));
    Path f = work.resolve("m" + seed + ".csv");
    Files.write(f, bytes);
    try {
      expectCleanOutcome("data", "--input", f.toString(), "--format", "csv");
    } finally {
      Files.delete(f);
    }
  }

  private static final List<List<String>> COMMANDS = List.of(
      List.of(
          "simulate",
          "--start",
          "100",
          "--start-year",
          "2025",
          "--drift",
          "0.05",
          "--sigma",
          "0.1",
          "--years",
          "5",
          "--paths",
          "500",
          "--target",
          "130"),
      List.of(
          "simulate",
          "--start",
          "100",
          "--start-year",
          "2025",
          "--drift",
          "0.05",
          "--sigma",
          "0.1",
          "--years",
          "3",
          "--paths",
          "300",
          "--jump-prob",
          "0.1",
          "--jump-mean",
          "-0.1",
          "--shocks",
          "t:5",
          "--format",
          "json"),
      List.of(
          "required-growth",
          "--base",
          "100",
          "--base-year",
          "2025",
          "--target",
          "200",
          "--deadline",
          "2030"),
      List.of("project", "--corridor", "VN-KH", "--model", "cagr", "--horizon", "3"),
      List.of("targets", "--format", "csv"),
      List.of("levers", "--format", "json"),
      List.of("data", "--corridor", "VN-LA"));

  @Property(seed = "20261206")
  void mutatedCommandLinesRunOrFailCleanly(
      @ForAll @IntRange(min = 0, max = 6) int which, @ForAll long seed) {
    List<String> args = ArgMutator.mutateArgs(COMMANDS.get(which), Mutator.random(seed));
    // never a command that writes files into the working folder
    if (args.contains("run")
        || args.contains("sweep")
        || args.contains("tornado")
        || args.contains("serve")
        || args.contains("--out")) {
      return;
    }
    expectCleanOutcome(args.toArray(String[]::new));
  }
}
