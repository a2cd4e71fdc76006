#!/usr/bin/env bash
# Key throughput on one thread (target: >= 200,000 keys/s). Usage: bench/names/keys.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.bitext.names.bench.NameKeyBenchmark "$@"
