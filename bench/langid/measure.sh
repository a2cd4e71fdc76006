#!/usr/bin/env bash
# Accuracy (paragraphs of 1-3 sentences, single sentences), start-up and throughput of the
# language identifier on line-aligned NTREX files. Usage: bench/langid/measure.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/langid-cp.txt
exec java -Xmx300m -cp "target/classes:target/test-classes:$(cat target/langid-cp.txt)" \
  org.bitext.text.lang.LangIdBenchmark "${1:-/work/shared/corpora/ntrex128-dev}"
