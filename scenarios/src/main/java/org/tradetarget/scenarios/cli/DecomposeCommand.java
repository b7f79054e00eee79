package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.Decomposition;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.model.GravityProjection;
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
 * {@code tradetarget decompose}: the change of a gravity projection from the base year to a year,
 * attributed to each country's GDP growth, the residual trend and each lever.
 */
@Command(
    name = "decompose",
    header = "A gravity projection split into its drivers.",
    mixinStandardHelpOptions = true,
    description = {
      "Attributes the change of the gravity projection's point from the base year to --to YEAR to its",
      "drivers: GDP growth of each country (gdp:VN ..), the residual trend, and each lever at its expected",
      "effect (lever:NAME). Log contributions add up to the total ln(point / base value); share is a",
      "driver's fraction of the total (empty when the total is 0)."
    })
final class DecomposeCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER = "driver,log_contribution,share";

  @Spec
  CommandSpec spec;

  @Option(
      names = "--corridor",
      required = true,
      paramLabel = "ID",
      description = "An embedded corridor, e.g. VN-KH.")
  String corridor;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "KIND",
      description = "The model kind: gravity.")
  String model;

  @Option(
      names = "--lever",
      paramLabel = "NAME",
      description = "A built-in lever (see 'tradetarget levers'), repeatable.")
  List<String> levers = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "A gravity parameter, repeatable, e.g. --param theta=-5 --param calibrate_trend=true.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      description = "First year to fit on (default: all consecutive years).")
  Integer from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YEAR",
      description = "The year to decompose (after the base year).")
  int to;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    ModelKind kind = ModelKind.of(model);
    if (!kind.drivenByMacro()) {
      throw new InvalidInputException(
          "option '--model': " + kind.id() + " is not allowed; decompose needs gravity,"
              + " the kind with drivers (GDP, trend, levers)");
    }
    Corridor c = Corridor.of(corridor);
    ModelParams modelParams = ModelParams.parse(params);
    Calibration cal = LeverOptions.fit(
        kind,
        Dataset.embedded().series(c),
        c,
        modelParams,
        from == null ? OptionalInt.empty() : OptionalInt.of(from),
        levers);
    GravityProjection p = (GravityProjection) cal.projection();
    int base = p.lastYear();
    if (to <= base || to > base + LeverSchedule.MAX_STEPS) {
      throw new InvalidInputException(
          "option '--to': " + to + " is not allowed; expected a year from " + (base + 1) + " to "
              + (base + LeverSchedule.MAX_STEPS) + " (after the base year " + base + " of " + c.id()
              + ")");
    }
    Decomposition d = Decomposition.of(p, to);
    OptionalDouble totalShare = d.total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(1.0);
    Rows machine = new Rows(HEADER.split(","));
    Rows table = new Rows("driver", ">log contribution", ">share");
    for (Decomposition.Contribution k : d.contributions()) {
      machine.add(k.driver(), k.logContribution(), k.share());
      table.add(k.driver(), Numbers.fixed(k.logContribution(), 4), Numbers.percent(k.share()));
    }
    machine.add("total", d.total(), totalShare);
    table.add("total", Numbers.fixed(d.total(), 4), Numbers.percent(totalShare));
    table.heading("Decomposition of " + c.id() + " (" + kind.id() + "), " + base + " to " + to
        + ": " + Numbers.money(d.baseValue()) + " to " + Numbers.money(d.point())
        + " US$ million (point)");
    table.note(
        "Log contributions add up to ln(point / base); levers at their expected effect (probability and"
            + " delay). Assumptions: 'tradetarget project --corridor " + c.id()
            + " --model gravity' prints them.");
    ObjectNode json = Render.object();
    json.put("corridor", c.id());
    json.put("model", kind.id());
    json.put("base_year", base);
    json.put("base_usd_million", d.baseValue());
    json.put("year", to);
    json.put("point_usd_million", d.point());
    json.set("contributions", Render.array(machine));
    format.print(new Output().table(table).csv(machine).json(json));
    return Main.OK;
  }
}
