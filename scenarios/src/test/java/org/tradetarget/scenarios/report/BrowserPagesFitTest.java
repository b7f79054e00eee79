package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.tradetarget.scenarios.cli.Main;

/**
 * Every page the commands write fits a 1200 px window ({@link PageFit}): the run report, the
 * tornado page, the sweep pages over one and over two values, the compare page and the backtest
 * page. The tornado
 * and sweep pages open with their own chart (on the first screen, before the report's summary);
 * a one-value sweep is a line with its Monte Carlo band. The scenario's sensitivity section holds
 * long paths and long ranges, as the labels that were cut. Runs only with {@code mvn -Pbrowser
 * verify}.
 */
@Tag("browser")
final class BrowserPagesFitTest {
  @TempDir
  Path dir;

  private void cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, String.join(" ", args) + ": " + err);
  }

  @Test
  void everyPageFitsA1200PxWindow() throws Exception {
    Path f = dir.resolve("fit.yaml");
    Files.writeString(f, """
        name: fit
        description: two bundled corridors, few paths
        corridors:
          VN-KH: {}
          KH-LA: {}
        simulation:
          paths: 2000
          seed: 3
        sensitivity:
          corridors.KH-LA.target.deadline: [2028, 2032]
          simulation.jumps: [{probability: 0}, {probability: 0.1, mean: -0.25, sd: 0.10}]
          simulation.persistence: [0.5, 1.0]
        """);
    Path out = dir.resolve("out");
    cli("run", f.toString(), "--out", out.resolve("run").toString(), "--format", "json");
    cli("tornado", f.toString(), "--out", out.resolve("t").toString(), "--format", "csv");
    cli(
        "sweep",
        f.toString(),
        "--vary",
        "simulation.persistence=0.5:1:0.1",
        "--out",
        out.resolve("s1").toString(),
        "--format",
        "csv");
    cli(
        "sweep",
        f.toString(),
        "--vary",
        "simulation.persistence=0.5:1:0.25",
        "--vary",
        "corridors.KH-LA.target.deadline=2028:2032:1",
        "--out",
        out.resolve("s2").toString(),
        "--format",
        "csv");
    cli(
        "backtest",
        "--corridor",
        "all",
        "--models",
        "rw-drift,log-linear",
        "--horizon",
        "3",
        "--out",
        out.resolve("b").toString(),
        "--format",
        "csv");
    // the second file differs in keys the first leaves out (defaults shown), a lever with a long
    // name and a long path, so the effect chart's labels wrap
    Path g = dir.resolve("fit-b.yaml");
    Files.writeString(g, Files.readString(f).replace("name: fit", "name: fit-b") + """
            levers:
              cambodia-laos-rail-to-china: {probability: 1}
            macro: {growth_shift: -0.01}
            """);
    cli(
        "compare",
        f.toString(),
        g.toString(),
        "--out",
        out.resolve("c").toString(),
        "--format",
        "csv");
    WebDriver web = PageFit.chromium(dir);
    try {
      JavascriptExecutor js = (JavascriptExecutor) web;
      web.get(out.resolve("run/report.html").toUri().toString());
      assertTrue(PageFit.check(web, "report.html") > 50, "report.html has its charts");

      web.get(out.resolve("t/tornado.html").toUri().toString());
      assertTrue(PageFit.check(web, "tornado.html") > 20);
      opensWithItsOwnChart(js, "tornado", "tornado.html");
      // the labels are the whole paths, none shortened with an ellipsis
      String labels = (String) js.executeScript(
          "return Array.from(document.querySelectorAll('#tornado ~ .charts svg text'))"
              + ".map(t => t.textContent).join('|');");
      assertTrue(labels.contains("corridors.KH-LA.") && !labels.contains("\u2026"), labels);

      web.get(out.resolve("s1/sweep.html").toUri().toString());
      assertTrue(PageFit.check(web, "sweep.html (one value)") > 20);
      opensWithItsOwnChart(js, "sweep", "sweep.html");
      @SuppressWarnings("unchecked")
      Map<String, Object> line = (Map<String, Object>) js.executeScript("""
          const svg = document.querySelector('#sweep ~ .charts svg');
          return {band: svg.querySelectorAll("path[fill='#c6dbef']").length,
                  points: svg.querySelectorAll('circle').length,
                  cells: svg.querySelectorAll('rect title').length};""");
      // 0.5, 0.6, ..., 1.0: six points on one line over its band, and no heatmap cells
      assertEquals(1L, line.get("band"), line.toString());
      assertEquals(6L, line.get("points"), line.toString());
      assertEquals(0L, line.get("cells"), line.toString());

      web.get(out.resolve("s2/sweep.html").toUri().toString());
      assertTrue(PageFit.check(web, "sweep.html (two values)") > 20);
      opensWithItsOwnChart(js, "sweep", "sweep.html (two values)");

      web.get(out.resolve("c/compare.html").toUri().toString());
      assertTrue(PageFit.check(web, "compare.html") > 20);
      // it opens with its effect charts: the first starts on the first screen
      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) js.executeScript("""
          const chart = document.querySelector('#effects ~ .charts svg');
          return {top: chart.getBoundingClientRect().top, screen: window.innerHeight,
                  charts: document.querySelectorAll('#effects ~ .charts svg').length};""");
      assertTrue(
          ((Number) first.get("top")).doubleValue() < ((Number) first.get("screen")).doubleValue(),
          first.toString());
      assertEquals(2L, first.get("charts"), "one effect chart per corridor " + first);

      web.get(out.resolve("b/backtest.html").toUri().toString());
      assertTrue(PageFit.check(web, "backtest.html") > 10);
    } finally {
      web.quit();
    }
  }

  /**
   * The section comes before the report's summary and its first chart starts on the first screen.
   */
  private static void opensWithItsOwnChart(JavascriptExecutor js, String id, String page) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) js.executeScript("""
        const s = document.getElementById(arguments[0]);
        const chart = document.querySelector('#' + arguments[0] + ' ~ .charts svg');
        const summary = document.getElementById('summary');
        return {before: (s.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
                top: chart.getBoundingClientRect().top, screen: window.innerHeight};""", id);
    assertEquals(true, m.get("before"), page + ": its section comes before the summary");
    assertTrue(
        ((Number) m.get("top")).doubleValue() < ((Number) m.get("screen")).doubleValue(),
        page + ": its first chart starts below the first screen " + m);
    assertTrue(List.of("tornado", "sweep").contains(id));
  }
}
