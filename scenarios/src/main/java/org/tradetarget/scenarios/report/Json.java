package org.tradetarget.scenarios.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation. Numbers go through {@link Numbers#json}
 * so that they round-trip and undefined values are {@code null}.
 */
public final class Json {
  private final StringBuilder sb = new StringBuilder();
  private final Deque<Boolean> first = new ArrayDeque<>();
  private boolean afterName;

  /** Opens an object (as a value or at the top). */
  public Json beginObject() {
    value0("{");
    first.push(true);
    return this;
  }

  /** Closes an object. */
  public Json endObject() {
    return close("}");
  }

  /** Opens an array. */
  public Json beginArray() {
    value0("[");
    first.push(true);
    return this;
  }

  /** Closes an array. */
  public Json endArray() {
    return close("]");
  }

  private Json close(String c) {
    boolean empty = first.pop();
    if (!empty) {
      newline();
    }
    sb.append(c);
    return this;
  }

  /** Writes a member name; the next call writes its value. */
  public Json name(String n) {
    separator();
    sb.append(quote(n)).append(": ");
    afterName = true;
    return this;
  }

  /** A string value, or null. */
  public Json value(String s) {
    return value0(s == null ? "null" : quote(s));
  }

  /** A number value (null when not finite). */
  public Json value(double v) {
    return value0(Numbers.json(v));
  }

  /** An optional number value. */
  public Json value(java.util.OptionalDouble v) {
    return value0(Numbers.json(v));
  }

  /** An integer value. */
  public Json value(long v) {
    return value0(Long.toString(v));
  }

  /** A boolean value. */
  public Json value(boolean v) {
    return value0(Boolean.toString(v));
  }

  /** A null value. */
  public Json nullValue() {
    return value0("null");
  }

  private Json value0(String raw) {
    if (afterName) {
      afterName = false;
    } else if (!first.isEmpty()) {
      separator();
    }
    sb.append(raw);
    return this;
  }

  private void separator() {
    if (!first.isEmpty()) {
      if (!first.peek()) {
        sb.append(',');
      }
      first.pop();
      first.push(false);
      newline();
    }
  }

  private void newline() {
    sb.append('\n');
    sb.append("  ".repeat(first.size()));
  }

  /** JSON string literal with escapes. */
  public static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
