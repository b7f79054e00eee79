package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of command lines for the fuzz tests; file mutations, the salt and the hostile tokens
 * come from the library's {@link org.tradetarget.core.testing.Mutator}.
 */
final class ArgMutator {
  private static final List<String> HOSTILE = org.tradetarget.core.testing.Mutator.HOSTILE;

  private ArgMutator() {}

  /** Option names and values that commands take, for command-line mutations. */
  static final List<String> OPTIONS = List.of(
      "--paths",
      "--years",
      "--threads",
      "--seed",
      "--format",
      "--target",
      "--start",
      "--drift",
      "--sigma",
      "--start-year",
      "--shocks",
      "t:2",
      "t:3",
      "bootstrap",
      "--jump-prob",
      "--jump-mean",
      "--jump-sd",
      "--corridor",
      "VN-KH",
      "XX-YY",
      "--model",
      "holt",
      "--horizon",
      "--from",
      "--levels",
      "80,95",
      "--base",
      "--base-year",
      "--deadline",
      "json",
      "csv",
      "table",
      "text",
      "html",
      "--debug",
      "--force",
      "--out",
      "--input",
      "--param",
      "drift=0.1",
      "sigma=-1");

  /** One to four mutations of a command line. */
  static List<String> mutateArgs(List<String> args, Random r) {
    List<String> a = new ArrayList<>(args);
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      int at = a.isEmpty() ? 0 : r.nextInt(a.size());
      switch (a.isEmpty() ? 6 : r.nextInt(7)) {
        case 0 -> a.remove(at);
        case 1 -> a.add(at, a.get(at));
        case 2 -> {
          int j = r.nextInt(a.size());
          String t = a.get(at);
          a.set(at, a.get(j));
          a.set(j, t);
        }
        case 3 -> {
          String t = a.get(at);
          if (!t.isEmpty()) {
            char[] c = t.toCharArray();
            c[r.nextInt(c.length)] =
                (char) (r.nextBoolean() ? 32 + r.nextInt(95) : r.nextInt(0x3000));
            a.set(at, new String(c));
          }
        }
        case 4 -> a.set(at, a.get(at).substring(0, r.nextInt(a.get(at).length() + 1)));
        case 5 -> a.set(at, HOSTILE.get(r.nextInt(HOSTILE.size())));
        default -> a.add(at, OPTIONS.get(r.nextInt(OPTIONS.size())));
      }
    }
    return a;
  }
}
