package org.tradetarget.core.simulate.archfixture;

/**
 * Breaks the package-info on purpose: {@code core.levers} is an earlier stage than {@code core.simulate},
 * but not among the packages simulate's package-info allows.
 */
public final class UsesUnlistedPackage {
  private UsesUnlistedPackage() {}

  /** Reads a lever-package value. */
  public static int year(org.tradetarget.core.levers.GrowthYear g) {
    return g.year();
  }
}
