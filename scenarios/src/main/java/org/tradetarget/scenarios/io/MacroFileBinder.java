package org.tradetarget.scenarios.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.MacroFiles;
import org.tradetarget.core.data.MacroFormat;
import org.tradetarget.core.data.MacroTable;
import org.tradetarget.core.levers.MacroFilePaths;
import org.tradetarget.scenarios.spec.MacroSettings;

/**
 * Binds {@code macro.file}, {@code macro.format} and {@code macro.indicator}: reads the macro file
 * (World Bank WDI CSV or IMF WEO export, {@link MacroFiles}) when the scenario is loaded, so that a
 * bad file is reported with the scenario's other problems.
 */
final class MacroFileBinder {
  private MacroFileBinder() {}

  static Optional<MacroSettings.MacroFile> bind(YNode.Map m, Scalars s) {
    String p = "macro.";
    YNode fileNode = m.get("file");
    String format = s.string(m, "format", p, null);
    String indicator = s.string(m, "indicator", p, null);
    if (fileNode == null) {
      for (String k : new String[] {"format", "indicator"}) {
        if (m.get(k) != null) {
          s.problem(m.get(k), p + k, "is only for a macro file; give macro.file too");
        }
      }
      return Optional.empty();
    }
    String text = YNode.text(fileNode);
    if (text == null) {
      s.problem(
          fileNode, p + "file", fileNode.describe() + " is not allowed; expected a file path");
      return Optional.empty();
    }
    MacroFormat f;
    try {
      f = MacroFormat.parse(format);
    } catch (InvalidInputException e) {
      s.problem(m.get("format"), p + "format", e.getMessage());
      return Optional.empty();
    }
    Path path = TreeResolver.resolvePath(fileNode.origin(), text);
    if (!Files.isRegularFile(path)) {
      s.problem(
          fileNode,
          p + "file",
          "'" + text + "' is not a file (looked for " + path + "); expected a World Bank WDI CSV or"
              + " an IMF WEO export");
      return Optional.empty();
    }
    try {
      MacroTable t = MacroFiles.read(path, f, indicator);
      return Optional.of(new MacroSettings.MacroFile(path, t.label(), MacroFilePaths.of(t)));
    } catch (InvalidInputException e) {
      YNode at = indicator != null && e.getMessage().startsWith("macro indicator")
          ? m.get("indicator")
          : fileNode;
      s.problem(at, p + (at == fileNode ? "file" : "indicator"), e.getMessage());
      return Optional.empty();
    }
  }
}
