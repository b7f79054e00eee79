package org.tradetarget.scenarios.report;

import java.util.stream.Collectors;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;

/** The built-in levers ({@code tradetarget levers}) as a table, CSV and JSON. */
public final class LeverTables {
  /** The CSV header, a contract. */
  public static final String HEADER =
      "name,corridors,start_year,ramp_years,trade_cost_change,direct_effect,probability,delay_mean_years,basis";

  private LeverTables() {}

  private static String corridors(Lever v) {
    return v.corridors().stream().map(Corridor::id).collect(Collectors.joining(";"));
  }

  /** What {@code levers} prints: every built-in lever with its default values and basis. */
  public static Output output() {
    Rows machine = new Rows(HEADER.split(","));
    Rows table = new Rows(
        "name",
        "corridors",
        ">start",
        ">ramp",
        ">trade cost",
        ">direct",
        ">probability",
        ">mean delay");
    for (Lever v : BuiltInLever.all()) {
      machine.add(
          v.name(),
          v.corridors().stream().map(Corridor::id).toList(),
          v.startYear(),
          v.rampYears(),
          v.tradeCostChange(),
          v.directEffect(),
          v.probability(),
          v.delayMeanYears(),
          v.basis());
      table.add(
          v.name(),
          corridors(v),
          Integer.toString(v.startYear()),
          v.rampYears() + " y",
          Numbers.percent(v.tradeCostChange()),
          Numbers.percent(v.directEffect()),
          Numbers.percent(v.probability()),
          Numbers.fixed(v.delayMeanYears(), 1) + " y");
    }
    table.note(
        "Every value is an assumption; trade cost: change of the trade-cost factor (gravity), direct:"
            + " change of trade at full effect (any kind). Basis:");
    for (Lever v : BuiltInLever.all()) {
      table.note("- " + v.name() + ": " + v.basis());
    }
    return new Output().table(table).csv(machine).json(machine);
  }
}
