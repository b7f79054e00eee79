package org.tradetarget.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * The user guide's "Model kinds" table ({@code docs/guide/model-kinds.md}) is {@link
 * ModelKind#markdownTable()}: a kind, parameter, bound or description changed in the code must be
 * changed in the guide too. On failure the message prints
 * the table to paste.
 */
final class ModelKindTableTest {
  private static final String HEADER =
      "| kind | scale | min points | parameters | description | parameter uncertainty |";

  @Test
  void guideKindTable_isGeneratedFromModelKind() throws IOException {
    List<String> lines = Files.readAllLines(
        Path.of("..", "docs", "guide", "model-kinds.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf(HEADER);
    String expected = ModelKind.markdownTable();
    assertTrue(
        start >= 0, "docs/guide/model-kinds.md has no model kinds table; add this:\n" + expected);
    StringBuilder actual = new StringBuilder();
    for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      actual.append(lines.get(i)).append('\n');
    }
    assertEquals(
        expected,
        actual.toString(),
        "docs/guide/model-kinds.md's model kinds table differs; replace it with:\n" + expected);
  }

  @Test
  void theTable_hasOneRowPerKind_inRegistryOrder() {
    List<String> rows = ModelKind.markdownTable().lines().skip(2).toList();
    List<ModelKind> kinds = List.of(ModelKind.values());
    assertEquals(kinds.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertTrue(rows.get(i).startsWith("| `" + kinds.get(i).id() + "` |"), rows.get(i));
    }
  }
}
