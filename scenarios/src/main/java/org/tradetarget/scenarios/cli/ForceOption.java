package org.tradetarget.scenarios.cli;

import picocli.CommandLine.Option;

/** {@code --force}: existing output files may be overwritten. */
final class ForceOption extends SharedOption {
  @Option(names = "--force", description = "Overwrite existing output files.")
  boolean force;

  ForceOption() {
    super(null, null, null);
  }

  @Override
  String optionName() {
    return "--force";
  }
}
