package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The one renderer of command output: {@link Rows} as an aligned table for people, as CSV, or as
 * JSON (through Jackson); any JSON tree. Numbers follow {@link Numbers}: CSV and JSON print every
 * double so that it reads back to the same double, an undefined value is an empty CSV field or JSON
 * {@code null}; the table prints cells as the command formatted them for people. Strings only.
 *
 * <p>JSON layout: two-space indentation, {@code "name": value}, one array element per line, empty
 * containers as {@code []} and {@code {}}, non-ASCII characters as they are, no line end after the
 * closing bracket.
 */
public final class Render {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private Render() {}

  // ---- table

  /** The headings, aligned columns with two spaces between them and a rule under the header, then the notes; without columns, only the headings and notes. */
  public static String table(Rows rows) {
    List<String> header = rows.names();
    int n = header.size();
    int[] w = new int[n];
    List<List<String>> cells = rows.rows().stream()
        .map(r -> r.stream().map(Render::tableCell).toList())
        .toList();
    for (int i = 0; i < n; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : cells) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String h : rows.headings()) {
      sb.append(h).append('\n');
    }
    if (n == 0) {
      // rows without columns: text only
      rows.notes().forEach(note -> sb.append(note).append('\n'));
      return sb.toString();
    }
    tableRow(sb, header, w, rows);
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? "  " : "").append("-".repeat(w[i]));
    }
    sb.append('\n');
    for (List<String> r : cells) {
      tableRow(sb, r, w, rows);
    }
    for (String note : rows.notes()) {
      sb.append(note).append('\n');
    }
    return sb.toString();
  }

  private static void tableRow(StringBuilder sb, List<String> cells, int[] w, Rows rows) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      if (i > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(w[i] - c.length());
      line.append(rows.rightAligned(i) ? pad + c : c + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** A table cell: text as given (commands round numbers for people), a missing value as {@code -}. */
  static String tableCell(Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double || v instanceof Float || v instanceof OptionalDouble) {
      throw new IllegalArgumentException(
          "a table cell takes a number formatted for people (see Numbers), not " + v);
    }
    return csvValue(v);
  }

  // ---- CSV

  /** RFC 4180 CSV: the header, then one record per row, each ending in a line feed. */
  public static String csv(Rows rows) {
    StringBuilder sb = new StringBuilder();
    csvRecord(sb, rows.names());
    for (List<Object> r : rows.rows()) {
      csvRecord(sb, r.stream().map(Render::csvValue).toList());
    }
    return sb.toString();
  }

  private static void csvRecord(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      sb.append(i > 0 ? "," : "").append(csvField(fields.get(i)));
    }
    sb.append('\n');
  }

  /** Quotes a field when it holds a comma, quote or line break. */
  public static String csvField(String s) {
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** The text of a CSV cell before quoting; a list's elements are joined with {@code ;}. */
  private static String csvValue(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double d) {
      return Numbers.csv(d);
    }
    if (v instanceof Float f) {
      return Numbers.csv(f.doubleValue());
    }
    if (v instanceof OptionalDouble o) {
      return Numbers.csv(o);
    }
    if (v instanceof OptionalInt o) {
      return o.isPresent() ? Integer.toString(o.getAsInt()) : "";
    }
    if (v instanceof OptionalLong o) {
      return o.isPresent() ? Long.toString(o.getAsLong()) : "";
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof Collection<?> c) {
      return String.join(";", c.stream().map(Render::csvValue).toList());
    }
    throw new IllegalArgumentException(
        "no CSV form for a " + v.getClass().getSimpleName() + ": " + v);
  }

  // ---- JSON

  /** A new JSON object, to fill with Jackson's {@code put}/{@code set}; a non-finite double is written as null. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new JSON array. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Rows as a JSON array with one object per row, keyed by column name. */
  public static ArrayNode array(Rows rows) {
    ArrayNode a = array();
    List<String> names = rows.names();
    for (List<Object> r : rows.rows()) {
      ObjectNode o = a.addObject();
      for (int i = 0; i < names.size(); i++) {
        o.set(names.get(i), node(r.get(i)));
      }
    }
    return a;
  }

  /** The JSON node of a plain value (see {@link Rows} for the types); NaN and infinities are null. */
  public static JsonNode node(Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof JsonNode j) {
      return j;
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Double d) {
      return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
    }
    if (v instanceof Float f) {
      return node(f.doubleValue());
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Short s) {
      return NODES.numberNode(s.intValue());
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof OptionalDouble o) {
      return o.isPresent() ? node(o.getAsDouble()) : NODES.nullNode();
    }
    if (v instanceof OptionalInt o) {
      return o.isPresent() ? NODES.numberNode(o.getAsInt()) : NODES.nullNode();
    }
    if (v instanceof OptionalLong o) {
      return o.isPresent() ? NODES.numberNode(o.getAsLong()) : NODES.nullNode();
    }
    if (v instanceof Rows r) {
      return array(r);
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = object();
      m.forEach((k, x) -> o.set(String.valueOf(k), node(x)));
      return o;
    }
    if (v instanceof Collection<?> c) {
      ArrayNode a = array();
      c.forEach(x -> a.add(node(x)));
      return a;
    }
    if (v instanceof double[] d) {
      ArrayNode a = array();
      for (double x : d) {
        a.add(node(x));
      }
      return a;
    }
    if (v instanceof int[] d) {
      ArrayNode a = array();
      for (int x : d) {
        a.add(x);
      }
      return a;
    }
    if (v instanceof Object[] d) {
      return node(List.of(d));
    }
    throw new IllegalArgumentException(
        "no JSON form for a " + v.getClass().getSimpleName() + ": " + v);
  }

  /** A JSON document (no line end after it). */
  public static String json(JsonNode tree) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new FiniteNumbers(MAPPER.getFactory().createGenerator(w))) {
      g.setPrettyPrinter(PRETTY.createInstance());
      g.setCharacterEscapes(ControlEscapes.INSTANCE);
      MAPPER.writeTree(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators s = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEntrySpacing(Separators.Spacing.NONE)
        .withArrayValueSpacing(Separators.Spacing.NONE)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(s).withObjectIndenter(indent).withArrayIndenter(indent);
  }

  /** Writes NaN and infinities as null, so that every JSON number is a real number. */
  private static final class FiniteNumbers extends JsonGeneratorDelegate {
    FiniteNumbers(JsonGenerator g) {
      super(g, false);
    }

    @Override
    public void writeNumber(double v) throws IOException {
      if (Double.isFinite(v)) {
        super.writeNumber(v);
      } else {
        writeNull();
      }
    }

    @Override
    public void writeNumber(float v) throws IOException {
      writeNumber((double) v);
    }
  }

  /** Control characters other than tab, line feed and carriage return as {@code \}{@code u00xx}, lower case. */
  private static final class ControlEscapes extends CharacterEscapes {
    static final ControlEscapes INSTANCE = new ControlEscapes();
    private static final long serialVersionUID = 1L;
    private final int[] codes = standardAsciiEscapesForJSON();

    private ControlEscapes() {
      for (int c = 0; c < 0x20; c++) {
        if (c != '\t' && c != '\n' && c != '\r') {
          codes[c] = ESCAPE_CUSTOM;
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // asked for every non-ASCII character too: those stay as they are
      return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
