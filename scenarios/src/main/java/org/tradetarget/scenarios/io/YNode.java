package org.tradetarget.scenarios.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML value with the place it was written, so that every error can name file, line and column.
 * Maps keep their key order; scalars keep their text.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {
  /** Where this value starts. */
  Origin origin();

  /** A short description of the value for messages. */
  String describe();

  /**
   * A scalar: its text, and whether it was a plain (unquoted) YAML null such as {@code ~} or empty.
   *
   * @param text the text as written (without quotes)
   * @param isNull whether it is YAML null
   * @param origin where it was written
   */
  record Scalar(String text, boolean isNull, Origin origin) implements YNode {
    @Override
    public String describe() {
      return isNull ? "null" : "'" + text + "'";
    }
  }

  /**
   * A sequence.
   *
   * @param items the items
   * @param origin where it starts
   */
  record Seq(List<YNode> items, Origin origin) implements YNode {
    /** Copies the items. */
    public Seq {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list of " + items.size();
    }
  }

  /**
   * A mapping with string keys in written order.
   *
   * @param entries key to entry
   * @param origin where it starts
   */
  record Map(java.util.Map<String, Entry> entries, Origin origin) implements YNode {
    /** Copies the entries, keeping order. */
    public Map {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    /** The value of a key, or null. */
    public YNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    /**
     * This map with {@code child}'s entries laid over it: nested maps merge key by key, any other
     * value replaces. Used by {@code extends}.
     */
    public Map overlay(Map child) {
      java.util.Map<String, Entry> out = new LinkedHashMap<>(entries);
      for (java.util.Map.Entry<String, Entry> e : child.entries.entrySet()) {
        Entry mine = out.get(e.getKey());
        Entry theirs = e.getValue();
        if (mine != null && mine.value() instanceof Map m && theirs.value() instanceof Map c) {
          out.put(e.getKey(), new Entry(theirs.keyOrigin(), m.overlay(c)));
        } else {
          out.put(e.getKey(), theirs);
        }
      }
      return new Map(out, child.origin);
    }

    /**
     * This map with the value at a dotted path replaced ({@code value} non-null), added, or removed
     * ({@code value} null). Missing intermediate maps are created.
     */
    public Map with(List<String> path, YNode value) {
      java.util.Map<String, Entry> out = new LinkedHashMap<>(entries);
      String key = path.get(0);
      if (path.size() == 1) {
        if (value == null) {
          out.remove(key);
        } else {
          Entry old = out.get(key);
          out.put(key, new Entry(old == null ? value.origin() : old.keyOrigin(), value));
        }
        return new Map(out, origin);
      }
      Entry old = out.get(key);
      Map child =
          old != null && old.value() instanceof Map m ? m : new Map(java.util.Map.of(), origin);
      out.put(
          key,
          new Entry(
              old == null ? origin : old.keyOrigin(),
              child.with(path.subList(1, path.size()), value)));
      return new Map(out, origin);
    }

    /** The value at a dotted path, or null when absent. */
    public YNode at(List<String> path) {
      YNode v = get(path.get(0));
      if (path.size() == 1 || v == null) {
        return v;
      }
      return v instanceof Map m ? m.at(path.subList(1, path.size())) : null;
    }

    /** Every leaf (scalar or list) by its dotted path, in order. */
    public java.util.Map<String, YNode> leaves() {
      java.util.Map<String, YNode> out = new LinkedHashMap<>();
      collect("", this, out);
      return out;
    }

    private static void collect(String prefix, Map m, java.util.Map<String, YNode> out) {
      for (java.util.Map.Entry<String, Entry> e : m.entries.entrySet()) {
        String p = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        if (e.getValue().value() instanceof Map child && !child.entries.isEmpty()) {
          collect(p, child, out);
        } else {
          out.put(p, e.getValue().value());
        }
      }
    }

    /** The entries without some keys. */
    public Map without(String... keys) {
      java.util.Map<String, Entry> out = new LinkedHashMap<>(entries);
      for (String k : keys) {
        out.remove(k);
      }
      return new Map(out, origin);
    }
  }

  /**
   * A mapping entry: where its key was written and its value.
   *
   * @param keyOrigin where the key was written
   * @param value the value
   */
  record Entry(Origin keyOrigin, YNode value) {}

  /** The value as YAML-like text, for showing differences: scalars as written, lists in brackets. */
  public static String show(YNode n) {
    if (n == null) {
      return "(not set)";
    }
    if (n instanceof Scalar s) {
      return s.isNull() ? "null" : s.text();
    }
    if (n instanceof Seq q) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < q.items().size(); i++) {
        b.append(i > 0 ? ", " : "").append(show(q.items().get(i)));
      }
      return b.append(']').toString();
    }
    StringBuilder b = new StringBuilder("{");
    boolean first = true;
    for (java.util.Map.Entry<String, Entry> e : ((Map) n).entries().entrySet()) {
      b.append(first ? "" : ", ")
          .append(e.getKey())
          .append(": ")
          .append(show(e.getValue().value()));
      first = false;
    }
    return b.append('}').toString();
  }

  /** A scalar's text, or null for a non-scalar or YAML null. */
  static String text(YNode n) {
    return n instanceof Scalar s && !s.isNull() ? s.text() : null;
  }
}
