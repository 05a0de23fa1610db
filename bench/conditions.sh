#!/bin/sh
# Sourced by the benchmark scripts: records the conditions of a run (load averages and the processes competing for
# the two cores, as top sees them over one second) at the start, every 30 s while it runs, and at the end.
conditions() {
    echo "== $(date -u +%FT%TZ)"
    top -b -c -n 2 -d 1 -w 200 | awk '/^top -/ {frame++} frame == 2' | sed -n '1p;3p;7,14p'
}
start_conditions() {
    echo "$(uname -srm), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2 " GiB memory"}')"
    conditions
    ( while sleep 30; do conditions; done ) &
    CONDITIONS_PID=$!
    trap 'kill "$CONDITIONS_PID" 2>/dev/null; conditions' EXIT
}
