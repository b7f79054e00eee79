package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradetarget.scenarios.run.ScenarioRun;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * A scenario run as its named files: {@code results.csv}, {@code results.json}, {@code
 * report.html} and {@code fan-<corridor>.svg} per corridor, each with the odds by model and by
 * basis where the run has them. {@code run} writes them; the explorer answers {@link #json}.
 */
public final class RunReport {
  /** The CSV of the results. */
  public static final String RESULTS_CSV = "results.csv";
  /** The JSON of the results. */
  public static final String RESULTS_JSON = "results.json";
  /** The report for people. */
  public static final String REPORT_HTML = "report.html";

  private RunReport() {}

  /** The names of the files a run of this scenario writes, in writing order. */
  public static List<String> fileNames(ScenarioSpec s) {
    List<String> names = new ArrayList<>(List.of(RESULTS_CSV, RESULTS_JSON, REPORT_HTML));
    s.corridors().forEach(c -> names.add(fanName(c.corridor().id())));
    return names;
  }

  private static String fanName(String corridor) {
    return "fan-" + corridor + ".svg";
  }

  /** Each file's name and text, in the order of {@link #fileNames}. */
  public static Map<String, String> files(ScenarioRun r) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(RESULTS_CSV, csv(r));
    files.put(RESULTS_JSON, json(r));
    files.put(REPORT_HTML, html(r));
    List<String> ids = ResultReports.corridorIds(r.base());
    for (int k = 0; k < ids.size(); k++) {
      files.put(fanName(ids.get(k)), ResultReports.fanSvg(r.base(), k));
    }
    return files;
  }

  /** {@code results.csv}. */
  public static String csv(ScenarioRun r) {
    return (r.oddsByModel().isPresent()
            ? OddsReports.csv(r.base(), r.oddsByModel().get())
            : ResultReports.csv(r.base()))
        + BasisReports.csvTail(r.base(), r.oddsByBasis())
        + r.raw().map(RecalibrationReports::csvTail).orElse("");
  }

  /** {@code results.json}. */
  public static String json(ScenarioRun r) {
    return Render.json(jsonTree(r)) + "\n";
  }

  /** The tree of {@code results.json}. */
  public static ObjectNode jsonTree(ScenarioRun r) {
    ObjectNode j = r.oddsByModel().isPresent()
        ? OddsReports.jsonTree(r.base(), r.oddsByModel().get())
        : ResultReports.jsonTree(r.base());
    ObjectNode k = r.oddsByBasis().isEmpty() ? j : BasisReports.addTo(j, r.oddsByBasis());
    return r.raw().isEmpty()
        ? k
        : RecalibrationReports.addTo(k, r.base(), r.raw().get());
  }

  /** {@code report.html}. */
  public static String html(ScenarioRun r) {
    List<String> sections = new ArrayList<>();
    r.raw().ifPresent(x -> sections.add(RecalibrationReports.html(r.base(), x)));
    r.oddsByModel().ifPresent(x -> sections.add(OddsReports.html(r.base(), x)));
    if (!r.oddsByBasis().isEmpty()) {
      sections.add(BasisReports.html(r.base(), r.oddsByBasis()));
    }
    return sections.isEmpty() ? HtmlReport.render(r.base()) : HtmlReport.render(r.base(), sections);
  }

  /** The tables {@code run} prints after its summary: odds by model, then by basis. */
  public static List<Rows> tables(ScenarioRun r) {
    List<Rows> tables = new ArrayList<>();
    r.raw().ifPresent(x -> tables.add(RecalibrationReports.table(r.base(), x)));
    r.oddsByModel().ifPresent(o -> tables.addAll(OddsReports.tables(r.base(), o)));
    tables.addAll(BasisReports.tables(r.base(), r.oddsByBasis()));
    return tables;
  }
}
