package org.tradetarget.scenarios.cli;

import org.tradetarget.core.simulate.SimulationSpec;
import picocli.CommandLine.Option;

/** {@code --seed}: the seed of the random streams; the same seed gives the same numbers on any thread count. */
final class SeedOption extends SharedOption {
  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "" + SimulationSpec.DEFAULT_SEED,
      description = "Seed of the random streams (default: ${DEFAULT-VALUE}).")
  long seed;

  SeedOption() {
    super(null, null, null);
  }

  /** With this command's label and help text. */
  SeedOption(String paramLabel, String help) {
    super(paramLabel, help, null);
  }

  @Override
  String optionName() {
    return "--seed";
  }
}
