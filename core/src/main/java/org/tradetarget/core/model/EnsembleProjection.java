package org.tradetarget.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.tradetarget.core.levers.PathDraws;

/**
 * A weighted mixture of fitted kinds on the same series ({@code ensemble}).
 *
 * <p><b>Simulation.</b> Each simulated path draws one member with probability equal to its weight
 * and follows that member for the whole horizon. The member comes from the engine's path key
 * ({@link StateSpace#initialState(double[], int, long)}): u = {@link PathDraws#uniform}(key,
 * stream {@code ensemble:member}, 0), member m the first with u &lt; w_1 + .. + w_m. The key is the
 * same for every series of a run and takes nothing from the shock stream, so the members keep common
 * random numbers: the same path has the same standardised shock z under every member. The ensemble's
 * σ is per path ({@link StateSpace#perPathSigma()}): the engine scales path p's shock by its
 * member's σ_m and adds crisis jumps unscaled, so the step passes ε = σ_m·z (+ J) to member m,
 * bitwise the member's own innovation. Bootstrap shocks (ε a residual of one fit) cannot be
 * combined with an ensemble; the callers refuse them. {@link StateSpace#sigma()} is the weighted
 * root mean square of the log-scale members' σ (for the engine's first histogram range only). Parameter
 * uncertainty is delegated, so each member gets exactly its own treatment: {@link
 * StateSpace#parameterDraws()} is the largest of the members' (every path takes the same number of
 * draws whichever member it follows, keeping common random numbers) and {@link
 * StateSpace#drawParameters} passes the path's draws to the chosen member, which uses the first of
 * them as it would alone. State per path: [member index, member's state padded to the largest
 * member's size].
 *
 * <p><b>Point and intervals</b> come from the mixture's distribution, not by simulation: each
 * member's predictive distribution at step h is taken as normal on its scale (log for log-scale
 * kinds, with the member's log point and log standard error; the value for value-scale kinds, with
 * the member's point and the spread of its 95 % interval), the mixture's cumulative distribution is
 * G(v) = Σ w_m F_m(v), and each quantile solves G(v) = p by bisection (to 1e-12 relative). The point
 * is the mixture median, the mean is Σ w_m mean_m, the log point ln(median), and the log standard
 * error the log-scale standard deviation of the mixture of the log-scale members. Members whose
 * intervals use Student-t quantiles enter with normal ones (slightly narrower).
 */
public final class EnsembleProjection implements Projection {
  private static final long STREAM = PathDraws.streamId("ensemble:member");
  private static final long MEMBER_KEY_STREAM = PathDraws.streamId("ensemble:member-key");
  private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

  private final List<Projection> members;
  private final List<Boolean> valueScale;
  private final double[] weights;

