package org.tradetarget.core.data;

/**
 * The one argument check the value types share: a number that must be finite. A failure is a
 * programming error (an {@link IllegalArgumentException} naming the argument and its value), not
 * bad user input, which is checked earlier and reported with its file or setting.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a number is finite.
   *
   * @param v the value
   * @param name the argument's name, for the message
   * @throws IllegalArgumentException {@code NAME is not finite: V} when {@code v} is infinite or
   *     NaN
   */
  public static void requireFinite(double v, String name) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " is not finite: " + v);
    }
  }
}
