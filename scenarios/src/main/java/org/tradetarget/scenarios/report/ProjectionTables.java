package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.model.Forecast;

/**
 * A fitted kind's forecast with prediction intervals, or its parameters ({@code tradetarget
 * project}), as rows, JSON and a table.
 */
public final class ProjectionTables {
  private ProjectionTables() {}

  /** Parsed interval levels: values for the forecast and their column labels. */
  @SuppressWarnings(
      "ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
  public record Levels(double[] values, List<String> labels) {}

  /**
   * Parses {@code 80,95}: each a percent strictly between 0 and 100, no repeats. The label is the
   * number as written without trailing zeros ({@code 99.50} → {@code 99.5}, {@code 80.0} → {@code
   * 80}).
   *
   * @throws InvalidSetting naming {@code levels}
   */
  public static Levels parseLevels(String text) {
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
        throw new InvalidSetting(
            "levels", "'" + p + "' in '" + text + "' is not a number; " + allowed);
      }
      values[i] = d.doubleValue();
      if (!(values[i] > 0 && values[i] < 100)) {
        throw new InvalidSetting("levels", p + " is not allowed; " + allowed);
      }
      String label = d.stripTrailingZeros().toPlainString();
      if (labels.contains(label)) {
        throw new InvalidSetting("levels", label + " is given twice; " + allowed);
      }
      labels.add(label);
    }
    return new Levels(values, List.copyOf(labels));
  }

  /** The fitted parameters: CSV name,value for table output too, a JSON object. */
  public static Output parameters(Calibration cal) {
    Rows params = new Rows("name", "value");
    cal.parameters().forEach(params::add);
    return new Output()
        .csv(params)
        .as(Format.table, () -> Render.csv(params))
        .json(Render.node(cal.parameters()));
  }

  /**
   * The forecast.
   *
   * @param basis the basis of a trade file's series, or null
   * @param file the trade file, or null
   */
  public static Output forecast(
      AnnualSeries series, String basis, String file, Calibration cal, Forecast f, Levels lv) {
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
    if (basis != null) {
      json.put("basis", basis);
      json.put("file", file);
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
    return new Output()
        .table(table(series, basis, file, cal, f, lv))
        .csv(machine.select(h.toArray(new String[0])))
        .json(json);
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
      AnnualSeries series, String basis, String file, Calibration cal, Forecast f, Levels lv) {
    List<String> h = header(lv);
    String[] cols = new String[h.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = i == 0 ? h.get(i) : ">" + h.get(i);
    }
    Rows t = new Rows(cols);
    t.heading("Model " + cal.kind().id() + " on " + series.name());
    if (basis != null) {
      t.heading("Basis: " + basis + " (" + file + ")");
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
