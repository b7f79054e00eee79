#!/usr/bin/python3
"""pandas peer of BaciBenchmark: read a BACI year file (t,i,j,k,v,q) with read_csv and sum v per
(t, i, j) with groupby, the idiomatic way. Reads the same synthetic file the JMH benchmark writes
(benchmarks/target/BACI_HS17_Y2022_VSYNTH.csv; run the benchmark first). Times --repeat runs after
one warm-up run and prints the median seconds and rows per second. Debian: apt-get install python3-pandas."""
import argparse
import statistics
import time

import pandas as pd


def aggregate(path):
    df = pd.read_csv(path, dtype={"k": str})  # HS codes as strings, as BACI means them
    totals = df.groupby(["t", "i", "j"], sort=False)["v"].sum()
    return len(df), len(totals)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--file", default="benchmarks/target/BACI_HS17_Y2022_VSYNTH.csv")
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    aggregate(a.file)
    times = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        rows, pairs = aggregate(a.file)
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    print(f"pandas {pd.__version__} read_csv+groupby: rows {rows} pairs {pairs} runs {a.repeat} "
          f"median {med:.3f} s = {rows / med:,.0f} rows/s (min {min(times):.3f} s, max {max(times):.3f} s)")


if __name__ == "__main__":
    main()
