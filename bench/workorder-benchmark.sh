#!/bin/sh
# Repair-order benchmark of issue #5 against a running Pitwall (docs/benchmarks.md, "Repair orders"): job board with
# 200 open orders and 20 concurrent users, the customer's approval page, opening an order with 10 lines.
# Seeds a new business through the API on every run.
#
#   PITWALL_DATA_DIR=/work/bench-data-id PITWALL_HTTPS_PORT=18543 bench/workorder-benchmark.sh [key=value ...]
#
# The service must run with PITWALL_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE raised (20 sign-ins at once from 127.0.0.1).
# Options (see app.pitwall.bench.WorkOrderBenchmark): orders=200 users=20 reads=4000 creates=300 createClients=1,4
set -eu
cd "$(dirname "$0")/.."
: "${PITWALL_DATA_DIR:?set PITWALL_DATA_DIR to the data directory of the running Pitwall}"
export PITWALL_DATA_DIR
. bench/conditions.sh
nice -n 19 ./mvnw -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
start_conditions
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" app.pitwall.bench.WorkOrderBenchmark "$@"
