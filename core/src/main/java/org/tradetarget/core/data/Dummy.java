package org.tradetarget.core.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A break dummy: a pulse (1 in its year, 0 in every other) or a step (0 before its year, 1 from
 * it on), written {@code pulse:YEAR} or {@code step:YEAR}. Its regressor is named {@code
 * pulseYEAR} or {@code stepYEAR}, e.g. {@code pulse2020}.
 *
 * @param step whether it is a step (else a pulse)
 * @param year the calendar year it marks
 */
public record Dummy(boolean step, int year) {
  /** The forms allowed, for messages. */
  public static final String FORMS = "pulse:YEAR or step:YEAR, e.g. pulse:2020 or step:2019";

  private static final Pattern FORM = Pattern.compile("(pulse|step):([0-9]{4})");

  /**
   * Parses {@code pulse:YEAR} or {@code step:YEAR} (a four-digit year).
   *
   * @throws InvalidInputException naming the text and the forms allowed
   */
  public static Dummy parse(String text) {
    String t = text == null ? "" : text.trim();
    Matcher m = FORM.matcher(t.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InvalidInputException("'" + t + "' is not allowed; expected " + FORMS);
    }
    return new Dummy("step".equals(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The regressor's name: {@code pulseYEAR} or {@code stepYEAR}. */
  public String name() {
    return (step ? "step" : "pulse") + year;
  }

  /** The value in a year: 0 or 1. */
  public double value(int y) {
    return step ? (y >= year ? 1.0 : 0.0) : (y == year ? 1.0 : 0.0);
  }

  /** As written: {@code pulse:YEAR} or {@code step:YEAR}. */
  @Override
  public String toString() {
    return (step ? "step:" : "pulse:") + year;
  }
}
