package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;
import org.tradetarget.core.analysis.Decomposition;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.Corridor;

/** A projection split into its drivers ({@code tradetarget decompose}) as a table, CSV and JSON. */
public final class DecompositionTables {
  /** The CSV header, a contract. */
  public static final String HEADER = "driver,log_contribution,share";

  private DecompositionTables() {}

  /** What {@code decompose} prints for the corridor's decomposition from its base year. */
  public static Output output(Corridor c, ModelKind kind, int base, int to, Decomposition d) {
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
    return new Output().table(table).csv(machine).json(json);
  }
}
