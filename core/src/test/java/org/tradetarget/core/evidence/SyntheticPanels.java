package org.tradetarget.core.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Long-format panels with known laws, written by the tests themselves. */
final class SyntheticPanels {
  private SyntheticPanels() {}

  /**
   * ln y_t = ln y_{t−1} + d + σ·ε_t with ε standard normal: the law rw-drift assumes. Each series
   * draws its own drift d ~ U(−0.02, 0.08) and σ ~ U(0.05, 0.3); levels start at 100.
   */
  static Path randomWalk(Path dir, int series, int years, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("series,year,value\n");
    for (int s = 0; s < series; s++) {
      double d = -0.02 + 0.1 * rng.nextDouble();
      double sigma = 0.05 + 0.25 * rng.nextDouble();
      double x = Math.log(100);
      for (int t = 0; t < years; t++) {
        if (t > 0) {
          x += d + sigma * rng.nextGaussian();
        }
        sb.append(String.format(Locale.ROOT, "rw%04d,%d,%.6e%n", s, 1950 + t, Math.exp(x)));
      }
    }
    return write(dir.resolve("rw.csv"), sb);
  }

  /**
   * Drift regime switches and fat tails: the drift jumps to a fresh U(−0.2, 0.3) draw with
   * probability 0.2 a year, and shocks are 0.08 × Student-t with 3 degrees of freedom.
   */
  static Path regimes(Path dir, int series, int years, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("series,year,value\n");
    for (int s = 0; s < series; s++) {
      double d = -0.2 + 0.5 * rng.nextDouble();
      double x = Math.log(100);
      for (int t = 0; t < years; t++) {
        if (t > 0) {
          if (rng.nextDouble() < 0.2) {
            d = -0.2 + 0.5 * rng.nextDouble();
          }
          x += d + 0.08 * studentT3(rng);
        }
        sb.append(String.format(Locale.ROOT, "rg%04d,%d,%.6e%n", s, 1950 + t, Math.exp(x)));
      }
    }
    return write(dir.resolve("regimes.csv"), sb);
  }

  /** A Student-t draw with 3 degrees of freedom: Z / sqrt(χ²₃/3). */
  private static double studentT3(SplittableRandom rng) {
    double z = rng.nextGaussian();
    double chi = 0;
    for (int i = 0; i < 3; i++) {
      double g = rng.nextGaussian();
      chi += g * g;
    }
    return z / Math.sqrt(chi / 3);
  }

  static Path write(Path file, CharSequence text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
