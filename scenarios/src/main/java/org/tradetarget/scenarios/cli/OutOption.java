package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the folder a command writes its files to (null when not given). */
final class OutOption extends SharedOption {
  @Option(names = "--out", paramLabel = "DIR", description = "Output folder.")
  Path dir;

  OutOption() {
    super(null, null, null);
  }

  /** With this command's help text. */
  OutOption(String help) {
    super(null, help, null);
  }

  @Override
  String optionName() {
    return "--out";
  }
}
