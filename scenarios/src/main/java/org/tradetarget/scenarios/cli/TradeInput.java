package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
import org.tradetarget.scenarios.io.SeriesInput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Option(
      names = "--input-encoding",
      paramLabel = "ENCODING",
      description =
          "The text encoding of the --input CSV, TSV or JSON: utf-8 or windows-1252. Default: UTF-8,"
              + " else Windows-1252 (as spreadsheet programs save CSVs) with a notice.")
  String encoding;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** The settings given; notices go to the command's error stream as one line each. */
  SeriesInput settings() {
    return new SeriesInput(format, scale, basis, cifFob, encoding, this::notice);
  }

  /** A one-line notice on the command's error stream (the encoding a file was read in). */
  private void notice(String line) {
    if (mixee == null) {
      System.err.println(line);
      System.err.flush();
      return;
    }
    PrintWriter err = mixee.commandLine().getErr();
    err.println(mixee.commandLine().getCommandSpec().qualifiedName() + ": note: " + line);
    err.flush();
  }
}
