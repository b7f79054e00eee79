package org.tradetarget.scenarios.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tradetarget.scenarios.cli.Main;

/**
 * The explorer is used in a browser, so it is tested in one: headless Chromium, driven through
 * Debian's chromedriver, moves a lever on the page, waits for the odds to move, checks that they are
 * the numbers {@code POST /api/run} gives for the same change, saves the scenario and checks that
 * {@code tradetarget run} on the saved file prints them too. Runs only with {@code mvn -Pbrowser
 * verify} (needs Debian's {@code chromium} and {@code chromium-driver}); the screenshot is kept in
 * {@code target/serve-screenshot.png}.
 */
@Tag("browser")
final class BrowserExplorerTest {
  private static final Path BASELINE = Path.of("clv-2030-baseline.yaml");
  private static final String LEVER = "levers.phnom-penh-bavet-expressway.";
  private static final List<String> CORRIDORS = List.of("VN-LA", "VN-KH", "KH-LA");

  @TempDir
  Path dir;

  @Test
  void movingALeverMovesTheOddsToTheApisAndTheSavedFileRunsToThem() throws Exception {
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    try (ExplorerServer server = ExplorerServer.start(Explorer.open(BASELINE, 5_000), 0)) {
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
          "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
          "--window-size=1300,1800");
      o.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false,
              "safebrowsing.enabled",
              false));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File("/usr/bin/chromedriver"))
          .usingAnyFreePort()
          .build();
      WebDriver web = new ChromeDriver(service, o);
      try {
        WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(60));
        web.get(server.address().toString());
        wait.until(d -> "ok".equals(status(d).getAttribute("data-state")));
        // the status names paths, seed and the time taken as a number ("in NaN s" was shown when
        // the page read a field the view does not have)
        String said = status(web).getText();
        assertTrue(said.matches("Simulated 5000 paths, seed 42, in \\d+\\.\\d\\d s\\."), said);
        Map<String, Double> before = odds(web);

        // switch the expressway on, then lengthen its mean delay from 1 to 2 years with the
        // keyboard
        web.findElement(By.cssSelector("input[data-path='" + LEVER + "enabled']"))
            .click();
        WebElement delay =
            web.findElement(By.cssSelector("input[data-path='" + LEVER + "delay_mean_years']"));
        delay.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        String overrides = "{\"" + LEVER + "enabled\":true,\"" + LEVER + "delay_mean_years\":2}";
        wait.until(d -> overrides.equals(status(d).getAttribute("data-overrides"))
            && "ok".equals(status(d).getAttribute("data-state")));
        Map<String, Double> after = odds(web);
        assertNotEquals(before.get("VN-KH"), after.get("VN-KH"), "the expressway acts on VN-KH");
        assertEquals(before.get("VN-LA"), after.get("VN-LA"), "and not on VN-LA");
        String changes = web.findElement(By.id("changes")).getText();
        assertTrue(changes.contains(LEVER + "delay_mean_years: 1 → 2"), changes);

        HttpResponse<String> api = HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.address().resolve("/api/run"))
                    .POST(HttpRequest.BodyPublishers.ofString(overrides))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api.body());
        assertEquals(after, odds(api.body()));

        web.findElement(By.id("save")).click();
        Path saved = downloads.resolve("clv-2030-baseline-explored.yaml");
        wait.until(d -> Files.isRegularFile(saved));
        Files.copy(
            BASELINE,
            downloads.resolve("clv-2030-baseline.yaml"),
            StandardCopyOption.REPLACE_EXISTING);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
            new String[] {
              "run", saved.toString(), "--out", dir.resolve("out").toString(), "--format", "json"
            },
            new PrintWriter(out),
            new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertEquals(after, odds(out.toString()));

        Path png = Path.of("target", "serve-screenshot.png");
        Files.write(png, ((ChromeDriver) web).getScreenshotAs(OutputType.BYTES));
      } finally {
        web.quit();
      }
    }
  }

  private static WebElement status(WebDriver d) {
    return d.findElement(By.id("status"));
  }

  /** P(met by the deadline) per corridor as the page shows it (the exact number in data-p). */
  private static Map<String, Double> odds(WebDriver web) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String id : CORRIDORS) {
      m.put(
          id,
          Double.parseDouble(web.findElement(By.cssSelector(".p[data-corridor='" + id + "']"))
              .getAttribute("data-p")));
    }
    return m;
  }

  /** P(met by the deadline) per corridor in a results.json text. */
  @SuppressWarnings("unchecked")
  private static Map<String, Double> odds(String resultsJson) {
    Map<String, Object> r = (Map<String, Object>) JsonIn.parse(resultsJson);
    Map<String, Double> m = new LinkedHashMap<>();
    for (String id : CORRIDORS) {
      for (Object c : (List<Object>) r.get("corridors")) {
        Map<String, Object> cm = (Map<String, Object>) c;
        if (cm.get("corridor").equals(id)) {
          m.put(id, Double.parseDouble(cm.get("p_met_by_deadline").toString()));
        }
      }
    }
    return m;
  }
}
