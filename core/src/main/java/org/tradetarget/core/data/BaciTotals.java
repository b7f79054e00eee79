package org.tradetarget.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The totals of a CEPII BACI year file ({@code t,i,j,k,v,q}) summed over products: one value per
 * year, exporter and importer, in thousands of US$ as BACI states them. {@link #sum} streams the
 * file: it parses bytes (no string per field), keeps only the running totals, so its memory depends
 * on the number of country pairs (about 40,000 in a year), never on the file's size.
 *
 * <p>HS codes ({@code k}) are not parsed at all (they are strings in BACI, with leading zeros);
 * quantities ({@code q}, tonnes, often {@code NA}) are skipped.
 */
public final class BaciTotals {
  private static final long[] POW10L = {1, 10, 100, 1000};

  private long[] keys;
  private long[] sums;
  private int size;
  private long rows;

  private BaciTotals() {
    keys = new long[1 << 14];
    Arrays.fill(keys, -1L);
    sums = new long[keys.length];
  }

  /** The number of (year, exporter, importer) totals. */
  public int size() {
    return size;
  }

  /** The number of data rows read. */
  public long rows() {
    return rows;
  }

  /** The keys of the totals, each {@code year << 40 | exporter << 20 | importer}, sorted. */
  public long[] sortedKeys() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != -1L) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** The total of a key of {@link #sortedKeys()}, thousands of US$. */
  public double value(long key) {
    return dollars(key) / 1e3;
  }

  /**
   * The total of a key of {@link #sortedKeys()} in whole US$, summed exactly: BACI states values in
   * thousands of US$ to three decimals (one dollar); finer digits are rounded half up to the
   * dollar. An exact sum does not depend on the order of the rows.
   */
  public long dollars(long key) {
    int slot = slot(key);
    return keys[slot] == key ? sums[slot] : 0L;
  }

  /** Whole US$ in US$ million (one rounding). */
  public static double millions(long dollars) {
    return dollars / 1e6;
  }

  /**
   * A BACI value (thousands of US$) in whole US$, rounded half up as {@link #dollars} does.
   *
   * @throws NumberFormatException when the text is not a number
   * @throws ArithmeticException when the value is beyond a {@code long} of dollars
   */
  public static long dollars(String thousands) {
    return new java.math.BigDecimal(thousands.trim())
        .setScale(3, java.math.RoundingMode.HALF_UP)
        .movePointRight(3)
        .longValueExact();
  }

  /** The year of a key. */
  public static int year(long key) {
    return (int) (key >>> 40);
  }

  /** The exporter's BACI code of a key. */
  public static int exporter(long key) {
    return (int) ((key >>> 20) & 0xFFFFF);
  }

  /** The importer's BACI code of a key. */
  public static int importer(long key) {
    return (int) (key & 0xFFFFF);
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    while (keys[h] != -1L && keys[h] != key) {
      h = (h + 1) & mask;
    }
    return h;
  }

  private void add(long key, long v) {
    int h = slot(key);
    if (keys[h] == key) {
      sums[h] += v;
      return;
    }
    keys[h] = key;
    sums[h] = v;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    long[] ok = keys;
    long[] os = sums;
    keys = new long[ok.length * 2];
    Arrays.fill(keys, -1L);
    sums = new long[keys.length];
    for (int i = 0; i < ok.length; i++) {
      if (ok[i] != -1L) {
        int h = slot(ok[i]);
        keys[h] = ok[i];
        sums[h] = os[i];
      }
    }
  }

  /** Sums a BACI year file into new totals. */
  public static BaciTotals sum(InputStream in, String source) throws IOException {
    BaciTotals t = new BaciTotals();
    t.addFile(in, source);
    return t;
  }

  /**
   * Adds a BACI year file to these totals.
   *
   * @throws InvalidInputException for a header other than {@code t,i,j,k,v,q} or a malformed row,
   *     naming the file, line, column and value
   */
  void addFile(InputStream in, String source) throws IOException {
    byte[] buf = new byte[1 << 16];
    byte[] fb = new byte[64];
    int fl = 0;
    StringBuilder header = new StringBuilder();
    boolean inHeader = true;
    boolean bomChecked = false;
    boolean afterCr = false;
    int line = 1;
    int field = 0;
    long acc = 0;
    int digits = 0;
    int frac = -1;
    boolean odd = false;
    long year = 0;
    long exporter = 0;
    long importer = 0;
    long value = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      int p = 0;
      if (!bomChecked) {
        bomChecked = true;
        if (n >= 3
            && (buf[0] & 0xFF) == 0xEF
            && (buf[1] & 0xFF) == 0xBB
            && (buf[2] & 0xFF) == 0xBF) {
          p = 3;
        }
      }
      for (; p < n; p++) {
        byte b = buf[p];
        // CRLF and a lone CR (classic Mac) end a line as LF does
        if (b == '\r') {
          afterCr = true;
          b = '\n';
        } else if (afterCr) {
          afterCr = false;
          if (b == '\n') {
            continue;
          }
        }
        if (inHeader) {
          if (b == '\n') {
            String h = header.toString().replace("\r", "").replace("\"", "").trim();
            if (!h.equals("t,i,j,k,v,q")) {
              throw new InvalidInputException(source + ":1: the header is '" + h
                  + "'; a BACI year file starts with" + " t,i,j,k,v,q");
            }
            inHeader = false;
            line = 2;
          } else {
            header.append((char) (b & 0xFF));
          }
          continue;
        }
        if (b == ',' || b == '\n') {
          // end of a field
          switch (field) {
            case 0, 1, 2 -> {
              if (digits == 0 || odd || digits > 6) {
                throw badField(source, line, field, fb, fl);
              }
              if (field == 0) {
                year = acc;
              } else if (field == 1) {
                exporter = acc;
              } else {
                importer = acc;
              }
            }
            case 4 -> {
              if (odd || digits > 15 || frac > 3) {
                try {
                  value = dollars(new String(fb, 0, fl, StandardCharsets.US_ASCII));
                } catch (NumberFormatException | ArithmeticException e) {
                  throw badField(source, line, field, fb, fl);
                }
                if (value < 0) {
                  throw badField(source, line, field, fb, fl);
                }
              } else if (digits == 0) {
                throw badField(source, line, field, fb, fl);
              } else {
                value = acc * POW10L[3 - Math.max(0, frac)];
              }
            }
            default -> {
              // k (HS code, a string) and q (tonnes) are not needed
            }
          }
          if (b == ',') {
            field++;
            if (field > 5) {
              throw new InvalidInputException(
                  source + ":" + line + ": more than 6 fields; a BACI row is t,i,j,k,v,q");
            }
          } else {
            if (field == 0 && fl == 0 && digits == 0) {
              // blank line
            } else if (field != 5) {
              throw new InvalidInputException(
                  source + ":" + line + ": " + (field + 1) + " fields; a BACI row is t,i,j,k,v,q");
            } else {
              t0(year, exporter, importer, value);
              rows++;
            }
            field = 0;
            line++;
          }
          acc = 0;
          digits = 0;
          frac = -1;
          odd = false;
          fl = 0;
          continue;
        }
        if (b == '\r' || b == '"') {
          continue;
        }
        if (fl < fb.length) {
          fb[fl++] = b;
        }
        if (field == 3 || field == 5) {
          continue;
        }
        int d = b - '0';
        if (d >= 0 && d <= 9) {
          acc = acc * 10 + d;
          digits++;
          if (frac >= 0) {
            frac++;
          }
        } else if (b == '.' && field == 4 && frac < 0) {
          frac = 0;
        } else if (b != ' ') {
          odd = true;
        }
      }
    }
    if (inHeader) {
      throw new InvalidInputException(
          source + ": the file is empty or has no line end after its header;"
              + " a BACI year file starts with t,i,j,k,v,q");
    }
    if (field != 0 || fl != 0 || digits != 0) {
      // last line without a line end
      if (field != 5) {
        throw new InvalidInputException(
            source + ":" + line + ": " + (field + 1) + " fields; a BACI row is t,i,j,k,v,q");
      }
      t0(year, exporter, importer, value);
      rows++;
    }
  }

  private void t0(long year, long exporter, long importer, long value) {
    add(year << 40 | exporter << 20 | importer, value);
  }

  private static final String[] COLUMNS = {"t", "i", "j", "k", "v", "q"};

  private static InvalidInputException badField(
      String source, int line, int field, byte[] fb, int fl) {
    String v = new String(fb, 0, fl, StandardCharsets.UTF_8);
    String allowed = switch (field) {
      case 0 -> "is not allowed; expected a calendar year such as 2021";
      case 1, 2 -> "is not allowed; expected a BACI numeric country code";
      default -> "is not allowed; expected a value >= 0 in thousands of US$";
    };
    return InvalidInputException.at(source, line, COLUMNS[field], v, allowed);
  }
}
