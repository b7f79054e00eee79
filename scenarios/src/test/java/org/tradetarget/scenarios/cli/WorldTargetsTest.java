package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.CsvRecords;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.WorldTargets;

/**
 * {@code targets --world}: the registry of announced targets with its sources, and the growth an
 * open target requires where the data has the pair. The required growth is checked on a synthetic
 * registry and history against hand arithmetic; the embedded registry against its own contract.
 */
final class WorldTargetsTest {
  /** The columns of seeds/targets-world.csv (those of seeds/targets.csv first). */
  private static final String WORLD_HEADER =
      "corridor,target_usd_million,deadline,kind,announced,event,outlet,source_file,source_url,"
          + "quote,outcome,outcome_note,horizon,horizon_source,horizon_source_url,horizon_quote,"
          + "outcome_usd_million,outcome_year,outcome_reporter,outcome_quote,outcome_url,"
          + "registry_id,pair,target_as_announced,conversion,deadline_as_stated,rechecked,"
          + "outcome_rechecked,rechecked_note";

  private static String worldRow(
      String corridor, String value, String deadline, String kind, String outcome, String oval) {
    return corridor + "," + value + "," + deadline + "," + kind + ",2025,event,outlet,,"
        + "https://example.org/a,a quote,"
        + outcome + ",note,,,,," + oval + ",,,,,X1,pair,US$ 1 billion,conv,as stated,no,,why";
  }

