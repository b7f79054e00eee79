package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What "a page fits" means, measured in headless Chromium at a 1200 px window and 100 % zoom: the
 * page does not scroll sideways; every table, chart and preformatted block lies inside the box it
 * sits in, and that box does not scroll sideways either; no table cell clips its text (its
 * scrollWidth is not above its clientWidth); every chart text lies inside its chart (text box inside
 * the SVG's box, so nothing is cut at the viewBox edge); chart text renders at least {@link
 * #MIN_TEXT_PX} px high (font size times the SVG's rendered width over its viewBox width, as the
 * SVG is scaled to its box) and table text at least as high.
 */
public final class PageFit {
  /** The smallest text a reader should meet, in CSS pixels at 100 % zoom. */
  public static final double MIN_TEXT_PX = 11;

  /** The window width every page must fit. */
  public static final int WIDTH = 1200;

  /** Layout rounding tolerance, in CSS pixels. */
  private static final double SLACK = 1;

  private static final String MEASURE = """
      const out = {page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
                   boxes: [], cells: [], texts: [], tableFonts: []};
      for (const e of document.querySelectorAll('table, svg, pre')) {
        if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
        if (e.ownerSVGElement) continue;
        const p = e.parentElement, r = e.getBoundingClientRect(), pr = p.getBoundingClientRect();
        if (r.width === 0) continue;
        out.boxes.push({what: e.tagName + '#' + e.id + ' in ' + p.tagName + '.' + p.className,
          left: r.left - pr.left, right: pr.right - r.right,
          scroll: e.tagName.toLowerCase() === 'svg' ? 0 : e.scrollWidth - e.clientWidth,
          parentScroll: p.scrollWidth - p.clientWidth});
      }
      for (const c of document.querySelectorAll('th, td')) {
        out.cells.push({text: c.textContent, over: c.scrollWidth - c.clientWidth,
          px: parseFloat(getComputedStyle(c).fontSize)});
      }
      for (const t of document.querySelectorAll('svg text')) {
        const svg = t.ownerSVGElement;
        const sr = svg.getBoundingClientRect(), tr = t.getBoundingClientRect();
        const scale = sr.width / svg.viewBox.baseVal.width;
        out.texts.push({text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
          left: tr.left - sr.left, right: sr.right - tr.right, top: tr.top - sr.top,
          bottom: sr.bottom - tr.bottom});
      }
      return out;""";

  private PageFit() {}

  /** Headless Chromium at a {@link #WIDTH} × 900 px window, profile in {@code dir}. */
  public static WebDriver chromium(Path dir) throws java.io.IOException {
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
        "--window-size=" + WIDTH + ",900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, o);
  }

  /**
   * Checks the page now shown against every rule above.
   *
   * @return how many chart texts were checked, so a caller can tell the page had charts
   */
  @SuppressWarnings("unchecked")
  public static int check(WebDriver web, String page) {
    JavascriptExecutor js = (JavascriptExecutor) web;
    assertEquals((long) WIDTH, js.executeScript("return window.innerWidth;"), "window width");
    Map<String, Object> m = (Map<String, Object>) js.executeScript(MEASURE);
    List<Number> pg = (List<Number>) m.get("page");
    assertTrue(
        pg.get(0).doubleValue() <= pg.get(1).doubleValue(),
        page + " scrolls sideways: " + pg.get(0) + " > " + pg.get(1));
    List<Map<String, Object>> boxes = (List<Map<String, Object>>) m.get("boxes");
    assertTrue(!boxes.isEmpty(), page + ": no table or chart found");
    for (Map<String, Object> b : boxes) {
      for (String k : List.of("left", "right")) {
        assertTrue(num(b, k) >= -SLACK, page + ": " + b.get("what") + " sticks out " + k + " " + b);
      }
      assertTrue(num(b, "scroll") <= SLACK, page + ": " + b.get("what") + " scrolls: " + b);
      assertTrue(
          num(b, "parentScroll") <= SLACK, page + ": box of " + b.get("what") + " scrolls " + b);
    }
    for (Map<String, Object> c : (List<Map<String, Object>>) m.get("cells")) {
      assertTrue(num(c, "over") <= SLACK, page + ": cell '" + c.get("text") + "' clips its text");
      assertTrue(num(c, "px") >= MIN_TEXT_PX, page + ": cell '" + c.get("text") + "' is " + c);
    }
    List<Map<String, Object>> texts = (List<Map<String, Object>>) m.get("texts");
    for (Map<String, Object> t : texts) {
      assertTrue(
          num(t, "px") >= MIN_TEXT_PX,
          page + ": '" + t.get("text") + "' renders at " + t.get("px") + " px");
      for (String k : List.of("left", "right", "top", "bottom")) {
        assertTrue(
            num(t, k) >= -SLACK, page + ": '" + t.get("text") + "' is cut at the " + k + ": " + t);
      }
    }
    return texts.size();
  }

  private static double num(Map<String, Object> m, String k) {
    return ((Number) m.get(k)).doubleValue();
  }
}
