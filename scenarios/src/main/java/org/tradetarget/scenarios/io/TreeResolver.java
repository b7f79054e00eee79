package org.tradetarget.scenarios.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resolves {@code extends}: reads a scenario file and the chain of files it extends, and lays each
 * child over its parent key by key ({@link YNode.Map#overlay}); the child's {@code name} and {@code
 * description} are never inherited, and a {@code model} section whose {@code kind} the child
 * changes replaces the parent's whole. Every value keeps the place it was written, so a problem in a
 * parent is reported in the parent.
 */
final class TreeResolver {
  /** The most files in one {@code extends} chain, the scenario's own included. */
  static final int MAX_CHAIN = 16;

  private TreeResolver() {}

  /**
   * The file's tree with {@code extends} applied.
   *
   * @param chain receives the files resolved (absolute), the scenario's own first
   * @throws ScenarioException for unreadable or malformed files, a bad {@code extends} or a cycle
   */
  static YNode.Map resolve(Path file, List<Path> chain) {
    return resolve(file.toAbsolutePath().normalize(), chain, file, null);
  }

  private static YNode.Map resolve(Path abs, List<Path> chain, Path shown, YNode via) {
    if (chain.contains(abs)) {
      throw ScenarioException.single(via.origin() + ": extends: '" + YNode.text(via)
          + "' makes a cycle (" + shown + " is already in the chain of "
          + chain.get(0).getFileName()
          + "); a scenario may not extend itself");
    }
    if (chain.size() >= MAX_CHAIN) {
      throw ScenarioException.single(via.origin() + ": extends: '" + YNode.text(via)
          + "' makes a chain of more than " + MAX_CHAIN + " files; expected at most " + MAX_CHAIN);
    }
    chain.add(abs);
    YNode.Map own = YamlReader.read(shown);
    YNode parentRef = own.get("extends");
    if (Scalars.absent(parentRef)) {
      return own;
    }
    String ref = YNode.text(parentRef);
    if (ref == null) {
      throw ScenarioException.single(parentRef.origin() + ": extends: " + parentRef.describe()
          + " is not allowed; expected the path of another scenario file");
    }
    Path parentShown = resolvePath(parentRef.origin(), ref);
    if (!Files.isRegularFile(parentShown)) {
      throw ScenarioException.single(parentRef.origin() + ": extends: '" + ref
          + "' is not a file (looked for " + parentShown + ")");
    }
    YNode.Map parent =
        resolve(parentShown.toAbsolutePath().normalize(), chain, parentShown, parentRef);
    return withoutReplacedModels(parent.without("name", "description", "extends"), own)
        .overlay(own.without("extends"));
  }

  /**
   * The parent without each {@code model} section (the scenario's and each corridor's) whose
   * {@code kind} the child changes: a model of another kind starts afresh, so the parent's options
   * of its own kind (an ensemble's {@code members}, {@code weights}, {@code evidence}, a kind's
   * {@code params}) are not laid under the child's.
   */
  static YNode.Map withoutReplacedModels(YNode.Map parent, YNode.Map child) {
    YNode.Map out = parent;
    if (kindChanges(parent.at(List.of("model")), child.at(List.of("model")))) {
      out = out.with(List.of("model"), null);
    }
    if (child.get("corridors") instanceof YNode.Map corridors) {
      for (String id : corridors.entries().keySet()) {
        List<String> path = List.of("corridors", id, "model");
        if (kindChanges(parent.at(path), child.at(path))) {
          out = out.with(path, null);
        }
      }
    }
    return out;
  }

  private static boolean kindChanges(YNode parent, YNode child) {
    if (!(parent instanceof YNode.Map p) || !(child instanceof YNode.Map c)) {
      return false;
    }
    String was = YNode.text(p.get("kind"));
    String now = YNode.text(c.get("kind"));
    return now != null && !now.equals(was);
  }

  /** A path written at {@code o}: absolute as it is, relative against the directory of o's file. */
  static Path resolvePath(Origin o, String ref) {
    Path p = Path.of(ref);
    Path parent = o.file().getParent();
    return p.isAbsolute() || parent == null ? p : parent.resolve(p).normalize();
  }
}
