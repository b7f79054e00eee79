package org.tradetarget.core.simulate;

import java.util.Optional;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams of a run and the yearly log-scale shocks drawn from them (see {@link
 * MonteCarlo} for the distributions). Block b of {@value MonteCarlo#BLOCK_PATHS} paths draws from
 * its own stream: the seeded XoRoShiRo128++ generator after b jumps of 2<sup>64</sup> draws, with
 * a ziggurat normal sampler (and for Student-t shocks a χ² sampler) on it. Only one thread uses a
 * block's stream at a time. A final class with no virtual calls of its own: the per-path loop of
 * {@link #draw} calls only the samplers and the generator.
 */
final class ShockDraws {
  private static final int BLOCK = MonteCarlo.BLOCK_PATHS;

  private final int k;
  private final double[] sigma;
  private final double[][] residuals;
  private final boolean bootstrap;
  private final boolean studentT;
  private final double nu;
  private final double[][] chol;
  private final boolean jumps;
  private final double jumpProb;
  private final double jumpMean;
  private final double jumpSd;
  /**
   * Per series, each path's σ when the model scales its shocks per path (written by {@link
   * PathStepper#init}), else null.
   */
  private final double[][] pathSigma;
  /** One series, normal shocks, no jumps: the loop of {@link #draw} is one sampler call per path. */
  private final boolean simpleNormal;

  private final UniformRandomProvider[] rngs;
  private final ContinuousSampler[] normals;
  private final ContinuousSampler[] chiSquares;

  /**
   * Creates the streams of {@code blocks} blocks.
   *
   * @param seed the run's seed
   * @param blocks the number of blocks
   * @param shocks the shock distribution
   * @param chol the lower Cholesky factor of the shocks' correlation, or null for independent shocks
   *     (not used with bootstrap shocks)
   * @param crisis optional crisis jumps
   * @param sigma per series, the σ of normal and t shocks
   * @param residuals per series, the residuals of bootstrap shocks (non-empty when bootstrap)
   * @param pathSigma per series, an array of N per-path σ for models that scale their shocks per
   *     path (filled later by {@link PathStepper#init}), else null
   */
  ShockDraws(
      long seed,
      int blocks,
      Shocks shocks,
      double[][] chol,
      Optional<CrisisJumps> crisis,
      double[] sigma,
      double[][] residuals,
      double[][] pathSigma) {
    this.k = sigma.length;
    this.sigma = sigma;
    this.residuals = residuals;
    this.pathSigma = pathSigma;
    this.bootstrap = shocks.model() == ShockModel.BOOTSTRAP;
    this.studentT = shocks.model() == ShockModel.STUDENT_T;
    this.nu = shocks.degreesOfFreedom();
    this.chol = chol;
    this.jumps = crisis.isPresent() && crisis.get().probability() > 0;
    this.jumpProb = crisis.map(CrisisJumps::probability).orElse(0.0);
    this.jumpMean = crisis.map(CrisisJumps::meanLogSize).orElse(0.0);
    this.jumpSd = crisis.map(CrisisJumps::sdLogSize).orElse(0.0);
    this.simpleNormal = k == 1 && shocks.model() == ShockModel.NORMAL && !jumps;

    // Per-block streams: block b uses the seeded generator after b jumps of 2^64 draws.
    rngs = new UniformRandomProvider[blocks];
    normals = new ContinuousSampler[blocks];
    chiSquares = studentT ? new ContinuousSampler[blocks] : null;
    JumpableUniformRandomProvider master =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    for (int b = 0; b < blocks; b++) {
      UniformRandomProvider r = master.jump();
      rngs[b] = r;
      normals[b] = ZigguratSampler.NormalizedGaussian.of(r);
      if (studentT) {
        chiSquares[b] = AhrensDieterMarsagliaTsangGammaSampler.of(r, nu / 2, 2.0);
      }
    }
  }

  /** The streams of {@code blocks} blocks for models that all scale their shocks by their σ. */
  ShockDraws(
      long seed,
      int blocks,
      Shocks shocks,
      double[][] chol,
      Optional<CrisisJumps> crisis,
      double[] sigma,
      double[][] residuals) {
    this(seed, blocks, shocks, chol, crisis, sigma, residuals, new double[sigma.length][]);
  }

  /** {@link #draw(int, int, double[], double[], int)} for the block's paths counted from 0. */
  void draw(int b, double[] e, double[] z, int len) {
    draw(b, 0, e, z, len);
  }

  /** Per series, the per-path σ array of a model that scales its shocks per path, else null. */
  double[] pathSigma(int c) {
    return pathSigma[c];
  }

  /** The standard normal sampler of block b (also used for the per-path drift draws). */
  ContinuousSampler normal(int b) {
    return normals[b];
  }

  /**
   * The expected square of one year's shock of series c, for the first year's histogram range: the
   * mean square of the residuals (bootstrap) or σ², plus p(m² + s²) with crisis jumps.
   */
  double meanSquare(int c) {
    double var;
    if (bootstrap) {
      double s2 = 0;
      for (double r : residuals[c]) {
        s2 += r * r;
      }
      var = s2 / residuals[c].length;
    } else {
      var = sigma[c] * sigma[c];
    }
    if (jumps) {
      var += jumpProb * (jumpMean * jumpMean + jumpSd * jumpSd);
    }
    return var;
  }

  /**
   * Fills e[c * BLOCK + i] with the log-scale shock of series c on path i of the block's next
   * {@code len} paths (all series, started or not, so that a path's draws never depend on the base
   * years), drawing from block b's stream. Per path the draws come in a fixed order: one normal per
   * series (or one residual index per series), the χ² of t shocks, the crisis uniform, then one
   * normal per series for the jump sizes. A series whose model scales its shocks per path takes
   * its σ from the path's entry instead of the series' σ.
   *
   * @param from the first path of the block (for the per-path σ)
   * @param e at least k · {@value MonteCarlo#BLOCK_PATHS} values, written
   * @param z scratch of at least k values
   */
  void draw(int b, int from, double[] e, double[] z, int len) {
    ContinuousSampler g = normals[b];
    if (simpleNormal) {
      double[] ps = pathSigma[0];
      if (ps != null) {
        for (int i = 0; i < len; i++) {
          e[i] = ps[from + i] * g.sample();
        }
        return;
      }
      double s = sigma[0];
      for (int i = 0; i < len; i++) {
        e[i] = s * g.sample();
      }
      return;
    }
    UniformRandomProvider r = rngs[b];
    for (int i = 0; i < len; i++) {
      if (bootstrap) {
        for (int c = 0; c < k; c++) {
          double[] res = residuals[c];
          e[c * BLOCK + i] = res[r.nextInt(res.length)];
        }
      } else {
        for (int c = 0; c < k; c++) {
          z[c] = g.sample();
        }
        double f = studentT ? Math.sqrt((nu - 2) / chiSquares[b].sample()) : 1.0;
        if (chol != null) {
          for (int c = k - 1; c >= 0; c--) {
            double[] row = chol[c];
            double acc = 0;
            for (int j = 0; j <= c; j++) {
              acc += row[j] * z[j];
            }
            z[c] = acc;
          }
        }
        for (int c = 0; c < k; c++) {
          double[] ps = pathSigma[c];
          e[c * BLOCK + i] = (ps != null ? ps[from + i] : sigma[c]) * f * z[c];
        }
      }
      if (jumps && r.nextDouble() < jumpProb) {
        for (int c = 0; c < k; c++) {
          e[c * BLOCK + i] += jumpMean + jumpSd * g.sample();
        }
      }
    }
  }
}
