package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.RequiredLever;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.GravityProjection;
import org.tradetarget.core.simulate.SimulationSpec;
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
 * {@code tradetarget solve}: the trade-cost change, extra GDP growth or lever effect that brings the
 * probability of meeting a target by a deadline to a chosen level, on the gravity kind.
 */
@Command(
    name = "solve",
    header = "The lever, trade-cost cut or GDP growth that brings P(met) to a chosen level.",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the value of an instrument that brings P(target met by the deadline) to --probability on the",
      "corridor's gravity projection (Monte Carlo with the same random numbers for every value, Commons Math",
      "root finding). --for trade-cost: a certain change of the trade-cost factor from the first projected",
      "year (a fraction, negative for a cut); gdp-growth: extra real growth every year for every country (a",
      "fraction); lever:NAME: the size of a built-in lever's trade-cost change or direct effect. When no",
      "value in the searched range reaches the probability, says so and gives the best probability reached."
    })
final class SolveCommand implements Callable<Integer> {
  /** The CSV header. */
  static final String HEADER =
      "for,reached,value,probability,standard_error,range_lo,range_hi,paths,seed";

  @Spec
  CommandSpec spec;

  @Option(
      names = "--corridor",
      required = true,
      paramLabel = "ID",
      description =
          "The corridor, e.g. VN-KH: its embedded default series, or its series in a trade file"
              + " --input. Gravity needs both countries' GDP, which the embedded macro data have"
              + " only for VN, KH and LA.")
  String corridor;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "A downloaded trade file or BACI folder to take the corridor's series from (see 'tradetarget"
              + " data --help'); default the embedded data.")
  java.nio.file.Path input;

  @Mixin
  TradeInput trade = new TradeInput();

  @Option(
      names = "--target",
      required = true,
      paramLabel = "V",
      description = "The target, US$ million.")
  double target;

  @Option(
      names = "--deadline",
      required = true,
      paramLabel = "Y",
      description = "The deadline year.")
  int deadline;

  @Option(
      names = "--probability",
      required = true,
      paramLabel = "P",
      description = "The probability to reach, a fraction strictly between 0 and 1, e.g. 0.8.")
  double probability;

  @Option(
      names = "--for",
      required = true,
      paramLabel = "WHAT",
      description = "trade-cost, gdp-growth or lever:NAME.")
  String what;

  @Option(
      names = "--paths",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Monte Carlo paths per evaluation (default: ${DEFAULT-VALUE}).")
  int paths;

  @Mixin
  SeedOption seed = new SeedOption("S", "Random seed (default: ${DEFAULT-VALUE}).");

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Option(
      names = "--range",
      paramLabel = "LO,HI",
      description =
          "The searched range of the value (default: trade-cost -0.5,0.5; gdp-growth -0.1,0.1; a"
              + " trade-cost lever -0.5,0.5; a direct lever -0.5,2).")
  String range;

  @Option(
      names = "--lever",
      paramLabel = "NAME",
      description = "A built-in lever in the projection (see 'tradetarget levers'), repeatable.")
  List<String> levers = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A gravity parameter, repeatable.")
  List<String> params = new ArrayList<>();

  @Mixin
  FormatOption format = new FormatOption(
      "text, csv or json (default: ${DEFAULT-VALUE}).", Format.text, Format.csv, Format.json);

  /** The most paths per evaluation. */
  static final int MAX_PATHS = 10_000_000;

  @Override
  public Integer call() {
    Corridor c = TradeInput.corridor(corridor);
    try {
      MacroPaths.embedded().requireCovers(c, "solve works on the gravity kind only, which");
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "option '--corridor': " + e.getMessage()
              + "; for this corridor run a scenario with a kind that needs no GDP instead",
          e);
    }
    if (!(target > 0) || !Double.isFinite(target)) {
      throw new InvalidInputException(
          "option '--target': " + target + " is not allowed; expected US$ million > 0");
    }
    if (!(probability > 0 && probability < 1)) {
      throw new InvalidInputException("option '--probability': " + probability
          + " is not allowed; expected a fraction strictly between 0 and 1, e.g. 0.8");
    }
    if (paths < 1 || paths > MAX_PATHS) {
      throw new InvalidInputException(
          "option '--paths': " + paths + " is not allowed; expected 1 to " + MAX_PATHS);
    }
    RequiredLever.Instrument instrument = instrument(what);
    List<String> names = new ArrayList<>(levers);
    if (instrument.kind() == RequiredLever.Kind.LEVER
        && names.stream().noneMatch(n -> n.trim().equalsIgnoreCase(instrument.lever()))) {
      names.add(instrument.lever());
    }
    Calibration cal = LeverOptions.fit(
        ModelKind.GRAVITY,
        input == null ? embeddedSeries(c) : trade.source(input, c.id()).series(),
        c,
        ModelParams.parse(params),
        OptionalInt.empty(),
        names);
    GravityProjection p = (GravityProjection) cal.projection();
    int base = p.lastYear();
    if (deadline <= base || deadline > base + LeverSchedule.MAX_STEPS) {
      throw new InvalidInputException(
          "option '--deadline': " + deadline + " is not allowed; expected a year from "
              + (base + 1) + " to " + (base + LeverSchedule.MAX_STEPS) + " (after the base year "
              + base + " of "
              + c.id() + ")");
    }
    double[] lohi = range == null ? instrument.defaultRange(p) : parseRange(range);
    SimulationSpec sim = SimulationSpec.of(paths, deadline - base)
        .withSeed(seed.seed)
        .withThreads(threads.atLeastOne(Runtime.getRuntime().availableProcessors()))
        .withParameterUncertainty(true); // the trend's standard error, as the intervals
    RequiredLever.Solution s =
        RequiredLever.solve(p, instrument, target, deadline, probability, lohi[0], lohi[1], sim);
    format.print(output(c, s));
    return Main.OK;
  }

  /** Parses --for; a lever's name in the built-ins' lower case. */
  private static RequiredLever.Instrument instrument(String text) {
    RequiredLever.Instrument i;
    try {
      i = RequiredLever.Instrument.parse(text);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("option '--for': " + e.getMessage());
    }
    return i.kind() == RequiredLever.Kind.LEVER
        ? new RequiredLever.Instrument(
            RequiredLever.Kind.LEVER, i.lever().trim().toLowerCase(java.util.Locale.ROOT))
        : i;
  }

  private static double[] parseRange(String text) {
    String[] parts = text.split(",", -1);
    String allowed = "expected LO,HI with finite numbers LO < HI, e.g. -0.3,0.1";
    if (parts.length != 2) {
      throw new InvalidInputException(
          "option '--range': '" + text + "' is not allowed; " + allowed);
    }
    double[] v = new double[2];
    for (int i = 0; i < 2; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            "option '--range': '" + parts[i].trim() + "' is not a number; " + allowed);
      }
    }
    if (!(v[0] < v[1]) || !Double.isFinite(v[0]) || !Double.isFinite(v[1])) {
      throw new InvalidInputException(
          "option '--range': '" + text + "' is not allowed; " + allowed);
    }
    return v;
  }

  private AnnualSeries embeddedSeries(Corridor c) {
    trade.refuseWithoutInput();
    return Dataset.embedded().series(c);
  }

  private Output output(Corridor c, RequiredLever.Solution s) {
    Rows machine = new Rows(HEADER.split(","));
    machine.add(
        s.instrument(),
        s.reached(),
        s.reached() ? s.value() : null,
        s.probability(),
        s.standardError(),
        s.lo(),
        s.hi(),
        paths,
        seed.seed);
    ObjectNode json = Render.object();
    json.put("corridor", c.id());
    json.put("for", s.instrument());
    json.put("target_usd_million", target);
    json.put("deadline", deadline);
    json.put("probability_wanted", probability);
    json.put("reached", s.reached());
    json.set("value", Render.node(s.reached() ? s.value() : null));
    json.put("probability", s.probability());
    json.put("standard_error", s.standardError());
    json.put("best_value", s.value());
    json.putArray("range").add(s.lo()).add(s.hi());
    json.put("paths", paths);
    json.put("seed", seed.seed);
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
    text.append(s.instrument() + " on " + c.id() + " for " + Numbers.money(target)
        + " US$ million by " + deadline
        + " with probability " + Numbers.csv(probability) + "; gravity, " + paths + " paths, seed "
        + seed.seed + ", "
        + s.evaluations() + " Monte Carlo runs\n");
    return new Output().text(text.toString()).csv(machine).json(json);
  }
}
