#!/bin/sh
# Customer-search benchmark of issue #2 against a running, loaded Pitwall (bench/load-search-data.sh).
# Measures GET /api/v1/customers?q= over HTTPS and the same SQL over JDBC with and without RLS.
#
#   PITWALL_DATA_DIR=/work/bench-data PITWALL_HTTPS_PORT=18443 bench/search-benchmark.sh [key=value ...]
#
# Options (see app.pitwall.bench.SearchBenchmark): modes=http,sql-app-rls,sql-superuser,sql-superuser+set_config
# clients=4,8,16 requests=4000 warmup=1500 tenants=8 loaded=100 port=$PITWALL_HTTPS_PORT seed=2
set -eu
cd "$(dirname "$0")/.."
: "${PITWALL_DATA_DIR:?set PITWALL_DATA_DIR to the data directory of the running Pitwall}"
export PITWALL_DATA_DIR
. bench/conditions.sh
nice -n 19 ./mvnw -q -B test-compile
start_conditions
./mvnw -q -B exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=app.pitwall.bench.SearchBenchmark -Dexec.args="$*"
