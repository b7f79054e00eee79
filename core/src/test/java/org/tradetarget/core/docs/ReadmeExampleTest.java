package org.tradetarget.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Outlook;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.testing.WalkReference;

/**
 * The README's embedding example is this compiled code: the test runs it and checks that the README
 * shows it verbatim, so the documentation cannot drift from the API.
 */
final class ReadmeExampleTest {
  /** What the example computes. */
  record Printed(String line, OutlookResult outlook, double p, double se) {}

  static Printed example() {
    // @@ readme-start
    Dataset data = Dataset.embedded();
    AnnualSeries vnkh = data.series(Corridor.of("VN-KH")); // US$ million, Vietnam-reported
    Target target =
        data.currentTarget(Corridor.VN_KH).orElseThrow(); // US$ 20,000 million, no deadline
    OutlookResult o = Outlook.of(vnkh)
        .target(target)
        .assumedDeadline(2030) // no deadline in the source: assume 2030
        .model("rw-drift") // random walk with drift on ln(trade)
        .paths(100_000)
        .seed(42)
        .run();
    double p = o.metBy(2030), se = o.metBySe(2030); // P(met by 2030) and its Monte Carlo SE
    String line = String.format(
        "%s: P(met by %d) = %.3f ± %.3f; median %.0f in %d; needs %.1f%% a year%n",
        o.name(), o.deadline(), p, se, o.median(), o.deadline(), 100 * o.requiredCagr());
    // @@ readme-end
    return new Printed(line, o, p, se);
  }

  @Test
  void exampleRunsAndAgreesWithClosedForms() {
    Printed out = example();
    AnnualSeries s = Dataset.embedded().series(Corridor.VN_KH);
    assertTrue(out.outlook().deadlineAssumed());
    assertEquals(2030, out.outlook().deadline());
    // independent: (20000 / base)^(1 / (2030 - base year)) - 1
    double g = Math.pow(20000 / s.lastValue(), 1.0 / (2030 - s.lastYear())) - 1;
    assertEquals(g, out.outlook().requiredCagr(), 1e-15);
    // rw-drift by hand on the consecutive run ending at the last observation: drift = mean of the
    // log differences, sigma = their sd (denominator m - 1); parameter uncertainty is on by
    // default, so each path's drift is mu + delta, delta ~ N(0, sigma^2/m). P(met by 2030) is then
    // the average over delta of the fine-grid first-passage probability of the walk with drift
    // mu + delta: a trapezoid over +-6 sd in 240 steps of the normal density (its error is far
    // below the Monte Carlo's), within 4 Monte Carlo SE (chance 6e-5).
    int first = s.size() - 1;
    while (first > 0 && s.year(first - 1) == s.year(first) - 1) {
      first--;
    }
    int m = s.size() - 1 - first;
    double mu = (Math.log(s.lastValue()) - Math.log(s.value(first))) / m;
    double ss = 0;
    for (int i = first + 1; i < s.size(); i++) {
      double d = Math.log(s.value(i) / s.value(i - 1)) - mu;
      ss += d * d;
    }
    double sigma = Math.sqrt(ss / (m - 1));
    int h = 2030 - s.lastYear();
    double sd = sigma / Math.sqrt(m);
    int steps = 240;
    double p = 0;
    double wsum = 0;
    for (int i = 0; i <= steps; i++) {
      double zi = -6 + 12.0 * i / steps;
      double w = Math.exp(-0.5 * zi * zi) * (i == 0 || i == steps ? 0.5 : 1.0);
      double[] grid = WalkReference.firstPassageGrid(
          Math.log(20000 / s.lastValue()), mu + sd * zi, sigma, h, sigma / 200);
      p += w * grid[h - 1];
      wsum += w;
    }
    p /= wsum;
    // The example runs recalibrated (the default); the same run with the kind's own law is the
    // walk above. Same seed and paths.
    OutlookResult raw = Outlook.of(s)
        .target(Dataset.embedded().currentTarget(Corridor.VN_KH).orElseThrow())
        .assumedDeadline(2030)
        .model("rw-drift")
        .paths(100_000)
        .seed(42)
        .recalibration(Recalibration.none())
        .run();
    assertEquals(p, raw.metBy(2030), 4 * Math.sqrt(p * (1 - p) / 100_000));
    assertEquals(Math.sqrt(out.p() * (1 - out.p()) / 100_000), out.se(), 1e-15);
    // The example's odds come from the bundled recalibration, whose map at VN-KH's history class
    // is not the identity, so they differ from the raw ones.
    assertTrue(
        Math.abs(out.p() - raw.metBy(2030)) > 4 * out.se(), out.p() + " vs " + raw.metBy(2030));
    assertEquals(
        String.format(
            "VN-KH: P(met by 2030) = %.3f ± %.3f; median %.0f in 2030; needs %.1f%% a year%n",
            out.p(), out.se(), out.outlook().median(), 100 * g),
        out.line());
  }

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Path self = Path.of(
        "src", "test", "java", "org", "tradetarget", "core", "docs", "ReadmeExampleTest.java");
    List<String> lines = Files.readAllLines(self, StandardCharsets.UTF_8);
    int start = indexOf(lines, "// @@ readme-start") + 1;
    int end = indexOf(lines, "// @@ readme-end");
    StringBuilder snippet = new StringBuilder();
    for (String l : lines.subList(start, end)) {
      snippet.append(l).append('\n'); // the README's main method indents as this method does
    }
    assertTrue(
        text.contains(snippet.toString()), "README.md must contain the example:\n" + snippet);
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
