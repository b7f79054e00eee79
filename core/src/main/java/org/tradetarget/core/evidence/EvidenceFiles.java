package org.tradetarget.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Opens the tables a panel backtest writes ({@code recalibration.csv}, {@code panel-backtest.csv}),
 * from a user's file or from the copy bundled in {@code seeds/}, for one parser.
 */
final class EvidenceFiles {
  /**
   * The bundled tables by resource, each parsed once per process: they are immutable, and a sweep,
   * a tornado or every ensemble fit with {@code evidence: bundled} would otherwise parse them again.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, Object> BUNDLED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private EvidenceFiles() {}

  /** Parses a table from a reader; {@code source} names it in messages, {@code name} is shown. */
  @FunctionalInterface
  interface Parser<T> {
    T read(Reader reader, String source, String name) throws IOException;
  }

  /**
   * The bundled table at {@code resource}, parsed on the first call and then shared; its absence
   * or a read error is a packaging fault.
   *
   * @param seedsName the file's name in the repository, for messages
   * @param what what the table is, for messages (e.g. "panel evidence")
   */
  static <T> T bundled(String resource, String seedsName, String what, Parser<T> parser) {
    @SuppressWarnings("unchecked") // One parser per resource, so the stored table has its type.
    T table = (T) BUNDLED.computeIfAbsent(resource, r -> parse(r, seedsName, what, parser));
    return table;
  }

  private static <T> T parse(String resource, String seedsName, String what, Parser<T> parser) {
    try (InputStream in = EvidenceFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + what + " " + resource + " is missing");
      }
      return parser.read(new InputStreamReader(in, StandardCharsets.UTF_8), seedsName, "bundled");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled " + what, e);
    }
  }

  /**
   * A user's table.
   *
   * @param expected what the file should be, for the message when it does not exist
   * @throws InvalidInputException for a missing file or a bad line, naming file, line and column
   */
  static <T> T file(Path file, String expected, Parser<T> parser) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parser.read(r, file.toString(), file.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + " does not exist; expected " + expected);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
