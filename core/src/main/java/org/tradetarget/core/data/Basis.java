package org.tradetarget.core.data;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose declarations a corridor's two-way trade is computed from. The two sides of a border report
 * different numbers (for Vietnam–Cambodia in 2016 the seeds hold 1.6 and 2.9 billion), so a series
 * always has a basis:
 *
 * <ul>
 *   <li>{@code reporter:A} — A's exports to B plus A's imports from B, as A reports them;
 *   <li>{@code average} — the mean of {@code reporter:A} and {@code reporter:B} in the years both
 *       report; other years are gaps;
 *   <li>{@code reconciled} — a dataset that reconciles both declarations (CEPII BACI), its only
 *       basis.
 * </ul>
 *
 * A reporter is named by alpha-2 or alpha-3 ({@code reporter:TH}, {@code reporter:THA}).
 */
public final class Basis {
  /** The kind of basis. */
  public enum Kind {
    /** One side's declarations. */
    REPORTER,
    /** The mean of both sides in the years both report. */
    AVERAGE,
    /** A reconciled dataset. */
    RECONCILED
  }

  /** The mean of both reporters. */
  public static final Basis AVERAGE = new Basis(Kind.AVERAGE, null);
  /** A reconciled dataset (BACI). */
  public static final Basis RECONCILED = new Basis(Kind.RECONCILED, null);

  private final Kind kind;
  private final Country reporter;

  private Basis(Kind kind, Country reporter) {
    this.kind = kind;
    this.reporter = reporter;
  }

  /** The basis of one reporter's declarations. */
  public static Basis reporter(Country country) {
    return new Basis(Kind.REPORTER, Objects.requireNonNull(country, "country"));
  }

  /**
   * Parses {@code reporter:XX}, {@code average} or {@code reconciled} (case-insensitive).
   *
   * @throws InvalidInputException naming the bad text and what is allowed
   */
  public static Basis parse(String text) {
    String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (s.equals("average")) {
      return AVERAGE;
    }
    if (s.equals("reconciled")) {
      return RECONCILED;
    }
    if (s.startsWith("reporter:")) {
      try {
        return reporter(Country.of(s.substring("reporter:".length())));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("basis '" + text + "': " + e.getMessage());
      }
    }
    throw new InvalidInputException(
        "basis '" + text + "' is not allowed; expected reporter:XX (an ISO alpha-2 or"
            + " alpha-3 code, e.g. reporter:TH), average or reconciled");
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The reporter of a {@link Kind#REPORTER} basis. */
  public Optional<Country> reporter() {
    return Optional.ofNullable(reporter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Basis b && b.kind == kind && Objects.equals(b.reporter, reporter);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Objects.hashCode(reporter);
  }

  /** {@code reporter:TH}, {@code average} or {@code reconciled}. */
  @Override
  public String toString() {
    return kind == Kind.REPORTER
        ? "reporter:" + reporter.id()
        : kind.name().toLowerCase(Locale.ROOT);
  }
}
