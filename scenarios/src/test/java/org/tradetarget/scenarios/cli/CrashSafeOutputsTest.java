package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of {@code run} are written as one set: a run killed with SIGKILL in the middle of
 * writing leaves the previous set byte for byte and no partial file under a final name; a second run
 * on the same folder while the first writes refuses cleanly; an unwritable folder is exit 2. The
 * killed run is a child JVM that pauses after its first staged file (a test-only system property),
 * so the kill lands there every time.
 */
@SuppressWarnings("StringConcatToTextBlock") // inputs written with explicit line ends
final class CrashSafeOutputsTest {
  @TempDir
  Path dir;

  private static final List<String> SET =
      List.of("fan-VN-KH.svg", "report.html", "results.csv", "results.json");

  private Path scenario(String name, long seed) throws IOException {
    return Files.writeString(
        dir.resolve(name + ".yaml"),
        "name: " + name + "\ncorridors:\n  VN-KH: {}\nsimulation:\n  paths: 5000\n  seed: " + seed
            + "\n");
  }

  /** Every entry of the folder, name to bytes (folders as empty arrays). */
  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.toList()) {
        m.put(
            p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
      }
    }
    return m;
  }

  private static Process child(Path go, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        "-D" + OutputFiles.PAUSE_AFTER_STAGING + "=" + go,
        Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** The child's stderr lines, read in the background. */
  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          q.add(l);
        }
      } catch (IOException e) {
        q.add("read failed: " + e);
      }
    });
    t.setDaemon(true);
    t.start();
    return q;
  }

  private static void awaitLine(BlockingQueue<String> q, String wanted)
      throws InterruptedException {
    List<String> seen = new ArrayList<>();
    while (true) {
      String l = q.poll(120, TimeUnit.SECONDS);
      assertNotNull(l, () -> "no '" + wanted + "' from the child; it printed " + seen);
      seen.add(l);
      if (l.equals(wanted)) {
        return;
      }
    }
  }

  @Test
  void aRunKilledWhileWritingLeavesThePreviousSetIntactAndTheNextRunCleansUp() throws Exception {
    Path out = dir.resolve("out");
    CliRunner.Result first =
        CliRunner.run("run", scenario("s", 1).toString(), "--out", out.toString());
    assertEquals(Main.OK, first.code(), first::toString);
    Map<String, byte[]> before = contents(out);
    assertEquals(SET, List.copyOf(before.keySet()));

    // another seed, so that every new file differs from the one it would replace
    Path changed = scenario("s", 2);
    Process p =
        child(dir.resolve("never"), "run", changed.toString(), "--out", out.toString(), "--force");
    BlockingQueue<String> q = lines(p);
    try {
      // the child writes results.csv, results.json, report.html, the fan chart, in that order, and
      // waits after each: results.csv is staged, three files to go
      awaitLine(q, "staged results.csv");
    } finally {
      p.destroyForcibly(); // SIGKILL on Linux
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    }
    assertEquals(137, p.exitValue(), "killed by signal 9");

    Map<String, byte[]> after = contents(out);
    for (String f : SET) {
      assertArrayEquals(before.get(f), after.get(f), f + " changed");
    }
    for (String name : after.keySet()) {
      assertTrue(
          SET.contains(name)
              || name.equals(OutputFiles.LOCK)
              || name.startsWith(OutputFiles.STAGING),
          "unexpected " + name);
    }
    assertTrue(after.containsKey(OutputFiles.LOCK), "the killed run held the lock");

    // the next run takes over the dead run's lock, removes its staging folder, writes a full set
    CliRunner.Result again =
        CliRunner.run("run", changed.toString(), "--out", out.toString(), "--force");
    assertEquals(Main.OK, again.code(), again::toString);
    Map<String, byte[]> last = contents(out);
    assertEquals(SET, List.copyOf(last.keySet()));
    Path fresh = dir.resolve("fresh");
    assertEquals(
        Main.OK,
        CliRunner.run("run", changed.toString(), "--out", fresh.toString()).code());
    assertArrayEquals(Files.readAllBytes(fresh.resolve("results.csv")), last.get("results.csv"));
    assertFalse(java.util.Arrays.equals(before.get("results.csv"), last.get("results.csv")));
  }

  @Test
  void aSecondRunOnAFolderBeingWrittenRefusesAndTheFirstEndsWithAWholeSet() throws Exception {
    Path out = dir.resolve("busy");
    Path s = scenario("b", 1);
    Path go = dir.resolve("go");
    Process p = child(go, "run", s.toString(), "--out", out.toString());
    BlockingQueue<String> q = lines(p);
    try {
      awaitLine(q, "staged results.csv");
      CliRunner.Result second =
          CliRunner.run("run", s.toString(), "--out", out.toString(), "--force");
      assertEquals(Main.BAD_INPUT, second.code(), second::toString);
      String err = second.err().strip();
      assertEquals(1, err.lines().count(), err);
      assertTrue(
          err.contains("another tradetarget run (PID " + p.pid() + ") is writing this folder"),
          err);
      Files.writeString(go, "");
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    } finally {
      p.destroyForcibly();
    }
    assertEquals(0, p.exitValue());
    Map<String, byte[]> m = contents(out);
    assertEquals(SET, List.copyOf(m.keySet()), "a whole set, no lock file, no staging folder");
    Path fresh = dir.resolve("fresh");
    assertEquals(
        Main.OK, CliRunner.run("run", s.toString(), "--out", fresh.toString()).code());
    for (String f : List.of("results.csv", "fan-VN-KH.svg")) {
      assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), m.get(f), f);
    }
  }

  @Test
  void aFolderThatCannotBeCreatedIsACleanExitTwo() throws IOException {
    // /proc takes no new folders, not even from root
    Path out = Path.of("/proc/self/tradetarget-out");
    CliRunner.Result r = CliRunner.run("run", scenario("p", 1).toString(), "--out", out.toString());
    assertEquals(Main.BAD_INPUT, r.code(), r::toString);
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains("/proc/self/tradetarget-out: cannot create the folder"), err);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void aFolderWhereNoLockFileCanBeMadeIsACleanExitTwo() throws IOException {
    // the lock file cannot be made when a folder has its name
    Path out = Files.createDirectories(dir.resolve("ro"));
    Files.createDirectories(out.resolve(OutputFiles.LOCK));
    CliRunner.Result r = CliRunner.run("run", scenario("r", 1).toString(), "--out", out.toString());
    assertEquals(Main.BAD_INPUT, r.code(), r::toString);
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains(out + ": cannot write in this folder"), err);
    assertEquals(List.of(OutputFiles.LOCK), List.copyOf(contents(out).keySet()), "nothing written");
  }
}
