package org.tradetarget.scenarios.report;

import java.util.ListResourceBundle;
import java.util.stream.Collectors;
import org.tradetarget.core.analysis.Hindsight;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * Help text about the model kinds, generated from {@link ModelKind} so that a new kind appears in
 * every command's help: a command names this bundle ({@code resourceBundle}) and writes {@code
 * ${bundle:kinds}} (the names, comma-separated), {@code ${bundle:kindTable}} (per kind its
 * description, scale, fewest points and parameters, wrapped to the help width) or {@code
 * ${bundle:hindsightKinds}} (hindsight's default methods) in its description strings.
 */
public final class KindHelp extends ListResourceBundle {
  /** The help width (the command line sets its usage width to it). */
  public static final int WIDTH = 110;

  /** Created by {@link java.util.ResourceBundle#getBundle}. */
  public KindHelp() {}

  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      {"kinds", escape(ModelKind.validNames())},
      {
        "kindTable",
        ModelKind.helpTable(WIDTH).stream().map(KindHelp::escape).collect(Collectors.joining("%n"))
      },
      {
        "hindsightKinds",
        Hindsight.DEFAULT_KINDS.stream().map(ModelKind::id).collect(Collectors.joining(","))
      },
    };
  }

  /** Picocli formats descriptions: a literal % is %%. */
  private static String escape(String s) {
    return s.replace("%", "%%");
  }
}
