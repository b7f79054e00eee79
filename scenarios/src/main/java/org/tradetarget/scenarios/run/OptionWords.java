package org.tradetarget.scenarios.run;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.levers.MacroPaths;

/**
 * Core's messages name parameters and settings ({@code parameter 'rate'}, {@code from 2012}), as a
 * scenario file has them; on the command line they are options. This puts the options in: "give
 * parameter 'rate'" becomes "give --param rate=VALUE", "set parameter 'window' to 5" becomes "give
 * --param window=5", "from 2012" (a note's "; from 2012", an error's leading "from 1930 is not
 * allowed") becomes "--from 2012", "fit from 1990 or later" becomes "use --from 1990 or later", and a
 * corridor's series gets "(--corridor ID)".
 */
public final class OptionWords {
  private record Rule(Pattern pattern, String replacement) {}

  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("\\b(give|with) parameter '(\\w+)'"), "$1 --param $2=VALUE"),
      new Rule(Pattern.compile("\\bset parameter '(\\w+)' to "), "give --param $1="),
      new Rule(Pattern.compile("^from (\\d+) is not allowed"), "--from $1 is not allowed"),
      new Rule(Pattern.compile("; from (\\d+)"), "; --from $1"),
      new Rule(Pattern.compile("\\bfit from (\\d+) or later"), "use --from $1 or later"),
      new Rule(
          Pattern.compile("use a corridor's series, valid: "),
          Matcher.quoteReplacement("use a corridor's series (--corridor ID), valid: ")));

  private OptionWords() {}

  /** The text with the command-line options in. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String s = text;
    for (Rule r : RULES) {
      s = r.pattern().matcher(s).replaceAll(r.replacement());
    }
    return s;
  }

  /** The exception with its message in command-line words. */
  public static InvalidInputException of(InvalidInputException e) {
    if (e instanceof InvalidSetting v) {
      String d = of(v.detail());
      return d.equals(v.detail()) ? e : new InvalidSetting(v.setting(), d);
    }
    String m = of(e.getMessage());
    return m.equals(e.getMessage()) ? e : new InvalidInputException(m, e);
  }

  /** The calibration with its notes in command-line words. */
  public static Calibration of(Calibration c) {
    List<String> notes = c.notes().stream().map(OptionWords::of).toList();
    return notes.equals(c.notes()) ? c : c.withNotes(notes);
  }

  /**
   * Fits the kind with the built-in levers named ({@link LeverFit}) on these GDP paths, with core's
   * messages and notes in command-line words.
   *
   * @param corridor the corridor, or null when the series is a user file
   */
  public static Calibration fit(
      ModelKind kind,
      AnnualSeries series,
      Corridor corridor,
      ModelParams params,
      OptionalInt from,
      List<String> leverNames,
      MacroPaths macro) {
    try {
      return of(LeverFit.fit(kind, series, corridor, params, from, leverNames, macro));
    } catch (InvalidInputException e) {
      throw of(e);
    }
  }
}
