package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command prints, per format: rows for a table or CSV, a JSON tree, or text. Each is
 * rendered only when asked for, through {@link Render}; every format ends with a line end.
 */
public final class Output {
  private final Map<Format, Supplier<String>> byFormat = new EnumMap<>(Format.class);

  /** Table output: the rows as aligned columns, then their notes. */
  public Output table(Rows rows) {
    return as(Format.table, () -> Render.table(rows));
  }

  /** Table output of several tables, one after the other. */
  public Output tables(java.util.List<Rows> tables) {
    return as(
        Format.table,
        () -> tables.stream().map(Render::table).collect(java.util.stream.Collectors.joining()));
  }

  /** CSV output: a header, then one record per row. */
  public Output csv(Rows rows) {
    return as(Format.csv, () -> Render.csv(rows));
  }

  /** JSON output of a tree. */
  public Output json(JsonNode tree) {
    return as(Format.json, () -> Render.json(tree) + "\n");
  }

  /** JSON output of rows: an array with one object per row. */
  public Output json(Rows rows) {
    return as(Format.json, () -> Render.json(Render.array(rows)) + "\n");
  }

  /** Text output: the given lines, as they are. */
  public Output text(String text) {
    return as(Format.text, () -> text);
  }

  /** Any format from a function that renders it. */
  public Output as(Format format, Supplier<String> rendered) {
    byFormat.put(format, rendered);
    return this;
  }

  /** Renders one format. */
  public String render(Format format) {
    Supplier<String> s = byFormat.get(format);
    if (s == null) {
      throw new IllegalStateException("no " + format + " output");
    }
    return s.get();
  }
}
