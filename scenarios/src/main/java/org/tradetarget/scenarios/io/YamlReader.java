package org.tradetarget.scenarios.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a YAML file into a {@link YNode} tree that remembers file, line and column of every value.
 * Malformed YAML, an empty file, a missing file, a directory, duplicate keys and non-string keys are
 * {@link ScenarioException}s naming the place.
 */
public final class YamlReader {
  private YamlReader() {}

  /** Reads the file's single document; it must be a mapping. */
  public static YNode.Map read(Path file) {
    if (Files.isDirectory(file)) {
      throw ScenarioException.single(file + ": is a directory; expected a scenario file (.yaml)");
    }
    if (!Files.exists(file)) {
      throw ScenarioException.single(file + ": no such file");
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file, r);
    } catch (IOException e) {
      throw ScenarioException.single(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Reads a document from a reader; {@code file} names it in messages. */
  public static YNode.Map read(Path file, Reader reader) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file.toString())
        .setAllowDuplicateKeys(true)
        .build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeReader(reader);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
      String where =
          m == null ? file.toString() : file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
      throw ScenarioException.single(where + ": malformed YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw ScenarioException.single(
          file + ": malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root.isEmpty()) {
      throw ScenarioException.single(
          file + ": the file is empty; expected a scenario (a mapping with at least 'name')");
    }
    List<String> errors = new ArrayList<>();
    YNode n = convert(file, root.get(), errors);
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

  private static Origin origin(Path file, Node n) {
    return n.getStartMark()
        .map(m -> new Origin(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(new Origin(file, 0, 0));
  }

  private static YNode convert(Path file, Node node, List<String> errors) {
    Origin o = origin(file, node);
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
        items.add(convert(file, item, errors));
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
      YNode.Entry prev =
          entries.put(k.getValue(), new YNode.Entry(ko, convert(file, t.getValueNode(), errors)));
      if (prev != null) {
        errors.add(ko + ": duplicate key '" + k.getValue() + "' (first at line "
            + prev.keyOrigin().line() + "); each key may appear once");
      }
    }
    return new YNode.Map(entries, o);
  }
}
