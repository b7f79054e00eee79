package org.tradetarget.scenarios.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tradetarget.scenarios.report.PageFit;

/**
 * The explorer page fits a 1200 px window as the written pages do ({@link PageFit}): on the
 * three-corridor baseline (every lever, three fan charts) and on the Thailand–Laos example, whose
 * page shows a checkbox for the true/false include_drift_uncertainty, no lever and no assumed
 * deadline, and the summary as a table. Runs only with {@code mvn -Pbrowser verify}.
 */
@Tag("browser")
final class BrowserExplorerFitTest {
  @TempDir
  Path dir;

  @Test
  void theExplorerFitsA1200PxWindowWithItsSummaryAsATable() throws Exception {
    WebDriver web = PageFit.chromium(dir);
    try {
      for (String file : new String[] {"clv-2030-baseline.yaml", "th-la-example.yaml"}) {
        try (ExplorerServer server = ExplorerServer.start(Explorer.open(Path.of(file), 2_000), 0)) {
          web.get(server.address().toString());
          new WebDriverWait(web, Duration.ofMinutes(2))
              .until(d -> "ok".equals(d.findElement(By.id("status")).getAttribute("data-state")));
          assertTrue(PageFit.check(web, "serve " + file) > 20, file + ": charts drawn");
          assertEquals(1, web.findElements(By.cssSelector("#summary table")).size(), file);
          assertEquals(0, web.findElements(By.cssSelector("pre#summary")).size(), file);
        }
      }
      String drift = "corridors.LA-TH.model.params.include_drift_uncertainty";
      assertEquals(
          "checkbox",
          web.findElement(By.cssSelector("input[data-path='" + drift + "']")).getAttribute("type"));
      assertTrue(
          web.findElement(By.cssSelector("input[data-path='" + drift + "']")).isSelected());
      assertEquals(0, web.findElements(By.cssSelector("[data-path^='levers.']")).size());
      assertEquals(
          0, web.findElements(By.cssSelector("[data-path='assumed_deadline']")).size());
    } finally {
      web.quit();
    }
  }
}
