#!/usr/bin/env python3
"""numpy peer of MonteCarloBenchmark: the same statistics, written the way numpy is usually written.

A random walk with drift on the log scale, ln V_t = ln V_{t-1} + mu + sigma*z, from V0 = 10,500
(US$ million) with mu = 0.08, sigma = 0.1 and target 20,000; per year t = 1..T: the mean value, the
7 type-7 quantiles (numpy's default "linear" method), P(at or above the target in year t) and
P(met by year t) (first passage over the yearly checkpoints).

Two forms:
  matrix  the idiomatic one: draw an N x T matrix, cumsum along years, exp, reduce along paths
          (memory N x T);
  stream  a year loop over a length-N vector (memory proportional to N), the engine's shape.

Needs numpy (Debian: apt-get install python3-numpy). Not used by the build or the tests.

    python3 benchmarks/peer/mc_numpy.py --paths 1000000 --years 30 --mode matrix --repeat 3
"""
import argparse
import resource
import time

import numpy as np

V0, MU, SIGMA, TARGET = 10_500.0, 0.08, 0.1, 20_000.0
PROBS = np.array([0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95])


def matrix(n, t, rng):
    z = rng.standard_normal((n, t))
    x = np.log(V0) + np.cumsum(MU + SIGMA * z, axis=1)
    v = np.exp(x)
    mean = v.mean(axis=0)
    q = np.quantile(v, PROBS, axis=0)
    above = x >= np.log(TARGET)
    p_above = above.mean(axis=0)
    p_met = np.logical_or.accumulate(above, axis=1).mean(axis=0)
    return mean, q, p_above, p_met


def stream(n, t, rng):
    x = np.full(n, np.log(V0))
    met = np.zeros(n, dtype=bool)
    log_target = np.log(TARGET)
    mean = np.empty(t)
    q = np.empty((len(PROBS), t))
    p_above = np.empty(t)
    p_met = np.empty(t)
    for year in range(t):
        x += MU + SIGMA * rng.standard_normal(n)
        v = np.exp(x)
        mean[year] = v.mean()
        q[:, year] = np.quantile(v, PROBS)
        above = x >= log_target
        met |= above
        p_above[year] = above.mean()
        p_met[year] = met.mean()
    return mean, q, p_above, p_met


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--paths", type=int, default=1_000_000)
    ap.add_argument("--years", type=int, default=30)
    ap.add_argument("--mode", choices=["matrix", "stream"], default="matrix")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    run = matrix if a.mode == "matrix" else stream
    times = []
    result = None
    for r in range(a.repeat + 1):  # the first run warms up and is not counted
        rng = np.random.default_rng(a.seed)
        t0 = time.perf_counter()
        result = run(a.paths, a.years, rng)
        if r > 0:
            times.append(time.perf_counter() - t0)
    best = min(times)
    median = sorted(times)[len(times) // 2]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    steps = a.paths * a.years
    print(f"mode={a.mode} paths={a.paths} years={a.years} numpy={np.__version__} "
          f"best_s={best:.4f} median_s={median:.4f} path_steps_per_s={steps / median:.4g} "
          f"peak_rss_mb={rss_mb:.0f}")
    mean, q, p_above, p_met = result
    print(f"check: last year mean={mean[-1]:.1f} median={q[3, -1]:.1f} "
          f"p_at_or_above={p_above[-1]:.4f} p_met_by={p_met[-1]:.4f}")


if __name__ == "__main__":
    main()
