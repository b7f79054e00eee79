package org.tradetarget.scenarios.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Override values reach the scenario as the text the client wrote, so the reader must keep numbers
 * as written ({@code 0.10} stays {@code 0.10}) and refuse anything that is not JSON, saying where.
 */
final class JsonInTest {
  @Test
  void keepsNumbersAsWrittenAndReadsEveryKindOfValue() {
    Object v = JsonIn.parse(
        " {\"a\": 0.10, \"b\": -2e-3, \"c\": [1, true, null, \"x\\u00e9\\n\"], \"d\": {}} ");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals(List.of("a", "b", "c", "d"), List.copyOf(m.keySet()));
    assertEquals("0.10", m.get("a").toString());
    assertEquals("-2e-3", m.get("b").toString());
    assertEquals(Arrays.asList(new JsonIn.Num("1"), true, null, "x\u00e9\n"), m.get("c"));
    assertEquals(Map.of(), m.get("d"));
  }

  @Test
  void refusesWhatIsNotJsonSayingWhere() {
    for (String bad : List.of(
        "{\"a\": 01}",
        "{\"a\": .5}",
        "{'a': 1}",
        "{\"a\": 1,}",
        "{\"a\": 1} x",
        "{\"a\": NaN}",
        "{\"a\": 1, \"a\": 2}",
        "[".repeat(40) + "]".repeat(40),
        "{\"a\": \"\u0001\"}")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> JsonIn.parse(bad), bad);
      assertTrue(
          e.getMessage().startsWith("the request body is not valid JSON: ")
              && e.getMessage().contains(" at character "),
          e.getMessage());
    }
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> JsonIn.parse("{\"a\": 1, \"a\": 2}"))
            .getMessage()
            .contains("duplicate member 'a' at character 10"));
  }
}
