package org.tradetarget.scenarios.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.Dummy;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.data.Regressors;
import org.tradetarget.core.data.RegressorsCsv;

/**
 * The regressors of a command's {@code --xreg PATH} (a CSV {@code year,NAME1,NAME2,...} covering
 * the fitted years and the horizon, every column taken; {@link RegressorsCsv}) and repeated {@code
 * --dummy pulse:YEAR} / {@code --dummy step:YEAR} ({@link Dummy}), put on the parameters of a kind
 * that takes them ({@link ModelKind#takesRegressors()}).
 */
public final class XregOptions {
  /** {@code --xreg}'s help. */
  public static final String XREG_HELP = "Exogenous regressors for log-linear or arima: a CSV"
      + " year,NAME1,NAME2,... with every fitted year and every horizon year.";

  /** {@code --dummy}'s help. */
  public static final String DUMMY_HELP = "A break dummy for log-linear or arima, repeatable:"
      + " pulse:YEAR (1 in that year) or step:YEAR (1 from that year on).";

  private XregOptions() {}

  /**
   * The parameters with the regressors of the options; unchanged when neither is given.
   *
   * @param xreg the {@code --xreg} file, or null
   * @param dummies the {@code --dummy} values, in order
   * @throws InvalidSetting naming the option for a kind that takes no regressors, a dummy not of
   *     the form allowed or a name given twice; {@link InvalidInputException} naming the file, line
   *     and column for a bad regressor file
   */
  public static ModelParams with(
      ModelKind kind, ModelParams params, Path xreg, List<String> dummies) {
    if (xreg == null && dummies.isEmpty()) {
      return params;
    }
    String option = xreg != null ? "xreg" : "dummy";
    if (!kind.takesRegressors()) {
      throw new InvalidSetting(
          option,
          "'" + (xreg != null ? xreg : dummies.get(0)) + "' is not allowed for model " + kind.id()
              + "; expected --model log-linear or arima, the kinds that take regressors");
    }
    List<Dummy> parsed = new ArrayList<>();
    for (String d : dummies) {
      try {
        parsed.add(Dummy.parse(d));
      } catch (InvalidInputException e) {
        throw new InvalidSetting("dummy", e.getMessage());
      }
    }
    Regressors r = xreg == null ? Regressors.none() : RegressorsCsv.read(xreg, null);
    try {
      return params.withRegressors(r.withDummies(parsed));
    } catch (IllegalArgumentException e) {
      throw new InvalidSetting(option, e.getMessage() + "; expected each regressor once");
    }
  }
}
