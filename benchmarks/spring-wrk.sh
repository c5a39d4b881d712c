#!/usr/bin/env bash
# Spring Boot 4 throughput with and without errors-plus, measured with wrk on loopback.
# Usage (from the repository root): bash benchmarks/spring-wrk.sh [seconds per run] [rounds]
# Needs wrk (Debian: apt-get install -y wrk). Figures go into BENCHMARKS.md by hand.
set -euo pipefail
SECONDS_PER_RUN=${1:-10}
ROUNDS=${2:-3}
MODULE=integration-tests/spring-boot-4
CP_FILE=$MODULE/target/bench-classpath.txt

mvn -B -q -pl $MODULE -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$CP_FILE"
CP="$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CP_FILE")"

start_server() { # port, extra arguments...
  local port=$1; shift
  java -Xms256m -Xmx256m -cp "$CP" io.errorsplus.it.bench.BenchServer --server.port="$port" \
      --spring.main.banner-mode=off --logging.level.root=warn \
      --errors-plus.spool-directory="$(mktemp -d)" "$@" > "$MODULE/target/bench-$port.log" 2>&1 &
  echo $!
}
WITHOUT_PID=$(start_server 18081 --errors-plus.enabled=false)
WITH_PID=$(start_server 18082 --errors-plus.capture=all)
trap 'kill $WITHOUT_PID $WITH_PID 2>/dev/null || true' EXIT
for port in 18081 18082; do
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$port/bench/ok/1" && break
    sleep 1 # polling a starting server, not synchronising threads
  done
done
# Sanity: the arms answer what they should.
curl -s -o /dev/null -w '%{http_code} ' http://127.0.0.1:18082/bench/documented/1
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:18081/bench/plain/1

rps() { # url, seconds
  wrk -t2 -c16 -d"$2"s "$1" | awk '/Requests\/sec/ {print $2}'
}
declare -A ARM=(
  [ok_without]=http://127.0.0.1:18081/bench/ok/7
  [ok_with]=http://127.0.0.1:18082/bench/ok/7
  [error_plain]=http://127.0.0.1:18081/bench/plain/7
  [error_with]=http://127.0.0.1:18082/bench/documented/7
)
ORDER=(ok_without ok_with error_plain error_with)
echo "warm-up (2 x $SECONDS_PER_RUN s per arm: the JIT settles before anything counts)"
for _ in 1 2; do for arm in "${ORDER[@]}"; do rps "${ARM[$arm]}" "$SECONDS_PER_RUN" > /dev/null; done; done
OK_RATIOS=""; ERROR_RATIOS=""
declare -A RESULTS
for round in $(seq 1 "$ROUNDS"); do
  # Alternate the order every round so neither arm always runs first.
  if (( round % 2 == 0 )); then ORDER=(ok_with ok_without error_with error_plain); else ORDER=(ok_without ok_with error_plain error_with); fi
  for arm in "${ORDER[@]}"; do
    r=$(rps "${ARM[$arm]}" "$SECONDS_PER_RUN")
    RESULTS[$arm]="${RESULTS[$arm]:-} $r"
    eval "LAST_$arm=$r"
    echo "round $round $arm $r req/s"
  done
  OK_RATIOS="$OK_RATIOS $(awk -v a="$LAST_ok_with" -v b="$LAST_ok_without" 'BEGIN {printf "%.3f", a/b}')"
  ERROR_RATIOS="$ERROR_RATIOS $(awk -v a="$LAST_error_with" -v b="$LAST_error_plain" 'BEGIN {printf "%.3f", a/b}')"
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for arm in ok_without ok_with error_plain error_with; do
  echo "median $arm $(echo "${RESULTS[$arm]}" | median) req/s (runs:${RESULTS[$arm]})"
done
# The ratio of each round (its two arms ran back to back), then their median: steadier than a
# ratio of medians on a shared machine.
echo "success with/without, per round:$OK_RATIOS; median $(echo "$OK_RATIOS" | median) (target >= 0.97)"
echo "documented error answered+captured / plain @ResponseStatus, per round:$ERROR_RATIOS; median $(echo "$ERROR_RATIOS" | median) (target >= 0.90)"
