package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.scenarios.report.Csv;
import org.tradetarget.scenarios.report.Json;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.TextTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
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
    description = {
      "Fits a model kind to a year,value series and projects it H steps ahead (one step = the",
      "series' spacing, a year for annual data) with prediction intervals. Values in the data's unit",
      "(US$ million for trade), rates as fractions per step, levels in percent.",
      "Kinds: constant-growth, cagr, log-linear, rw-drift, holt, holt-damped, arima, logistic, gravity.",
      "Levers (--lever, with --corridor): built-in projects, see 'tradetarget levers'."
    })
final class ProjectCommand implements Callable<Integer> {
  /** The largest horizon accepted, in steps. */
  static final int MAX_HORIZON = 1000;

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the series comes from: exactly one of a file or an embedded corridor. */
  static final class Source {
    @Option(names = "--input", required = true, paramLabel = "FILE",
        description = "CSV file with header year,value (one row per year, values > 0).")
    Path input;

    @Option(names = "--corridor", required = true, paramLabel = "ID",
        description = "An embedded corridor's default series, e.g. VN-LA.")
    String corridor;
  }

  @Option(names = "--model", required = true, paramLabel = "KIND", description = "The model kind (see above).")
  String model;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "A model parameter, repeatable, e.g. --param rate=0.1 --param sigma=0.05.")
  List<String> params = new ArrayList<>();

  @Option(names = "--lever", paramLabel = "NAME",
      description = "A built-in lever (see 'tradetarget levers'), repeatable; needs --corridor. Gravity takes its"
          + " trade-cost change or direct effect; other kinds get it on top of their projection.")
  List<String> levers = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YEAR",
      description = "First year to fit on (within the points the kind uses; default: all of them).")
  Integer from;

  @Option(names = "--horizon", paramLabel = "H", description = "Number of steps to project (>= 1).")
  Integer horizon;

  @Option(names = "--levels", paramLabel = "LEVELS", defaultValue = "80,95",
      description = "Interval levels in percent, comma-separated, in output order (default: ${DEFAULT-VALUE}).")
  String levels;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--show-params",
      description = "Print the fitted parameters instead: CSV name,value (a JSON object with --format json).")
  boolean showParams;

  /** Parsed interval levels: values for the forecast and their column labels. */
  @SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
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
    AnnualSeries series;
    Corridor corridor = null;
    if (source.input != null) {
      series = Dataset.readSeries(source.input);
    } else {
      corridor = Corridor.of(source.corridor);
      series = Dataset.embedded().series(corridor);
    }
    Calibration cal = LeverOptions.fit(kind, series, corridor, modelParams,
        from == null ? OptionalInt.empty() : OptionalInt.of(from), levers);
    PrintWriter out = spec.commandLine().getOut();
    if (showParams) {
      printParams(out, cal);
      return Main.OK;
    }
    Forecast f = cal.projection().forecast(horizon, lv.values());
    switch (format) {
      case csv -> printCsv(out, f, lv);
      case json -> printJson(out, series, cal, f, lv);
      default -> printTable(out, series, cal, f, lv);
    }
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
        throw new InvalidInputException("option '--levels': '" + p + "' in '" + text + "' is not a number; " + allowed);
      }
      values[i] = d.doubleValue();
      if (!(values[i] > 0 && values[i] < 100)) {
        throw new InvalidInputException("option '--levels': " + p + " is not allowed; " + allowed);
      }
      String label = d.stripTrailingZeros().toPlainString();
      if (labels.contains(label)) {
        throw new InvalidInputException("option '--levels': " + label + " is given twice; " + allowed);
      }
      labels.add(label);
    }
    return new Levels(values, List.copyOf(labels));
  }

  private void printParams(PrintWriter out, Calibration cal) {
    if (format == OutputFormat.json) {
      Json j = new Json().beginObject();
      for (Map.Entry<String, Double> e : cal.parameters().entrySet()) {
        j.name(e.getKey()).value(e.getValue());
      }
      out.println(j.endObject());
      return;
    }
    out.println("name,value");
    for (Map.Entry<String, Double> e : cal.parameters().entrySet()) {
      out.println(Csv.line(e.getKey(), Numbers.csv(e.getValue())));
    }
  }

  private static List<String> header(Levels lv) {
    List<String> h = new ArrayList<>(List.of("year", "point"));
    for (String l : lv.labels()) {
      h.add("lo" + l);
      h.add("hi" + l);
    }
    return h;
  }

  private static void printCsv(PrintWriter out, Forecast f, Levels lv) {
    out.println(String.join(",", header(lv)));
    for (int i = 0; i < f.horizon(); i++) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(f.years()[i]), Numbers.csv(f.point()[i])));
      for (int k = 0; k < lv.values().length; k++) {
        row.add(Numbers.csv(f.lower()[k][i]));
        row.add(Numbers.csv(f.upper()[k][i]));
      }
      out.println(Csv.line(row));
    }
  }

  private static void printJson(PrintWriter out, AnnualSeries series, Calibration cal, Forecast f, Levels lv) {
    AnnualSeries used = cal.used();
    Json j = new Json().beginObject()
        .name("model").value(cal.kind().id())
        .name("series").value(series.name())
        .name("used").beginObject()
        .name("first_year").value(used.firstYear())
        .name("last_year").value(used.lastYear())
        .name("points").value(used.size())
        .name("years").beginArray();
    for (int y : used.years()) {
      j.value(y);
    }
    j.endArray().endObject().name("parameters").beginObject();
    for (Map.Entry<String, Double> e : cal.parameters().entrySet()) {
      j.name(e.getKey()).value(e.getValue());
    }
    j.endObject()
        .name("sigma").value(cal.sigma())
        .name("loglik").value(cal.logLik())
        .name("aicc").value(cal.aicc())
        .name("notes").beginArray();
    for (String n : cal.notes()) {
      j.value(n);
    }
    j.endArray().name("levels").beginArray();
    for (double l : lv.values()) {
      j.value(l);
    }
    j.endArray().name("forecast").beginArray();
    for (int i = 0; i < f.horizon(); i++) {
      j.beginObject().name("year").value(f.years()[i]).name("point").value(f.point()[i]).name("mean").value(f.mean()[i]);
      for (int k = 0; k < lv.values().length; k++) {
        j.name("lo" + lv.labels().get(k)).value(f.lower()[k][i]);
        j.name("hi" + lv.labels().get(k)).value(f.upper()[k][i]);
      }
      j.endObject();
    }
    out.println(j.endArray().endObject());
  }

  private static void printTable(PrintWriter out, AnnualSeries series, Calibration cal, Forecast f, Levels lv) {
    out.println("Model " + cal.kind().id() + " on " + series.name());
    StringBuilder p = new StringBuilder("Parameters:");
    for (Map.Entry<String, Double> e : cal.parameters().entrySet()) {
      p.append(' ').append(e.getKey()).append('=').append(significant(e.getValue()));
    }
    out.println(p);
    StringBuilder fit = new StringBuilder("Fit: sigma=").append(significant(cal.sigma()));
    cal.logLik().ifPresent(v -> fit.append(" loglik=").append(significant(v)));
    cal.aicc().ifPresent(v -> fit.append(" aicc=").append(significant(v)));
    out.println(fit);
    for (String n : cal.notes()) {
      out.println("Note: " + n);
    }
    List<String> h = header(lv);
    String[] cols = new String[h.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = i == 0 ? h.get(i) : ">" + h.get(i);
    }
    TextTable t = new TextTable(cols);
    for (int i = 0; i < f.horizon(); i++) {
      String[] row = new String[cols.length];
      row[0] = Integer.toString(f.years()[i]);
      row[1] = Numbers.money(f.point()[i]);
      for (int k = 0; k < lv.values().length; k++) {
        row[2 + 2 * k] = Numbers.money(f.lower()[k][i]);
        row[3 + 2 * k] = Numbers.money(f.upper()[k][i]);
      }
      t.row(row);
    }
    out.print(t.render());
    out.println((cal.kind() == ModelKind.LOGISTIC
        ? "Point: the fitted curve (the median)"
        : "Point: the median, exp of the log-scale forecast")
        + "; loNN/hiNN: NN % prediction interval. Values in the data's unit.");
  }

  /** A number for people: 6 significant digits, or '-' when undefined. */
  private static String significant(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v).trim() : "-";
  }
}
