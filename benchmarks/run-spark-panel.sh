#!/usr/bin/env bash
# Times the panel backtest of a synthetic HS6-shaped BACI release (SparkPanelBenchmark, JMH):
# the Spark job in local[1] and local[2], and the single-machine backtest with 1 and 2 threads,
# each in its own JVM, on the same series; then prints series scored per second and the ratios
# (against the single-machine run on 1 thread of the same run, and from 1 to 2 cores).
# Needs the jars: mvn -q -B -DskipTests package (benchmarks/target/benchmarks.jar and
# benchmarks/target/spark-classpath.txt, the Spark class path the build writes).
# SERIES (default 200000) sets the panel's size. Without arguments each engine makes one
# single-shot backtest (JMH -wi 0 -i 1: a whole cold run, as a user runs it; about 22 minutes for
# the four engines at 200,000 series on an idle 2-core box, see benchmarks/README.md); arguments
# replace that and go to JMH, e.g. -wi 1 -i 3 for a warm-up and three measured shots, or
# -p engine=spark:1,spark:2 for the Spark engines only, or -p engine=submit:1,submit:2 for the job
# as a user runs it (spark/run-local.sh, spark-submit on a local master, in a JVM of its own).
# SERIES=2000 benchmarks/run-spark-panel.sh  checks the whole chain in a few minutes.
# On a shared machine set WAIT_IDLE=1 to start only once both CPUs have been idle for 3 s.
# ONE_CPU=spark:1 (a comma-separated list of engines) also times those engines confined to one CPU
# (taskset -c 0, so the JVM's compiler, collector and Spark threads share the task's core), after
# the others, in the same run: the one-core baseline of the 2-core speed-up (benchmarks/README.md).
# Raw output in benchmarks/results/spark-panel-*.
set -euo pipefail
cd "$(dirname "$0")/.."
R=benchmarks/results
SERIES="${SERIES:-200000}"
[ $# -eq 0 ] && set -- -wi 0 -i 1
mkdir -p "$R"
if [ "${WAIT_IDLE:-0}" = 1 ]; then
  while true; do
    read -r _ u n s i w x y z _ < /proc/stat; t1=$((u+n+s+i+w+x+y+z)); i1=$((i+w)); sleep 3
    read -r _ u n s i w x y z _ < /proc/stat; t2=$((u+n+s+i+w+x+y+z)); i2=$((i+w))
    [ $(( 100 * (i2 - i1) / (t2 - t1) )) -ge 95 ] && break
  done
fi
LOG="$R/spark-panel-run.log"
{
  echo "start $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD) series $SERIES jmh $*"
  echo "nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo); $(free -g | awk '/Mem/{print $2 " GB"}')"
  java -version 2>&1 | head -2
  uptime
} > "$LOG"
CP="$(cat benchmarks/target/spark-classpath.txt):benchmarks/target/benchmarks.jar"
java -cp "$CP" org.openjdk.jmh.Main SparkPanelBenchmark -p series="$SERIES" "$@" \
  -rf json -rff "$R/spark-panel.json" > "$R/spark-panel-jmh.txt" 2>&1 || {
  tail -40 "$R/spark-panel-jmh.txt"; exit 1; }
if [ -n "${ONE_CPU:-}" ]; then
  echo "one CPU (taskset -c 0): $ONE_CPU from $(date -u +%FT%TZ)" >> "$LOG"
  ARGS=(); SKIP=0  # the arguments without their engine list, which ONE_CPU replaces
  for a in "$@"; do
    if [ "$SKIP" = 1 ]; then SKIP=0; [[ "$a" == engine=* ]] && continue; ARGS+=(-p); fi
    if [ "$a" = -p ]; then SKIP=1; continue; fi
    ARGS+=("$a")
  done
  taskset -c 0 java -cp "$CP" org.openjdk.jmh.Main SparkPanelBenchmark -p series="$SERIES" \
    "${ARGS[@]}" \
    -p engine="$ONE_CPU" -rf json -rff "$R/spark-panel-1cpu.json" > "$R/spark-panel-jmh-1cpu.txt" 2>&1 || {
    tail -40 "$R/spark-panel-jmh-1cpu.txt"; exit 1; }
fi
{ echo "end $(date -u +%FT%TZ)"; uptime; } >> "$LOG"
cat "$LOG"
# The summary lines: Benchmark (engine) (series) Mode Cnt Score [± Error] Units (s/op).
{ grep '^SparkPanelBenchmark.backtest' "$R/spark-panel-jmh.txt"
  [ -n "${ONE_CPU:-}" ] && grep '^SparkPanelBenchmark.backtest' "$R/spark-panel-jmh-1cpu.txt" \
    | awk '{ $2 = $2 "/1cpu"; print }'
} | awk '
  # with one iteration JMH leaves Cnt and Error blank: "... ss 27.198 s/op"
  { if (NF >= 9) { e[$2] = $6; err[$2] = $8 } else if (NF == 7) { e[$2] = $6; err[$2] = "-" }
    else { e[$2] = $5; err[$2] = "-" }
    n[$2] = $3; order[++k] = $2 }
  END {
    printf "%-13s %10s %10s %12s %14s\n", "engine", "s/op", "± 99.9%", "series/s", "vs single:1"
    for (i = 1; i <= k; i++) {
      x = order[i]
      printf "%-13s %10.2f %10s %12.0f %14s\n", x, e[x], err[x], n[x] / e[x], \
        ("single:1" in e) ? sprintf("%.2fx", e["single:1"] / e[x]) : "-"
    }
    if (("spark:1" in e) && ("spark:2" in e))
      printf "local[2] / local[1] speed-up: %.2fx (goal >= 1.7)\n", e["spark:1"] / e["spark:2"]
    if (("submit:1" in e) && ("submit:2" in e))
      printf "spark-submit local[2] / local[1] speed-up: %.2fx (goal >= 1.7)\n", \
        e["submit:1"] / e["submit:2"]
    if (("spark:1/1cpu" in e) && ("spark:2" in e))
      printf "local[2] on two CPUs / local[1] on one CPU: %.2fx (goal >= 1.7)\n", \
        e["spark:1/1cpu"] / e["spark:2"]
    if (("single:1" in e) && ("single:2" in e))
      printf "single machine, 2 / 1 threads: %.2fx\n", e["single:1"] / e["single:2"]
  }' | tee "$R/spark-panel-figures.txt"
