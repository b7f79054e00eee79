package org.tradetarget.scenarios.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small JSON bodies the explorer receives (RFC 8259) with Jackson's streaming parser.
 * Objects become ordered maps, arrays lists, strings {@link String}, {@code true}/{@code false}
 * {@link Boolean}, {@code null} Java null, and numbers a {@link Num} that keeps the text as written,
 * so that {@code 0.10} reaches the scenario as {@code 0.10}. A malformed body, a duplicate member or
 * nesting deeper than 32 levels is an {@link IllegalArgumentException} saying what is wrong at which
 * character.
 */
final class JsonIn {
  /**
   * A JSON number as written.
   *
   * @param text the literal, e.g. {@code 2028} or {@code 0.1}
   */
  record Num(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private static final int MAX_DEPTH = 32;
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonParser p;
  private int depth;

  private JsonIn(JsonParser p) {
    this.p = p;
  }

  /** Parses one JSON value filling the whole text (surrounding white space allowed). */
  static Object parse(String text) {
    try (JsonParser p = JSON.createParser(text)) {
      JsonIn in = new JsonIn(p);
      if (p.nextToken() == null) {
        throw fail("unexpected end of the body", p.currentLocation());
      }
      Object v = in.value();
      if (p.nextToken() != null) {
        throw fail("unexpected text after the JSON value", p.currentTokenLocation());
      }
      return v;
    } catch (JsonProcessingException e) {
      throw fail(what(e.getOriginalMessage()), e.getLocation());
    } catch (IOException e) {
      throw new IllegalArgumentException("the request body cannot be read: " + e.getMessage(), e);
    }
  }

  /** The value whose first token the parser is on. */
  private Object value() throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        return object();
      }
      case START_ARRAY -> {
        return array();
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Num(p.getText());
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw fail("unexpected " + t, p.currentTokenLocation());
    }
  }

  private Map<String, Object> object() throws IOException {
    enter();
    Map<String, Object> m = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      if (m.containsKey(k)) {
        throw fail("duplicate member '" + k + "'", p.currentTokenLocation());
      }
      p.nextToken();
      m.put(k, value());
    }
    depth--;
    return m;
  }

  private List<Object> array() throws IOException {
    enter();
    List<Object> a = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      a.add(value());
    }
    depth--;
    return a;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw fail("nested deeper than " + MAX_DEPTH + " levels", p.currentTokenLocation());
    }
  }

  /** Jackson's reason, its first line, without the advice on parser features. */
  private static String what(String message) {
    String m = message == null ? "malformed JSON" : message.strip();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl).strip();
    int advice = m.indexOf(" (for ");
    return advice < 0 ? m : m.substring(0, advice);
  }

  private static IllegalArgumentException fail(String what, JsonLocation at) {
    long offset = at == null ? -1 : at.getCharOffset();
    return new IllegalArgumentException("the request body is not valid JSON: " + what
        + (offset < 0 ? "" : " at character " + (offset + 1)));
  }
}
