package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.analysis.TargetArithmetic;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.data.Target;

/**
 * How far each corridor is from its current target ({@code tradetarget targets}): the required and
 * historical growth ({@link TargetArithmetic}), over ten years and from a chosen year too.
 */
public final class TargetReview {
  /** How far ahead the required-growth-by-deadline view reaches, in years after the base. */
  public static final int DEADLINE_RANGE_YEARS = 15;

  private TargetReview() {}

  /**
   * One current target.
   *
   * @param assessment the target against its corridor's default series
   * @param tenYears the historical growth over ten years (or the longest run available)
   * @param since the historical growth from the year asked for, or empty
   */
  public record Row(
      TargetAssessment assessment,
      TargetArithmetic.Historical tenYears,
      TargetArithmetic.Historical since) {
    /** The historical growth over five years, as the assessment has it. */
    public TargetArithmetic.Historical fiveYears() {
      return new TargetArithmetic.Historical(
          assessment.historicalCagr(), assessment.historicalFromYear());
    }

    /**
     * The growth a year required for each deadline from the year after the base to {@link
     * #DEADLINE_RANGE_YEARS} after it, when the deadline is assumed and the target open; else
     * empty.
     */
    public double[] requiredByDeadline() {
      TargetAssessment a = assessment;
      if (!a.deadlineAssumed() || a.status() != TargetAssessment.Status.OPEN) {
        return new double[0];
      }
      return TargetArithmetic.requiredByDeadline(
          a.baseUsdMillion(),
          a.baseYear(),
          a.target().valueUsdMillion(),
          a.baseYear() + 1,
          a.baseYear() + DEADLINE_RANGE_YEARS);
    }
  }

  /**
   * The targets {@code targets} lists: the current ones and the longer-term ones beside them, in
   * canonical corridor order, file order within a corridor.
   */
  public static List<Target> listed(Dataset data) {
    return data.targets().stream()
        .filter(t -> t.kind() != Target.Kind.EARLIER)
        .sorted(java.util.Comparator.comparing(Target::corridor))
        .toList();
  }

  /**
   * Each current (and longer-term) target of the data.
   *
   * @param deadline the deadline assumed for targets whose source gives none
   * @param since the year to measure historical growth from too, or null
   * @throws InvalidSetting when no corridor has an observation from {@code since}
   */
  public static List<Row> review(Dataset data, int deadline, Integer since) {
    return review(data, listed(data), deadline, since);
  }

  /**
   * Each of the given targets whose corridor the data hold a series for (the others are left out:
   * {@link #uncovered} names them).
   *
   * @param deadline the deadline assumed for targets whose source gives none
   * @param since the year to measure historical growth from too, or null
   * @throws InvalidSetting when no corridor has an observation from {@code since}
   */
  public static List<Row> review(Dataset data, List<Target> targets, int deadline, Integer since) {
    List<Row> rows = new ArrayList<>();
    for (Target t : targets) {
      if (!data.corridors().contains(t.corridor())) {
        continue;
      }
      TargetAssessment a = TargetArithmetic.assess(t, data.series(t.corridor()), deadline);
      rows.add(new Row(
          a,
          TargetArithmetic.historicalCagr(
              data.series(t.corridor()), a.baseYear(), TargetArithmetic.LONG_HISTORY_WINDOW_YEARS),
          since == null
              ? new TargetArithmetic.Historical(OptionalDouble.empty(), OptionalInt.empty())
              : TargetArithmetic.historicalSince(data.series(t.corridor()), a.baseYear(), since)));
    }
    if (since != null && rows.stream().allMatch(r -> r.since().cagr().isEmpty())) {
      int latest = rows.stream().mapToInt(r -> r.assessment().baseYear()).max().orElseThrow();
      throw new InvalidSetting(
          "since",
          since + " is not allowed; no corridor has an observation from " + since
              + " before its base year; expected a year before " + latest);
    }
    return rows;
  }

  /**
   * Checks the settings of the world registry listing: it takes neither a year to measure growth
   * from nor a targets file.
   *
   * @throws InvalidSetting naming {@code since} or {@code input}
   */
  public static void checkWorld(Integer since, java.nio.file.Path input) {
    if (input != null) {
      throw new InvalidSetting(
          "input",
          input + " is not allowed with --world; give one of them (your targets, or the registry)");
    }
    if (since != null) {
      throw new InvalidSetting(
          "since", since + " is not allowed with --world; the registry lists no historical growth");
    }
  }

  /** The targets (current or longer-term) whose corridor the data hold no series for. */
  public static List<Target> uncovered(Dataset data, List<Target> targets) {
    return targets.stream()
        .filter(t -> t.kind() != Target.Kind.EARLIER && !data.corridors().contains(t.corridor()))
        .toList();
  }

  /**
   * The current and longer-term targets of a file in the form of {@code seeds/targets.csv} (UTF-8),
   * in canonical corridor order.
   *
   * @throws InvalidInputException naming the file, and the line and column of a bad value
   */
  public static List<Target> readTargets(java.nio.file.Path file) {
    try (java.io.Reader r =
        java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return Dataset.readTargets(file.toString(), r).stream()
          .filter(t -> t.kind() != Target.Kind.EARLIER)
          .sorted(java.util.Comparator.comparing(Target::corridor))
          .toList();
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidInputException(file + ": is not UTF-8 text; save it as UTF-8 CSV");
    } catch (java.io.IOException e) {
      throw new InvalidInputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * The compound annual growth that takes a base value to a target by a deadline, {@link
   * TargetArithmetic#requiredCagr}, with its settings checked.
   *
   * @throws InvalidSetting naming {@code base}, {@code target} or {@code deadline}
   */
  public static double requiredGrowth(double base, int baseYear, double target, int deadline) {
    if (!(base > 0) || !Double.isFinite(base)) {
      throw new InvalidSetting(
          "base", base + " is not allowed; expected a finite value > 0 (US$ million)");
    }
    if (!(target > 0) || !Double.isFinite(target)) {
      throw new InvalidSetting(
          "target", target + " is not allowed; expected a finite value > 0 (US$ million)");
    }
    if (deadline <= baseYear) {
      throw new InvalidSetting(
          "deadline",
          deadline + " is not after --base-year " + baseYear + "; expected a later year");
    }
    return TargetArithmetic.requiredCagr(base, baseYear, target, deadline);
  }
}
