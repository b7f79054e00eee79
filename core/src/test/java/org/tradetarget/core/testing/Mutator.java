package org.tradetarget.core.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutations of valid inputs for the fuzz tests: byte flips, line deletions and duplications, token
 * swaps, truncation and the insertion of hostile tokens, one to four at a time. Driven by a seed
 * from jqwik mixed with the salt of the run ({@code -Dtradetarget.fuzz.salt}, 0 by default), so the
 * default build always tries the same inputs and a long fuzz run can try others. Shared with the
 * scenarios module's fuzz tests (through the core test jar).
 */
public final class Mutator {
  /** Tokens that have broken parsers: non-finite spellings, type suffixes, other digits, ... */
  public static final List<String> HOSTILE = List.of(
      "NaN",
      "nan",
      "Infinity",
      "-Infinity",
      "inf",
      "1e309",
      "-1e309",
      "100d",
      "1f",
      "0x1p3",
      "\uFF11\uFF12",
      "\u0661\u0662",
      "1,5",
      "\"",
      "\"\"",
      ",",
      ";",
      "\t",
      "\r",
      "\n",
      "\u0000",
      "\uFEFF",
      "-1",
      "0",
      "99999999999999999999",
      "2147483648",
      "-0",
      "1e-400",
      "[",
      "]",
      "{",
      "}",
      "&a",
      "*a",
      ":",
      "- ",
      "#",
      "\\u12",
      "\\",
      "null",
      "~",
      "true",
      "9999",
      "1000",
      "\u00e9");

  private Mutator() {}

  /** The salt of this run. */
  public static long salt() {
    return Long.getLong("tradetarget.fuzz.salt", 0L);
  }

  /** A random generator for one try. */
  public static Random random(long seed) {
    return new Random(seed ^ (salt() * 0x9E3779B97F4A7C15L));
  }

  /** One to four mutations of {@code in}. */
  public static byte[] mutate(byte[] in, Random r) {
    byte[] b = in;
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b = once(b, r);
    }
    return b;
  }

  private static byte[] once(byte[] b, Random r) {
    if (b.length == 0) {
      return HOSTILE.get(r.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8);
    }
    switch (r.nextInt(7)) {
      case 0 -> {
        byte[] c = b.clone();
        c[r.nextInt(c.length)] = (byte) r.nextInt(256);
        return c;
      }
      case 1 -> {
        byte[] c = b.clone();
        c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
        return c;
      }
      case 2 -> {
        List<byte[]> lines = lines(b);
        lines.remove(r.nextInt(lines.size()));
        return join(lines);
      }
      case 3 -> {
        List<byte[]> lines = lines(b);
        int at = r.nextInt(lines.size());
        int times = 1 + (r.nextInt(10) == 0 ? r.nextInt(200) : 0);
        for (int k = 0; k < times; k++) {
          lines.add(at, lines.get(at));
        }
        return join(lines);
      }
      case 4 -> {
        return Arrays.copyOf(b, r.nextInt(b.length));
      }
      case 5 -> {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String[] tokens = s.split("(?<=[,;:\\s\\[\\]{}\"])|(?=[,;:\\s\\[\\]{}\"])", -1);
        if (tokens.length < 2) {
          return b;
        }
        int i = r.nextInt(tokens.length);
        int j = r.nextInt(tokens.length);
        String t = tokens[i];
        tokens[i] = tokens[j];
        tokens[j] = t;
        return String.join("", tokens).getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> {
        byte[] h = HOSTILE.get(r.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8);
        int at = r.nextInt(b.length + 1);
        int cut = r.nextBoolean() ? 0 : Math.min(b.length - at, 1 + r.nextInt(4));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, at);
        o.writeBytes(h);
        o.write(b, at + cut, b.length - at - cut);
        return o.toByteArray();
      }
    }
  }

  private static List<byte[]> lines(byte[] b) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        out.add(Arrays.copyOfRange(b, start, i + 1));
        start = i + 1;
      }
    }
    if (start < b.length) {
      out.add(Arrays.copyOfRange(b, start, b.length));
    }
    return out;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    lines.forEach(o::writeBytes);
    return o.toByteArray();
  }
}
