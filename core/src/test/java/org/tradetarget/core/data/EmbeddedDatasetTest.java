package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The embedded data is what every projection starts from, so its default series must follow the
 * documented rules (one reporter basis, one value per year, exact and final figures preferred,
 * outliers never used) and every value must carry its source.
 */
final class EmbeddedDatasetTest {
  private static final Dataset DATA = Dataset.embedded();
  private static final Map<Corridor, Country> BASIS =
      Map.of(Corridor.VN_LA, Country.VN, Corridor.VN_KH, Country.VN, Corridor.KH_LA, Country.KH);

  @Test
  void threeCurrentTargetsAsAnnounced() {
    List<Target> t = DATA.currentTargets();
    assertEquals(3, t.size());
    assertEquals(Corridor.VN_LA, t.get(0).corridor());
    assertEquals(5000.0, t.get(0).valueUsdMillion());
    assertTrue(t.get(0).deadline().isEmpty(), "no source gives a VN-LA deadline");
    assertEquals(20000.0, t.get(1).valueUsdMillion());
    assertTrue(t.get(1).deadline().isEmpty(), "no source gives a VN-KH deadline");
    assertEquals(700.0, t.get(2).valueUsdMillion());
    assertEquals(2030, t.get(2).deadline().getAsInt());
  }

  @Test
  void onlyTheVietnamLaosTargetHasASourcedHorizon() {
    List<Target> t = DATA.currentTargets();
    Target.Horizon h = t.get(0).horizon().orElseThrow();
    // "trong 2-3 năm tới" (in the next 2-3 years), said in November 2025: 2025 + 2 = 2027 to 2025 +
    // 3 = 2028.
    assertEquals(2027, h.firstYear());
    assertEquals(2028, h.lastYear());
    assertTrue(h.quote().contains("5 tỷ USD trong 2-3 năm tới"), h.quote());
    assertTrue(t.get(0).deadline().isEmpty(), "the horizon does not become a deadline");
    assertTrue(t.get(1).horizon().isEmpty());
    assertTrue(t.get(2).horizon().isEmpty());
  }

  /**
   * Split rows of the basis reporter sit beside the default total without touching it: Vietnamese
   * customs give 2012 flows of 421.4 (VN to LA) and 444.6 (LA to VN), and 421.4 + 444.6 = 866.0,
   * the default total of the year.
   */
  @Test
  void vietnamReportedSplitOf2012SumsToTheDefaultTotal() {
    double sum = 0;
    int n = 0;
    for (TradeObservation o : DATA.observations(Corridor.VN_LA)) {
      if (o.year() == 2012 && !o.isTotal() && Country.VN.equals(o.reporter())) {
        assertFalse(o.isDefault(), o.toString());
        sum += o.valueUsdMillion();
        n++;
      }
    }
    assertEquals(2, n);
    assertEquals(866.0, sum, 1e-9);
    assertEquals(
        866.0, DATA.defaultObservation(Corridor.VN_LA, 2012).orElseThrow().valueUsdMillion());
  }

  /**
   * The VN-LA US$10 billion agreed by the two General Secretaries on 5 Feb 2026 ("10 tỷ USD": 1
   * tỷ = 10^9, so 10,000 US$ million) is a longer-term target beside the current US$5 billion: no
   * deadline (none is stated), and not one of the current targets the scenarios project toward.
   */
  @Test
  void vietnamLaosTenBillionIsALongerTermTargetWithoutDeadline() {
    List<Target> longer =
        DATA.targets().stream().filter(t -> t.kind() == Target.Kind.LONGER_TERM).toList();
    assertEquals(1, longer.size());
    Target t = longer.get(0);
    assertEquals(Corridor.VN_LA, t.corridor());
    assertEquals(10000.0, t.valueUsdMillion());
    assertTrue(t.deadline().isEmpty());
    assertEquals("2026-02-05", t.provenance().announced());
    assertTrue(t.provenance().quote().contains("10 tỷ USD"), t.provenance().quote());
    assertEquals(5000.0, DATA.currentTarget(Corridor.VN_LA).orElseThrow().valueUsdMillion());
  }

  /**
   * The Cambodian-side 2024 figures for Vietnam-Cambodia are alternates: the flows 3,610 (KH to VN)
   * and 4,170 (VN to KH) sum to the total 7,780 (3,610 + 4,170 = 7,780), and the default 2024 point
   * stays Vietnam's 10,100.
   */
  @Test
  void cambodianSide2024FlowsSumToTheirTotalAndStayAlternates() {
    double flows = 0;
    double total = 0;
    for (TradeObservation o : DATA.observations(Corridor.VN_KH)) {
      if (o.year() == 2024 && Country.KH.equals(o.reporter())) {
        assertFalse(o.isDefault(), o.toString());
        if (o.isTotal()) {
          total = o.valueUsdMillion();
        } else {
          flows += o.valueUsdMillion();
        }
      }
    }
    assertEquals(7780.0, total);
    assertEquals(7780.0, flows, 1e-9);
    assertEquals(
        10100.0, DATA.defaultObservation(Corridor.VN_KH, 2024).orElseThrow().valueUsdMillion());
  }

  @Test
  void cambodiaLaosDefaultSeriesStartsAfterTheBreak() {
    assertEquals(2020, DATA.series(Corridor.KH_LA).firstYear());
    List<TradeObservation> before =
        DATA.observations(Corridor.KH_LA).stream().filter(o -> o.year() < 2020).toList();
    assertFalse(before.isEmpty());
    for (TradeObservation o : before) {
      assertEquals(TradeObservation.Flag.STRUCTURAL_BREAK, o.flag(), o.toString());
    }
  }

