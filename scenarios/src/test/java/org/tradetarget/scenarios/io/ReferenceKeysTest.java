package org.tradetarget.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code scenarios/reference.yaml} says it lists every key: each top-level key the loader accepts is
 * there, written or as a commented example ({@code # key:} at the start of a line), and no other.
 */
final class ReferenceKeysTest {
  @Test
  void referenceYaml_listsEveryTopLevelKey() throws IOException {
    Pattern top = Pattern.compile("^(?:# )?([a-z_]+):");
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("reference.yaml"), StandardCharsets.UTF_8)) {
      Matcher m = top.matcher(line);
      if (m.find()) {
        listed.add(m.group(1));
      }
    }
    assertEquals(new TreeSet<>(ScenarioLoader.TOP), listed);
  }
}
