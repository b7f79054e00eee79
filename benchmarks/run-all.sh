#!/usr/bin/env bash
# Runs every benchmark of benchmarks/README.md once and writes the raw results to
# benchmarks/results/: JMH (jmh.json, jmh.txt), the numpy peer (numpy.txt) and the peak resident
# memory of `tradetarget simulate` at N = 1,000,000, T = 30 (time-v-*.txt).
# Needs: the jars (mvn -q -B -DskipTests package), /usr/bin/time, and python3-numpy for the peer.
# On a shared machine set WAIT_IDLE=1 to start only once both CPUs have been idle for 3 s.
set -euo pipefail
cd "$(dirname "$0")/.."
R=benchmarks/results
mkdir -p "$R"
if [ "${WAIT_IDLE:-0}" = 1 ]; then
  while true; do
    read -r _ u n s i w x y z _ < /proc/stat; t1=$((u+n+s+i+w+x+y+z)); i1=$((i+w)); sleep 3
    read -r _ u n s i w x y z _ < /proc/stat; t2=$((u+n+s+i+w+x+y+z)); i2=$((i+w))
    [ $(( 100 * (i2 - i1) / (t2 - t1) )) -ge 95 ] && break
  done
fi
{ echo "start $(date -u +%FT%TZ)"; uptime; } > "$R/run.log"
java -jar benchmarks/target/benchmarks.jar 'MonteCarloBenchmark|NormalSamplerBenchmark|ModelKindBenchmark' \
  -rf json -rff "$R/jmh.json" > "$R/jmh.txt" 2>&1
{ echo "jmh done $(date -u +%FT%TZ)"; uptime; } >> "$R/run.log"
: > "$R/numpy.txt"
for m in matrix stream; do for n in 100000 1000000; do for t in 10 30; do
  /usr/bin/python3 benchmarks/peer/mc_numpy.py --paths $n --years $t --mode $m --repeat 3 >> "$R/numpy.txt" 2>&1
done; done; done
{ echo "numpy done $(date -u +%FT%TZ)"; uptime; } >> "$R/run.log"
for i in 1 2 3; do
  /usr/bin/time -v java -jar scenarios/target/tradetarget.jar simulate --start 10500 --start-year 2024 \
    --drift 0.08 --sigma 0.1 --years 30 --paths 1000000 --target 20000 > /dev/null 2> "$R/time-v-$i.txt"
done
{ echo "end $(date -u +%FT%TZ)"; uptime; } >> "$R/run.log"
