package org.tradetarget.scenarios.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size limits the code keeps: no main source file over 500 lines in any module, and the command
 * line package {@code scenarios.cli} under 2,500 lines in all, so that logic lives in the library
 * and the run/report stages rather than in option handling.
 */
final class SourceSizeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final int MAX_FILE_LINES = 500;
  private static final int MAX_CLI_LINES = 2_500;

  @Test
  void noMainSourceFileIsOver500Lines() {
    List<String> tooLong = Stream.of("core", "scenarios", "spark", "benchmarks")
        .map(m -> ROOT.resolve(m).resolve("src/main/java"))
        .filter(Files::isDirectory)
        .flatMap(SourceSizeTest::javaFiles)
        .filter(p -> lines(p) > MAX_FILE_LINES)
        .map(p -> ROOT.relativize(p) + " (" + lines(p) + " lines)")
        .toList();
    assertTrue(tooLong.isEmpty(), "over " + MAX_FILE_LINES + " lines: " + tooLong);
  }

  @Test
  void theCommandLinePackageStaysUnder2500Lines() {
    Path cli = ROOT.resolve("scenarios/src/main/java/org/tradetarget/scenarios/cli");
    long total = javaFiles(cli).mapToLong(SourceSizeTest::lines).sum();
    assertTrue(total > 0, "no sources found under " + cli);
    assertTrue(
        total < MAX_CLI_LINES,
        "scenarios.cli has " + total + " lines; the limit is under " + MAX_CLI_LINES);
  }

  @Test
  void theCounterSeesAFileOverTheLimit(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path big = dir.resolve("Big.java");
    Files.writeString(big, "x\n".repeat(MAX_FILE_LINES + 1));
    assertTrue(lines(big) == MAX_FILE_LINES + 1);
    assertTrue(javaFiles(dir).count() == 1);
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lines(Path p) {
    try (Stream<String> s = Files.lines(p)) {
      return s.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
