#!/bin/sh
# Authentication benchmark of issue #3 against a running Pitwall (docs/benchmarks.md, "Authentication"):
# Argon2id hash time and memory, sign-ins/s, refreshes/s and what authentication adds to a read.
#
#   PITWALL_DATA_DIR=/work/bench-data-id PITWALL_HTTPS_PORT=18543 bench/auth-benchmark.sh [key=value ...]
#
# The service must run with PITWALL_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE raised (all load comes from 127.0.0.1).
# Options (see app.pitwall.bench.AuthBenchmark): users=8 signins=240 signinClients=1,2,4,8 refreshes=4000
# refreshClients=1,4,8,16 reads=4000 readClients=1,8 hashes=30
set -eu
cd "$(dirname "$0")/.."
: "${PITWALL_DATA_DIR:?set PITWALL_DATA_DIR to the data directory of the running Pitwall}"
export PITWALL_DATA_DIR
. bench/conditions.sh
nice -n 19 ./mvnw -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
start_conditions
# the hash alone, also with the C1-only JIT that `./mvnw spring-boot:run` gives the service (-XX:TieredStopAtLevel=1)
java -cp "$CP" -XX:TieredStopAtLevel=1 app.pitwall.bench.AuthBenchmark only=hash
java -cp "$CP" app.pitwall.bench.AuthBenchmark "$@"
