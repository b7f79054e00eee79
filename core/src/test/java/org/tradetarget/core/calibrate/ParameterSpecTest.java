package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.testing.Reference;

/**
 * Each kind's parameter specs tell the truth: every bound rejects the value just outside and
 * accepts the value at the edge (or just inside an open edge), both in {@link
 * ModelKind#checkParameters} and in the kind's own fit, which fails with the same message for the
 * same value. The bounds themselves are checked against a hand-written list taken from the
 * calibrators' documentation, so a spec cannot drift silently.
 */
final class ParameterSpecTest {

  /** The documented bounds, written out by hand: kind, then "name range" pairs. */
  private static final Map<ModelKind, List<String>> DOCUMENTED = new LinkedHashMap<>();

  static {
    DOCUMENTED.put(ModelKind.CONSTANT_GROWTH, List.of("rate > -1", "sigma >= 0"));
    DOCUMENTED.put(ModelKind.CAGR, List.of("window 2 to 1000"));
    DOCUMENTED.put(ModelKind.LOG_LINEAR, List.of());
    DOCUMENTED.put(ModelKind.RW_DRIFT, List.of("include_drift_uncertainty true/false"));
    DOCUMENTED.put(
        ModelKind.HOLT, List.of("alpha (0, 1]", "beta [0, 1]", "l0 any", "b0 any", "sigma >= 0"));
    DOCUMENTED.put(
        ModelKind.HOLT_DAMPED,
        List.of("alpha (0, 1]", "beta [0, 1]", "phi (0, 1]", "l0 any", "b0 any", "sigma >= 0"));
    DOCUMENTED.put(
        ModelKind.ARIMA,
        List.of(
            "p 0 to 3",
            "d 0 to 2",
            "q 0 to 3",
            "ar1 any",
            "ar2 any",
            "ar3 any",
            "ma1 any",
            "ma2 any",
            "ma3 any",
            "intercept any",
            "drift any",
            "include_mean true/false",
            "include_drift true/false",
            "sigma2 >= 0",
            "include_drift_uncertainty true/false"));
    DOCUMENTED.put(ModelKind.LOGISTIC, List.of("capacity > 0"));
    DOCUMENTED.put(ModelKind.NAIVE, List.of());
    DOCUMENTED.put(ModelKind.THETA, List.of());
    DOCUMENTED.put(ModelKind.ARIMA_AUTO, List.of());
    DOCUMENTED.put(ModelKind.ETS_AUTO, List.of());
    DOCUMENTED.put(
        ModelKind.GRAVITY,
        List.of(
            "beta_vn [-10, 10]",
            "beta_kh [-10, 10]",
            "beta_la [-10, 10]",
            "theta [-100, 0]",
            "trend [-1, 1]",
            "calibrate_trend true/false",
            "sigma [0, 10]"));
    DOCUMENTED.put(
        ModelKind.ENSEMBLE,
        List.of(
            "rw-drift >= 0",
            "log-linear >= 0",
            "cagr >= 0",
            "holt >= 0",
            "holt-damped >= 0",
            "arima >= 0",
            "logistic >= 0",
            "naive >= 0",
            "theta >= 0",
            "pooled true/false",
            "evidence a path"));
    DOCUMENTED.put(
        ModelKind.REFERENCE_CLASS,
        List.of(
            "panel a path",
            "neighbours 1 to 100000",
            "window 0 to 50",
            "years 1 to 100",
            "size_scale > 0",
            "growth_scale > 0"));
  }

  /** A small long-format panel (30 series, 1800-1935, +2 % a year) for reference-class's fits. */
  private static final String PANEL = smallPanel();

