package org.tradetarget.scenarios.report.archfixture;

/** Breaks the only-the-command-line-prints rule on purpose, once in each way the rule forbids. */
public final class PrintsAndExits {
  private PrintsAndExits() {}

  /** Prints to standard output. */
  public static void toOut() {
    System.out.println("out");
  }

  /** Prints to standard error. */
  public static void toErr() {
    System.err.println("err");
  }

  /** Prints a stack trace (to standard error). */
  public static void stackTrace() {
    new IllegalStateException("trace").printStackTrace();
  }

  /** Ends the JVM. */
  public static void exit() {
    System.exit(3);
  }
}
