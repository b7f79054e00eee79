package org.tradetarget.core.calibrate;

/**
 * How the one showing a message names the settings it refers to. A problem or note about a fit
 * often tells the user what to change ("give parameter 'rate'", "fit from 1990 or later"); a
 * scenario file and the Java API call those settings by their names, the command line by its
 * options. Core builds such sentences from these words, and the front end that parsed the settings
 * supplies its own ({@link ModelParams#withWords}), so no message is ever rewritten after the fact.
 *
 * <p>{@link #LIBRARY} is the scenario file's and the Java API's wording, the default everywhere.
 */
public interface SettingWords {
  /** The scenario file's and the Java API's words: {@code parameter 'rate'}, {@code from 2012}. */
  SettingWords LIBRARY = new SettingWords() {
    @Override
    public String parameter(String name) {
      return "parameter '" + name + "'";
    }

    @Override
    public String setParameter(String name, String value) {
      return "set parameter '" + name + "' to " + value;
    }

    @Override
    public String fromYear(int year) {
      return "from " + year;
    }

    @Override
    public String fitFrom(int year) {
      return "fit from " + year;
    }

    @Override
    public String corridorSeries() {
      return "a corridor's series";
    }
  };

  /**
   * A parameter to be given, as in "give ___" or "fix it with ___".
   *
   * @param name the parameter's name, e.g. {@code rate}
   */
  String parameter(String name);

  /**
   * An instruction to give a parameter a value, e.g. "set parameter 'window' to 3".
   *
   * @param name the parameter's name
   * @param value the value, or a value with a qualifier the sentence continues with
   */
  String setParameter(String name, String value);

  /**
   * The first year a fit uses, as the user sets it, e.g. "from 2012".
   *
   * @param year the calendar year
   */
  String fromYear(int year);

  /**
   * An instruction to fit from a year on, e.g. "fit from 1990" (the sentence adds "or later").
   *
   * @param year the calendar year
   */
  String fitFrom(int year);

  /** A corridor's embedded series, as the user picks one, e.g. "a corridor's series". */
  String corridorSeries();
}
