package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.scenarios.io.ScenarioException;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;

/**
 * The report for policy readers: a plain-words guide near the top, small charts drawn at a size
 * that keeps their text readable, and {@code outputs.log_scale} for the fan charts.
 */
final class ReportReadabilityTest {
  @TempDir
  Path dir;

  private Path scenario(String extra) throws IOException {
    Path f = dir.resolve("r.yaml");
    Files.writeString(
        f, "name: r\ncorridors:\n  VN-KH: {}\nsimulation:\n  paths: 2000\n  seed: 3\n" + extra);
    return f;
  }

  private ScenarioResult run(String extra) throws IOException {
    return ScenarioRunner.run(ScenarioLoader.load(scenario(extra)));
  }

  @Test
  void aGuideForPolicyReadersComesBeforeTheNumbers() throws IOException {
    String html = HtmlReport.render(run("outputs: {band: 80}\n"));
    int guide = html.indexOf("<h2>How to read this report</h2>");
    assertTrue(guide > 0, html);
    assertTrue(guide < html.indexOf("<h2>Summary</h2>"), "the guide comes before the summary");
    String text = html.substring(guide, html.indexOf("</section>", guide));
    // the band named with the scenario's own level, and each headline number in plain words
    assertTrue(text.contains("in 80 out of 100 simulated futures"), text);
    assertTrue(
        text.contains("<b>P(met by year)</b>: the chance that trade reaches the target in at"
            + " least one year up to and including that year"),
        text);
    assertTrue(text.contains("<b>Median first year</b>: the year by which half"), text);
    assertTrue(text.contains("depends on the assumptions"), text);
    // the link leads to the assumptions section
    assertTrue(text.contains("<a href='#assumptions'>"), text);
    assertTrue(html.contains("<h2 id='assumptions'>Assumptions</h2>"), html);
  }

  @Test
  void smallChartsAreNeverDrawnNarrowerThanTheirDrawing() throws IOException {
    String html = HtmlReport.render(run(""));
    // the odds and first-passage charts use the compact drawing ...
    assertTrue(
        html.contains("viewBox='0 0 " + Svg.COMPACT.w() + " " + Svg.COMPACT.h() + "'"), html);
    // ... and the grid never makes a column narrower than it: 11-unit text stays >= 11 px
    Matcher m = Pattern.compile("\\.charts\\{grid-template-columns:repeat\\(auto-fit,minmax\\("
            + "(\\d+)px,1fr\\)\\)\\}")
        .matcher(html);
    int last = -1;
    while (m.find()) {
      last = Integer.parseInt(m.group(1));
    }
    assertTrue(last >= Svg.COMPACT.w(), "column minimum " + last + " px");
    // the fan chart stays the full-width drawing, and its file is what it was
    assertTrue(html.contains("viewBox='0 0 640 360'"), html);
  }

  @Test
  void logScaleIsOffByDefaultAndDrawsTheFanOnALogAxisWhenOn() throws IOException {
    ScenarioResult linear = run("");
    assertFalse(linear.spec().outputs().logScale());
    ScenarioResult log = run("outputs: {log_scale: true}\n");
    assertTrue(log.spec().outputs().logScale());
    String a = ResultReports.fanSvg(linear, 0);
    String b = ResultReports.fanSvg(log, 0);
    // a linear value axis starts at 0; a log one cannot
    assertTrue(a.contains("text-anchor='end' fill='#333' font-size='11'>0</text>"), a);
    assertFalse(b.contains("text-anchor='end' fill='#333' font-size='11'>0</text>"), b);
    // VN-KH's history (600 in 2005 to 11,330 in 2025) spans the 1,000 and 10,000 ticks
    assertTrue(b.contains(">1,000</text>") && b.contains(">10,000</text>"), b);
    assertTrue(HtmlReport.render(log).contains(b));
  }

  @Test
  void aLogScaleThatIsNotABooleanIsReportedWhereItIs() throws IOException {
    Path f = scenario("outputs:\n  log_scale: sometimes\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    assertEquals(1, e.problems().size(), e.getMessage());
    // line 8, column 14: the value after "  log_scale: "
    assertEquals(
        f + ":8:14: outputs.log_scale: 'sometimes' is not allowed; expected true or false",
        e.problems().get(0));
  }

  @Test
  void aMisspelledLogScaleGetsADidYouMean() throws IOException {
    Path f = scenario("outputs:\n  log_scal: true\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    assertTrue(e.getMessage().contains(f + ":8:3"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'log_scale'"), e.getMessage());
  }
}
