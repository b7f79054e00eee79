package org.tradetarget.scenarios.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.evidence.Recalibration;

/**
 * The recalibration a command is given by name: {@code bundled}, {@code none} or the path of a
 * {@code recalibration.csv} written by {@code backtest --panel}.
 */
public final class RecalibrationChoice {
  private RecalibrationChoice() {}

  /**
   * The recalibration named.
   *
   * @throws InvalidSetting naming {@code recalibration}, the value and what is allowed
   */
  public static Recalibration of(String text) {
    String t = text.trim();
    if (t.equals("bundled")) {
      return Recalibration.bundled();
    }
    if (t.equals("none")) {
      return Recalibration.none();
    }
    Path f = Path.of(t);
    if (!Files.isRegularFile(f)) {
      throw new InvalidSetting(
          "recalibration",
          "'" + text + "' is not allowed; expected bundled, none or a recalibration.csv file"
              + " written by backtest --panel");
    }
    return Recalibration.read(f);
  }
}
