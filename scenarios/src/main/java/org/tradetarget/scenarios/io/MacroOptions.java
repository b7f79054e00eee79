package org.tradetarget.scenarios.io;

import java.nio.file.Path;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.data.MacroFiles;
import org.tradetarget.core.data.MacroFormat;
import org.tradetarget.core.levers.MacroFilePaths;
import org.tradetarget.core.levers.MacroPaths;

/**
 * The GDP paths of a command's {@code --macro PATH [--macro-format FORMAT] [--macro-indicator
 * CODE]}: a World Bank WDI CSV or an IMF WEO export ({@link MacroFiles}, {@link MacroFilePaths}),
 * or the embedded paths when no file is given.
 */
public final class MacroOptions {
  private MacroOptions() {}

  /**
   * The paths of the options given.
   *
   * @param file the macro file, or null for the embedded paths
   * @param format {@code wdi}, {@code weo}, {@code auto} or null (auto)
   * @param indicator the indicator code, or null for the file's one GDP indicator
   * @throws InvalidInputException naming the option, or the file's line and column, the bad value
   *     and what is allowed
   */
  public static MacroPaths paths(Path file, String format, String indicator) {
    if (file == null) {
      if (format != null || indicator != null) {
        throw new InvalidSetting(
            format != null ? "macro-format" : "macro-indicator",
            "is only for a macro file; give --macro PATH too");
      }
      return MacroPaths.embedded();
    }
    MacroFormat f;
    try {
      f = MacroFormat.parse(format);
    } catch (InvalidInputException e) {
      throw new InvalidSetting("macro-format", e.getMessage());
    }
    return MacroFilePaths.of(MacroFiles.read(file, f, indicator));
  }
}
