package org.tradetarget.scenarios.spec;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param byBasis the corridor's series on every basis of {@code bases} the file gives a non-zero
 *     series for, in that order (holds {@code basis})
 */
public record TradeSource(
    Path file,
    TradeFormat format,
    Basis basis,
    AnnualSeries series,
    List<Basis> bases,
    double cifFob,
    Map<Basis, AnnualSeries> byBasis) {
  /** Validates and copies. */
  public TradeSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(series, "series");
    bases = List.copyOf(bases);
    byBasis = Collections.unmodifiableMap(new LinkedHashMap<>(byBasis));
  }

  /** The same file with the series on another basis of {@link #byBasis}. */
  public TradeSource withBasis(Basis other) {
    AnnualSeries s = byBasis.get(other);
    if (s == null) {
      throw new IllegalArgumentException(
          "basis " + other + " is not available; " + byBasis.keySet());
    }
    return new TradeSource(file, format, other, s, bases, cifFob, byBasis);
  }

  /** Whether both countries of the corridor report in the file (two {@code reporter:} bases). */
  public boolean bothSides() {
    return byBasis.keySet().stream()
            .filter(b -> b.kind() == Basis.Kind.REPORTER)
            .count()
        == 2;
  }

  /** Where the series came from, for reports: {@code file.csv (comtrade)}. */
  public String label() {
    return file + " (" + format.id() + (cifFob == 1 ? "" : ", CIF/FOB " + cifFob) + ")";
  }
}
