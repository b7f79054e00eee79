package org.tradetarget.core.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The reader of one {@link TradeFormat} ({@link TradeFormat#reader()}): turns a file known to be of
 * that format into {@link TradeData}.
 */
interface FormatReader {
  /**
   * A file to read: its path, the name used in messages, its decoded text with LF line ends (null
   * for a BACI folder) and the notice of the encoding it was decoded from, when not UTF-8.
   */
  record Input(Path path, String source, String text, Optional<String> encodingNote) {}

  /**
   * Reads the file.
   *
   * @throws InvalidInputException naming the file, line, column and bad value
   */
  TradeData read(Input input, ReadOptions options);

  /** A reader of a text format: rows into a {@link TradeSink}, the encoding notice first. */
  abstract class Text implements FormatReader {
    private final TradeFormat format;

    Text(TradeFormat format) {
      this.format = format;
    }

    @Override
    public final TradeData read(Input input, ReadOptions options) {
      TradeSink sink = new TradeSink(input.source(), format);
      input.encodingNote().ifPresent(sink::note);
      rows(input.source(), input.text(), options, sink);
      return sink.data(options.cifFob());
    }

    /** Reads every row of {@code text} into {@code sink}. */
    abstract void rows(String source, String text, ReadOptions options, TradeSink sink);
  }
}
