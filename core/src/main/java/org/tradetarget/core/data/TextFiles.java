package org.tradetarget.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a user's text file whole, within a size limit. Scenario files are strict UTF-8 ({@link
 * #read(Path, long, String)}): a byte sequence that is not UTF-8 fails naming the line and column of
 * the first bad byte, never turns silently into replacement characters. Data files are read in a
 * {@link TextEncoding} ({@link #read(Path, long, String, TextEncoding)}): by default UTF-8, else
 * Windows-1252 with a notice naming it, else the UTF-8 error. A byte-order mark at the start is
 * dropped.
 */
public final class TextFiles {
  /** The largest CSV, TSV or JSON file read whole: 128 MiB. */
  public static final long MAX_CSV_BYTES = 128L << 20;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String NOTICE = ": read as Windows-1252, not UTF-8";

  private TextFiles() {}

  /**
   * A file's text and, when it was not read as UTF-8, the one-line notice that says so.
   *
   * @param text the text, without a byte-order mark
   * @param notice the notice naming the encoding used, or empty for UTF-8
   */
  public record Decoded(String text, Optional<String> notice) {}

  /**
   * The file's text, strict UTF-8.
   *
   * @param what what the file is, for messages ("a scenario file")
   * @param maxBytes the largest size allowed
   * @throws InvalidInputException for a missing file, a folder, a file over the limit, an unreadable
   *     file or one that is not UTF-8
   */
  public static String read(Path file, long maxBytes, String what) {
    return decode(file.toString(), bytes(file, maxBytes, what));
  }

  /**
   * The file's text in an encoding ({@link TextEncoding#AUTO}: UTF-8, else Windows-1252 with a
   * notice).
   *
   * @param what what the file is, for messages ("a trade file")
   * @param maxBytes the largest size allowed
   * @throws InvalidInputException for a missing file, a folder, a file over the limit, an unreadable
   *     file or one that is not text in the encoding (naming line, column and byte)
   */
  public static Decoded read(Path file, long maxBytes, String what, TextEncoding encoding) {
    return decode(file.toString(), bytes(file, maxBytes, what), encoding);
  }

  static byte[] bytes(Path file, long maxBytes, String what) {
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
    return bytes;
  }

  /**
   * Decodes {@code bytes} in an encoding; {@code source} names them in messages.
   *
   * @throws InvalidInputException naming line, column and the first byte that is not text in the
   *     encoding (for {@link TextEncoding#AUTO}, the UTF-8 error when Windows-1252 fails too)
   */
  public static Decoded decode(String source, byte[] bytes, TextEncoding encoding) {
    if (encoding == TextEncoding.UTF_8) {
      return new Decoded(decode(source, bytes), Optional.empty());
    }
    if (encoding == TextEncoding.WINDOWS_1252) {
      return new Decoded(windows1252(source, bytes), Optional.empty());
    }
    try {
      return new Decoded(decode(source, bytes), Optional.empty());
    } catch (InvalidInputException notUtf8) {
      String text;
      try {
        text = windows1252(source, bytes);
      } catch (InvalidInputException neither) {
        throw notUtf8;
      }
      String why = notUtf8.getMessage().startsWith(source + ":")
          ? notUtf8.getMessage().substring(source.length() + 1)
          : notUtf8.getMessage();
      int cut = why.indexOf(" is not UTF-8 text");
      return new Decoded(
          text,
          Optional.of(source + NOTICE + " (at "
              + (cut < 0 ? why : why.substring(0, cut))
              + "); give --input-encoding utf-8 or windows-1252 to choose"));
    }
  }

  /** Whether a note is the notice of a file read as Windows-1252 ({@link Decoded#notice}). */
  public static boolean isEncodingNotice(String note) {
    return note.contains(NOTICE);
  }

  /** Decodes strict Windows-1252; its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) fail. */
  private static String windows1252(String source, byte[] bytes) {
    int skip = bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF
        ? 3
        : 0;
    CharsetDecoder d = WINDOWS_1252
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw badByte(
          source, bytes, skip, in.position(), false, "Windows-1252 text; save the file as UTF-8");
    }
    d.flush(out);
    out.flip();
    return out.toString();
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
      throw badByte(
          source,
          bytes,
          0,
          in.position(),
          true,
          "UTF-8 text; save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
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

  /**
   * The error for the byte at {@code at}: {@code source:line:column: byte 0xNN is not <what>}, the
   * column counting characters (UTF-8 continuation bytes add none).
   */
  private static InvalidInputException badByte(
      String source, byte[] bytes, int from, int at, boolean utf8, String what) {
    int line = 1;
    int column = 1;
    for (int i = from; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if (!utf8 || (bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new InvalidInputException(source + ":" + line + ":" + column + ": byte 0x"
        + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " is not " + what);
  }

  private static String mib(long bytes) {
    return bytes >= (1L << 20) && bytes % (1L << 20) == 0
        ? (bytes >> 20) + " MiB"
        : String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
