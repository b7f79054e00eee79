package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradetarget.core.analysis.RequiredLever;
import org.tradetarget.scenarios.run.Solving;

/** A solved instrument ({@code tradetarget solve}) as text, CSV and JSON. */
public final class SolveTables {
  /** The CSV header. */
  public static final String HEADER =
      "for,reached,value,probability,standard_error,range_lo,range_hi,paths,seed";

  private SolveTables() {}

  /** What {@code solve} prints for the question and its solution. */
  public static Output output(Solving.Question q, RequiredLever.Solution s) {
    String corridor = q.corridor().id();
    double target = q.target();
    int deadline = q.deadline();
    Rows machine = new Rows(HEADER.split(","));
    machine.add(
        s.instrument(),
        s.reached(),
        s.reached() ? s.value() : null,
        s.probability(),
        s.standardError(),
        s.lo(),
        s.hi(),
        q.paths(),
        q.seed());
    ObjectNode json = Render.object();
    json.put("corridor", corridor);
    json.put("for", s.instrument());
    json.put("target_usd_million", target);
    json.put("deadline", deadline);
    json.put("probability_wanted", q.probability());
    json.put("reached", s.reached());
    json.set("value", Render.node(s.reached() ? s.value() : null));
    json.put("probability", s.probability());
    json.put("standard_error", s.standardError());
    json.put("best_value", s.value());
    json.putArray("range").add(s.lo()).add(s.hi());
    json.put("paths", q.paths());
    json.put("seed", q.seed());
    json.put("evaluations", s.evaluations());
    StringBuilder text = new StringBuilder();
    if (s.reached()) {
      text.append(Numbers.csv(s.value())).append('\n');
      text.append("probability reached: ").append(Numbers.csv(s.probability())).append('\n');
    } else {
      text.append("unreachable\n");
      text.append("best probability reached: " + Numbers.csv(s.probability()) + " at "
          + Numbers.csv(s.value()) + ", an end of the searched range [" + Numbers.csv(s.lo()) + ", "
          + Numbers.csv(s.hi()) + "]\n");
    }
    text.append("standard error: ").append(Numbers.csv(s.standardError())).append('\n');
    text.append(s.instrument() + " on " + corridor + " for " + Numbers.money(target)
        + " US$ million by " + deadline
        + " with probability " + Numbers.csv(q.probability()) + "; gravity, " + q.paths()
        + " paths, seed " + q.seed() + ", "
        + s.evaluations() + " Monte Carlo runs\n");
    return new Output().text(text.toString()).csv(machine).json(json);
  }
}
