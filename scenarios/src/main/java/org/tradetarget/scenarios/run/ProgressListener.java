package org.tradetarget.scenarios.run;

/** Told when each simulation starts, so a terminal can show progress. */
@FunctionalInterface
public interface ProgressListener {
  /** No progress reporting. */
  ProgressListener NONE = name -> { };

  /** A run named {@code name} is starting. */
  void started(String name);
}
