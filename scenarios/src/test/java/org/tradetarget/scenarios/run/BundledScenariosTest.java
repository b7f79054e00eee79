package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/** Every bundled scenario is what a newcomer runs first: each must load, fit and explain itself. */
final class BundledScenariosTest {
  static Stream<Path> bundled() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("."))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void loadsAndFits(Path file) throws IOException {
    ScenarioSpec spec = ScenarioLoader.load(file);
    List<PreparedCorridor> prepared = ScenarioPreparer.prepare(spec);
    assertEquals(spec.corridors().size(), prepared.size());
    String text = Files.readString(file);
    assertTrue(
        text.startsWith("#"), file + " must begin with a comment saying what it assumes and why");
    assertFalse(spec.description().isBlank(), file + " needs a description");
  }

  @Test
  void threeTargetScenariosExist() {
    for (String name : new String[] {
      "clv-2030-baseline",
      "clv-2030-downside",
      "clv-target-consistent",
      "vn-la",
      "vn-kh",
      "kh-la",
      "reference"
    }) {
      assertTrue(Files.exists(Path.of(name + ".yaml")), name);
    }
  }

  @Test
  void targetConsistentRateIsTheRequiredGrowth() {
    List<PreparedCorridor> p =
        ScenarioPreparer.prepare(ScenarioLoader.load(Path.of("clv-target-consistent.yaml")));
    for (PreparedCorridor c : p) {
      // independent: (target / base)^(1 / (deadline - base year)) - 1
      double g = Math.pow(
              c.target().valueUsdMillion() / c.baseValue(), 1.0 / (c.deadline() - c.baseYear()))
          - 1;
      assertEquals(
          g,
          c.calibration().parameters().get("rate"),
          1e-12,
          c.spec().corridor().id());
    }
  }
}
