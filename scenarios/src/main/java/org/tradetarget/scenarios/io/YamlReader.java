package org.tradetarget.scenarios.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.TextFiles;

/**
 * Reads a YAML file into a {@link YNode} tree that remembers file, line and column of every value.
 * Malformed YAML, an empty file, a missing file, a directory, duplicate keys and non-string keys are
 * {@link ScenarioException}s naming the place.
 *
 * <p>A scenario file is read within limits, each a one-line error naming the file and line: at most
 * {@value #MAX_BYTES} bytes (1 MiB) of UTF-8 (a leading byte-order mark is dropped; a byte that is
 * not UTF-8 is an error at its line and column), collections nested at most {@value #MAX_DEPTH}
 * deep, at most {@value #MAX_ALIASES} aliases, no alias inside the collection it names (a
 * recursive structure), and at most {@value #MAX_VALUES} values once aliases are expanded (so an
 * alias bomb, "billion laughs", stops early).
 */
public final class YamlReader {
  /** The largest scenario file, in bytes: 1 MiB. */
  public static final int MAX_BYTES = 1 << 20;
  /** The deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 64;
  /** The most aliases ({@code *name}) in one file. */
  public static final int MAX_ALIASES = 100;
  /** The most values in one file once aliases are expanded. */
  public static final int MAX_VALUES = 100_000;

  private YamlReader() {}

  /** Reads the file's single document; it must be a mapping. */
  public static YNode.Map read(Path file) {
    if (Files.isDirectory(file)) {
      throw ScenarioException.single(file + ": is a directory; expected a scenario file (.yaml)");
    }
    if (!Files.exists(file)) {
      throw ScenarioException.single(file + ": no such file");
    }
    String text;
    try {
      text = TextFiles.read(file, MAX_BYTES, "a scenario file");
    } catch (InvalidInputException e) {
      throw ScenarioException.single(e.getMessage());
    }
    return read(file, text);
  }

  /** Reads a document from a reader; {@code file} names it in messages. */
  public static YNode.Map read(Path file, Reader reader) {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) > 0; ) {
        b.append(buf, 0, n);
        if (b.length() > MAX_BYTES) {
          throw ScenarioException.single(file + ": is over " + MAX_BYTES
              + " characters; a scenario file may be at most 1 MiB");
        }
      }
    } catch (IOException e) {
      throw ScenarioException.single(file + ": cannot read: " + e.getMessage());
    }
    String text = b.toString();
    return read(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static YNode.Map read(Path file, String text) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file.toString())
        .setAllowDuplicateKeys(true)
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setCodePointLimit(MAX_BYTES + 1)
        .build();
    Optional<Node> root;
    try {
      checkStructure(file, new Parse(settings).parseString(text));
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
      String where =
          m == null ? file.toString() : file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
      String problem = oneLine(e.getProblem());
      throw ScenarioException.single(where + ": malformed YAML: "
          + (m == null ? problem : YamlSyntax.explain(text, m.getLine(), problem)));
    } catch (YamlEngineException e) {
      throw ScenarioException.single(file + ": malformed YAML: " + oneLine(e.getMessage()));
    }
    if (root.isEmpty()) {
      throw ScenarioException.single(
          file + ": the file is empty; expected a scenario (a mapping with at least 'name')");
    }
    List<String> errors = new ArrayList<>();
    YNode n = convert(file, root.get(), errors, new int[] {0}, 0);
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors);
    }
    if (!(n instanceof YNode.Map map)) {
      throw ScenarioException.single(
          n.origin() + ": the top level must be a mapping of keys such as name:, corridors:; found "
              + n.describe());
    }
    return map;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").trim();
  }

  /**
   * Walks the parser's events (no recursion) before the tree is built: the nesting depth, the number
   * of aliases and aliases inside the collection they name.
   */
  private static void checkStructure(Path file, Iterable<Event> events) {
    Deque<String> open = new ArrayDeque<>();
    Set<String> openAnchors = new HashSet<>();
    int aliases = 0;
    for (Event e : events) {
      if (e instanceof CollectionStartEvent c) {
        if (open.size() >= MAX_DEPTH) {
          throw ScenarioException.single(at(file, e) + ": lists and mappings are nested more than "
              + MAX_DEPTH + " deep; a scenario needs a few levels");
        }
        String anchor = c.getAnchor().map(Anchor::getValue).orElse("");
        open.push(anchor);
        if (!anchor.isEmpty()) {
          openAnchors.add(anchor);
        }
      } else if (e instanceof CollectionEndEvent) {
        String anchor = open.isEmpty() ? "" : open.pop();
        if (!anchor.isEmpty() && !open.contains(anchor)) {
          openAnchors.remove(anchor);
        }
      } else if (e instanceof AliasEvent a) {
        aliases++;
        String name = a.getAlias().getValue();
        if (openAnchors.contains(name)) {
          throw ScenarioException.single(at(file, e) + ": alias *" + name
              + " is inside the value of &" + name + " itself; a recursive value is not allowed");
        }
        if (aliases > MAX_ALIASES) {
          throw ScenarioException.single(at(file, e) + ": more than " + MAX_ALIASES
              + " aliases (*name) in one file; write the values out or use 'extends'");
        }
      }
    }
  }

  private static String at(Path file, Event e) {
    return e.getStartMark()
        .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
        .orElse(file.toString());
  }

  private static Origin origin(Path file, Node n) {
    return n.getStartMark()
        .map(m -> new Origin(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(new Origin(file, 0, 0));
  }

  private static YNode convert(Path file, Node node, List<String> errors, int[] count, int depth) {
    Origin o = origin(file, node);
    if (++count[0] > MAX_VALUES || depth > MAX_DEPTH) {
      throw ScenarioException.single(o + ": the file expands to more than " + MAX_VALUES
          + " values (through aliases); a scenario needs far fewer");
    }
    if (node instanceof ScalarNode s) {
      boolean isNull = s.getTag().equals(Tag.NULL)
          || (s.getScalarStyle() == ScalarStyle.PLAIN
              && (s.getValue().isEmpty()
                  || s.getValue().equals("~")
                  || s.getValue().equals("null")));
      return new YNode.Scalar(s.getValue(), isNull, o);
    }
    if (node instanceof SequenceNode s) {
      List<YNode> items = new ArrayList<>();
      for (Node item : s.getValue()) {
        items.add(convert(file, item, errors, count, depth + 1));
      }
      return new YNode.Seq(items, o);
    }
    MappingNode m = (MappingNode) node;
    Map<String, YNode.Entry> entries = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Origin ko = origin(file, t.getKeyNode());
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        errors.add(ko + ": a key must be a plain name, not a list or mapping");
        continue;
      }
      YNode.Entry prev = entries.put(
          k.getValue(),
          new YNode.Entry(ko, convert(file, t.getValueNode(), errors, count, depth + 1)));
      if (prev != null) {
        errors.add(ko + ": duplicate key '" + k.getValue() + "' (first at line "
            + prev.keyOrigin().line() + "); each key may appear once");
      }
    }
    return new YNode.Map(entries, o);
  }
}
