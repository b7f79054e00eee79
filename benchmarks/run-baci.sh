#!/usr/bin/env bash
# Times the BACI aggregation (BaciBenchmark, JMH, one thread) and its pandas peer
# (peer/baci_pandas.py) in the same run, on the same synthetic file; raw output in
# benchmarks/results/baci-*.txt. Needs the jars (mvn -q -B -DskipTests package) and Debian's
# python3-pandas. Extra arguments go to JMH (e.g. -wi 1 -i 3 -r 1 for a short check).
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
{ echo "start $(date -u +%FT%TZ) $(git rev-parse --short HEAD)"; uptime; } > "$R/baci-run.log"
java -jar benchmarks/target/benchmarks.jar BaciBenchmark "$@" -rf json -rff "$R/baci.json" > "$R/baci-jmh.txt" 2>&1
{ echo "jmh done $(date -u +%FT%TZ)"; uptime; } >> "$R/baci-run.log"
/usr/bin/python3 benchmarks/peer/baci_pandas.py --repeat 3 > "$R/baci-pandas.txt" 2>&1
{ echo "end $(date -u +%FT%TZ)"; uptime; } >> "$R/baci-run.log"
tail -3 "$R/baci-jmh.txt"; cat "$R/baci-pandas.txt"
