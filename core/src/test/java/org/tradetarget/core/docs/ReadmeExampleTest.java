package org.tradetarget.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;

/**
 * The README's embedding example is this compiled code: the test runs it and checks that the README
 * shows it verbatim, so the documentation cannot drift from the API.
 */
final class ReadmeExampleTest {
  static String example() {
    // @@ readme-start
    Dataset data = Dataset.embedded();
    AnnualSeries vnkh = data.series(Corridor.of("VN-KH"));          // US$ million, Vietnam-reported
    Target target = data.currentTarget(Corridor.VN_KH).orElseThrow(); // US$ 20,000 million, no deadline
    TargetAssessment a = TargetArithmetic.assess(target, vnkh, 2030); // assume 2030 as the deadline
    String line = String.format("%s: %.0f in %d, needs %.1f%% a year to reach %.0f by %d%n",
        target.corridor(), a.baseUsdMillion(), a.baseYear(),
        100 * a.requiredCagr().getAsDouble(), target.valueUsdMillion(), a.deadline());
    // @@ readme-end
    return line;
  }

  @Test
  void exampleRunsAndAgreesWithArithmetic() {
    String out = example();
    AnnualSeries s = Dataset.embedded().series(Corridor.VN_KH);
    // independent: (20000 / base)^(1 / (2030 - base year)) - 1
    double g = Math.pow(20000 / s.lastValue(), 1.0 / (2030 - s.lastYear())) - 1;
    assertEquals(String.format("VN-KH: %.0f in %d, needs %.1f%% a year to reach 20000 by 2030%n",
        s.lastValue(), s.lastYear(), 100 * g), out);
  }

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Path self = Path.of("src", "test", "java", "org", "tradetarget", "core", "docs", "ReadmeExampleTest.java");
    List<String> lines = Files.readAllLines(self, StandardCharsets.UTF_8);
    int start = indexOf(lines, "// @@ readme-start") + 1;
    int end = indexOf(lines, "// @@ readme-end");
    StringBuilder snippet = new StringBuilder();
    for (String l : lines.subList(start, end)) {
      snippet.append(l.length() >= 4 ? l.substring(4) : l.strip()).append('\n');
    }
    assertTrue(text.contains(snippet.toString()), "README.md must contain the example:\n" + snippet);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
