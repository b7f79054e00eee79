package org.tradetarget.core.data.archfixture;

/** Breaks the layering on purpose: a {@code core.data} class that names a later stage in full, without an import. */
public final class UsesLaterStage {
  private UsesLaterStage() {}

  /** Uses {@code core.simulate}, a later stage. */
  public static Object spec() {
    return org.tradetarget.core.simulate.SimulationSpec.of(1, 1);
  }
}
