package org.tradetarget.core.analysis.archfixture;

/** Breaks the Tablesaw rule on purpose: a {@code core.analysis} class that builds a Tablesaw table. */
public final class UsesTablesaw {
  private UsesTablesaw() {}

  /** Makes an empty table. */
  public static Object table() {
    return tech.tablesaw.api.Table.create("t");
  }
}
