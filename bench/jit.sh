#!/usr/bin/env bash
# What the JIT's C2 compiler spends its time on in one alignment run, and what makes it compile
# methods again: runs `bitext align` on FOLDER with --jobs 1 held to one core (the launcher's JIT
# and collector flags, as a user's run gets them) with HotSpot's compilation log, then prints
# C2's compilations by method and the uncommon traps taken in C2 code (bench/jit/report.py). The
# log makes the run slower; compare shares within a report rather than seconds between runs.
#
# usage: bench/jit.sh FOLDER [TOP]      e.g. a batch made by bench/e2e.sh (E2E_KEEP=1)
# environment: JIT_DIR (default a fresh folder under /tmp, kept, with compilation.xml in it)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
folder="${1:?usage: bench/jit.sh FOLDER [TOP]}"
top="${2:-25}"
work="${JIT_DIR:-$(mktemp -d /tmp/bitext-jit.XXXXXX)}"
mkdir -p "$work"
"$root/bitext" --version >/dev/null   # builds the jar if needed
log_opts="-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=$work/compilation.xml"
BITEXT_JAVA_OPTS="$log_opts" taskset -c 0 "$root/bitext" align "$folder" -o "$work/out" --jobs 1 --quiet \
  2>"$work/log" || { echo "the run failed:" >&2; tail -5 "$work/log" >&2; exit 1; }
python3 "$here/jit/report.py" "$work/compilation.xml" "$top"
echo "log: $work/compilation.xml" >&2
