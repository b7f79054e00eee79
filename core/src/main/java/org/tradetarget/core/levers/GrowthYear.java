package org.tradetarget.core.levers;

import java.util.Objects;
import org.tradetarget.core.data.Country;

/**
 * One year of a country's forward path of real GDP growth.
 *
 * @param country the country
 * @param year the calendar year
 * @param rate real GDP growth as a fraction (0.065 = 6.5 % a year), &gt; −1
 * @param sourced whether the rate is a published figure (a row of {@code seeds/macro.csv}); false
 *     for the medium-term rate held constant, and for any rate a scenario sets or shifts
 * @param basis where the rate comes from: the publication (vintage) of a sourced figure, or the
 *     assumption
 */
public record GrowthYear(Country country, int year, double rate, boolean sourced, String basis) {
  /** Validates the values. */
  public GrowthYear {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(basis, "basis");
    if (!(rate > -1) || !Double.isFinite(rate)) {
      throw new IllegalArgumentException("growth of " + country + " in " + year + ": " + rate
          + " is not allowed; expected a finite fraction > -1 (0.065 = 6.5 % a year)");
    }
  }
}
