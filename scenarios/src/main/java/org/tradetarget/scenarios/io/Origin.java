package org.tradetarget.scenarios.io;

import java.nio.file.Path;

/**
 * Where a value was written: file, line and column (1-based).
 *
 * @param file the scenario file
 * @param line the line, 1-based
 * @param column the column, 1-based
 */
public record Origin(Path file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
