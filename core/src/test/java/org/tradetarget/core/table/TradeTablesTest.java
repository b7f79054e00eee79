package org.tradetarget.core.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.ReadOptions;
import org.tradetarget.core.data.TradeData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Economists hold their data in data frames; a series or the normalised long form must come in from
 * a Tablesaw table and give the same numbers as the file it came from.
 */
final class TradeTablesTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(TradeTablesTest.class.getResource("/trade-files/" + name).toURI());
  }

  @Test
  void longForm_roundTripsThroughATable() throws URISyntaxException {
    TradeData d = Dataset.read(fixture("comtrade-plus.csv"), ReadOptions.defaults());
    Table t = Tables.of(d);
    assertEquals(
        "[year, reporter, partner, flow, valuation, value_usd_million, format, estimated]",
        t.columnNames().toString());
    assertEquals("THA", t.getString(0, "reporter"));
    TradeData back = Tables.observations(t);
    Corridor laTh = Corridor.of("TH-LA");
    // hand totals of the fixture: TH 2020 3,000 + 2,000, 2021 3,500 + 2,400
    assertArrayEquals(
        new double[] {5000, 5900}, back.series(laTh, Basis.parse("reporter:TH")).values(), 1e-9);
    assertArrayEquals(new double[] {4750}, back.series(laTh, Basis.AVERAGE).values(), 1e-9);
  }

  @Test
  void series_fromYearAndValueColumns_anyOrder_missingValuesAreGaps() {
    Table t = Table.create(
        "LA-TH",
        IntColumn.create("yr", 2021, 2019, 2020),
        DoubleColumn.create("usd_m", 12.5, 10.0, Double.NaN));
    AnnualSeries s = Tables.series(t, "yr", "usd_m");
    assertArrayEquals(new int[] {2019, 2021}, s.years());
    assertArrayEquals(new double[] {10.0, 12.5}, s.values(), 0.0);
    assertEquals("LA-TH", s.name());
  }

  @Test
  void series_badInputNamesColumnRowAndValue() {
    Table t = Table.create(
        "t", IntColumn.create("year", 2019, 2019), DoubleColumn.create("value", 1.0, 2.0));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Tables.series(t, "year", "value"));
    assertEquals(
        "t: row 1: column 'year': year 2019 appears twice; expected one row per year",
        e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> Tables.series(t, "year", "v"));
    assertTrue(e.getMessage().contains("no column 'v'"), e.getMessage());
    Table neg = Table.create(
        "n",
        IntColumn.create("year", new int[] {2019}),
        DoubleColumn.create("value", new double[] {-1.0}));
    e = assertThrows(InvalidInputException.class, () -> Tables.series(neg, "year", "value"));
    assertEquals(
        "n: row 0: column 'value': '-1.0' is not allowed; expected a value > 0 (US$ million)",
        e.getMessage());
  }
}
