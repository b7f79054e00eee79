package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.data.Basis;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * The bases of the bundled example (Thailand–Laos on {@code data/th-la-comtrade-synthetic.csv},
 * SYNTHETIC values, basis reporter:TH) compared: the per-year gap by hand from the file, and the
 * row of the scenario's own basis equal to its headline bit for bit.
 */
final class OddsByBasisTest {
  private static ScenarioSpec spec;
  private static ScenarioResult headline;
  private static OddsByBasis bases;

  @BeforeAll
  static void run() {
    spec = ScenarioLoader.load(Path.of("th-la-example.yaml"));
    List<PreparedCorridor> prepared = ScenarioPreparer.prepare(spec);
    headline = ScenarioRunner.run(spec, prepared, 0);
    bases = OddsByBasis.of(spec, prepared, 0);
  }

  @Test
  void gapPerYear_isThailandsMinusLaosDeclarations_byHandFromTheSyntheticFile() {
    OddsByBasis.CorridorBases c = bases.corridors().get(0);
    assertTrue(c.compared(), c.why());
    // the corridor prints as LA-TH, so A = LA, B = TH. Each side's two-way trade is its exports
    // plus its imports (US$ million, from the file's whole US$):
    //   year  LA: X + M            TH: X + M            gap TH − LA  gap / LA
    //   2015  1,750 + 3,400 = 5,150  4,200 + 1,900 = 6,100    950     950 / 5,150
    //   2016  1,900 + 3,500 = 5,400  4,050 + 2,100 = 6,150    750     750 / 5,400
    //   2019  2,300 + 3,900 = 6,200  4,800 + 2,650 = 7,450  1,250   1,250 / 6,200
    //   2020  2,350 + 3,650 = 6,000  4,350 + 2,700 = 7,050  1,050   1,050 / 6,000
    //   2023  3,150 + 4,450 = 7,600  5,650 + 3,600 = 9,250  1,650   1,650 / 7,600
    // Thailand's 2012-2014 are not listed: Laos reports from 2015 only.
    assertEquals("LA-TH", c.corridor());
    assertEquals("LA", c.a().id());
    assertEquals("TH", c.b().id());
    assertEquals(9, c.gaps().size());
    assertEquals(2015, c.gaps().get(0).year());
    assertEquals(2023, c.gaps().get(8).year());
    double[][] byHand = {
      {2015, 5150, 6100, 950, 950.0 / 5150},
      {2016, 5400, 6150, 750, 750.0 / 5400},
      {2019, 6200, 7450, 1250, 1250.0 / 6200},
      {2020, 6000, 7050, 1050, 1050.0 / 6000},
      {2023, 7600, 9250, 1650, 1650.0 / 7600},
    };
    for (double[] h : byHand) {
      OddsByBasis.Gap g =
          c.gaps().stream().filter(x -> x.year() == (int) h[0]).findFirst().orElseThrow();
      assertEquals(h[1], g.a(), 1e-9, "LA " + g.year());
      assertEquals(h[2], g.b(), 1e-9, "TH " + g.year());
      assertEquals(h[3], g.gap(), 1e-9, "gap " + g.year());
      assertEquals(h[4], g.fraction(), 1e-12, "fraction " + g.year());
    }
  }

  @Test
  void ownBasisRow_isTheHeadlineBitForBit_andTheOtherBasesAreListed() {
    OddsByBasis.CorridorBases c = bases.corridors().get(0);
    assertEquals(Basis.parse("reporter:TH"), c.own());
    assertEquals(
        List.of("reporter:LA", "reporter:TH", "average"),
        c.rows().stream().map(r -> r.basis().toString()).toList());
    OutlookResult own = c.rows().get(1).summary().orElseThrow();
    OutlookResult h = headline.summaries().get(0);
    assertEquals(Double.doubleToRawLongBits(h.pMet()), Double.doubleToRawLongBits(own.pMet()));
    assertEquals(Double.doubleToRawLongBits(h.pMetSe()), Double.doubleToRawLongBits(own.pMetSe()));
    assertEquals(Double.doubleToRawLongBits(h.median()), Double.doubleToRawLongBits(own.median()));
    assertEquals(h.medianFirstYear(), own.medianFirstYear());
    // on Laos's declarations the base is lower (2023: 7,600 against 9,250), so the same target is
    // harder to meet; the average lies between the two sides (2023: 8,425)
    OutlookResult la = c.rows().get(0).summary().orElseThrow();
    OutlookResult avg = c.rows().get(2).summary().orElseThrow();
    assertEquals(7600, la.baseValue(), 1e-9);
    assertEquals((7600 + 9250) / 2.0, avg.baseValue(), 1e-9);
    assertTrue(la.pMet() < avg.pMet() && avg.pMet() < own.pMet(), la + " " + avg + " " + own);
  }
}
