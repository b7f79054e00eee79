package org.tradetarget.scenarios.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.TradeFormat;

/**
 * A corridor's trade series read from a downloaded trade file when the scenario was loaded ({@code
 * data: {file: ..., basis: ...}}): UN Comtrade, IMF DOTS or IMTS, or a CEPII BACI folder.
 *
 * @param file the file or BACI folder, resolved against the scenario file that names it
 * @param format the format it was read as (named or detected)
 * @param basis whose declarations the series uses ({@code reporter:TH}, {@code average}, {@code
 *     reconciled})
 * @param series the corridor's two-way trade on that basis, US$ million by calendar year
 * @param bases every basis the file can give for the corridor
 * @param cifFob the factor that divided CIF import values (1 = none)
 */
public record TradeSource(
    Path file,
    TradeFormat format,
    Basis basis,
    AnnualSeries series,
    List<Basis> bases,
    double cifFob) {
  /** Validates and copies. */
  public TradeSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(series, "series");
    bases = List.copyOf(bases);
  }

  /** Where the series came from, for reports: {@code file.csv (comtrade)}. */
  public String label() {
    return file + " (" + format.id() + (cifFob == 1 ? "" : ", CIF/FOB " + cifFob) + ")";
  }
}
