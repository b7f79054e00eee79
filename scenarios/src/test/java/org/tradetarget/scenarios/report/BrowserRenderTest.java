package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;

/**
 * The report is what reaches a ministry, so it must render in a real browser with nothing from the
 * network, its charts visible. Runs only with {@code mvn -Pbrowser verify} (needs Debian's
 * {@code chromium}); the screenshot is kept in {@code target/report-screenshot.png}.
 */
@Tag("browser")
final class BrowserRenderTest {
  @TempDir
  Path dir;

  @Test
  void reportRendersWithChartsVisibleOffline() throws IOException, InterruptedException {
    ScenarioResult r = ScenarioRunner.run(ScenarioLoader.load(Path.of("clv-2030-baseline.yaml")));
    Path html = dir.resolve("report.html");
    Files.writeString(html, HtmlReport.render(r));
    Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    List<String> cmd = List.of(
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1000,1600",
        "--screenshot=" + png,
        html.toUri().toString());
    Process p = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("chromium.log")));
    BufferedImage img = ImageIO.read(png.toFile());
    // the fan chart's 50 % band (#6baed6) and 90 % band (#c6dbef) and the target line (#d62728)
    // are drawn only by the inline SVG; count pixels of each colour
    assertTrue(count(img, 0x6baed6) > 2000, "50 % band not visible");
    assertTrue(count(img, 0xc6dbef) > 2000, "90 % band not visible");
    assertTrue(count(img, 0xd62728) > 200, "target line not visible");
  }

  private static int count(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int c = img.getRGB(x, y) & 0xffffff;
        if (Math.abs((c >> 16) - (rgb >> 16)) < 6
            && Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255)) < 6
            && Math.abs((c & 255) - (rgb & 255)) < 6) {
          n++;
        }
      }
    }
    return n;
  }
}
