package org.tradetarget.scenarios.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Files a command will write: checked all together before anything is written (an existing file is
 * an error unless {@code --force}), then each written to a temporary file in the same folder and
 * moved into place, so that no file is ever left half-written.
 */
final class OutputFiles {
  private final Map<Path, String> files = new LinkedHashMap<>();

  /** Plans a file with its content. */
  void add(Path file, String content) {
    files.put(file, content);
  }

  /** The planned files. */
  List<Path> paths() {
    return new ArrayList<>(files.keySet());
  }

  /**
   * Fails, touching nothing, when a planned file exists and {@code force} is off, or when a planned
   * path is a directory.
   */
  static void checkWritable(List<Path> paths, boolean force) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        throw new InvalidInputException(p + ": is a directory; cannot write a file there");
      }
      if (!force && Files.exists(p)) {
        throw new InvalidInputException(
            p + ": already exists; use --force to overwrite, or --out DIR for another folder");
      }
      Path parent = p.toAbsolutePath().getParent();
      for (Path d = parent; d != null; d = d.getParent()) {
        if (Files.exists(d) && !Files.isDirectory(d)) {
          throw new InvalidInputException(d + ": is a file, not a folder; cannot write " + p);
        }
      }
    }
  }

  /** Writes every planned file atomically. */
  void write() {
    for (Map.Entry<Path, String> e : files.entrySet()) {
      writeAtomically(e.getKey(), e.getValue());
    }
  }

  static void writeAtomically(Path target, String content) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
      Files.writeString(
          tmp,
          content,
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new InvalidInputException(target + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the move succeeded or the error above is the one to report
        }
      }
    }
  }
}
