#!/usr/bin/env bash
# CPU profile of one alignment run with Java Flight Recorder, whole stacks: runs `bitext align`
# on FOLDER with --jobs 1 held to one core (the launcher's JIT and collector flags, as a user's
# run gets them), records CPU samples every 10 ms, and prints the samples by pipeline stage and
# the methods with the most samples of their own (bench/profile/split.py). The recording is kept
# in the work folder for `jfr print`, JDK Mission Control, or other views.
#
# usage: bench/profile.sh FOLDER [TOP]      e.g. a batch made by bench/e2e.sh (E2E_KEEP=1)
# environment: PROFILE_DIR (default a fresh folder under /tmp, kept)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
folder="${1:?usage: bench/profile.sh FOLDER [TOP]}"
top="${2:-25}"
work="${PROFILE_DIR:-$(mktemp -d /tmp/bitext-profile.XXXXXX)}"
mkdir -p "$work"
"$root/bitext" --version >/dev/null   # builds the jar if needed
export BITEXT_BUILD=0                 # the timed runs use that jar, whatever changes under src/
jfr_opts="-XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=filename=$work/run.jfr,settings=profile"
# the launcher's JVM flags come first; BITEXT_JAVA_OPTS adds the recording
BITEXT_JAVA_OPTS="$jfr_opts" taskset -c 0 "$root/bitext" align "$folder" -o "$work/out" --jobs 1 --quiet \
  2>"$work/log" || { echo "the run failed:" >&2; tail -5 "$work/log" >&2; exit 1; }
# 64 frames would cut the fork-join stacks short, and the split by stage with them
jfr print --json --stack-depth 1024 --events jdk.ExecutionSample "$work/run.jfr" >"$work/samples.json"
python3 "$here/profile/split.py" "$work/samples.json" "$top"
echo "recording: $work/run.jfr" >&2
