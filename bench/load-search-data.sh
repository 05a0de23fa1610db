#!/bin/sh
# Loads the benchmark tenants of issue #2 into the embedded PostgreSQL of a running Pitwall and checks
# the rows against the application's own search-text functions. See docs/benchmarks.md.
#
#   PITWALL_DATA_DIR=/work/bench-data bench/load-search-data.sh [tenants] [customers] [vehicles]
#
# Pitwall must be running on that data directory (the loader reads the port from postmaster.pid and
# the role passwords from postgres/roles.properties). Tenants already loaded are skipped.
set -eu
cd "$(dirname "$0")/.."
: "${PITWALL_DATA_DIR:?set PITWALL_DATA_DIR to the data directory of the running Pitwall}"
export PITWALL_DATA_DIR
TENANTS=${1:-100}
CUSTOMERS=${2:-100000}
VEHICLES=${3:-100000}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=app.pitwall.bench.SearchDataLoader -Dexec.args="$TENANTS $CUSTOMERS $VEHICLES"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=app.pitwall.bench.SearchDataCheck -Dexec.args="$TENANTS 2000"
