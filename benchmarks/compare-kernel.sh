#!/usr/bin/env bash
# Compares the Monte Carlo kernel benchmark (MonteCarloBenchmark.kernel) of two git revisions.
#
# usage: benchmarks/compare-kernel.sh [BEFORE [AFTER]] [-- JMH options...]
#        benchmarks/compare-kernel.sh --table DIR   (prints the table of a finished run again)
#   BEFORE  default 8ba2366 (the commit before the engine was split by job)
#   AFTER   default HEAD
#   JMH options after "--" replace the default settings "-f 1 -wi 3 -w 2s -i 5 -r 2s" (the class's
#   annotations), e.g. "-- -f 1 -wi 1 -w 1s -i 1 -r 1s -p paths=100000" for a quick check.
# environment:
#   ROUNDS=3       how many times each side runs; the runs alternate: before, after, before, after, ..
#   OUT=DIR        where the jars and raw results go (default: a new folder /tmp/compare-kernel.XXXXXX)
#   WAIT_IDLE=1    start only once both CPUs have been idle for 3 s (as run-all.sh)
#
# Each revision is exported with `git archive` (committed files only; no worktree is registered)
# into OUT/src-before and OUT/src-after and built there with `mvn -B -q -DskipTests -pl benchmarks
# -am package`; nothing is installed. The table gives, per parameter set, the mean ms/op of every
# measured iteration of all rounds with ± 2 standard errors (iterations pooled), the ratio
# after/before with ± 2 standard errors (delta method), and the lowest and highest ratio of one
# round's after to the same round's before. A ratio above 1 means the after revision is slower.
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
table_only=0
if [ "${1:-}" = "--table" ]; then table_only=1; OUT=${2:?"--table needs the folder of a finished run"}; fi
before=8ba2366
after=HEAD
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; break; fi
  args+=("$1"); shift
done
[ ${#args[@]} -ge 1 ] && before=${args[0]}
[ ${#args[@]} -ge 2 ] && after=${args[1]}
if [ $# -gt 0 ]; then jmh=("$@"); else jmh=(-f 1 -wi 3 -w 2s -i 5 -r 2s); fi
rounds=${ROUNDS:-3}
out=${OUT:-$(mktemp -d /tmp/compare-kernel.XXXXXX)}
mkdir -p "$out"

if [ $table_only = 0 ]; then
build() { # side rev
  local side=$1 rev=$2 src="$out/src-$1"
  rm -rf "$src"; mkdir -p "$src"
  git -C "$repo" archive --format=tar "$rev" | tar -x -C "$src"
  echo "building $side = $rev ($(git -C "$repo" rev-parse --short "$rev^{commit}")) in $src" >&2
  (cd "$src" && mvn -B -q -DskipTests -pl benchmarks -am package) > "$out/build-$side.log" 2>&1 \
    || { echo "build of $rev failed; see $out/build-$side.log" >&2; exit 1; }
  cp "$src/benchmarks/target/benchmarks.jar" "$out/benchmarks-$side.jar"
}
build before "$before"
build after "$after"
echo "before=$(git -C "$repo" rev-parse --short "$before^{commit}") after=$(git -C "$repo" rev-parse --short "$after^{commit}")" \
  > "$out/revisions.txt"

if [ "${WAIT_IDLE:-0}" = 1 ]; then
  while true; do
    read -r _ u n s i w x y z _ < /proc/stat; t1=$((u+n+s+i+w+x+y+z)); i1=$((i+w)); sleep 3
    read -r _ u n s i w x y z _ < /proc/stat; t2=$((u+n+s+i+w+x+y+z)); i2=$((i+w))
    [ $(( 100 * (i2 - i1) / (t2 - t1) )) -ge 95 ] && break
  done
fi

for r in $(seq 1 "$rounds"); do
  for side in before after; do
    echo "round $r/$rounds: $side ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    java -jar "$out/benchmarks-$side.jar" 'MonteCarloBenchmark.kernel' "${jmh[@]}" \
      -rf json -rff "$out/$side-$r.json" > "$out/$side-$r.txt" 2>&1 \
      || { echo "JMH failed; see $out/$side-$r.txt" >&2; exit 1; }
  done
done
echo "rounds=$rounds jmh=${jmh[*]}" > "$out/settings.txt"
fi

python3 - "$out" <<'EOF'
import json, math, sys
out = sys.argv[1]
revs = dict(kv.split("=") for kv in open(f"{out}/revisions.txt").read().split())
settings = open(f"{out}/settings.txt").read().strip()
rounds = int(settings.split()[0].split("=")[1])
opts = settings.split("jmh=", 1)[1]

def load(side, r):
    res = {}
    for b in json.load(open(f"{out}/{side}-{r}.json")):
        p = b["params"]
        key = (int(p["paths"]), int(p["years"]), int(p["threads"]))
        res[key] = [v for fork in b["primaryMetric"]["rawData"] for v in fork]
    return res

runs = {s: [load(s, r) for r in range(1, rounds + 1)] for s in ("before", "after")}

def stats(vals):
    n = len(vals)
    m = sum(vals) / n
    sd = math.sqrt(sum((v - m) ** 2 for v in vals) / (n - 1)) if n > 1 else float("nan")
    return m, sd / math.sqrt(n), n

print(f"MonteCarloBenchmark.kernel, ms/op: before = {revs['before']}, after = {revs['after']}; "
      f"{rounds} alternating rounds of JMH {opts}")
print("± = 2 standard errors of the mean of all measured iterations; per-round = min..max of the rounds' ratios")
head = f"| {'N':>9} | {'T':>3} | {'threads':>7} | {'before':>19} | {'after':>19} | {'after/before':>15} | {'per-round':>12} |"
print(head)
print("|" + "|".join("-" * (len(c) - 1) + ":" for c in head.split("|")[1:-1]) + "|")
worst = 0.0
for key in sorted(runs["before"][0]):
    b = stats([v for run in runs["before"] for v in run[key]])
    a = stats([v for run in runs["after"] for v in run[key]])
    ratio = a[0] / b[0]
    err = ratio * math.sqrt((a[1] / a[0]) ** 2 + (b[1] / b[0]) ** 2)
    per = [sum(runs["after"][r][key]) / len(runs["after"][r][key])
           / (sum(runs["before"][r][key]) / len(runs["before"][r][key])) for r in range(rounds)]
    worst = max(worst, ratio)
    print(f"| {key[0]:>9,} | {key[1]:>3} | {key[2]:>7} | {b[0]:>9.2f} ± {2 * b[1]:>7.2f} | {a[0]:>9.2f} ± {2 * a[1]:>7.2f}"
          f" | {ratio:>6.3f} ± {2 * err:>6.3f} | {min(per):>5.3f}..{max(per):>5.3f} |")
print(f"highest after/before ratio {worst:.3f}: {'within' if worst <= 1.05 else 'NOT within'} 5 % (weigh it with its ± and the per-round range); raw results in {out}")
EOF
