package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.analysis.Pipeline;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * The defaults {@code scenarios/reference.yaml} documents are the code's: each documented value
 * is read from the file's text (the value it sets and the "default ..." its comment states), then
 * compared with the one constant the code keeps for it ({@link Pipeline.Settings#DEFAULTS},
 * {@link SimulationSpec}, {@link TargetArithmetic}) and with what a scenario that leaves the key
 * out binds to.
 */
class DocumentedDefaultsTest {
  private static final Path REFERENCE = Path.of("reference.yaml");

  /** The value a top-level or nested key sets in the reference file, e.g. {@code paths: 100000}. */
  private static String value(String text, String key) {
    Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + ":\\s*([^#\\n]+?)\\s*(#|$)")
        .matcher(text);
    assertTrue(m.find(), "reference.yaml sets " + key);
    return m.group(1);
  }

  /** The text of the comment on the key's line. */
  private static String comment(String text, String key) {
    Matcher m =
        Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + ":[^#\\n]*#(.*)$").matcher(text);
    assertTrue(m.find(), "reference.yaml comments " + key);
    return m.group(1);
  }

  @Test
  void referenceFile_documentsTheCodesDefaults() throws IOException {
    String text = Files.readString(REFERENCE);
    Pipeline.Settings d = Pipeline.Settings.DEFAULTS;

    assertEquals(d.paths(), Integer.parseInt(value(text, "paths")));
    assertTrue(comment(text, "paths").contains("default 100,000"), comment(text, "paths"));
    assertEquals(100_000, d.paths());
    assertEquals(SimulationSpec.DEFAULT_PATHS, d.paths());

    assertEquals(d.seed(), Long.parseLong(value(text, "seed")));
    assertEquals(SimulationSpec.DEFAULT_SEED, d.seed());

    assertEquals(
        TargetArithmetic.DEFAULT_ASSUMED_DEADLINE,
        Integer.parseInt(value(text, "assumed_deadline")));
    assertTrue(comment(text, "assumed_deadline").contains("default 2030"));

    assertEquals(d.threads(), Integer.parseInt(value(text, "threads")));
    assertEquals(
        d.parameterUncertainty(), Boolean.parseBoolean(value(text, "parameter_uncertainty")));
    assertTrue(comment(text, "parameter_uncertainty").contains("default true"));

    assertEquals(d.band(), Double.parseDouble(value(text, "band")), 0.0);
    assertEquals(d.samplePaths(), Integer.parseInt(value(text, "sample_paths")));
    String qs = value(text, "quantiles");
    List<Double> documented = Arrays.stream(qs.substring(1, qs.length() - 1).split(","))
        .map(String::trim)
        .map(Double::valueOf)
        .toList();
    assertEquals(documented, d.quantiles());
  }

  @Test
  void scenarioWithoutTheKeys_bindsTheSameDefaults(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bare.yaml");
    Files.writeString(f, "name: bare\ncorridors:\n  VN-KH: {}\n");
    ScenarioSpec s = ScenarioLoader.load(f);
    Pipeline.Settings d = Pipeline.Settings.DEFAULTS;
    assertEquals(d.paths(), s.simulation().paths());
    assertEquals(d.seed(), s.simulation().seed());
    assertEquals(d.threads(), s.simulation().threads());
    assertEquals(d.endYear(), s.simulation().endYear());
    assertEquals(d.parameterUncertainty(), s.simulation().parameterUncertainty());
    assertEquals(d.band(), s.outputs().bandLevel(), 0.0);
    assertEquals(d.samplePaths(), s.outputs().samplePaths());
    assertEquals(d.quantiles(), s.outputs().quantiles());
    assertEquals(TargetArithmetic.DEFAULT_ASSUMED_DEADLINE, s.assumedDeadline());
  }
}
