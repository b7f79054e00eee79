package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;
import org.tradetarget.scenarios.run.Sensitivity;

/**
 * The report is read at 100 % zoom in an ordinary window: at 1200 px wide every chart text is at
 * least 11 px high as rendered (the SVGs are scaled to their box by CSS, so the rendered size is
 * the font size times the rendered width over the viewBox width), and the summary table fits
 * without a sideways scroll; the tornado page's charts too. Runs only with {@code mvn -Pbrowser verify} (needs Debian's {@code
 * chromium} and {@code chromium-driver}).
 */
@Tag("browser")
final class BrowserReadabilityTest {
  /** The smallest text a reader should meet, in CSS pixels at 100 % zoom. */
  private static final double MIN_TEXT_PX = 11;

  @TempDir
  Path dir;

  @Test
  void chartTextIsAtLeast11PxAndTheSummaryFitsAt1200Px() throws Exception {
    ScenarioResult r = ScenarioRunner.run(ScenarioLoader.load(Path.of("clv-2030-baseline.yaml")));
    Path html = dir.resolve("report.html");
    Files.writeString(html, HtmlReport.render(r));
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1200,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort()
        .build();
    WebDriver web = new ChromeDriver(service, o);
    try {
      web.get(html.toUri().toString());
      JavascriptExecutor js = (JavascriptExecutor) web;
      assertEquals(1200L, js.executeScript("return window.innerWidth;"), "window width");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> texts = (List<Map<String, Object>>) js.executeScript("""
          return Array.from(document.querySelectorAll('svg text')).map(t => {
            const svg = t.ownerSVGElement;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return {text: t.textContent,
                    px: parseFloat(getComputedStyle(t).fontSize) * scale,
                    box: t.getBoundingClientRect().height};
          });""");
      assertTrue(texts.size() > 50, "chart texts found: " + texts.size());
      for (Map<String, Object> t : texts) {
        double px = ((Number) t.get("px")).doubleValue();
        assertTrue(px >= MIN_TEXT_PX, "'" + t.get("text") + "' renders at " + px + " px");
        // the glyph box of a line of text is at least as tall as its font size
        double box = ((Number) t.get("box")).doubleValue();
        assertTrue(box >= MIN_TEXT_PX, "'" + t.get("text") + "' box is " + box + " px high");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> table = (Map<String, Object>) js.executeScript("""
          const t = document.getElementById('summary');
          const w = t.parentElement;
          return {scroll: t.scrollWidth, client: t.clientWidth, wrapScroll: w.scrollWidth,
                  wrapClient: w.clientWidth, page: document.documentElement.scrollWidth,
                  pageClient: document.documentElement.clientWidth};""");
      long scroll = ((Number) table.get("scroll")).longValue();
      long client = ((Number) table.get("client")).longValue();
      assertTrue(scroll <= client, "summary table " + table);
      // the box it sits in does not scroll sideways either, nor the page
      assertTrue(
          ((Number) table.get("wrapScroll")).longValue()
              <= ((Number) table.get("wrapClient")).longValue(),
          "summary table box " + table);
      assertTrue(
          ((Number) table.get("page")).longValue()
              <= ((Number) table.get("pageClient")).longValue(),
          "page " + table);
      // the tornado page is the same report with one more section of 640-unit charts
      List<Sensitivity.Bar> bars = new ArrayList<>();
      for (var c : r.summaries()) {
        bars.add(new Sensitivity.Bar(
            "corridors.KH-LA.model.params.rate",
            "0.05",
            "0.15",
            c.name(),
            c.pMet(),
            c.pMet() / 2,
            Math.min(1, c.pMet() * 1.5),
            c.median(),
            c.median(),
            c.median()));
      }
      Path tornado = dir.resolve("tornado.html");
      Files.writeString(
          tornado,
          HtmlReport.render(
              r, List.of(SensitivityReports.tornadoHtml(new Sensitivity.Tornado(r, bars)))));
      web.get(tornado.toUri().toString());
      chartTextIsReadable(js, "tornado.html");
    } finally {
      web.quit();
    }
  }

  /** Every SVG text of the page renders at least {@link #MIN_TEXT_PX} high. */
  private static void chartTextIsReadable(JavascriptExecutor js, String page) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> texts = (List<Map<String, Object>>) js.executeScript("""
        return Array.from(document.querySelectorAll('svg text')).map(t => {
          const svg = t.ownerSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return {text: t.textContent,
                  px: parseFloat(getComputedStyle(t).fontSize) * scale,
                  box: t.getBoundingClientRect().height};
        });""");
    assertTrue(texts.size() > 50, page + ": chart texts found: " + texts.size());
    for (Map<String, Object> t : texts) {
      double px = ((Number) t.get("px")).doubleValue();
      assertTrue(px >= MIN_TEXT_PX, page + ": '" + t.get("text") + "' renders at " + px + " px");
      // the glyph box of a line of text is at least as tall as its font size
      double box = ((Number) t.get("box")).doubleValue();
      assertTrue(box >= MIN_TEXT_PX, page + ": '" + t.get("text") + "' box is " + box + " px high");
    }
  }
}
