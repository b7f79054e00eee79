package org.tradetarget.scenarios.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.Dummy;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Regressors;
import org.tradetarget.core.data.RegressorsCsv;

/**
 * Binds a model section's {@code xreg: {file: PATH, columns: [NAME, ...]}} (a regressor file,
 * relative to the scenario file as other paths; every column when {@code columns} is left out) and
 * {@code dummies: [pulse:YEAR, step:YEAR, ...]}: reads the file when the scenario is loaded, so a
 * bad file, an unknown column or a bad dummy is reported with the scenario's other problems at its
 * line. Only kinds that take regressors ({@link ModelKind#takesRegressors()}) allow them. What only a
 * fit can find (a fitted or horizon year the file lacks, a regressor that does not vary or is
 * collinear over the fitted years) is reported at run time at the line and column of {@code
 * xreg.file} or {@code dummies} ({@link Regressors#declaredAt}).
 */
final class XregBinder {
  static final Set<String> XREG = Set.of("file", "columns");

  private XregBinder() {}

  /** The regressors of the section at {@code path} (ending in '.'); none when neither key is given. */
  static Regressors read(YNode.Map m, String path, ModelKind kind, Scalars s) {
    YNode xreg = m.get("xreg");
    YNode dummies = m.get("dummies");
    if (xreg == null && dummies == null) {
      return Regressors.none();
    }
    if (!kind.takesRegressors()) {
      String key = xreg != null ? "xreg" : "dummies";
      s.problems()
          .at(
              m.entries().get(key).keyOrigin(),
              path + key,
              "only allowed with kind: log-linear or arima (the kinds that take regressors), not "
                  + kind.id());
      return Regressors.none();
    }
    Regressors r = xreg == null ? Regressors.none() : file(xreg, path + "xreg.", s);
    List<Dummy> parsed = new ArrayList<>();
    if (dummies != null) {
      if (!(dummies instanceof YNode.Seq seq)) {
        s.problem(
            dummies,
            path + "dummies",
            dummies.describe() + " is not allowed; expected a"
                + " list such as [pulse:2020, step:2019]");
        return r;
      }
      for (YNode item : seq.items()) {
        try {
          parsed.add(Dummy.parse(YNode.text(item)));
        } catch (InvalidInputException e) {
          s.problem(item, path + "dummies", e.getMessage());
        }
      }
    }
    try {
      return r.withDummies(parsed).declaredAt(fileAt(xreg, path), at(dummies, path + "dummies"));
    } catch (IllegalArgumentException e) {
      s.problem(dummies, path + "dummies", e.getMessage() + "; expected each regressor once");
      return r;
    }
  }

  /** {@code FILE:LINE:COL: PATH} of {@code xreg.file}, for messages at run time; empty if none. */
  private static String fileAt(YNode xreg, String path) {
    return xreg instanceof YNode.Map xm ? at(xm.get("file"), path + "xreg.file") : "";
  }

  private static String at(YNode node, String path) {
    return node == null ? "" : node.origin() + ": " + path;
  }

  private static Regressors file(YNode node, String p, Scalars s) {
    if (!(node instanceof YNode.Map xm)) {
      s.problem(
          node,
          p.substring(0, p.length() - 1),
          node.describe() + " is not allowed; expected"
              + " a mapping {file: PATH, columns: [NAME, ...]}");
      return Regressors.none();
    }
    s.checkKeys(xm, p, XREG);
    YNode fileNode = xm.get("file");
    String text = YNode.text(fileNode);
    if (fileNode == null || text == null) {
      s.problem(
          fileNode == null ? xm : fileNode,
          p + "file",
          "missing; expected the path of a" + " regressor file, " + RegressorsCsv.EXPECTED);
      return Regressors.none();
    }
    Path path = TreeResolver.resolvePath(fileNode.origin(), text);
    if (!Files.isRegularFile(path)) {
      s.problem(
          fileNode,
          p + "file",
          "'" + text + "' is not a file (looked for " + path + "); expected "
              + RegressorsCsv.EXPECTED);
      return Regressors.none();
    }
    List<String> columns = new ArrayList<>();
    YNode cn = xm.get("columns");
    if (cn != null) {
      if (!(cn instanceof YNode.Seq seq)) {
        s.problem(
            cn,
            p + "columns",
            cn.describe() + " is not allowed; expected a list of the"
                + " file's column names, e.g. [gdp_growth]");
        return Regressors.none();
      }
      List<String> header;
      try {
        header = RegressorsCsv.columns(path);
      } catch (InvalidInputException e) {
        s.problem(fileNode, p + "file", e.getMessage());
        return Regressors.none();
      }
      for (YNode item : seq.items()) {
        String name = YNode.text(item);
        if (name == null || !header.contains(name)) {
          s.problem(
              item,
              p + "columns",
              "'" + YNode.show(item) + "' is not a column of " + text + "; expected one of "
                  + String.join(", ", header));
          return Regressors.none();
        }
        columns.add(name);
      }
    }
    try {
      return RegressorsCsv.read(path, columns);
    } catch (IllegalArgumentException e) {
      s.problem(fileNode, p + "file", e.getMessage());
      return Regressors.none();
    }
  }
}
