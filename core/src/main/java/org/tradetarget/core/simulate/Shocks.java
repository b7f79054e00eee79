package org.tradetarget.core.simulate;

import org.tradetarget.core.data.InvalidInputException;

/**
 * The distribution of the yearly log-scale shocks.
 *
 * @param model normal, Student-t or residual bootstrap
 * @param degreesOfFreedom ν &gt; 2 for {@link ShockModel#STUDENT_T}; NaN otherwise
 */
public record Shocks(ShockModel model, double degreesOfFreedom) {
  /** Normal shocks. */
  public static final Shocks NORMAL = new Shocks(ShockModel.NORMAL, Double.NaN);

  /** Residual bootstrap. */
  public static final Shocks BOOTSTRAP = new Shocks(ShockModel.BOOTSTRAP, Double.NaN);

  /** Validates ν for Student-t. */
  public Shocks {
    if (model == null) {
      throw new IllegalArgumentException("shock model must not be null");
    }
    if (model == ShockModel.STUDENT_T) {
      if (!(degreesOfFreedom > 2) || !Double.isFinite(degreesOfFreedom)) {
        throw new InvalidInputException("Student-t degrees of freedom " + degreesOfFreedom
            + " is not allowed; expected a finite value > 2 (the variance must exist)");
      }
    } else {
      degreesOfFreedom = Double.NaN;
    }
  }

  /** Student-t shocks with ν &gt; 2, scaled to variance σ². */
  public static Shocks studentT(double degreesOfFreedom) {
    return new Shocks(ShockModel.STUDENT_T, degreesOfFreedom);
  }

  /**
   * Parses {@code normal}, {@code t:NU} or {@code bootstrap}.
   *
   * @throws InvalidInputException naming the bad text and what is allowed
   */
  public static Shocks parse(String text) {
    String s = text == null ? "" : text.trim();
    int colon = s.indexOf(':');
    if (colon >= 0) {
      String head = s.substring(0, colon).trim();
      if (!head.equalsIgnoreCase(ShockModel.STUDENT_T.id())) {
        throw new InvalidInputException(
            "unknown shock model '" + text + "'; valid: " + ShockModel.validNames());
      }
      double nu;
      try {
        nu = Double.parseDouble(s.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("shock model '" + text + "': degrees of freedom '"
            + s.substring(colon + 1).trim()
            + "' is not a number; expected t:NU with NU > 2, e.g. t:5");
      }
      return studentT(nu);
    }
    ShockModel m = ShockModel.of(s);
    if (m == ShockModel.STUDENT_T) {
      throw new InvalidInputException(
          "shock model 't' needs degrees of freedom; write t:NU with NU > 2, e.g. t:5");
    }
    return m == ShockModel.NORMAL ? NORMAL : BOOTSTRAP;
  }

  /** The standard deviation of the standardised shock's scale factor: √((ν − 2)/ν) for t, else 1. */
  double tScale() {
    return model == ShockModel.STUDENT_T
        ? Math.sqrt((degreesOfFreedom - 2) / degreesOfFreedom)
        : 1.0;
  }

  @Override
  public String toString() {
    return model == ShockModel.STUDENT_T ? "t:" + degreesOfFreedom : model.id();
  }
}
