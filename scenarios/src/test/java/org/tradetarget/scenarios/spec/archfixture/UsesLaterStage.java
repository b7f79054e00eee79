package org.tradetarget.scenarios.spec.archfixture;

/** Breaks the layering on purpose: a {@code spec} class that names a later stage in full, without an import. */
public final class UsesLaterStage {
  private UsesLaterStage() {}

  /** Uses {@code report}, a later stage. */
  public static String money(double v) {
    return org.tradetarget.scenarios.report.Numbers.money(v);
  }
}
