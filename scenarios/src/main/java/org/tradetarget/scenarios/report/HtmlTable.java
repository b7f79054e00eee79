package org.tradetarget.scenarios.report;

import java.util.List;

/**
 * {@link Rows} as an HTML table that fits the width of its box: cells wrap at spaces and dashes
 * (text columns, such as long dotted paths, at any character when they must) instead of running
 * past the right edge, so no column is
 * hidden behind a sideways scroll. Headings and notes become paragraphs around it.
 */
public final class HtmlTable {
  /** The style that makes a {@code table.fit} wrap to its box; part of the run report's style. */
  static final String STYLE = """
      table.fit{width:100%}table.fit th,table.fit td{white-space:normal;vertical-align:top}
      table.fit th{vertical-align:bottom}table.fit .l{text-align:left}
      table.fit td.l,table.fit td:first-child{overflow-wrap:anywhere}""";

  private HtmlTable() {}

  /**
   * The table with this id, its right-aligned columns (a {@code >} name) right-aligned, the others
   * left; a missing value is shown as {@code -}, as in table output.
   */
  public static String of(Rows rows, String id) {
    StringBuilder h = new StringBuilder();
    rows.headings().forEach(l -> h.append("<p>").append(Svg.escape(l)).append("</p>\n"));
    h.append("<table class='fit' id='").append(Svg.escape(id)).append("'>\n<tr>");
    List<String> names = rows.names();
    for (int i = 0; i < names.size(); i++) {
      h.append("<th").append(align(rows, i)).append('>').append(Svg.escape(names.get(i)));
      h.append("</th>");
    }
    h.append("</tr>\n");
    for (List<Object> row : rows.rows()) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        h.append("<td").append(align(rows, i)).append('>');
        h.append(Svg.escape(Render.tableCell(row.get(i)))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    rows.notes()
        .forEach(l -> h.append("<p class='muted'>").append(Svg.escape(l)).append("</p>\n"));
    return h.toString();
  }

  private static String align(Rows rows, int i) {
    return rows.rightAligned(i) || i == 0 ? "" : " class='l'";
  }
}