  private static String smallPanel() {
    try {
      java.nio.file.Path f = java.nio.file.Files.createTempFile("reference-panel", ".csv");
      f.toFile().deleteOnExit();
      StringBuilder sb = new StringBuilder("series,year,value\n");
      for (int s = 0; s < 30; s++) {
        for (int t = 1800; t <= 1935; t++) {
          sb.append("p").append(s).append(',').append(t).append(',');
          sb.append(Math.exp(s * 0.3 + 0.02 * (t - 1800) + 0.01 * ((s * t) % 7)))
              .append('\n');
        }
      }
      java.nio.file.Files.writeString(f, sb);
      return f.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyKindsBoundsAreTheDocumentedOnes() {
    for (ModelKind k : ModelKind.values()) {
      assertTrue(DOCUMENTED.containsKey(k), k.id() + " has no documented bounds in this test");
      List<String> actual =
          k.parameters().stream().map(p -> p.name() + " " + p.range()).toList();
      assertEquals(DOCUMENTED.get(k), actual, k.id());
    }
  }

  /** A full, valid parameter set per kind, so that its fit reads every parameter it checks. */
  private static ModelParams base(ModelKind k) {
    return switch (k) {
      case CONSTANT_GROWTH -> ModelParams.none().with("rate", "0.05").with("sigma", "0.1");
      case CAGR -> ModelParams.none().with("window", "3");
      case LOG_LINEAR -> ModelParams.none();
      case RW_DRIFT -> ModelParams.none().with("include_drift_uncertainty", "true");
      case NAIVE, THETA, ARIMA_AUTO, ETS_AUTO -> ModelParams.none();
      case HOLT ->
        ModelParams.none()
            .with("alpha", "0.5")
            .with("beta", "0.1")
            .with("l0", "7")
            .with("b0", "0.05")
            .with("sigma", "0.1");
      case HOLT_DAMPED -> base(ModelKind.HOLT).with("phi", "0.9");
      case ARIMA ->
        ModelParams.none()
            .with("p", "2")
            .with("ar1", "0.1")
            .with("ar2", "0.1")
            .with("drift", "0.05")
            .with("sigma2", "0.01");
      case LOGISTIC -> ModelParams.none();
      case GRAVITY ->
        ModelParams.none().with("theta", "-4").with("trend", "0.01").with("sigma", "0.1");
      case ENSEMBLE -> ModelParams.none().with("rw-drift", "0.5").with("log-linear", "0.5");
      case REFERENCE_CLASS -> ModelParams.none().with("panel", PANEL);
    };
  }

  /** A series the kind can use with {@code name} given (gravity: a corridor with that country). */
  private static AnnualSeries series(ModelKind k, String name) {
    if (k == ModelKind.GRAVITY) {
      Corridor c =
          name.equals("beta_vn") || name.equals("beta_la") ? Corridor.VN_LA : Corridor.VN_KH;
      return Dataset.embedded().series(c);
    }
    return Reference.series("airmiles");
  }

  /** Every (kind, parameter, value, whether allowed) generated from the specs. */
  static Stream<Arguments> edges() {
    List<Arguments> out = new ArrayList<>();
    for (ModelKind k : ModelKind.values()) {
      for (ParameterSpec p : k.parameters()) {
        for (Map.Entry<String, Boolean> e : edgeValues(p).entrySet()) {
          out.add(Arguments.of(k, p.name(), e.getKey(), e.getValue()));
        }
      }
    }
    return out.stream();
  }

  private static Map<String, Boolean> edgeValues(ParameterSpec p) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    switch (p.type()) {
      case PATH -> {
        // any non-empty text is a path; whether the file can be read is the fit's to say
      }
      case BOOLEAN -> {
        m.put("true", true);
        m.put("FALSE", true);
        m.put("yes", false);
        m.put("1", false);
      }
      case INTEGER -> {
        int lo = (int) p.min();
        int hi = (int) p.max();
        m.put(Integer.toString(lo - 1), false);
        m.put(Integer.toString(lo), true);
        m.put(Integer.toString(hi), true);
        m.put(Integer.toString(hi + 1), false);
        m.put(lo + ".5", false);
        m.put("many", false);
      }
      case NUMBER -> {
        if (Double.isFinite(p.min())) {
          m.put(Double.toString(p.min()), !p.minOpen());
          m.put(
              Double.toString(p.minOpen() ? Math.nextUp(p.min()) : Math.nextDown(p.min())),
              p.minOpen());
        }
        if (Double.isFinite(p.max())) {
          m.put(Double.toString(p.max()), !p.maxOpen());
          m.put(
              Double.toString(p.maxOpen() ? Math.nextDown(p.max()) : Math.nextUp(p.max())),
              p.maxOpen());
        }
        m.put("NaN", false);
        m.put("Infinity", false);
        m.put("-Infinity", false);
        m.put("ten", false);
      }
    }
    return m;
  }

  @ParameterizedTest(name = "{0} {1}={2} allowed={3}")
  @MethodSource("edges")
  void eachBound_rejectsJustOutside_acceptsAtTheEdge_asTheFitDoes(
      ModelKind k, String name, String value, boolean allowed) {
    ModelParams params = base(k).with(name, value);
    List<ParameterProblem> problems = k.problems(params);
    String expected = "parameter '" + name + "': " + value + " is not allowed; expected "
        + k.parameter(name).orElseThrow().allowed();
    AnnualSeries s = series(k, name);
    Optional<String> fitError = fitError(k, s, params);
    if (allowed) {
      assertEquals(List.of(), problems, k.id() + " " + name + "=" + value);
      k.checkParameters(params);
      assertFalse(
          fitError.isPresent()
              && fitError.get().contains("'" + name + "': " + value + " is not allowed"),
          "the fit rejects what checkParameters allows: " + fitError);
    } else {
      assertEquals(List.of(new ParameterProblem(name, value, expected)), problems);
      assertEquals(
          expected,
          assertThrows(InvalidInputException.class, () -> k.checkParameters(params))
              .getMessage());
      assertEquals(Optional.of(expected), fitError, "the fit must reject it with the same message");
    }
  }

  private static Optional<String> fitError(ModelKind k, AnnualSeries s, ModelParams params) {
    try {
      k.fit(s, params);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  @Test
  void message_namesTheParameterTheValueAndWhatIsAllowed() {
    ModelParams p = ModelParams.none().with("rate", "-1");
    assertEquals(
        "parameter 'rate': -1 is not allowed; expected a number > -1 (fraction per step, e.g. 0.1 for"
            + " +10 %), or the word required in a scenario file",
        assertThrows(
                InvalidInputException.class, () -> ModelKind.CONSTANT_GROWTH.checkParameters(p))
            .getMessage());
    assertEquals(
        "parameter 'alpha': 0 is not allowed; expected a number in (0, 1]",
        ModelKind.HOLT.problems(ModelParams.none().with("alpha", "0")).get(0).message());
    assertEquals(
        "parameter 'window': 1 is not allowed; expected a whole number from 2 to 1000 (steps)",
        ModelKind.CAGR.problems(ModelParams.none().with("window", "1")).get(0).message());
  }

  @Test
  void anEmptyValue_isSaidToBeEmpty() {
    assertEquals(
        "parameter 'window': an empty value is not allowed; expected a whole number from 2 to 1000 (steps)",
        ModelKind.CAGR.problems(ModelParams.parse(List.of("window="))).get(0).message());
  }

  @Test
  void problems_listsEveryProblemWithItsParameter() {
    ModelParams p = ModelParams.parse(List.of("alpha=2", "gamma=1", "beta=-0.5", "sigma=0.1"));
    List<ParameterProblem> all = ModelKind.HOLT.problems(p);
    assertEquals(
        List.of("alpha", "gamma", "beta"),
        all.stream().map(ParameterProblem::parameter).toList());
    assertEquals(
        "unknown parameter 'gamma' for model holt; valid: alpha, b0, beta, l0, sigma",
        all.get(1).message());
    assertEquals("-0.5", all.get(2).value());
  }

  @Test
  void unknownNames_listTheValidOnes_asTheFitDoes() {
    for (ModelKind k : ModelKind.values()) {
      ModelParams p = ModelParams.none().with("zeta", "1");
      String valid = k.parameters().isEmpty()
          ? "(none)"
          : k.parameters().stream()
              .map(ParameterSpec::name)
              .sorted()
              .collect(Collectors.joining(", "));
      String expected = "unknown parameter 'zeta' for model " + k.id() + "; valid: " + valid;
      assertEquals(
          expected,
          assertThrows(InvalidInputException.class, () -> k.checkParameters(p)).getMessage());
      assertEquals(
          expected,
          assertThrows(InvalidInputException.class, () -> k.fit(series(k, ""), p))
              .getMessage(),
          k.id());
    }
  }

  @Test
  void aRequiredParameter_isAProblemWhenMissing_andTheScenarioWordIsAccepted() {
    List<ParameterProblem> p =
        ModelKind.CONSTANT_GROWTH.problems(ModelParams.none().with("sigma", "0.1"));
    assertEquals(1, p.size());
    assertEquals("rate", p.get(0).parameter());
    assertEquals(null, p.get(0).value());
    assertTrue(
        p.get(0).message().startsWith("parameter 'rate' is required; expected a number > -1"),
        p.toString());
    assertEquals(
        List.of(), ModelKind.CONSTANT_GROWTH.problems(ModelParams.none().with("rate", "required")));
    String fit = assertThrows(
            InvalidInputException.class,
            () -> ModelKind.CONSTANT_GROWTH.fit(
                Reference.series("airmiles"), ModelParams.none().with("rate", "required")))
        .getMessage();
    assertTrue(fit.contains("'rate': required is only allowed in a scenario file"), fit);
  }

  @Test
  void parameterLookup() {
    assertEquals("window", ModelKind.CAGR.parameter("window").orElseThrow().name());
    assertEquals(Optional.empty(), ModelKind.CAGR.parameter("rate"));
    assertEquals(Arrays.asList(ModelKind.values()), new ArrayList<>(DOCUMENTED.keySet()));
  }
}
