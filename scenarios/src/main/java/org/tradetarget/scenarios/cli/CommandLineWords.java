package org.tradetarget.scenarios.cli;

import java.util.Collection;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.calibrate.SettingWords;

/**
 * The command line's names for the settings core's messages refer to: "give --param rate=VALUE"
 * where a scenario file says "give parameter 'rate'", "--from 2012" for "from 2012", "use --from
 * 1990" for "fit from 1990", and a corridor's series with its option "(--corridor ID)". Commands
 * hand these words to core with the parameters they parsed ({@link #params}), so every problem and
 * note of the fit is worded for the command line where it is made.
 */
enum CommandLineWords implements SettingWords {
  INSTANCE;

  /** The {@code --param} items parsed, with messages in the command line's words. */
  static ModelParams params(Collection<String> items) {
    return ModelParams.parse(items).withWords(INSTANCE);
  }

  @Override
  public String parameter(String name) {
    return "--param " + name + "=VALUE";
  }

  @Override
  public String setParameter(String name, String value) {
    return "give --param " + name + "=" + value;
  }

  @Override
  public String fromYear(int year) {
    return "--from " + year;
  }

  @Override
  public String fitFrom(int year) {
    return "use --from " + year;
  }

  @Override
  public String corridorSeries() {
    return "a corridor's series (--corridor ID)";
  }
}
