package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ParameterSpec;
import org.tradetarget.scenarios.report.KindHelp;

/**
 * The help texts list the kinds from {@link ModelKind}: every kind and every parameter appears, and
 * the generated lines fit the help width.
 */
final class KindHelpTest {

  @Test
  void projectHelp_describesEveryKindAndParameter_withinTheWidth() {
    CliRunner.Result r = CliRunner.run("project", "--help");
    assertEquals(0, r.code());
    String flat = r.out().replaceAll("\\s+", " ");
    for (ModelKind k : ModelKind.values()) {
      assertTrue(r.out().contains("\n  " + k.id() + " "), k.id() + " missing from:\n" + r.out());
      for (ParameterSpec p : k.parameters()) {
        assertTrue(flat.contains(" " + p.name() + " "), k.id() + " " + p.name() + " missing");
      }
    }
    assertTrue(
        flat.contains("rate > -1 (growth rate, fraction per step, e.g. 0.1 for +10 %; required"),
        r.out());
    assertTrue(r.out().lines().allMatch(l -> l.length() <= KindHelp.WIDTH), r.out());
    assertEquals("", r.err(), "no picocli warnings");
  }

  @Test
  void backtestAndHindsightHelp_listEveryKind() {
    for (String command : new String[] {"backtest", "hindsight"}) {
      CliRunner.Result r = CliRunner.run(command, "--help");
      String flat = r.out().replaceAll("\\s+", " ");
      assertTrue(flat.contains("comma-separated: " + ModelKind.validNames()), flat);
      assertEquals("", r.err(), command + ": no picocli warnings");
    }
    // The help wraps the list wherever the width falls: compare without the wrap's spaces.
    assertTrue(CliRunner.run("hindsight", "--help")
        .out()
        .replaceAll(",\\s+", ",")
        .replaceAll("\\s+", " ")
        .contains("(default: rw-drift,log-linear,cagr,arima)"));
  }
}
