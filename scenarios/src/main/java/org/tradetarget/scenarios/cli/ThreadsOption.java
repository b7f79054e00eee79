package org.tradetarget.scenarios.cli;

import org.tradetarget.core.data.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --threads K}: worker threads (null when not given); results never depend on it. At most
 * {@value #MAX} (as {@code simulation.threads} in a scenario file).
 */
final class ThreadsOption extends SharedOption {
  /** The most worker threads. */
  static final int MAX = 1024;

  @Option(
      names = "--threads",
      paramLabel = "K",
      converter = Count.class,
      description = "Worker threads (default: all processors).")
  Integer threads;

  /** A whole number of digits 0-9 up to {@value #MAX}; the sign is checked by each command. */
  static final class Count implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (value.trim().matches("[0-9]{19,}")) {
        throw new CommandLine.TypeConversionException(
            value + " is not allowed; expected at most " + MAX);
      }
      long v;
      try {
        v = org.tradetarget.core.data.StrictNumbers.parseWhole(
            value, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a whole number of threads");
      }
      if (v > MAX) {
        throw new CommandLine.TypeConversionException(value + " is not allowed; expected at most "
            + MAX + " (a run never uses more threads than it has blocks of 4,096 paths)");
      }
      return (int) Math.max(v, Integer.MIN_VALUE);
    }
  }

  ThreadsOption() {
    super(null, null, null);
  }

  /** With this command's help text. */
  ThreadsOption(String help) {
    super(null, help, null);
  }

  @Override
  String optionName() {
    return "--threads";
  }

  /**
   * The given count (at least 1), or {@code otherwise} when not given.
   *
   * @throws InvalidInputException when the given count is below 1
   */
  int atLeastOne(int otherwise) {
    if (threads != null && threads < 1) {
      throw new InvalidInputException(
          "option '--threads': " + threads + " is not allowed; expected 1 or more");
    }
    return orElse(otherwise);
  }

  /** The given count, or {@code otherwise} when not given. */
  int orElse(int otherwise) {
    return threads == null ? otherwise : threads;
  }
}
