package org.tradetarget.scenarios.io;

import java.util.List;

/**
 * One or more problems in scenario files, each a line of the form {@code file:line:column: path:
 * problem}. All problems of a file are collected and reported at once.
 */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, one line each. */
  private final List<String> problems;

  /** Creates an exception for a list of problems. */
  public ScenarioException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Creates an exception for one problem. */
  public static ScenarioException single(String problem) {
    return new ScenarioException(List.of(problem));
  }

  /** The problems, one line each. */
  public List<String> problems() {
    return problems;
  }
}
