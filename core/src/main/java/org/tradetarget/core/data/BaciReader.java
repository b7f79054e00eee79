package org.tradetarget.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a CEPII BACI release: the folder's {@code BACI_HS??_Y????_V??????.csv} year files, streamed
 * through {@link BaciTotals}, and its {@code country_codes_V??????.csv}, which maps BACI's numeric
 * codes to ISO alpha-3 ({@code country_iso3}, or {@code iso_3digit_alpha} in older releases). A code
 * whose alpha-3 is not an ISO 3166-1 country (e.g. an "nes" area) is an area: its rows are skipped.
 * Values are thousands of US$, FOB, reconciled.
 */
final class BaciReader implements FormatReader {
  @Override
  public TradeData read(Input input, ReadOptions options) {
    Path path = input.path();
    Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    List<Path> years = new ArrayList<>();
    List<Path> codes = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      s.sorted().forEach(p -> {
        String n = p.getFileName().toString();
        if (BaciCodes.isCodesFile(n)) {
          codes.add(p);
        } else if (BaciCodes.isYearFile(n)
            && (Files.isDirectory(path) || p.equals(path.toAbsolutePath()))) {
          years.add(p);
        }
      });
    } catch (IOException e) {
      throw new InvalidInputException(
          folder + ": cannot list the BACI folder: " + e.getMessage(), e);
    }
    String source =
        path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (!Files.isDirectory(path)) {
      years.clear();
      years.add(path);
    }
    if (years.isEmpty()) {
      throw new InvalidInputException(
          source + ": no BACI year file (BACI_HS??_Y????_V??????.csv) in the folder");
    }
    if (codes.isEmpty()) {
      throw new InvalidInputException(
          source + ": no country_codes_V??????.csv in the BACI folder; BACI names"
              + " countries by numeric codes that this file maps to ISO alpha-3");
    }
    Path codeFile = codes.get(codes.size() - 1);
    Map<Integer, Optional<Country>> table = BaciCodes.read(codeFile);
    BaciTotals totals;
    try {
      totals = null;
      for (Path y : years) {
        try (InputStream in = Files.newInputStream(y)) {
          if (totals == null) {
            totals = BaciTotals.sum(in, y.getFileName().toString());
          } else {
            totals.addFile(in, y.getFileName().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(source + ": cannot read: " + e.getMessage(), e);
    }
    TradeSink sink = new TradeSink(source, TradeFormat.BACI);
    List<TradeRecord> records = new ArrayList<>();
    String scheme = "BACI country code (" + codeFile.getFileName() + ")";
    for (long k : totals.sortedKeys()) {
      Optional<Country> e = known(table, BaciTotals.exporter(k), "i", scheme);
      Optional<Country> m = known(table, BaciTotals.importer(k), "j", scheme);
      if (e.isEmpty() || m.isEmpty() || e.get().equals(m.get())) {
        sink.skip("exporter-importer totals whose exporter or importer is an area, not a country");
        continue;
      }
      records.add(new TradeRecord(
          BaciTotals.year(k),
          e.get(),
          m.get(),
          TradeFlow.EXPORT,
          Valuation.FOB,
          totals.value(k) / 1e3,
          TradeFormat.BACI,
          false));
    }
    return new TradeData(source, TradeFormat.BACI, records, sink.notes(), options.cifFob());
  }

  private static Optional<Country> known(
      Map<Integer, Optional<Country>> table, int code, String column, String scheme) {
    Optional<Country> c = table.get(code);
    if (c == null) {
      throw new InvalidInputException(
          "column '" + column + "': unknown " + scheme + " '" + code + "'");
    }
    return c;
  }
}
