package org.tradetarget.core.data;

import java.util.Objects;

/**
 * One row of the trade history: a full-year value of one flow on one corridor as one reporter
 * published it, with its provenance.
 *
 * @param corridor the corridor
 * @param year the calendar year
 * @param flow {@code total} or a direction such as {@code VN_to_LA}
 * @param valueUsdMillion the value, US$ million, finite and positive
 * @param reporter the country whose statistics the figure is, or null when not stated
 * @param flag exactness as the source qualifies it
 * @param vintage whether the figure is final or an early estimate
 * @param isDefault whether this row is the corridor's default point for the year
 * @param source the outlet and the original reporter
 * @param sourceUrl the address of the source
 * @param quote a short verbatim quote that states the value
 */
public record TradeObservation(
    Corridor corridor,
    int year,
    String flow,
    double valueUsdMillion,
    Country reporter,
    Flag flag,
    Vintage vintage,
    boolean isDefault,
    String source,
    String sourceUrl,
    String quote) {

  /** Exactness of a value as its source states it. */
  public enum Flag {
    /** The value as published. */
    EXACT,
    /** "about", "nearly", "some". */
    APPROXIMATE,
    /** "more than", "over". */
    LOWER_BOUND,
    /** Implausible against neighbouring years; never a default point. */
    OUTLIER,
    /**
     * The value as published, from before a documented change in what the corridor trades (a new
     * good, such as electricity, or a wider scope); never a default point: the default series starts
     * after the break.
     */
    STRUCTURAL_BREAK;

    /** The name as written in CSV, e.g. {@code lower-bound}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Parses a CSV id, or fails listing the valid ones. */
    public static Flag of(String id) {
      for (Flag f : values()) {
        if (f.id().equals(id)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "expected one of exact, approximate, lower-bound, outlier, structural-break");
    }
  }

  /** Whether a figure is final or a preliminary estimate later superseded. */
  public enum Vintage {
    /** The final figure. */
    FINAL,
    /** An early estimate. */
    PRELIMINARY;

    /** The name as written in CSV. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a CSV id, or fails listing the valid ones. */
    public static Vintage of(String id) {
      for (Vintage v : values()) {
        if (v.id().equals(id)) {
          return v;
        }
      }
      throw new IllegalArgumentException("expected final or preliminary");
    }
  }

  /** The flow name of a two-way total. */
  public static final String TOTAL = "total";

  /** Validates the values. */
  public TradeObservation {
    Objects.requireNonNull(corridor, "corridor");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(vintage, "vintage");
    if (!Double.isFinite(valueUsdMillion) || valueUsdMillion <= 0) {
      throw new IllegalArgumentException(
          "valueUsdMillion must be finite and > 0, got " + valueUsdMillion);
    }
    source = source == null ? "" : source;
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
    quote = quote == null ? "" : quote;
  }

  /** Whether this is a two-way total. */
  public boolean isTotal() {
    return TOTAL.equals(flow);
  }
}
