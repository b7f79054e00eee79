package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.calibrate.FitSummary;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;

/**
 * {@code tradetarget project --summary}: the JSON keys and the CSV header are contracts; the values
 * printed are the fit's {@link FitSummary} (the same fit in Java), and the drift of {@code
 * rw-drift} is checked by hand.
 */
final class ProjectSummaryTest {
  private static final List<String> KEYS = List.of(
      "kind",
      "orders",
      "include_drift",
      "coefficients",
      "loglik",
      "aic",
      "aicc",
      "bic",
      "sigma2",
      "ljung_box");

  private static CliRunner.Result summary(String kind, String format) {
    return CliRunner.run(
        "project", "--corridor", "VN-LA", "--model", kind, "--summary", "--format", format);
  }

  private static FitSummary java(String kind) {
    AnnualSeries s = Dataset.embedded().series(Corridor.VN_LA);
    return ModelKind.of(kind).fit(s, ModelParams.none()).summary().orElseThrow();
  }

  private static List<String> names(JsonNode o) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> i = o.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }

  /** A JSON number, NaN for null. */
  private static double number(JsonNode n) {
    return n.isNull() ? Double.NaN : n.asDouble();
  }

  @ParameterizedTest
  @ValueSource(strings = {"arima", "rw-drift", "naive", "log-linear", "holt", "holt-damped"})
  void json_hasTheContractKeysAndTheFitsValues(String kind) throws Exception {
    CliRunner.Result r = summary(kind, "json");
    assertEquals(Main.OK, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(KEYS, names(j));
    FitSummary s = java(kind);
    assertEquals(s.kind(), j.get("kind").asText());
    if (s.orders().isPresent()) {
      assertEquals(List.of("p", "d", "q"), names(j.get("orders")));
      assertEquals(s.orders().get().p(), j.get("orders").get("p").asInt());
      assertEquals(s.orders().get().d(), j.get("orders").get("d").asInt());
      assertEquals(s.orders().get().q(), j.get("orders").get("q").asInt());
    } else {
      assertTrue(j.get("orders").isNull());
    }
    assertEquals(s.includeDrift(), j.get("include_drift").asBoolean());
    JsonNode coefficients = j.get("coefficients");
    assertEquals(s.coefficients().size(), coefficients.size());
    for (int i = 0; i < s.coefficients().size(); i++) {
      FitSummary.Coefficient c = s.coefficients().get(i);
      JsonNode k = coefficients.get(i);
      assertEquals(List.of("term", "estimate", "se", "z", "p"), names(k));
      assertEquals(c.term(), k.get("term").asText());
      assertEquals(c.estimate(), number(k.get("estimate")), 0.0);
      assertEquals(c.se(), number(k.get("se")), 0.0);
      assertEquals(c.z(), number(k.get("z")), 0.0);
      assertEquals(c.p(), number(k.get("p")), 0.0);
    }
    assertEquals(s.loglik(), j.get("loglik").asDouble(), 0.0);
    assertEquals(s.aic(), j.get("aic").asDouble(), 0.0);
    assertEquals(s.aicc(), j.get("aicc").asDouble(), 0.0);
    assertEquals(s.bic(), j.get("bic").asDouble(), 0.0);
    assertEquals(s.sigma2(), j.get("sigma2").asDouble(), 0.0);
    JsonNode lb = j.get("ljung_box");
    assertEquals(List.of("statistic", "lag", "df", "p"), names(lb));
    assertEquals(s.ljungBox().statistic(), lb.get("statistic").asDouble(), 0.0);
    assertEquals(s.ljungBox().lag(), lb.get("lag").asInt());
    assertEquals(s.ljungBox().df(), lb.get("df").asInt());
    assertEquals(s.ljungBox().p(), lb.get("p").asDouble(), 0.0);
  }

  @Test
  void json_rwDrift_driftByHand() throws Exception {
    JsonNode j = new ObjectMapper().readTree(summary("rw-drift", "json").out());
    // By hand: the drift is the mean log difference over the consecutive run ending at the last
    // year, (ln V_last - ln V_first) / (points - 1); R's Arima(0,1,0) with drift has no AR or MA
    // terms, so the Ljung-Box df is the whole lag.
    AnnualSeries s = Dataset.embedded().series(Corridor.VN_LA);
    int start = s.size() - 1;
    while (start > 0 && s.year(start) - s.year(start - 1) == 1) {
      start--;
    }
    double drift = Math.log(s.lastValue() / s.value(start)) / (s.size() - 1 - start);
    JsonNode c = j.get("coefficients").get(0);
    assertEquals("drift", c.get("term").asText());
    assertEquals(drift, c.get("estimate").asDouble(), 1e-12);
    assertTrue(j.get("include_drift").asBoolean());
    assertEquals(
        j.get("ljung_box").get("lag").asInt(), j.get("ljung_box").get("df").asInt());
  }

  @Test
  void csv_hasTheContractHeaderAndTheCoefficients() {
    CliRunner.Result r = summary("arima", "csv");
    assertEquals(Main.OK, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("term,estimate,se,z,p", lines.get(0));
    FitSummary s = java("arima");
    assertEquals(s.coefficients().size() + 1, lines.size());
    for (int i = 0; i < s.coefficients().size(); i++) {
      FitSummary.Coefficient c = s.coefficients().get(i);
      String[] f = lines.get(i + 1).split(",", -1);
      assertEquals(c.term(), f[0]);
      assertEquals(c.estimate(), Double.parseDouble(f[1]), 0.0);
      assertEquals(c.se(), Double.parseDouble(f[2]), 0.0);
      assertEquals(c.z(), Double.parseDouble(f[3]), 0.0);
      assertEquals(c.p(), Double.parseDouble(f[4]), 0.0);
    }
  }

  @Test
  void csv_holt_smoothingParametersWithoutStandardErrors() {
    CliRunner.Result r = summary("holt", "csv");
    assertEquals(Main.OK, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("term,estimate,se,z,p", lines.get(0));
    List<String> terms = lines.stream().skip(1).map(l -> l.split(",", -1)[0]).toList();
    assertEquals(List.of("alpha", "beta", "l", "b"), terms);
    for (String l : lines.subList(1, lines.size())) {
      assertTrue(l.endsWith(",NA,NA,NA"), l);
    }
  }

  @Test
  void table_showsCriteriaAndTheLjungBoxTest() {
    CliRunner.Result r = summary("log-linear", "table");
    assertEquals(Main.OK, r.code(), r.err());
    FitSummary s = java("log-linear");
    assertTrue(r.out().contains("intercept"), r.out());
    assertTrue(r.out().contains("trend"), r.out());
    assertTrue(r.out().contains("Ljung-Box test of the residuals: Q*="), r.out());
    assertTrue(
        r.out().contains("df=" + s.ljungBox().df() + ", lag=" + s.ljungBox().lag()), r.out());
  }

  @Test
  void kindWithoutTable_failsInOneLine() {
    CliRunner.Result r = summary("cagr", "json");
    assertEquals(Main.BAD_INPUT, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("option '--summary'"), r.err());
    assertTrue(r.err().contains("'cagr' has no estimation table"), r.err());
    assertTrue(r.err().contains("arima, rw-drift, naive, log-linear, holt, holt-damped"), r.err());
  }

  @Test
  void holtWithGivenParameters_failsInOneLine() {
    CliRunner.Result r = CliRunner.run(
        "project",
        "--corridor",
        "VN-LA",
        "--model",
        "holt",
        "--param",
        "alpha=0.8",
        "--param",
        "beta=0.2",
        "--summary");
    assertEquals(Main.BAD_INPUT, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("only when fitted by maximum likelihood"), r.err());
  }
}
