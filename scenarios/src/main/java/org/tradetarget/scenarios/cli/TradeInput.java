package org.tradetarget.scenarios.cli;

import org.tradetarget.scenarios.io.SeriesInput;
import picocli.CommandLine.Option;

/**
 * The options that read a downloaded trade file with {@code --input} ({@code data}, {@code
 * project}, {@code backtest}): {@code --input-format}, {@code --input-scale}, {@code --basis},
 * {@code --cif-fob}; the series they pick is {@link SeriesInput}'s job.
 */
final class TradeInput {
  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "The trade file's format: auto (detected from the header; default), comtrade, comtrade-bulk,"
              + " comtrade-legacy, dots, imts or baci (a BACI release folder).")
  String format;

  @Option(
      names = "--input-scale",
      paramLabel = "SCALE",
      description =
          "The unit of the file's values when the format states none (IMF DOTS): units, thousands or"
              + " millions of US$.")
  String scale;

  @Option(
      names = "--basis",
      paramLabel = "BASIS",
      description =
          "Whose declarations the corridor's series uses: reporter:XX (alpha-2 or alpha-3), average or"
              + " reconciled (BACI). Default: the corridor's documented one (VN for VN-LA and VN-KH, KH"
              + " for KH-LA), else the reporter with more years.")
  String basis;

  @Option(
      names = "--cif-fob",
      paramLabel = "F",
      description =
          "Divide CIF import values by F so both sides are FOB (1 to 2; default 1, none; the IMF DOTS"
              + " yearbook uses 1.06).")
  Double cifFob;

  /** The settings given. */
  SeriesInput settings() {
    return new SeriesInput(format, scale, basis, cifFob);
  }
}
