package org.tradetarget.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The UN Comtrade API response ({@code {"data": [ {...}, ... ]}}, or the bare array), read with
 * Jackson's streaming parser. The whole text is parsed first, so a syntax error anywhere is reported
 * (file, line and column) before any row is checked; then each element of {@code data} is one
 * {@link ComtradeRows} row named {@code file data[i]} at the line where the element starts. Numbers
 * become their text: a whole number as digits ({@code 2021}, not {@code 2021.0}).
 */
final class ComtradeJson {
  private static final int MAX_DEPTH = 64;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(
          StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  /** One element of the data array: its fields (null when it is not an object) and its line. */
  private record Element(Map<String, String> fields, int line) {}

  private ComtradeJson() {}

  static void rows(String source, String text, TradeSink sink) {
    List<Element> data = parse(source, text);
    for (int i = 0; i < data.size(); i++) {
      Element e = data.get(i);
      if (e.fields() == null) {
        throw new InvalidInputException(source + ": data[" + i + "] is not an object");
      }
      ComtradeRows.row(
          source + " data[" + i + "]", e.line(), c -> e.fields().getOrDefault(c, ""), sink);
    }
  }

  private static List<Element> parse(String source, String text) {
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken root = p.nextToken();
      if (root == JsonToken.START_ARRAY) {
        return array(p);
      }
      if (root != JsonToken.START_OBJECT) {
        if (root == null) {
          throw error(source, p.currentLocation(), "unexpected end of the file");
        }
        skip(p);
        throw new InvalidInputException(source + ": expected a JSON object with a \"data\" array");
      }
      List<Element> data = null;
      boolean isArray = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean named = "data".equalsIgnoreCase(p.currentName());
        JsonToken v = p.nextToken();
        if (named) {
          isArray = v == JsonToken.START_ARRAY;
          data = isArray ? array(p) : null;
          if (!isArray) {
            skip(p);
          }
        } else {
          skip(p);
        }
      }
      if (!isArray) {
        throw new InvalidInputException(
            source + ": a UN Comtrade API response needs a \"data\" array");
      }
      return data;
    } catch (JsonProcessingException e) {
      throw error(source, e.getLocation(), firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidInputException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The elements of an array whose start the parser is on, to its end. */
  private static List<Element> array(JsonParser p) throws IOException {
    List<Element> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      int line = p.currentTokenLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        skip(p);
        out.add(new Element(null, line));
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName().toLowerCase(Locale.ROOT);
        p.nextToken();
        fields.put(name, text(p));
      }
      out.add(new Element(fields, line));
    }
    return out;
  }

  /** A field's value as text: "" for null, digits for a whole number, nested values as JSON kinds. */
  private static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_NULL -> {
        return "";
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        double d = p.getDoubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15
            ? Long.toString((long) d)
            : Double.toString(d);
      }
      case START_OBJECT -> {
        p.skipChildren();
        return "{...}";
      }
      case START_ARRAY -> {
        p.skipChildren();
        return "[...]";
      }
      default -> {
        return p.getText();
      }
    }
  }

  private static void skip(JsonParser p) throws IOException {
    p.skipChildren();
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  private static InvalidInputException error(String source, JsonLocation at, String what) {
    String where = at == null || at.getLineNr() < 1
        ? source
        : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
    return new InvalidInputException(where + ": not valid JSON: " + what);
  }
}
