#!/usr/bin/env bash
# Match-rate / false-match report for the names matcher on the transliteration dev data.
# Usage: bench/names/evaluate.sh [dev|train] [DATA_DIR] [--sweep]
#        (-Dmisses=N in BENCH_JAVA_OPTS lists the first N missed gold pairs per set)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
exec java ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.bitext.names.bench.NameMatchEvaluation "$@"
