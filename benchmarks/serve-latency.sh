#!/usr/bin/env bash
# serve: POST /api/run latency. Starts 'tradetarget serve' on a free loopback port with the baseline
# scenario at 20,000 paths, sends WARMUP then REQUESTS sequential POST /api/run requests (body BODY,
# default {} = the file as it is), prints p50/p95/p99 and stops the server.
# Build first: mvn -B -q -DskipTests package. Settings by environment:
#   SCENARIO (scenarios/clv-2030-baseline.yaml) PATHS (20000) REQUESTS (200) WARMUP (50) BODY ({})
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=scenarios/target/tradetarget.jar
SCENARIO=${SCENARIO:-scenarios/clv-2030-baseline.yaml}
PATHS=${PATHS:-20000}
REQUESTS=${REQUESTS:-200}
WARMUP=${WARMUP:-50}
BODY=${BODY:-'{}'}
if [ ! -f "$JAR" ]; then
  echo "serve-latency.sh: $JAR is missing; build it with: mvn -B -q -DskipTests package" >&2
  exit 2
fi
log=$(mktemp)
java -jar "$JAR" serve "$SCENARIO" --port 0 --paths "$PATHS" > "$log" 2>&1 &
pid=$!
# a background job ignores SIGINT, so the server is stopped with SIGTERM (the same shutdown hook)
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
  grep -q 'listening on' "$log" && break
  kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
url=$(sed -n '1s/^tradetarget serve: listening on //p' "$log")
[ -n "$url" ] || { echo "serve-latency.sh: the server did not start" >&2; cat "$log" >&2; exit 1; }
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $SCENARIO at $PATHS paths on $url"
java benchmarks/ServeLatency.java "$url" "$REQUESTS" "$WARMUP" "$BODY"
