#!/usr/bin/env bash
# A/B of two bitext jars in one JVM: `bitext align FOLDER` with each jar in turn, round after
# round (bench/ab/AlternatingRuns.java), on one core with the launcher's JVM flags, outputs on
# tmpfs. Prints each round's times, each jar's median and minimum after two warm-up rounds, and
# the per-round ratio to the first jar; then whether the jars' outputs are the same bytes.
# Why: this virtual machine's speed drifts by 10-30 % from minute to minute, so separate runs
# minutes apart cannot show a change of a few per cent; turns of seconds in one JVM can.
#
# usage: bench/ab.sh OLD.jar NEW.jar [FOLDER] [ROUNDS]
#   e.g. git stash; mvn -B -q package -DskipTests; cp target/bitext.jar /tmp/old.jar; git stash pop
#        mvn -B -q package -DskipTests; bench/ab.sh /tmp/old.jar target/bitext.jar /tmp/e2e-big/batch-1000
# environment: AB_CORE (default 0), AB_JOBS (default 1), AB_OUT (default /dev/shm/bitext-ab)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
old="${1:?usage: bench/ab.sh OLD.jar NEW.jar [FOLDER] [ROUNDS]}"
new="${2:?usage: bench/ab.sh OLD.jar NEW.jar [FOLDER] [ROUNDS]}"
folder="${3:-$here/../seeds}"
rounds="${4:-10}"
out="${AB_OUT:-/dev/shm/bitext-ab}"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" "$here/ab/AlternatingRuns.java"
# the launcher's JIT and collector flags (see ./bitext), and a heap both jars' runs fit in
flags=(-XX:InlineSmallCode=1000 -XX:FreqInlineSize=100 -XX:-UseProfiledLoopPredicate
  -XX:Tier4InvocationThreshold=30000 -XX:Tier4CompileThreshold=40000 -XX:Tier4BackEdgeThreshold=240000
  -XX:+UseSerialGC -Xms2g -Xmx4g)
taskset -c "${AB_CORE:-0}" java "${flags[@]}" -cp "$classes" AlternatingRuns "$old,$new" "$folder" "$rounds" "$out" \
  "${AB_JOBS:-1}"
if diff -r "$out-0" "$out-1" >/dev/null; then
  echo "outputs: the same bytes"
  rm -rf "$out-0" "$out-1"
else
  echo "outputs: they differ (diff -r $out-0 $out-1)"
fi
