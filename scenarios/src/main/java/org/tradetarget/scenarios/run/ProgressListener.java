package org.tradetarget.scenarios.run;

/** Told when each simulation starts and how far it has got, so a terminal can show progress. */
@FunctionalInterface
public interface ProgressListener {
  /** No progress reporting. */
  ProgressListener NONE = name -> {};

  /** A run named {@code name} is starting. */
  void started(String name);

  /** The current run has simulated this fraction of its years (0 to 1). */
  default void advanced(double fraction) {}
}
