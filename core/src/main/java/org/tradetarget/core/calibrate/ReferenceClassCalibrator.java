package org.tradetarget.core.calibrate;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.ReferenceClassProjection;

/**
 * {@code reference-class}: the outside view. Matches the corridor's last value and its recent
 * growth to the pairs of a panel ({@link ReferenceRule}) and projects it along the trajectories
 * those pairs had ({@link ReferenceClassProjection}). Needs 1 point (with 2 or more consecutive
 * points the recent growth is matched too). The panel is read once per process while the file is
 * unchanged ({@link ReferencePanels}).
 */
final class ReferenceClassCalibrator implements Calibrator {
  static final String KIND = "reference-class";

  /** The fewest trajectories a projection is made from (or k when smaller). */
  static final int MIN_MATCHES = 10;

  static final ParameterSpec PANEL =
      ParameterSpec.path("panel", "the panel file of reference pairs (cow or long format)");
  static final ParameterSpec NEIGHBOURS = ParameterSpec.integer(
      "neighbours",
      "reference pairs matched, each at its nearest start year",
      "pairs",
      1,
      100_000,
      ReferenceRule.DEFAULT_NEIGHBOURS);
  static final ParameterSpec WINDOW = ParameterSpec.integer(
      "window",
      "years of recent growth matched (0: size only)",
      "years",
      0,
      50,
      ReferenceRule.DEFAULT_WINDOW);
  static final ParameterSpec YEARS = ParameterSpec.integer(
      "years",
      "years of each pair's trajectory a path follows before the next",
      "years",
      1,
      100,
      ReferenceRule.DEFAULT_YEARS);
  static final ParameterSpec SIZE_SCALE = ParameterSpec.number(
          "size_scale",
          "unit of the size difference in the match distance",
          "log points",
          Double.toString(ReferenceRule.DEFAULT_SIZE_SCALE))
      .above(0);
  static final ParameterSpec GROWTH_SCALE = ParameterSpec.number(
          "growth_scale",
          "unit of the growth difference in the match distance",
          "log points per year",
          Double.toString(ReferenceRule.DEFAULT_GROWTH_SCALE))
      .above(0);
  static final List<ParameterSpec> PARAMETERS =
      List.of(PANEL, NEIGHBOURS, WINDOW, YEARS, SIZE_SCALE, GROWTH_SCALE);

  @Override
  public Set<String> parameterNames() {
    return ModelKind.REFERENCE_CLASS.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    if (!params.has(PANEL.name())) {
      throw new InvalidInputException(KIND + ": parameter 'panel' is required; expected a file"
          + " path (a panel of reference pairs, cow or long format), e.g. --param panel=PATH");
    }
    for (ParameterSpec p : PARAMETERS) {
      p.problem(params.value(p.name())).ifPresent(m -> {
        throw new InvalidInputException(m);
      });
    }
    Path file;
    try {
      file = Path.of(params.value(PANEL.name()));
    } catch (InvalidPathException e) {
      throw new InvalidInputException(KIND + ": parameter 'panel': " + params.value(PANEL.name())
          + " is not allowed; expected a file path");
    }
    ReferenceRule rule = new ReferenceRule(
        NEIGHBOURS.readInt(params, ReferenceRule.DEFAULT_NEIGHBOURS),
        WINDOW.readInt(params, ReferenceRule.DEFAULT_WINDOW),
        YEARS.readInt(params, ReferenceRule.DEFAULT_YEARS),
        SIZE_SCALE.read(params).orElse(ReferenceRule.DEFAULT_SIZE_SCALE),
        GROWTH_SCALE.read(params).orElse(ReferenceRule.DEFAULT_GROWTH_SCALE));
    ReferenceSet refs = ReferencePanels.load(file);
    ReferenceClassProjection p = refs.project(series, rule, series.name());
    List<String> notes = new ArrayList<>();
    int w = Math.min(rule.window(), series.size() - 1);
    notes.add(String.format(
        Locale.ROOT,
        "the %d pairs of %s nearest in size%s at %d, each followed for %d years from a start year"
            + " whose trajectory ends by %d",
        p.trajectories(),
        refs.name(),
        w > 0 ? " and growth over the last " + w + (w == 1 ? " year" : " years") : "",
        series.lastYear(),
        rule.years(),
        series.lastYear()));
    return new Calibration(
        ModelKind.REFERENCE_CLASS,
        p,
        series,
        p.parameters(),
        new double[0],
        Double.NaN,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        notes);
  }
}