  @Test
  void defaultSeriesUseOneReporterBasis() {
    for (Corridor c : Corridor.all()) {
      for (TradeObservation o : DATA.observations(c)) {
        if (o.isDefault()) {
          assertEquals(BASIS.get(c), o.reporter(), o.toString());
          assertTrue(o.isTotal(), o.toString());
          assertFalse(o.flag() == TradeObservation.Flag.OUTLIER, o.toString());
          assertFalse(o.flag() == TradeObservation.Flag.STRUCTURAL_BREAK, o.toString());
        }
      }
    }
  }

  @Test
  void flaggedDefaultOnlyWhenNoExactFinalAlternativeOfTheSameBasis() {
    for (TradeObservation d : DATA.observations()) {
      if (!d.isDefault()) {
        continue;
      }
      boolean flagged =
          d.flag() != TradeObservation.Flag.EXACT || d.vintage() != TradeObservation.Vintage.FINAL;
      if (!flagged) {
        continue;
      }
      for (TradeObservation o : DATA.observations(d.corridor())) {
        boolean better = o.year() == d.year()
            && o.isTotal()
            && java.util.Objects.equals(o.reporter(), d.reporter())
            && o.flag() == TradeObservation.Flag.EXACT
            && o.vintage() == TradeObservation.Vintage.FINAL;
        assertFalse(better, "default " + d + " passes over exact final " + o);
      }
    }
  }

  @Test
  void seriesMatchTheDefaultRows() {
    for (Corridor c : Corridor.all()) {
      AnnualSeries s = DATA.series(c);
      for (int i = 0; i < s.size(); i++) {
        Optional<TradeObservation> o = DATA.defaultObservation(c, s.year(i));
        assertTrue(o.isPresent());
        assertEquals(o.get().valueUsdMillion(), s.value(i));
      }
    }
  }

  @Test
  void everyRowHasSourceAndQuote() {
    for (TradeObservation o : DATA.observations()) {
      assertFalse(o.source().isBlank(), o.toString());
      assertFalse(o.quote().isBlank(), o.toString());
    }
    for (Target t : DATA.targets()) {
      assertFalse(t.provenance().quote().isBlank(), t.toString());
      assertFalse(t.provenance().announced().isBlank(), t.toString());
    }
    for (MacroObservation m : DATA.macro()) {
      assertFalse(m.quote().isBlank(), m.toString());
    }
  }

  @Test
  void earlierTargetsHaveDeadlinesAndOutcomes() {
    assertFalse(DATA.earlierTargets().isEmpty());
    for (Target t : DATA.earlierTargets()) {
      assertTrue(t.deadline().isPresent(), t.toString());
      assertTrue(List.of("met", "missed", "open").contains(t.outcome()), t.toString());
    }
  }

  /** The five source reports by file name: their SHA-256, from {@code seeds/source-reports.csv}. */
  private static Map<String, String> listedReports() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines;
    try (var in = EmbeddedDatasetTest.class.getResourceAsStream(
        "/org/tradetarget/core/seeds/source-reports.csv")) {
      assertTrue(in != null, "seeds/source-reports.csv is not bundled");
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertEquals("file,sha256,bytes,outlet", lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 4);
      out.put(f[0], f[1]);
    }
    return out;
  }

  @Test
  void everyCurrentTargetNamesAListedSourceReport() throws IOException {
    Map<String, String> listed = listedReports();
    assertEquals(5, listed.size());
    for (Target t : DATA.currentTargets()) {
      assertTrue(
          listed.containsKey(t.provenance().sourceFile()),
          t.corridor() + ": " + t.provenance().sourceFile() + " not in source-reports.csv");
    }
  }

  /**
   * Each current target's quote appears character for character in its source report, and the
   * report is the one {@code seeds/source-reports.csv} lists (same SHA-256). The reports are not
   * part of the project (only short quotes are kept); they are read from {@code shared/seeds} beside
   * the checkout or from the folder the system property {@code tradetarget.sourceReports} names.
   * Where they are absent the test is reported as skipped, with the reason, on stderr too.
   */
  @Test
  void currentTargetQuotesAreVerbatimInTheSourceReports() throws Exception {
    Path reports = locateReports();
    if (reports == null) {
      String why = "source reports not found (shared/seeds beside the checkout, or"
          + " -Dtradetarget.sourceReports=DIR): the verbatim quote check did not run";
      System.err.println("EmbeddedDatasetTest: " + why);
      Assumptions.abort(why);
    }
    Map<String, String> listed = listedReports();
    for (Map.Entry<String, String> e : listed.entrySet()) {
      byte[] bytes = Files.readAllBytes(reports.resolve(e.getKey()));
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertEquals(e.getValue(), sha, e.getKey() + " differs from the report the seeds cite");
    }
    for (Target t : DATA.currentTargets()) {
      Path file = reports.resolve(t.provenance().sourceFile());
      assertTrue(Files.exists(file), "missing report " + file);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(
          text.contains(t.provenance().quote()),
          t.corridor() + ": quote not found verbatim in " + file + ": "
              + t.provenance().quote());
    }
  }

  private static Path locateReports() {
    String given = System.getProperty("tradetarget.sourceReports");
    if (given != null) {
      Path p = Path.of(given);
      assertTrue(Files.isDirectory(p), "-Dtradetarget.sourceReports=" + given + ": no such folder");
      return p;
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      candidate = dir.resolveSibling("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
