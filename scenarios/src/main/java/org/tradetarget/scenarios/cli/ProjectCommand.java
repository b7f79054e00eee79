package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.IntervalGuard;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget project}: fits one model kind to a series and prints its point forecast with
 * prediction intervals, or its parameters ({@code --show-params}).
 */
@Command(
    name = "project",
    header = "Fits a model kind to a series and projects it with prediction intervals.",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.tradetarget.scenarios.cli.KindHelp",
    description = {
      "Fits a model kind to a year,value series and projects it H steps ahead (one step = the",
      "series' spacing, a year for annual data) with prediction intervals. Values in the data's unit",
      "(US$ million for trade), rates as fractions per step, levels in percent.",
      "Kinds (scale, fewest points with default parameters; parameters as --param NAME=VALUE):",
      "${bundle:kindTable}",
      "Levers (--lever, with --corridor): built-in projects, see 'tradetarget levers'."
    })
final class ProjectCommand implements Callable<Integer> {
  /** The largest horizon accepted, in steps. */
  static final int MAX_HORIZON = 1000;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "CSV file with header year,value (one row per year, values > 0), or a downloaded trade file"
              + " or BACI folder with --corridor (see 'tradetarget data --help').")
  Path input;

  @Option(
      names = "--corridor",
      paramLabel = "ID",
      description =
          "An embedded corridor's default series, e.g. VN-LA; with a trade file --input, any corridor"
              + " it holds, e.g. TH-LA.")
  String corridor;

  @Mixin
  TradeInput trade = new TradeInput();

  @Option(
      names = "--model",
      required = true,
      paramLabel = "KIND",
      description = "The model kind (see above).")
  String model;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A model parameter, repeatable, e.g. --param rate=0.1 --param sigma=0.05.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--lever",
      paramLabel = "NAME",
      description =
          "A built-in lever (see 'tradetarget levers'), repeatable; needs --corridor. Gravity takes its"
              + " trade-cost change or direct effect; other kinds get it on top of their projection.")
  List<String> levers = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      description = "First year to fit on (within the points the kind uses; default: all of them).")
  Integer from;

  @Option(names = "--horizon", paramLabel = "H", description = "Number of steps to project (>= 1).")
  Integer horizon;

  @Option(
      names = "--levels",
      paramLabel = "LEVELS",
      defaultValue = "80,95",
      description =
          "Interval levels in percent, comma-separated, in output order (default: ${DEFAULT-VALUE}).")
  String levels;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Option(
      names = "--show-params",
      description =
          "Print the fitted parameters instead: CSV name,value (a JSON object with --format json).")
  boolean showParams;

  /** Parsed interval levels: values for the forecast and their column labels. */
  @SuppressWarnings(
      "ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
  record Levels(double[] values, List<String> labels) {}

  @Override
  public Integer call() {
    ModelKind kind = ModelKind.of(model);
    ModelParams modelParams = ModelParams.parse(params);
    if (horizon == null && !showParams) {
      throw new InvalidInputException(
          "option '--horizon' is required: the number of steps to project (years for annual data), e.g. --horizon 10");
    }
    if (horizon != null && (horizon < 1 || horizon > MAX_HORIZON)) {
      throw new InvalidInputException("option '--horizon': " + horizon
          + " is not allowed; expected a whole number of steps from 1 to " + MAX_HORIZON);
    }
    Levels lv = parseLevels(levels);
    TradeInput.Source src = trade.source(input, corridor);
    AnnualSeries series = src.series();
    Calibration cal = LeverOptions.fit(
        kind,
        series,
        src.corridor(),
        modelParams,
        from == null ? OptionalInt.empty() : OptionalInt.of(from),
        levers);
    if (showParams) {
      Rows params = new Rows("name", "value");
      cal.parameters().forEach(params::add);
      // parameters are a CSV (name,value) for table output too
      format.print(new Output()
          .csv(params)
          .as(Format.table, () -> Render.csv(params))
          .json(Render.node(cal.parameters())));
      return Main.OK;
    }
    IntervalGuard.Checked checked = IntervalGuard.check(
        cal.projection().forecast(horizon, lv.values()),
        Arrays.stream(cal.used().values()).max().orElse(Double.NaN),
        cal.kind().id());
    Forecast f = checked.forecast();
    if (checked.note().isPresent()) {
      cal = cal.withNote(checked.note().get());
    }
    List<String> h = header(lv);
    List<String> machineHeader = new ArrayList<>(h);
    machineHeader.add(2, "mean");
    Rows machine = new Rows(machineHeader);
    for (int i = 0; i < f.horizon(); i++) {
      List<Object> row = new ArrayList<>(List.of(f.years()[i], f.point()[i], f.mean()[i]));
      for (int k = 0; k < lv.values().length; k++) {
        row.add(f.lower()[k][i]);
        row.add(f.upper()[k][i]);
      }
      machine.add(row.toArray());
    }
    AnnualSeries used = cal.used();
    ObjectNode json = Render.object();
    json.put("model", cal.kind().id());
    json.put("series", series.name());
    if (src.basis() != null) {
      json.put("basis", src.basis().toString());
      json.put("file", src.file());
    }
    ObjectNode u = json.putObject("used");
    u.put("first_year", used.firstYear());
    u.put("last_year", used.lastYear());
    u.put("points", used.size());
    u.set("years", Render.node(used.years()));
    json.set("parameters", Render.node(cal.parameters()));
    json.put("sigma", cal.sigma());
    json.set("loglik", Render.node(cal.logLik()));
    json.set("aicc", Render.node(cal.aicc()));
    json.set("notes", Render.node(cal.notes()));
    json.set("levels", Render.node(lv.values()));
    json.set("forecast", Render.array(machine));
    format.print(new Output()
        .table(table(series, src, cal, f, lv))
        .csv(machine.select(h.toArray(new String[0])))
        .json(json));
    return Main.OK;
  }

  /**
   * Parses {@code 80,95}: each a percent strictly between 0 and 100, no repeats. The label is the
   * number as written without trailing zeros ({@code 99.50} → {@code 99.5}, {@code 80.0} → {@code 80}).
   */
  static Levels parseLevels(String text) {
    String allowed = "expected percents strictly between 0 and 100, comma-separated, e.g. 80,95";
    String[] parts = text.split(",", -1);
    double[] values = new double[parts.length];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].trim();
      BigDecimal d;
      try {
        d = new BigDecimal(p);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            "option '--levels': '" + p + "' in '" + text + "' is not a number; " + allowed);
      }
      values[i] = d.doubleValue();
      if (!(values[i] > 0 && values[i] < 100)) {
        throw new InvalidInputException("option '--levels': " + p + " is not allowed; " + allowed);
      }
      String label = d.stripTrailingZeros().toPlainString();
      if (labels.contains(label)) {
        throw new InvalidInputException(
            "option '--levels': " + label + " is given twice; " + allowed);
      }
      labels.add(label);
    }
    return new Levels(values, List.copyOf(labels));
  }

  private static List<String> header(Levels lv) {
    List<String> h = new ArrayList<>(List.of("year", "point"));
    for (String l : lv.labels()) {
      h.add("lo" + l);
      h.add("hi" + l);
    }
    return h;
  }

  private static Rows table(
      AnnualSeries series, TradeInput.Source src, Calibration cal, Forecast f, Levels lv) {
    List<String> h = header(lv);
    String[] cols = new String[h.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = i == 0 ? h.get(i) : ">" + h.get(i);
    }
    Rows t = new Rows(cols);
    t.heading("Model " + cal.kind().id() + " on " + series.name());
    if (src.basis() != null) {
      t.heading("Basis: " + src.basis() + " (" + src.file() + ")");
    }
    StringBuilder p = new StringBuilder("Parameters:");
    for (Map.Entry<String, Double> e : cal.parameters().entrySet()) {
      p.append(' ').append(e.getKey()).append('=').append(significant(e.getValue()));
    }
    t.heading(p.toString());
    StringBuilder fit = new StringBuilder("Fit: sigma=").append(significant(cal.sigma()));
    cal.logLik().ifPresent(v -> fit.append(" loglik=").append(significant(v)));
    cal.aicc().ifPresent(v -> fit.append(" aicc=").append(significant(v)));
    t.heading(fit.toString());
    for (String n : cal.notes()) {
      t.heading("Note: " + n);
    }
    for (int i = 0; i < f.horizon(); i++) {
      Object[] row = new Object[cols.length];
      row[0] = Integer.toString(f.years()[i]);
      row[1] = Numbers.money(f.point()[i]);
      for (int k = 0; k < lv.values().length; k++) {
        row[2 + 2 * k] = Numbers.money(f.lower()[k][i]);
        row[3 + 2 * k] = Numbers.money(f.upper()[k][i]);
      }
      t.add(row);
    }
    t.note((cal.kind().scale() == ModelKind.Scale.VALUE
            ? "Point: the fitted curve (the median)"
            : "Point: the median, exp of the log-scale forecast")
        + "; loNN/hiNN: NN % prediction interval. Values in the data's unit.");
    return t;
  }

  /** A number for people: 6 significant digits, or '-' when undefined. */
  private static String significant(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v).trim() : "-";
  }
}
