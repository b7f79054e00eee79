package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertRelative;
import static org.tradetarget.core.calibrate.ForecastAssertions.param;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.testing.Reference;

/**
 * The Ljung–Box test against R's {@code Box.test(diff(log(y)), lag, type = "Ljung-Box", fitdf =
 * 1)} ({@code reference/kinds.R}, lag = max(min(10, round(m/5)), 3) of the m differences): the
 * statistic within 1e-6 relative (the tolerance), df exactly, p within 1e-6 relative.
 */
final class LjungBoxTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "airmiles",
        "synth_a",
        "corridor_vn_la",
        "corridor_vn_kh",
        "nile",
        "lakehuron",
        "wwwusage",
        "synth_theta"
      })
  void matchesBoxTest(String file) {
    String c = (file.startsWith("corridor_") ? file.substring(9) : file) + "__ljung_box_diff";
    double[] d = Fits.diff(Reference.series(file).logValues());
    int lag = (int) param(c, "param_lag");
    LjungBox.Result r = LjungBox.test(d, lag, 1);
    assertRelative(param(c, "param_statistic"), r.statistic(), 1e-6, c + " statistic");
    assertEquals((int) param(c, "param_df"), r.df(), c + " df");
    assertRelative(param(c, "param_p"), r.p(), 1e-6, c + " p");
  }
}
