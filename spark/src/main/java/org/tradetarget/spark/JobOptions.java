package org.tradetarget.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelLevel;
import org.tradetarget.core.evidence.PanelSettings;

/**
 * The options of the Spark job: {@code --panel PATH --panel-format baci|long --level
 * total|hs2|hs4|hs6 [--models k1,k2] [--horizon H] [--min-train N] [--origins FROM:TO]
 * [--partitions P] [--force] --out DIR}; the same names, meanings and defaults as {@code
 * tradetarget backtest --panel}.
 *
 * @param panel the panel: a BACI release folder or a long file (any Hadoop file system URI)
 * @param format the panel's layout
 * @param level the product level of the series (BACI)
 * @param settings what the backtest does
 * @param partitions the partitions the series are spread over, or 0 for Spark's default
 * @param out the output folder
 * @param force whether existing output files may be replaced
 * @param commandLine the arguments as given, for the provenance
 */
public record JobOptions(
    String panel,
    PanelFormat format,
    PanelLevel level,
    PanelSettings settings,
    int partitions,
    String out,
    boolean force,
    List<String> commandLine)
    implements Serializable {
  /** Copies the command line. */
  public JobOptions {
    commandLine = List.copyOf(commandLine);
  }

  /**
   * Parses the arguments.
   *
   * @throws InvalidInputException naming the option, the value and what is allowed
   */
  public static JobOptions parse(String... args) {
    String panel = null;
    String out = null;
    PanelFormat format = PanelFormat.BACI;
    PanelLevel level = PanelLevel.TOTAL;
    PanelSettings s = PanelSettings.defaults();
    int partitions = 0;
    boolean force = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--force")) {
        force = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new InvalidInputException("option '" + a + "': no value given" + usage());
      }
      String v = args[++i];
      switch (a) {
        case "--panel" -> panel = v;
        case "--out" -> out = v;
        case "--panel-format" -> {
          format = PanelFormat.of(v);
          if (format != PanelFormat.BACI && format != PanelFormat.LONG) {
            throw new InvalidInputException("option '--panel-format': " + v
                + " is not read by the cluster job; expected baci or long");
          }
        }
        case "--level" -> level = PanelLevel.of(v);
        case "--models" -> s = s.withKinds(kinds(v));
        case "--horizon" -> s = s.withHorizon(whole(a, v));
        case "--min-train" -> s = s.withMinTrain(whole(a, v));
        case "--partitions" -> {
          partitions = whole(a, v);
          if (partitions < 1) {
            throw new InvalidInputException(
                "option '--partitions': " + v + " is not allowed; expected 1 or more");
          }
        }
        case "--origins" -> {
          String[] r = v.split(":", -1);
          if (r.length != 2) {
            throw new InvalidInputException(
                "option '--origins': '" + v + "' is not allowed; expected FROM:TO, e.g. 1990:2010");
          }
          s = s.withOrigins(whole(a, r[0]), whole(a, r[1]));
        }
        default -> throw new InvalidInputException("unknown option '" + a + "'" + usage());
      }
    }
    if (panel == null) {
      throw new InvalidInputException("option '--panel' is required" + usage());
    }
    if (out == null) {
      throw new InvalidInputException("option '--out' is required" + usage());
    }
    if (format == PanelFormat.LONG && level != PanelLevel.TOTAL) {
      throw new InvalidInputException("option '--level': " + level.id()
          + " is not allowed with --panel-format long; a long panel's series are already built");
    }
    return new JobOptions(
        panel, format, level, s, partitions, out, force, Arrays.asList(args.clone()));
  }

  private static String usage() {
    return "; usage: --panel PATH --panel-format baci|long --level total|hs2|hs4|hs6"
        + " [--models k1,k2] [--horizon H] [--min-train N] [--origins FROM:TO] [--partitions P]"
        + " [--force] --out DIR";
  }

  private static int whole(String option, String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "option '" + option + "': '" + v + "' is not allowed; expected a whole number");
    }
  }

  private static List<ModelKind> kinds(String v) {
    List<ModelKind> out = new ArrayList<>();
    for (String id : v.split(",", -1)) {
      try {
        out.add(ModelKind.of(id.trim()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "option '--models': '" + id.trim() + "' is not a kind; " + e.getMessage());
      }
    }
    return out;
  }
}
