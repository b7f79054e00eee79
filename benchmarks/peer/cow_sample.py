#!/usr/bin/env python3
"""Writes a long panel (series,year,value) of COW pairs for the R forecast peer of the panel backtest.

Takes the pairs of the COW dyadic trade panel (../shared/data/panels/), two-way trade flow1 + flow2
(current US$ million), keeps for each pair its longest run of consecutive years with positive trade,
and writes the first --series pairs (in ccode1, ccode2 order) whose run has at least --min-years
years. The output is a scratch file outside the repository; never commit it.

    python3 benchmarks/peer/cow_sample.py ../shared/data/panels/cow_dyadic_trade_v4_ndy_1870-2014.csv.gz \
        --series 300 --min-years 20 --out /tmp/cow-sample.csv
"""
import argparse
import csv
import gzip
from collections import defaultdict


def runs(years):
    best, cur = [], []
    for y, v in sorted(years.items()):
        if v > 0 and (not cur or y == cur[-1][0] + 1):
            cur.append((y, v))
        else:
            cur = [(y, v)] if v > 0 else []
        if len(cur) > len(best):
            best = list(cur)
    return best


def main():
    p = argparse.ArgumentParser()
    p.add_argument("panel")
    p.add_argument("--series", type=int, default=300)
    p.add_argument("--min-years", type=int, default=20)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    pairs = defaultdict(dict)
    with gzip.open(a.panel, "rt", newline="") as f:
        for row in csv.DictReader(f):
            if row["flow1"] == "" or row["flow2"] == "":
                continue
            key = (int(row["ccode1"]), int(row["ccode2"]))
            pairs[key][int(row["year"])] = float(row["flow1"]) + float(row["flow2"])
    written = 0
    with open(a.out, "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["series", "year", "value"])
        for key in sorted(pairs):
            run = runs(pairs[key])
            if len(run) < a.min_years:
                continue
            for y, v in run:
                w.writerow([f"{key[0]}-{key[1]}", y, repr(v)])
            written += 1
            if written == a.series:
                break
    print(f"{written} series written to {a.out}")


if __name__ == "__main__":
    main()
