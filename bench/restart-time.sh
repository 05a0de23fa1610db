#!/bin/sh
# Restart time of Pitwall on its embedded defaults with the PostgreSQL binaries already extracted
# (issue #2: healthy in under 15 s). See docs/benchmarks.md.
#
#   PITWALL_DATA_DIR=/work/bench-data PITWALL_HTTPS_PORT=18443 bench/restart-time.sh [runs] [mvnw|jar]
#
# Pitwall must NOT be running on that data directory. Each run starts Pitwall the way the README
# does (`./mvnw spring-boot:run`, or `java -jar target/pitwall-*.jar` after `./mvnw package`),
# measures the wall time from the command to /actuator/health/readiness answering UP, then stops
# it with SIGTERM and measures how long the stop takes. Prints every run and the medians.
set -eu
cd "$(dirname "$0")/.."
: "${PITWALL_DATA_DIR:?set PITWALL_DATA_DIR}"
PORT=${PITWALL_HTTPS_PORT:-8443}
RUNS=${1:-3}
HOW=${2:-mvnw}
LOG_DIR=${BENCH_LOG_DIR:-/tmp}
export PITWALL_DATA_DIR PITWALL_HTTPS_PORT=$PORT PITWALL_HTTP_PORT=${PITWALL_HTTP_PORT:-0} PITWALL_DEMO=false

if [ ! -f "$PITWALL_DATA_DIR/postgres/binaries/.complete" ]; then
    echo "Start Pitwall once on $PITWALL_DATA_DIR first, so the binaries are extracted." >&2
    exit 1
fi
if curl -skf "https://localhost:$PORT/actuator/health" >/dev/null 2>&1; then
    echo "Something already answers on port $PORT; stop it first." >&2
    exit 1
fi
if [ "$HOW" = jar ]; then
    JAR=$(ls target/pitwall-*.jar | grep -v original | head -1)
else
    ./mvnw -q -B compile # so that the measured runs do not include compiling
fi

now() { date +%s.%N; }

# The Pitwall JVM started for this data directory (the child of Maven for spring-boot:run).
pitwall_pid() {
    for dir in /proc/[0-9]*; do
        if tr '\0' ' ' < "$dir/cmdline" 2>/dev/null | grep -q -e 'app.pitwall.PitwallApplication' -e 'pitwall-.*\.jar' \
            && tr '\0' '\n' < "$dir/environ" 2>/dev/null | grep -qx "PITWALL_DATA_DIR=$PITWALL_DATA_DIR"; then
            basename "$dir"
            return
        fi
    done
}

starts=""
stops=""
run=1
while [ "$run" -le "$RUNS" ]; do
    log="$LOG_DIR/pitwall-restart-$run.log"
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    t0=$(now)
    if [ "$HOW" = jar ]; then
        java -jar "$JAR" >"$log" 2>&1 &
    else
        ./mvnw -q -B spring-boot:run >"$log" 2>&1 &
    fi
    launcher=$!
    until curl -skf "https://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$launcher" 2>/dev/null; then
            echo "Pitwall exited; see $log" >&2
            exit 1
        fi
        sleep 0.1
    done
    t1=$(now)
    start=$(awk "BEGIN { print $t1 - $t0 }")
    jvm=$(grep -o 'Started PitwallApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" || true)
    pid=$(pitwall_pid)
    t2=$(now)
    kill -TERM "$pid"
    wait "$launcher" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    stop=$(awk "BEGIN { print $(now) - $t2 }")
    printf 'run %d: healthy after %.1f s (%s), stop took %.1f s, load average %s\n' \
        "$run" "$start" "$jvm" "$stop" "$load"
    starts="$starts $start"
    stops="$stops $stop"
    run=$((run + 1))
done
median() { echo "$@" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf 'median of %d: healthy after %.1f s, stop %.1f s (%s)\n' "$RUNS" "$(median $starts)" "$(median $stops)" "$HOW"
