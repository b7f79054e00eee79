package org.tradetarget.core.data;

/**
 * Bad input for one named setting, carried as a value: the setting's name and what is wrong with
 * it. The message names the setting ({@code horizon: 0 is not allowed; ...}); a front end words it
 * in its own terms from {@link #setting()} and {@link #detail()} (the command line: {@code option
 * '--horizon': 0 is not allowed; ...}).
 */
public final class InvalidSetting extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The setting's name, e.g. {@code horizon}. */
  private final String setting;

  /** What is wrong: the bad value and what is allowed. */
  private final String detail;

  /**
   * Creates the problem.
   *
   * @param setting the setting's name, e.g. {@code horizon}
   * @param detail the bad value and what is allowed, one line
   */
  public InvalidSetting(String setting, String detail) {
    super(setting + ": " + detail);
    this.setting = setting;
    this.detail = detail;
  }

  /**
   * The setting's name.
   *
   * @return the name, e.g. {@code horizon}
   */
  public String setting() {
    return setting;
  }

  /**
   * What is wrong with the value.
   *
   * @return the bad value and what is allowed
   */
  public String detail() {
    return detail;
  }
}
