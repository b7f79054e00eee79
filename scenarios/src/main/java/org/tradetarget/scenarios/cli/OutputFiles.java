package org.tradetarget.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tradetarget.scenarios.report.FileSet;

/**
 * Files a command will write, checked and written as one set by {@link FileSet} (locked folder,
 * staged and synced, moved into place; kept unless {@code --force}), with the test hook that pauses
 * after each staged file.
 */
final class OutputFiles {
  /** The lock file in each output folder. */
  static final String LOCK = FileSet.LOCK;

  /** The prefix of the temporary folder the set is written to. */
  static final String STAGING = FileSet.STAGING;

  /**
   * A system property for tests only: the path of a file to wait for after each staged file (the
   * run prints {@code staged NAME} to stderr and waits up to a minute), so that a test can kill or
   * race the run at a known point.
   */
  static final String PAUSE_AFTER_STAGING = "tradetarget.test.pauseAfterStaging";

  private final FileSet files = new FileSet();

  /** Plans a file with its content. */
  void add(Path file, String content) {
    files.add(file, content);
  }

  /** Fails, touching nothing, when a planned file exists and {@code force} is off. */
  static void checkWritable(List<Path> paths, boolean force) {
    FileSet.checkWritable(paths, force);
  }

  /** Writes every planned file as one set. */
  void write(boolean force) {
    String pause = System.getProperty(PAUSE_AFTER_STAGING);
    files.write(force, pause == null ? f -> {} : f -> pauseForTest(f, Path.of(pause)));
  }

  private static void pauseForTest(Path file, Path go) {
    System.err.println("staged " + file.getFileName());
    System.err.flush();
    long until = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(go) && System.nanoTime() < until) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
