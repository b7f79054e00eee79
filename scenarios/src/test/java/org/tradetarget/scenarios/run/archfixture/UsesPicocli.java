package org.tradetarget.scenarios.run.archfixture;

/** Breaks the package-info on purpose: a {@code run} class that uses picocli, which only {@code cli} may. */
public final class UsesPicocli {
  private UsesPicocli() {}

  /** Reads a command's name. */
  public static String name(picocli.CommandLine command) {
    return command.getCommandName();
  }
}
