package org.tradetarget.core.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a country GDP indicator from a macro file economists download: the World Bank WDI bulk CSV
 * ({@link WdiMacroReader}) or the IMF World Economic Outlook text export ({@link WeoMacroReader}).
 * The text may be UTF-8 (with or without a byte-order mark), UTF-16 (as the WEO export is since
 * October 2020; told by its byte-order mark or its zero bytes) or Windows-1252 (older WEO exports).
 * Every bad value is refused naming {@code file:line:column}, the value and what is allowed.
 */
public final class MacroFiles {
  /** The largest macro file read, in bytes. */
  public static final long MAX_BYTES = TextFiles.MAX_CSV_BYTES;

  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  private static final Pattern THOUSANDS =
      Pattern.compile("[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?");

  private MacroFiles() {}

  /**
   * Reads one GDP indicator of every country in the file.
   *
   * @param file the file
   * @param format its layout, or {@link MacroFormat#AUTO}
   * @param indicator the indicator code ({@link MacroIndicator}), or null for the one GDP indicator
   *     the file has
   * @throws InvalidInputException for a missing or unreadable file, a layout that is not the one
   *     given (or neither), an unknown or absent indicator, and a bad value (naming file, line and
   *     column, the value and what is allowed)
   */
  public static MacroTable read(Path file, MacroFormat format, String indicator) {
    String source = file.toString();
    String text = decode(source, TextFiles.bytes(file, MAX_BYTES, "a macro file (WDI CSV or WEO)"));
    List<String> lines = List.of(text.split("\r\n|\n|\r", -1));
    MacroFormat found = detect(lines);
    MacroFormat want = format == null ? MacroFormat.AUTO : format;
    if (found == null || (want != MacroFormat.AUTO && want != found)) {
      throw new InvalidInputException(source + ":1: "
          + (found == null
              ? "not a macro file of a known layout"
              : "a " + found.name() + " file, not " + want.name())
          + "; expected " + (want == MacroFormat.WEO ? "" : WdiMacroReader.EXPECTED)
          + (want == MacroFormat.AUTO ? " or " : "")
          + (want == MacroFormat.WDI ? "" : WeoMacroReader.EXPECTED));
    }
    MacroIndicator chosen = null;
    if (indicator != null && !indicator.isBlank()) {
      chosen = MacroIndicator.find(indicator)
          .filter(i -> i.format() == found)
          .orElseThrow(() -> new InvalidInputException("macro indicator '" + indicator.trim()
              + "' is not allowed for the " + found.name() + " file " + source + "; expected "
              + String.join(", ", MacroIndicator.codes(found))));
    }
    return found == MacroFormat.WDI
        ? WdiMacroReader.read(source, lines, chosen)
        : WeoMacroReader.read(source, lines, chosen);
  }

  /** The text: UTF-16 by its byte-order mark or zero bytes, else UTF-8, else Windows-1252. */
  static String decode(String source, byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
      return new String(b, StandardCharsets.UTF_16LE);
    }
    String s = TextFiles.decode(source, b, TextEncoding.AUTO).text();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static MacroFormat detect(List<String> lines) {
    if (!lines.isEmpty() && lines.get(0).startsWith("WEO Country Code\t")) {
      return MacroFormat.WEO;
    }
    for (int i = 0; i < Math.min(lines.size(), 10); i++) {
      if (WdiMacroReader.isHeader(lines.get(i))) {
        return MacroFormat.WDI;
      }
    }
    return null;
  }

  /**
   * Parses a number cell: a plain decimal, or one with thousands commas when {@code commas}.
   *
   * @return the value, or NaN when the cell is not a number
   */
  static double number(String cell, boolean commas) {
    String t = cell.trim();
    if (commas && THOUSANDS.matcher(t).matches()) {
      t = t.replace(",", "");
    } else if (!PLAIN.matcher(t).matches()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(t);
    return Double.isFinite(v) ? v : Double.NaN;
  }

  /** The error for a bad cell: {@code file:line:column: 'value' in column 'NAME' (what) ...}. */
  static InvalidInputException bad(
      String source, int line, int column, String name, String value, String what, String allowed) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
    return new InvalidInputException(source + ":" + line + ":" + column + ": '" + shown
        + "' in column '" + name + "'" + (what.isEmpty() ? "" : " (" + what + ")")
        + " is not allowed; expected " + allowed);
  }

  /** The error when no indicator was named and the file has none or several of the known ones. */
  static InvalidInputException pickIndicator(String source, MacroFormat format, Set<String> codes) {
    List<String> known = new ArrayList<>();
    for (String c : codes) {
      if (MacroIndicator.find(c).filter(i -> i.format() == format).isPresent()) {
        known.add(c);
      }
    }
    return new InvalidInputException(source + ": "
        + (known.isEmpty()
            ? "no GDP indicator this reader knows (the file has " + list(codes) + ")"
            : "several GDP indicators (" + String.join(", ", known) + "); name one")
        + "; give the indicator (--macro-indicator CODE, or indicator: in a scenario's macro"
        + " section), one of " + String.join(", ", MacroIndicator.codes(format)));
  }

  private static String list(Set<String> codes) {
    List<String> l = new ArrayList<>(new LinkedHashSet<>(codes));
    return l.isEmpty()
        ? "no indicator"
        : String.join(", ", l.subList(0, Math.min(8, l.size()))) + (l.size() > 8 ? ", ..." : "");
  }
}
