package org.tradetarget.scenarios.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of the small JSON bodies the explorer receives (RFC 8259). Objects become ordered
 * maps, arrays lists, strings {@link String}, {@code true}/{@code false} {@link Boolean}, {@code null}
 * Java null, and numbers a {@link Num} that keeps the text as written, so that {@code 0.10} reaches
 * the scenario as {@code 0.10}. A malformed body is an {@link IllegalArgumentException} naming the
 * character offset. (Jackson writes the answers; this reader stays because its messages say where
 * and why a body stops being JSON in the page's words, and the tests pin them.)
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
  private final String s;
  private int i;
  private int depth;

  private JsonIn(String s) {
    this.s = s;
  }

  /** Parses one JSON value filling the whole text (surrounding white space allowed). */
  static Object parse(String text) {
    JsonIn p = new JsonIn(text);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw p.fail("unexpected text after the JSON value");
    }
    return v;
  }

  private Object value() {
    if (i >= s.length()) {
      throw fail("unexpected end of the body");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{' -> {
        return object();
      }
      case '[' -> {
        return array();
      }
      case '"' -> {
        return string();
      }
      case 't' -> {
        return word("true", true);
      }
      case 'f' -> {
        return word("false", false);
      }
      case 'n' -> {
        return word("null", null);
      }
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw fail("unexpected character '" + c + "'");
      }
    }
  }

  private Map<String, Object> object() {
    enter();
    i++;
    Map<String, Object> m = new LinkedHashMap<>();
    ws();
    if (peek() == '}') {
      i++;
      depth--;
      return m;
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw fail("expected a quoted member name");
      }
      int at = i;
      String k = string();
      ws();
      expect(':');
      ws();
      if (m.containsKey(k)) {
        i = at;
        throw fail("duplicate member '" + k + "'");
      }
      m.put(k, value());
      ws();
      if (peek() == ',') {
        i++;
        continue;
      }
      expect('}');
      depth--;
      return m;
    }
  }

  private List<Object> array() {
    enter();
    i++;
    List<Object> a = new ArrayList<>();
    ws();
    if (peek() == ']') {
      i++;
      depth--;
      return a;
    }
    while (true) {
      ws();
      a.add(value());
      ws();
      if (peek() == ',') {
        i++;
        continue;
      }
      expect(']');
      depth--;
      return a;
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw fail("nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private String string() {
    i++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw fail("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw fail("control character in a string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i >= s.length()) {
        throw fail("unterminated string");
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw fail("bad \\u escape");
          }
          try {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException ex) {
            throw fail("bad \\u escape");
          }
          i += 4;
        }
        default -> throw fail("bad escape '\\" + e + "'");
      }
    }
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private Num number() {
    java.util.regex.Matcher m = NUMBER.matcher(s).region(i, s.length());
    if (!m.lookingAt()) {
      throw fail("malformed number");
    }
    i = m.end();
    return new Num(m.group());
  }

  private Object word(String w, Object v) {
    if (!s.startsWith(w, i)) {
      throw fail("unexpected text");
    }
    i += w.length();
    return v;
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw fail(
          i >= s.length()
              ? "unexpected end of the body, expected '" + c + "'"
              : "expected '" + c + "'");
    }
    i++;
  }

  private void ws() {
    while (i < s.length()
        && (s.charAt(i) == ' '
            || s.charAt(i) == '\t'
            || s.charAt(i) == '\n'
            || s.charAt(i) == '\r')) {
      i++;
    }
  }

  private IllegalArgumentException fail(String what) {
    return new IllegalArgumentException(
        "the request body is not valid JSON: " + what + " at character " + (i + 1));
  }
}
