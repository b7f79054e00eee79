package org.tradetarget.scenarios.cli;

import org.tradetarget.core.data.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code --threads K}: worker threads (null when not given); results never depend on it. */
final class ThreadsOption extends SharedOption {
  @Option(
      names = "--threads",
      paramLabel = "K",
      description = "Worker threads (default: all processors).")
  Integer threads;

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