  /** CSV text as rows of column to field. */
  private static List<Map<String, String>> rows(String csvText) {
    CsvRecords csv = CsvRecords.read("out", new StringReader(csvText));
    List<Map<String, String>> out = new ArrayList<>();
    for (CsvRecords.Row row : csv.rows()) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String h : csv.header()) {
        m.put(h, row.get(h));
      }
      out.add(m);
    }
    return out;
  }

  /**
   * Synthetic history: VN-LA totals 1,000 in 2020 and 2,000 in 2024 (base 2024 = 2,000). Four
   * registry rows:
   *
   * <ul>
   *   <li>VN-LA 6,000 by 2030, open: 2,000 (1 + g)^6 = 6,000, g = 3^(1/6) - 1 = 0.200937
   *       (ln 3 = 1.098612, / 6 = 0.183102, e^0.183102 = 1.200937);
   *   <li>VN-LA 4,000, no deadline, open, assumed deadline 2034: g = 2^(1/10) - 1 = 0.071773
   *       (ln 2 / 10 = 0.0693147, e^0.0693147 = 1.071773);
   *   <li>VN-LA 3,000 by 2022, missed: decided, so no required growth;
   *   <li>TH-LA 5,000 by 2030, open: the data has no TH-LA series, so no required growth.
   * </ul>
   */
  @Test
  void requiredGrowthOnlyForOpenTargetsOfPairsTheDataHas() {
    Dataset data = Dataset.readHistory("synthetic", new StringReader("""
            corridor,year,flow,value_usd_million
            VN-LA,2020,total,1000
            VN-LA,2024,total,2000
            """));
    String registry = WORLD_HEADER + "\n"
        + worldRow("VN-LA", "6000", "2030", "current", "open", "") + "\n"
        + worldRow("VN-LA", "4000", "", "current", "open", "") + "\n"
        + worldRow("VN-LA", "3000", "2022", "earlier", "missed", "1500") + "\n"
        + worldRow("TH-LA", "5000", "2030", "current", "open", "") + "\n";
    List<WorldTargets.Entry> entries = WorldTargets.read("synthetic-registry", registry);
    String csv = WorldTargets.output(entries, data, 2034).render(Format.csv);
    assertTrue(csv.startsWith(WorldTargets.HEADER + "\n"), csv);
    List<Map<String, String>> r = rows(csv);
    assertEquals(4, r.size(), csv);

    assertEquals(0.200937, Double.parseDouble(r.get(0).get("required_cagr")), 5e-7);
    assertEquals(
        Math.pow(3, 1.0 / 6) - 1, Double.parseDouble(r.get(0).get("required_cagr")), 1e-12);
    assertEquals("2030", r.get(0).get("deadline"));
    assertEquals("false", r.get(0).get("deadline_assumed"));
    assertEquals("2024", r.get(0).get("base_year"));
    assertEquals("2000.0", r.get(0).get("base_usd_million"));

    assertEquals(0.071773, Double.parseDouble(r.get(1).get("required_cagr")), 5e-7);
    assertEquals("2034", r.get(1).get("deadline"));
    assertEquals("true", r.get(1).get("deadline_assumed"));

    assertEquals("", r.get(2).get("required_cagr"));
    assertEquals("missed", r.get(2).get("status"));
    assertEquals("1500.0", r.get(2).get("outcome_usd_million"));
    assertEquals("2022", r.get(2).get("deadline"));

    assertEquals("LA-TH", r.get(3).get("corridor"));
    assertEquals("", r.get(3).get("required_cagr"));
    assertEquals("", r.get(3).get("base_year"));
    assertEquals("open", r.get(3).get("status"));
  }

  @Test
  void theEmbeddedRegistryKeepsTheTargetsColumnsFirstAndEveryRowItsSource() {
    String world = new String(Dataset.embeddedFile("targets-world.csv"), StandardCharsets.UTF_8);
    String targets = new String(Dataset.embeddedFile("targets.csv"), StandardCharsets.UTF_8);
    String worldHeader = world.lines().findFirst().orElseThrow();
    assertTrue(
        worldHeader.startsWith(targets.lines().findFirst().orElseThrow() + ","), worldHeader);
    assertEquals(WORLD_HEADER, worldHeader);

    // target_as_announced is the registry's "US$ N billion"; 1 billion = 1,000 million
    Pattern bn = Pattern.compile("US\\$ ([0-9.]+) billion");
    for (Map<String, String> row : rows(world)) {
      Matcher m = bn.matcher(row.get("target_as_announced"));
      assertTrue(m.matches(), row.toString());
      assertEquals(
          Double.parseDouble(m.group(1)) * 1000,
          Double.parseDouble(row.get("target_usd_million")),
          1e-9,
          row.toString());
      assertFalse(row.get("source_url").isBlank(), row.toString());
      assertFalse(row.get("quote").isBlank(), row.toString());
      assertTrue(List.of("stored-copy", "no").contains(row.get("rechecked")), row.toString());
      assertFalse(row.get("rechecked_note").isBlank(), row.toString());
      assertTrue(
          List.of("met", "missed", "open", "undetermined").contains(row.get("outcome")),
          row.toString());
      // ISO alpha-2 pair in canonical order
      assertEquals(Corridor.of(row.get("corridor")).id(), row.get("corridor"), row.toString());
      if (!row.get("announced").isEmpty()) {
        assertTrue(row.get("announced").matches("\\d{4}(-\\d{2}-\\d{2})?"), row.get("announced"));
      }
    }
  }

  @Test
  void worldListsEveryRegistryRowWithItsSource() {
    CliRunner.Result r = CliRunner.run("targets", "--world", "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith(WorldTargets.HEADER + "\n"), r.out());
    List<Map<String, String>> out = rows(r.out());
    String world = new String(Dataset.embeddedFile("targets-world.csv"), StandardCharsets.UTF_8);
    List<Map<String, String>> file = rows(world);
    assertEquals(file.size(), out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals(file.get(i).get("source_url"), out.get(i).get("source_url"));
      assertEquals(file.get(i).get("rechecked"), out.get(i).get("rechecked"));
      assertEquals(file.get(i).get("outcome"), out.get(i).get("status"));
      // no registry pair is one of the three corridors of the embedded data
      assertFalse(
          Corridor.of(out.get(i).get("corridor")).isBundled(), out.get(i).toString());
      assertEquals("", out.get(i).get("required_cagr"));
    }
    CliRunner.Result json = CliRunner.run("targets", "--world", "--format", "json");
    assertEquals(0, json.code(), json.toString());
    assertTrue(json.out().contains("\"quote\": \""), json.out());
    assertTrue(json.out().contains("\"rechecked_note\": \""), json.out());
    CliRunner.Result table = CliRunner.run("targets", "--world");
    assertEquals(0, table.code(), table.toString());
    assertTrue(table.out().contains("rechecked"), table.out());
  }

  @Test
  void sinceIsRefusedWithWorld() {
    CliRunner.Result r = CliRunner.run("targets", "--world", "--since", "2015");
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--since"), r.err());
  }
}
