package org.tradetarget.core.data;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An announced trade target for a corridor: a two-way value in US$ million, an optional deadline
 * year (absent when the source gives none), and where it was announced.
 *
 * @param corridor the corridor
 * @param valueUsdMillion the target value, US$ million, finite and positive
 * @param deadline the deadline year as the source states it, or empty when the source gives none
 * @param kind current, earlier (for judging methods in hindsight) or longer-term (listed beside a
 *     current target)
 * @param provenance where and when it was announced, with a verbatim quote
 * @param outcome for earlier targets: met, missed or open; for current ones: open
 * @param outcomeNote what happened, with the figures
 * @param horizon a time frame for a target without a deadline, stated by a later source than the
 *     announcement; it informs the choice of an assumed deadline and never becomes the deadline
 */
public record Target(
    Corridor corridor,
    double valueUsdMillion,
    OptionalInt deadline,
    Kind kind,
    Provenance provenance,
    String outcome,
    String outcomeNote,
    Optional<Horizon> horizon) {

  /**
   * Current targets are the ones the product projects toward; earlier ones test methods; a
   * longer-term one is in force beside a current target of the same corridor and is listed, not
   * projected toward.
   */
  public enum Kind {
    /** Announced and in force. */
    CURRENT,
    /** Announced in the past; its outcome is known or open. */
    EARLIER,
    /**
     * Announced and in force as a later goal beside the corridor's current target (written {@code
     * longer-term} in {@code seeds/targets.csv}), e.g. VN-LA US$10 billion beside US$5 billion.
     */
    LONGER_TERM
  }

  /** Validates the values. */
  public Target {
    Objects.requireNonNull(corridor, "corridor");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(horizon, "horizon");
    if (!Double.isFinite(valueUsdMillion) || valueUsdMillion <= 0) {
      throw new IllegalArgumentException(
          "target value must be finite and > 0 (US$ million), got " + valueUsdMillion);
    }
    outcome = outcome == null ? "" : outcome;
    outcomeNote = outcomeNote == null ? "" : outcomeNote;
  }

  /**
   * A short description for logs and debuggers, e.g. {@code Target[VN-KH US$ 20000 million, no
   * deadline, current]}; the provenance (with its quote) is left out: {@link #provenance()} has it.
   */
  @Override
  public String toString() {
    return "Target[" + corridor.id() + " US$ "
        + java.math.BigDecimal.valueOf(valueUsdMillion).stripTrailingZeros().toPlainString()
        + " million, "
        + (deadline.isPresent() ? "by " + deadline.getAsInt() : "no deadline") + ", "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + (outcome.isEmpty() ? "" : ", " + outcome) + "]";
  }

  /** A target without a sourced horizon. */
  public Target(
      Corridor corridor,
      double valueUsdMillion,
      OptionalInt deadline,
      Kind kind,
      Provenance provenance,
      String outcome,
      String outcomeNote) {
    this(
        corridor,
        valueUsdMillion,
        deadline,
        kind,
        provenance,
        outcome,
        outcomeNote,
        Optional.empty());
  }

  /** A current target with the given value and deadline and no recorded provenance. */
  public static Target of(Corridor corridor, double valueUsdMillion, OptionalInt deadline) {
    return new Target(
        corridor, valueUsdMillion, deadline, Kind.CURRENT, Provenance.NONE, "open", "");
  }

  /** A current target with the given value (US$ million) and deadline year and no recorded provenance. */
  public static Target of(Corridor corridor, double valueUsdMillion, int deadline) {
    return of(corridor, valueUsdMillion, OptionalInt.of(deadline));
  }

  /**
   * A current target stated by the user, e.g. in a scenario file: its value, deadline (empty when
   * the source gives none), and where it was announced.
   *
   * @param corridor the corridor
   * @param valueUsdMillion the target, US$ million, finite and positive
   * @param deadline the deadline year, or empty
   * @param source who announced it, when and where (shown as the target's citation), or empty
   * @param quote a short verbatim quote stating the target, or empty
   */
  public static Target of(
      Corridor corridor,
      double valueUsdMillion,
      OptionalInt deadline,
      String source,
      String quote) {
    return new Target(
        corridor,
        valueUsdMillion,
        deadline,
        Kind.CURRENT,
        new Provenance("", "", source, "", "", quote),
        "open",
        "");
  }

  /** Returns a copy with another value (US$ million). */
  public Target withValue(double newValue) {
    return new Target(
        corridor, newValue, deadline, kind, provenance, outcome, outcomeNote, horizon);
  }

  /** Returns a copy with another sourced deadline. */
  public Target withDeadline(OptionalInt newDeadline) {
    return new Target(
        corridor, valueUsdMillion, newDeadline, kind, provenance, outcome, outcomeNote, horizon);
  }

  /**
   * The deadline used for arithmetic: the sourced one, else {@code assumedDeadline}.
   */
  public int deadlineOr(int assumedDeadline) {
    return deadline.orElse(assumedDeadline);
  }

  /** Whether the source gives no deadline, so a deadline has to be assumed. */
  public boolean deadlineAssumed() {
    return deadline.isEmpty();
  }

  /**
   * A time frame stated for a target that has no deadline, as calendar years, with its source.
   * Example: "in the next 2-3 years", said in 2025, is 2027-2028. It is a statement beside the
   * target's own source, not a deadline: arithmetic that needs a deadline still assumes one.
   *
   * @param firstYear the earliest year of the stated time frame
   * @param lastYear the latest year, not before {@code firstYear} (equal for a single year)
   * @param source who stated it, when, and the relaying outlet
   * @param sourceUrl the address of the source
   * @param quote a short verbatim quote stating the time frame
   */
  public record Horizon(
      int firstYear, int lastYear, String source, String sourceUrl, String quote) {
    /** Validates the values. */
    public Horizon {
      if (lastYear < firstYear) {
        throw new IllegalArgumentException(
            "horizon last year " + lastYear + " is before its first year " + firstYear);
      }
      source = source == null ? "" : source;
      sourceUrl = sourceUrl == null ? "" : sourceUrl;
      quote = quote == null ? "" : quote;
    }

    /** The years as written in {@code seeds/targets.csv}: {@code 2027-2028}, or {@code 2027}. */
    public String years() {
      return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }
  }

  /**
   * Where a target was announced.
   *
   * @param announced ISO date or year of the announcement
   * @param event the announcing event
   * @param outlet the news outlet or publisher
   * @param sourceFile the source report's file name, when it is one of the project's seed reports
   * @param sourceUrl the address of the source, when known
   * @param quote a short verbatim quote stating the target
   */
  public record Provenance(
      String announced,
      String event,
      String outlet,
      String sourceFile,
      String sourceUrl,
      String quote) {
    /** No recorded provenance (a user-supplied target). */
    public static final Provenance NONE = new Provenance("", "", "", "", "", "");

    /** Replaces nulls with empty strings. */
    public Provenance {
      announced = announced == null ? "" : announced;
      event = event == null ? "" : event;
      outlet = outlet == null ? "" : outlet;
      sourceFile = sourceFile == null ? "" : sourceFile;
      sourceUrl = sourceUrl == null ? "" : sourceUrl;
      quote = quote == null ? "" : quote;
    }

    /** A one-line citation: outlet, event, file or address. */
    public String citation() {
      StringBuilder sb = new StringBuilder();
      for (String s :
          new String[] {outlet, event, announced, sourceFile.isEmpty() ? sourceUrl : sourceFile}) {
        if (!s.isEmpty()) {
          if (sb.length() > 0) {
            sb.append("; ");
          }
          sb.append(s);
        }
      }
      return sb.toString();
    }
  }
}
