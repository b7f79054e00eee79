package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.scenarios.io.MacroOptions;
import org.tradetarget.scenarios.run.LeverFit;
import picocli.CommandLine.Option;

/** {@code --macro PATH}, {@code --macro-format}, {@code --macro-indicator}: {@link MacroOptions}. */
final class MacroOption {
  @Option(
      names = "--macro",
      paramLabel = "PATH",
      description = "GDP of any country: a World Bank WDI CSV or an IMF WEO export (docs/DATA.md);"
          + " default the embedded data (VN, KH, LA).")
  Path file;

  @Option(
      names = "--macro-format",
      paramLabel = "FORMAT",
      description = "The --macro file's layout: wdi, weo or auto (default; from the header).")
  String format;

  @Option(
      names = "--macro-indicator",
      paramLabel = "CODE",
      description =
          "The GDP indicator, e.g. NY.GDP.MKTP.KD.ZG or NGDP_RPCH (default: the file's one).")
  String indicator;

  /**
   * Fits the kind with the built-in levers named ({@link LeverFit}) on the GDP paths of the options;
   * the parameters carry the command line's words ({@link CommandLineWords#params}).
   */
  Calibration fit(
      ModelKind kind,
      AnnualSeries series,
      Corridor c,
      ModelParams params,
      OptionalInt from,
      List<String> levers) {
    return LeverFit.fit(kind, series, c, params, from, levers, paths());
  }

  MacroPaths paths() {
    return MacroOptions.paths(file, format, indicator);
  }
}
