package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Chart labels that fit: how wide a text is drawn (an upper estimate, as the viewer's sans-serif
 * font is not known when the SVG is written) and long labels broken into lines.
 */
final class SvgText {
  /**
   * Width of one character in font-size units: above the mean advance of sans-serif fonts (about
   * 0.5 for lower case, 0.56 for digits, 0.67 for capitals), so that a label placed by it stays
   * inside its box.
   */
  static final double CHAR_WIDTH = 0.62;

  private SvgText() {}

  /** The width a text is given at this font size, in SVG units. */
  static double width(String text, double fontSize) {
    return text.length() * CHAR_WIDTH * fontSize;
  }

  /**
   * The text broken into lines of at most {@code max} characters, after a dot, comma or space where
   * it can (a dotted path breaks between its parts), inside a word only when a word is longer.
   */
  static List<String> wrap(String text, int max) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',' || c == ' ') {
        parts.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    if (from < text.length()) {
      parts.add(text.substring(from));
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String p : parts) {
      if (line.length() > 0 && line.length() + p.length() > max) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
      String rest = p;
      while (rest.length() > max) {
        lines.add(rest.substring(0, max));
        rest = rest.substring(max);
      }
      line.append(rest);
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }
}
