package org.tradetarget.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tradetarget.core.data.BaciCodes;
import org.tradetarget.core.data.BaciTotals;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Reads a CEPII BACI release folder as a panel of exporter–importer pairs, two-way: the pair {A, B}
 * in a year is the sum of A→B and B→A over every product, in whole US$ summed exactly ({@link
 * BaciTotals#dollars}), then in US$ million. Countries are named by their ISO alpha-2 code where
 * the release's country file maps them to an ISO 3166-1 country, else by BACI's numeric code; a
 * pair id is the two names in ascending order, e.g. {@code KH-VN}. Series are handed on in
 * ascending id order. At a product level ({@link PanelLevel#HS2} etc.) each pair and product
 * prefix is a series ({@link BaciProducts}), summed the same way.
 */
final class BaciPanel {
  private BaciPanel() {}

  static PanelSource read(Path folder, PanelLevel level, Consumer<PanelSeries> sink) {
    String name =
        folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException("option '--panel': " + folder + " is not a folder; a baci"
          + " panel is a BACI release folder (BACI_HS??_Y????_V??????.csv and"
          + " country_codes_V??????.csv)");
    }
    List<Path> files = new ArrayList<>();
    Path codeFile = null;
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.sorted().toList()) {
        String n = p.getFileName().toString();
        if (BaciCodes.isCodesFile(n)) {
          codeFile = p;
        } else if (BaciCodes.isYearFile(n)) {
          files.add(p);
        }
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("option '--panel': " + folder + " does not exist");
    } catch (IOException e) {
      throw new InvalidInputException(
          folder + ": cannot list the BACI folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          folder + ": no BACI year file (BACI_HS??_Y????_V??????.csv) in the folder");
    }
    if (codeFile == null) {
      throw new InvalidInputException(folder + ": no country_codes_V??????.csv in the BACI folder;"
          + " BACI names countries by numeric codes that this file maps to ISO alpha-3");
    }
    Map<Integer, String> codes = BaciCodes.names(BaciCodes.read(codeFile));
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    Map<String, SortedMap<Integer, Long>> pairs = new TreeMap<>();
    long rows = 0;
    for (Path f : files) {
      String fn = f.getFileName().toString();
      BaciTotals totals;
      try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
        if (level != PanelLevel.TOTAL) {
          rows += BaciProducts.add(in, fn, level, codes, codeFile.getFileName().toString(), pairs);
          continue;
        }
        totals = BaciTotals.sum(in, fn);
      } catch (IOException e) {
        throw new InvalidInputException(f + ": cannot read: " + e.getMessage(), e);
      }
      rows += totals.rows();
      for (long k : totals.sortedKeys()) {
        String a = country(codes, BaciTotals.exporter(k), fn, "i", codeFile);
        String b = country(codes, BaciTotals.importer(k), fn, "j", codeFile);
        String pair = PanelLevel.pairId(a, b);
        if (pair != null) {
          pairs
              .computeIfAbsent(pair, x -> new TreeMap<>())
              .merge(BaciTotals.year(k), totals.dollars(k), Long::sum);
        }
      }
    }
    PanelReader.Parser p = new PanelReader.Parser(name, PanelFormat.BACI, sink);
    for (Map.Entry<String, SortedMap<Integer, Long>> e : pairs.entrySet()) {
      for (Map.Entry<Integer, Long> y : e.getValue().entrySet()) {
        p.accept(e.getKey(), null, y.getKey(), BaciTotals.millions(y.getValue()));
      }
    }
    p.flush();
    return new PanelSource(
        name,
        HexFormat.of().formatHex(sha.digest()),
        PanelFormat.BACI,
        rows,
        p.series,
        p.runs,
        p.firstYear,
        p.lastYear);
  }

  private static String country(
      Map<Integer, String> codes, int code, String file, String column, Path codeFile) {
    String n = codes.get(code);
    if (n == null) {
      throw new InvalidInputException(file + ": column '" + column + "': '" + code
          + "' is not allowed; expected a BACI country code listed in " + codeFile.getFileName());
    }
    return n;
  }
}
