package org.tradetarget.scenarios.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explorer offers only what can move the scenario's numbers. The example scenario's one
 * corridor, Thailand–Laos, has a deadline of its own (2030) and is modelled as rw-drift, whose
 * include_drift_uncertainty is true unless set; every bundled lever is a Vietnam, Cambodia or Laos
 * project between two of those three, so none acts on it.
 */
final class ControlsTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> controls(String file) {
    Map<String, Object> info =
        (Map<String, Object>) JsonIn.parse(Explorer.open(Path.of(file), 1_000).infoJson());
    Map<String, Map<String, Object>> byPath = new LinkedHashMap<>();
    for (Object o : (List<Object>) info.get("controls")) {
      Map<String, Object> c = (Map<String, Object>) o;
      byPath.put((String) c.get("path"), c);
    }
    return byPath;
  }

  @Test
  void aThailandLaosScenarioGetsNoLeverNoAssumedDeadlineAndACheckboxForTrueFalse() {
    Map<String, Map<String, Object>> c = controls("th-la-example.yaml");
    assertFalse(c.containsKey("assumed_deadline"), c.keySet().toString());
    assertTrue(
        c.keySet().stream().noneMatch(p -> p.startsWith("levers.")), c.keySet().toString());
    Map<String, Object> drift = c.get("corridors.LA-TH.model.params.include_drift_uncertainty");
    assertEquals("bool", drift.get("type"), drift.toString());
    assertEquals("true", drift.get("value"), drift.toString());
    // (the corridor's id is LA-TH: a corridor prints its two countries in alphabetical order)
    // its own deadline stays adjustable
    assertEquals("2030", c.get("corridors.LA-TH.target.deadline").get("value"));
  }

  @Test
  void aVietnamLaosScenarioGetsOnlyTheLeversOnVietnamLaos() {
    Map<String, Map<String, Object>> c = controls("vn-la.yaml");
    // the Vietnam-Laos target states a time frame, not a year (seeds/targets.csv), so its deadline
    // is the assumed one and the assumed-deadline control is offered
    assertTrue(c.containsKey("assumed_deadline"), c.keySet().toString());
    List<String> levers = c.keySet().stream()
        .filter(p -> p.startsWith("levers.") && p.endsWith(".enabled"))
        .toList();
    assertFalse(levers.isEmpty(), c.keySet().toString());
    for (String p : levers) {
      // the label names the corridors the lever acts on: "NAME (VN-LA, ...) on"
      String label = (String) c.get(p).get("label");
      assertTrue(label.contains("VN-LA"), label);
    }
  }
}
