package org.tradetarget.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tradetarget.core.data.BaciCodes;
import org.tradetarget.core.data.BaciTotals;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.evidence.PanelLevel;

/**
 * A synthetic CEPII BACI release of HS 6-digit shape, written for {@link SparkPanelBenchmark}: a
 * folder with the release's {@code country_codes_V209901.csv} ({@value #COUNTRIES} ISO 3166-1
 * countries) and one {@code BACI_HS92_Y????_V209901.csv} per year {@value #FIRST}–{@value #LAST}
 * ({@code t,i,j,k,v,q}, {@code k} a 6-digit HS code with leading zeros, {@code v} in thousands of
 * US$ with 3 decimals, {@code q} in tonnes or {@code NA}); and beside it the series a backtest
 * builds at {@code --level hs6}, as a long panel ({@code series,year,value}, US$ million, one row
 * per series and year), to check a reader against.
 *
 * <p>Each series is one unordered pair of countries and one of {@value #PRODUCTS} HS6 products,
 * drawn without repetition; 30 % of them trade both ways (two rows a year, summed two-way by the
 * backtest). A series covers 20–25 consecutive calendar years inside 1995–2023, each year missing
 * with probability 4 % (a gap that splits the series into runs, as zero flows do in BACI, which
 * records only positive flows). Its value is a log random walk: start between US$ 1 thousand and
 * US$ 50 million a year, drift N(5 %, 5 %) a year, volatility 15–50 % a year. Deterministic for a
 * seed.
 */
final class HsPanel {
  static final int COUNTRIES = 200;
  static final int PRODUCTS = 5000;
  static final int FIRST = 1995;
  static final int LAST = 2023;
  private static final String VERSION = "V209901";

  private HsPanel() {}

  /**
   * Writes {@code series} series into {@code baci} (the release folder) and {@code longPanel}.
   *
   * @return the rows written to the year files
   */
  static long write(int series, long seed, Path baci, Path longPanel) throws IOException {
    Files.createDirectories(baci);
    List<String> iso3 = countries();
    StringBuilder codes =
        new StringBuilder("country_code,country_name,country_iso2,country_iso3\n");
    for (int c = 0; c < iso3.size(); c++) {
      codes.append(code(c)).append(",Country ").append(c).append(",,").append(iso3.get(c));
      codes.append('\n');
    }
    String codeFile = "country_codes_" + VERSION + ".csv";
    Files.writeString(baci.resolve(codeFile), codes, StandardCharsets.US_ASCII);
    Map<Integer, String> names = BaciCodes.names(BaciCodes.read(codeFile, codes.toString()));
    int years = LAST - FIRST + 1;
    BufferedWriter[] out = new BufferedWriter[years];
    long rows = 0;
    long pairs = (long) COUNTRIES * (COUNTRIES - 1) / 2;
    long slots = pairs * PRODUCTS;
    if (series > slots) {
      throw new IllegalArgumentException("at most " + slots + " series");
    }
    try (BufferedWriter lw = Files.newBufferedWriter(longPanel, StandardCharsets.US_ASCII)) {
      for (int y = 0; y < years; y++) {
        out[y] = Files.newBufferedWriter(
            baci.resolve("BACI_HS92_Y" + (FIRST + y) + "_" + VERSION + ".csv"),
            StandardCharsets.US_ASCII,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        out[y].write("t,i,j,k,v,q\n");
      }
      lw.write("series,year,value\n");
      SplittableRandom rng = new SplittableRandom(seed);
      for (long s = 0; s < series; s++) {
        // a bijection of 0 .. slots-1 (1,000,003 is prime and does not divide slots)
        long slot = Math.floorMod(s * 1_000_003L, slots);
        int[] ab = pair(slot / PRODUCTS);
        String k = product((int) (slot % PRODUCTS));
        boolean flip = rng.nextBoolean();
        int a = flip ? ab[1] : ab[0];
        int b = flip ? ab[0] : ab[1];
        boolean twoWay = rng.nextInt(10) < 3;
        int length = 20 + rng.nextInt(6);
        int start = FIRST + rng.nextInt(years - length + 1);
        double[] log = {Math.log(1 + rng.nextDouble(50_000)), Math.log(1 + rng.nextDouble(50_000))};
        double drift = 0.05 + 0.05 * rng.nextGaussian();
        double sigma = 0.15 + 0.35 * rng.nextDouble();
        String id =
            PanelLevel.HS6.seriesId(PanelLevel.pairId(names.get(code(a)), names.get(code(b))), k);
        for (int y = start; y < start + length; y++) {
          log[0] += drift + sigma * rng.nextGaussian();
          log[1] += drift + sigma * rng.nextGaussian();
          if (rng.nextInt(25) == 0) {
            continue;
          }
          long dollars = row(out[y - FIRST], y, code(a), code(b), k, log[0], rng);
          rows++;
          if (twoWay) {
            dollars += row(out[y - FIRST], y, code(b), code(a), k, log[1], rng);
            rows++;
          }
          lw.write(id + "," + y + "," + BaciTotals.millions(dollars) + "\n");
        }
      }
    } finally {
      for (BufferedWriter w : out) {
        if (w != null) {
          w.close();
        }
      }
    }
    return rows;
  }

  /** Writes one row; returns its value in whole US$. */
  private static long row(
      BufferedWriter w, int year, int i, int j, String k, double log, SplittableRandom rng)
      throws IOException {
    long dollars = Math.max(1, Math.round(Math.exp(log) * 1000));
    String v = dollars / 1000 + "." + String.format(Locale.ROOT, "%03d", dollars % 1000);
    String q = rng.nextInt(50) == 0
        ? "NA"
        : String.format(Locale.ROOT, "%.3f", dollars / 1000.0 / (0.5 + rng.nextDouble(20)));
    w.write(year + "," + i + "," + j + "," + k + "," + v + "," + q + "\n");
    return dollars;
  }

  /** The first {@value #COUNTRIES} ISO 3166-1 alpha-3 codes (sorted) that the core knows. */
  private static List<String> countries() {
    String[] all =
        Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(new String[0]);
    Arrays.sort(all);
    List<String> out = new ArrayList<>();
    for (String c : all) {
      try {
        Country.of(c);
        out.add(c);
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (out.size() == COUNTRIES) {
        return out;
      }
    }
    throw new IllegalStateException("fewer than " + COUNTRIES + " countries known");
  }

  /** A numeric country code of BACI's kind: 4, 8, 12, ... */
  private static int code(int country) {
    return 4 + 4 * country;
  }

  /** The n-th unordered pair {a, b}, a < b, in row order. */
  private static int[] pair(long n) {
    int a = 0;
    long left = n;
    while (left >= COUNTRIES - 1 - a) {
      left -= COUNTRIES - 1 - a;
      a++;
    }
    return new int[] {a, a + 1 + (int) left};
  }

  /** The p-th product: chapter 01–97, then a heading and subheading, as 6 digits. */
  private static String product(int p) {
    int chapter = 1 + p % 97;
    int rest = (p / 97) * 7 + 10;
    return String.format(Locale.ROOT, "%02d%04d", chapter, rest);
  }
}
