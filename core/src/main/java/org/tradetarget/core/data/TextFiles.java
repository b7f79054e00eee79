package org.tradetarget.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a user's text file whole, within a size limit, as strict UTF-8: a byte sequence that is not
 * UTF-8 (a file saved as Latin-1 or Windows-1252, say) fails naming the line and column of the
 * first bad byte, never turns silently into replacement characters. A byte-order mark at the start
 * is dropped.
 */
public final class TextFiles {
  /** The largest CSV, TSV or JSON file read whole: 128 MiB. */
  public static final long MAX_CSV_BYTES = 128L << 20;

  private TextFiles() {}

  /**
   * The file's text.
   *
   * @param what what the file is, for messages ("a scenario file")
   * @param maxBytes the largest size allowed
   * @throws InvalidInputException for a missing file, a folder, a file over the limit, an unreadable
   *     file or one that is not UTF-8
   */
  public static String read(Path file, long maxBytes, String what) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file + ": is a folder; expected " + what);
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InvalidInputException(
            file + ": is " + mib(size) + "; " + what + " may be at most " + mib(maxBytes));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
      }
      if (bytes.length > maxBytes) {
        throw new InvalidInputException(
            file + ": is over " + mib(maxBytes) + "; " + what + " may be at most " + mib(maxBytes));
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(file + ": cannot read: permission denied");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return decode(file.toString(), bytes);
  }

  /** Decodes UTF-8 strictly, dropping a leading byte-order mark; {@code source} names it. */
  public static String decode(String source, byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      int column = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      throw new InvalidInputException(source + ":" + line + ":" + column + ": byte 0x"
          + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF)
          + " is not UTF-8 text; save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }
    try {
      r = d.flush(out);
      if (r.isError()) {
        r.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(source + ": the file ends inside a UTF-8 character", e);
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String mib(long bytes) {
    return bytes >= (1L << 20) && bytes % (1L << 20) == 0
        ? (bytes >> 20) + " MiB"
        : String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