  /**
   * An ensemble of fitted members.
   *
   * @param members the fitted members, all with the same last year and step
   * @param valueScale per member, whether it models the value itself (logistic) rather than ln(value)
   * @param weights per member, ≥ 0, summing to 1 (within 1e-9)
   */
  public EnsembleProjection(List<Projection> members, List<Boolean> valueScale, double[] weights) {
    if (members.isEmpty()
        || members.size() != weights.length
        || members.size() != valueScale.size()) {
      throw new IllegalArgumentException(
          "an ensemble needs one weight and one scale per member; got " + members.size()
              + " members and " + weights.length + " weights");
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException(
            "ensemble weight " + w + " is not allowed; expected a number >= 0");
      }
      sum += w;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("ensemble weights sum to " + sum + "; expected 1");
    }
    for (Projection p : members) {
      if (p.lastYear() != members.get(0).lastYear()
          || p.step() != members.get(0).step()) {
        throw new IllegalArgumentException(
            "ensemble members must share the last year and step: " + p.kind() + " has "
                + p.lastYear() + "/" + p.step() + ", " + members.get(0).kind() + " "
                + members.get(0).lastYear() + "/"
                + members.get(0).step());
      }
    }
    this.members = List.copyOf(members);
    this.valueScale = List.copyOf(valueScale);
    this.weights = weights.clone();
  }

  @Override
  public String kind() {
    return "ensemble";
  }

  @Override
  public int lastYear() {
    return members.get(0).lastYear();
  }

  @Override
  public int step() {
    return members.get(0).step();
  }

  /** The members' kind names, in order. */
  public List<String> memberKinds() {
    List<String> out = new ArrayList<>();
    for (Projection p : members) {
      out.add(p.kind());
    }
    return out;
  }

  /** The members, in order. */
  public List<Projection> members() {
    return members;
  }

  /** Per member, in order, whether it models the value itself rather than ln(value). */
  public List<Boolean> valueScale() {
    return valueScale;
  }

  /** The weights, in member order (a copy). */
  public double[] weights() {
    return weights.clone();
  }

  /** {@code weight:<kind>} per member, then each member's parameters as {@code <kind>.<name>}. */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int m = 0; m < members.size(); m++) {
      out.put("weight:" + members.get(m).kind(), weights[m]);
    }
    for (Projection p : members) {
      for (Map.Entry<String, Double> e : p.parameters().entrySet()) {
        out.put(p.kind() + "." + e.getKey(), e.getValue());
      }
    }
    return out;
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    int k = members.size();
    double[] withRef = new double[levels.length + 1];
    System.arraycopy(levels, 0, withRef, 0, levels.length);
    withRef[levels.length] = 95;
    Forecast[] f = new Forecast[k];
    for (int m = 0; m < k; m++) {
      f[m] = members.get(m).forecast(horizon, withRef);
    }
    double z95 = STD.inverseCumulativeProbability(0.975);
    int[] years = f[0].years();
    double[] point = new double[horizon];
    double[] mean = new double[horizon];
    double[] logPoint = new double[horizon];
    double[] logSe = new double[horizon];
    double[][] lo = new double[levels.length][horizon];
    double[][] hi = new double[levels.length][horizon];
    double[] centre = new double[k];
    double[] spread = new double[k];
    for (int t = 0; t < horizon; t++) {
      double a = Double.POSITIVE_INFINITY;
      double b = Double.NEGATIVE_INFINITY;
      double mLog = 0;
      double m2Log = 0;
      double wLog = 0;
      for (int m = 0; m < k; m++) {
        if (valueScale.get(m)) {
          centre[m] = f[m].point()[t];
          spread[m] = (f[m].upper()[levels.length][t] - f[m].lower()[levels.length][t]) / (2 * z95);
        } else {
          centre[m] = f[m].logPoint()[t];
          spread[m] = f[m].logSe()[t];
          mLog += weights[m] * centre[m];
          m2Log += weights[m] * (spread[m] * spread[m] + centre[m] * centre[m]);
          wLog += weights[m];
        }
        a = Math.min(a, f[m].lower()[levels.length][t]);
        b = Math.max(b, f[m].upper()[levels.length][t]);
        mean[t] += weights[m] * f[m].mean()[t];
      }
      point[t] = quantile(0.5, centre, spread, a, b);
      logPoint[t] = Math.log(point[t]);
      logSe[t] = wLog > 0
          ? Math.sqrt(Math.max(m2Log / wLog - (mLog / wLog) * (mLog / wLog), 0.0))
          : Double.NaN;
      for (int l = 0; l < levels.length; l++) {
        double tail = 0.5 - levels[l] / 200.0;
        lo[l][t] = quantile(tail, centre, spread, a, b);
        hi[l][t] = quantile(1 - tail, centre, spread, a, b);
      }
    }
    return new Forecast(years, point, mean, logPoint, logSe, levels.clone(), lo, hi);
  }

  /** The mixture's cumulative probability at value v. */
  private double cdf(double v, double[] centre, double[] spread) {
    double g = 0;
    for (int m = 0; m < weights.length; m++) {
      double x;
      if (valueScale.get(m)) {
        x = spread[m] > 0 ? (v - centre[m]) / spread[m] : (v >= centre[m] ? 40 : -40);
      } else if (v <= 0) {
        x = -40;
      } else {
        x = spread[m] > 0
            ? (Math.log(v) - centre[m]) / spread[m]
            : (Math.log(v) >= centre[m] ? 40 : -40);
      }
      g += weights[m] * STD.cumulativeProbability(x);
    }
    return g;
  }

  /** The mixture's p-quantile by bisection, starting from a bracket that is widened until it holds. */
  private double quantile(double p, double[] centre, double[] spread, double a, double b) {
    double lo = a;
    double hi = b;
    double width = Math.max(hi - lo, Math.abs(hi) * 1e-6 + 1e-12);
    while (cdf(lo, centre, spread) > p) {
      lo -= width;
      width *= 2;
    }
    width = Math.max(hi - lo, 1e-12);
    while (cdf(hi, centre, spread) < p) {
      hi += width;
      width *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(Math.abs(hi), 1e-300); i++) {
      double mid = 0.5 * (lo + hi);
      if (cdf(mid, centre, spread) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  @Override
  public StateSpace simulator() {
    StateSpace[] sims = new StateSpace[members.size()];
    for (int m = 0; m < sims.length; m++) {
      sims[m] = members.get(m).simulator();
    }
    boolean[] vs = new boolean[sims.length];
    for (int m = 0; m < vs.length; m++) {
      vs[m] = valueScale.get(m);
    }
    return new Sim(sims, weights, vs);
  }

  /** The ensemble of the members' projections without estimation terms, with the same weights. */
  @Override
  public Projection withoutEstimationTerms() {
    List<Projection> plain = new ArrayList<>();
    for (Projection p : members) {
      plain.add(p.withoutEstimationTerms());
    }
    return new EnsembleProjection(plain, valueScale, weights);
  }

  /**
   * The member a path key picks: the first m with u &lt; w_1 + .. + w_m, u = {@link
   * PathDraws#uniform}(key, stream {@code ensemble:member}, 0); the last member with positive
   * weight when rounding leaves u above the sum.
   */
  public static int memberOf(long pathKey, double[] weights) {
    double u = PathDraws.uniform(pathKey, STREAM, 0);
    double acc = 0;
    int last = 0;
    for (int m = 0; m < weights.length; m++) {
      if (weights[m] > 0) {
        acc += weights[m];
        last = m;
        if (u < acc) {
          return m;
        }
      }
    }
    return last;
  }

  private static final class Sim implements StateSpace {
    private final StateSpace[] sims;
    private final double[] weights;
    private final double[] sigma;
    private final double[] se;
    private final int size;
    private final int heaviest;
    private final boolean anySe;
    private final int draws;
    private final double typicalSigma;

    Sim(StateSpace[] sims, double[] weights, boolean[] valueScale) {
      this.sims = sims;
      this.weights = weights;
      sigma = new double[sims.length];
      se = new double[sims.length];
      int sz = 0;
      int h = 0;
      boolean any = false;
      int d = 0;
      for (int m = 0; m < sims.length; m++) {
        d = Math.max(d, sims[m].parameterDraws());
        sigma[m] = sims[m].sigma();
        se[m] = sims[m].driftStandardError();
        any |= se[m] > 0;
        sz = Math.max(sz, sims[m].stateSize());
        if (weights[m] > weights[h]) {
          h = m;
        }
        if (sims[m].baseYear() != sims[0].baseYear()) {
          throw new IllegalArgumentException("ensemble members must share the base year");
        }
      }
      size = 1 + sz;
      heaviest = h;
      anySe = any;
      draws = d;
      double s2 = 0;
      double wl = 0;
      for (int m = 0; m < sims.length; m++) {
        if (!valueScale[m]) {
          s2 += weights[m] * sigma[m] * sigma[m];
          wl += weights[m];
        }
      }
      typicalSigma = wl > 0 ? Math.sqrt(s2 / wl) : 1.0;
    }

    @Override
    public int stateSize() {
      return size;
    }

    @Override
    public double sigma() {
      return typicalSigma;
    }

    @Override
    public boolean perPathSigma() {
      return true;
    }

    @Override
    public double pathSigma(double[] state, int offset) {
      return sigma[(int) state[offset]];
    }

    @Override
    public double baseLog() {
      return sims[heaviest].baseLog();
    }

    @Override
    public int baseYear() {
      return sims[0].baseYear();
    }

    @Override
    public int step() {
      return sims[0].step();
    }

    /** Without a key (no per-path draw): the heaviest member. */
    @Override
    public void initialState(double[] state, int offset) {
      state[offset] = heaviest;
      sims[heaviest].initialState(state, offset + 1);
    }

    @Override
    public boolean randomInitialState() {
      return true;
    }

    @Override
    public void initialState(double[] state, int offset, long pathKey) {
      int m = memberOf(pathKey, weights);
      state[offset] = m;
      StateSpace s = sims[m];
      if (s.randomInitialState()) {
        s.initialState(state, offset + 1, PathDraws.bits(pathKey, MEMBER_KEY_STREAM, 0));
      } else {
        s.initialState(state, offset + 1);
      }
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      int m = (int) state[offset];
      return sims[m].step(state, offset + 1, eps);
    }

    /** 1 when any member has a drift standard error (the engine's first-year range uses it). */
    @Override
    public double driftStandardError() {
      return anySe ? 1.0 : 0.0;
    }

    @Override
    public int parameterDraws() {
      return draws;
    }

    @Override
    public void drawParameters(double[] state, int offset, double[] z, int zOffset) {
      int m = (int) state[offset];
      if (sims[m].parameterDraws() > 0) {
        sims[m].drawParameters(state, offset + 1, z, zOffset);
      }
    }

    @Override
    public void shiftDrift(double[] state, int offset, double delta) {
      int m = (int) state[offset];
      if (se[m] > 0) {
        sims[m].shiftDrift(state, offset + 1, delta * se[m]);
      }
    }
  }
}
