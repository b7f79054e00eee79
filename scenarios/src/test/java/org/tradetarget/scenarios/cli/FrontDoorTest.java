package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** Small frictions of the command line a new user met, each pinned down. */
final class FrontDoorTest {
  @Test
  void requiredGrowth_tableIsASentenceForPeople() {
    CliRunner.Result r = CliRunner.run(
        "required-growth",
        "--base",
        "1000",
        "--base-year",
        "2024",
        "--target",
        "5000",
        "--deadline",
        "2030",
        "--format",
        "table");
    assertEquals(0, r.code(), r.toString());
    // 5^(1/6) - 1 = 0.307660... -> 30.77 %
    assertEquals(
        "required growth: 30.77 % a year (US$ 1,000 million in 2024 to US$ 5,000 million by 2030)",
        r.out().strip());
  }

  @Test
  void theCommandLineBindsTheQuietLoggingProvider() {
    List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
        .map(p -> p.type().getName())
        .toList();
    assertEquals(List.of("org.slf4j.nop.NOPServiceProvider"), providers);
  }

  @Test
  void tornadoWithoutASensitivitySection_saysWhatToAdd_onOneLine() {
    Path kh = DocBlocks.ROOT.resolve("scenarios/kh-la.yaml");
    CliRunner.Result r = CliRunner.run("tornado", kh.toString(), "--format", "csv");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("\\n"), r.err());
    assertTrue(r.err().contains("sensitivity: {simulation.persistence: [0.5, 1.0]}"), r.err());
  }
}
