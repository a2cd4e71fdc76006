#!/usr/bin/env bash
# End-to-end benchmark: builds a batch of DOCUMENTS documents (default 10000, about a million
# sentences) from the development corpora (bench/e2e/make-batch.py; written to a temporary
# folder, never committed), then runs `bitext align` on it with /usr/bin/time:
#   --jobs 1, --jobs 2, and --jobs 2 with -Xmx512m (through BITEXT_JAVA_OPTS); optionally
#   j1-core: --jobs 1 held to one core with taskset (the JVM's compiler and collector then share
#   that core, so its MB/s is the throughput of one core).
# For each run it prints the wall time, MB of input text per second, sentences per second
# (both languages), the CPU seconds (user + system, every thread: the JIT compiler and the
# collector run beside the jobs), MB per CPU second, the peak memory (max RSS) and, with
# --timings, the time of each stage; and where the CPU went by thread, read from /proc while the
# run goes (the jobs' workers, the writing thread, the JIT compilers C2 and C1, the collector):
# on one core the compilers' seconds are taken from the jobs'. Its header has the machine's speed
# that day by work that is not bitext's (bench/calibrate.sh), to compare figures across days.
#
# usage: bench/e2e.sh [DOCUMENTS]
# environment: BITEXT_CORPORA (default ../shared/corpora beside the repository),
#              E2E_DIR (where the batch and outputs go; default a fresh folder under /tmp,
#              removed at the end unless E2E_KEEP=1), E2E_RUNS (default "j1 j2 j2-512m";
#              also j1-core), E2E_OUT (where the outputs go, default E2E_DIR: e.g. a folder under
#              /dev/shm, to time the tool apart from the disk, whose system time on a virtual
#              machine can be seconds of a run's 441 MB of small files).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
docs="${1:-10000}"
corpora="${BITEXT_CORPORA:-$(cd "$root/.." && pwd)/shared/corpora}"
runs="${E2E_RUNS:-j1 j2 j2-512m}"
work="${E2E_DIR:-$(mktemp -d /tmp/bitext-e2e.XXXXXX)}"
if [ -z "${E2E_DIR:-}" ] && [ "${E2E_KEEP:-0}" != 1 ]; then
  trap 'rm -rf "$work"' EXIT
fi

"$root/bitext" --version >/dev/null   # builds the jar and the start-up archive if needed
export BITEXT_BUILD=0                 # the timed runs use that jar, whatever changes under src/
batch="$work/batch-$docs"
if [ ! -d "$batch" ]; then
  python3 "$here/e2e/make-batch.py" "$corpora" "$batch" "$docs"
fi
bytes=$(find "$batch" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$batch" -type f -name '*.txt' | wc -l)
echo "batch: $docs documents ($files files), $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB, in $batch"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)"
# the day's speed of the machine, by work that is not bitext's (bench/calibrate.sh)
echo "machine speed: $("$here/calibrate.sh")"
echo

# The CPU seconds of each thread of the run's JVM, by kind, from its last reading in /proc (every
# 0.2 s; a thread that ends loses at most that): the JVM is /usr/bin/time's child (taskset and the
# launcher exec it). Reads files with the shell's read, so the watcher itself costs little.
thread_cpu() {
  local runner=$1 pid="" tick t line rest comm
  tick=$(getconf CLK_TCK)
  declare -A ticks=() kinds=()
  for _ in $(seq 1 400); do
    pid=$(pgrep -P "$runner" | head -1 || true)
    [ -n "$pid" ] && break
    sleep 0.05
  done
  [ -n "$pid" ] || return 0
  while [ -d "/proc/$pid" ]; do
    for t in /proc/"$pid"/task/*; do
      read -r line 2>/dev/null <"$t/stat" || continue
      read -r comm 2>/dev/null <"$t/comm" || continue
      rest=${line##*) }
      # shellcheck disable=SC2086
      set -- $rest
      ticks[${t##*/}]=$(( ${12} + ${13} ))
      case "$comm" in
        bitext-worker*) kinds[${t##*/}]=jobs ;;
        java) kinds[${t##*/}]=writer ;;
        C2\ Compiler*) kinds[${t##*/}]=C2 ;;
        C1\ Compiler*) kinds[${t##*/}]=C1 ;;
        "VM Thread"|GC\ Thread*|G1*) kinds[${t##*/}]=collector ;;
        *) kinds[${t##*/}]=other ;;
      esac
    done
    sleep 0.2
  done
  for t in "${!ticks[@]}"; do echo "${kinds[$t]} ${ticks[$t]}"; done \
    | awk -v tick="$tick" '{s[$1] += $2} END {
        n = split("jobs writer C2 C1 collector other", order, " ")
        for (i = 1; i <= n; i++) printf "%s%s %.1f s", (i > 1 ? ", " : ""), order[i], s[order[i]] / tick
        printf "\n" }'
}

printf '%-10s %9s %8s %12s %8s %10s %10s\n' run "wall s" "MB/s" "sentences/s" "CPU s" "MB/CPU-s" "max RSS MB"
for run in $runs; do
  pin=()
  case "$run" in
    j1) jobs=1; opts="" ;;
    j1-core) jobs=1; opts=""; pin=(taskset -c 0) ;;
    j2) jobs=2; opts="" ;;
    j2-512m) jobs=2; opts="-Xmx512m" ;;
    *) echo "unknown run $run (j1, j1-core, j2, j2-512m)" >&2; exit 2 ;;
  esac
  out="${E2E_OUT:-$work}/out-$run"
  mkdir -p "$(dirname "$out")"
  rm -rf "$out"
  log="$work/log-$run"
  BITEXT_JAVA_OPTS="$opts" /usr/bin/time -f 'TIME %e %M %U %S' -o "$log.time" \
    ${pin[@]+"${pin[@]}"} "$root/bitext" align "$batch" -o "$out" --jobs "$jobs" --timings 2>"$log" &
  runner=$!
  thread_cpu "$runner" >"$log.threads"
  wait "$runner" || { code=$?; echo "$run failed (exit $code):" >&2; tail -5 "$log" >&2; exit 1; }
  read -r _ wall rss user system <"$log.time"
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')
  sentences=$(sed -n 's/^bitext: sentences: en \([0-9]*\), ar \([0-9]*\).*/\1 \2/p' "$log" | awk '{print $1 + $2}')
  printf '%-10s %9.2f %8.3f %12.0f %8.1f %10.3f %10.0f\n' "$run" "$wall" \
    "$(awk -v b="$bytes" -v t="$wall" 'BEGIN {print b / 1e6 / t}')" \
    "$(awk -v s="$sentences" -v t="$wall" 'BEGIN {print s / t}')" \
    "$cpu" "$(awk -v b="$bytes" -v c="$cpu" 'BEGIN {print b / 1e6 / c}')" \
    "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
  cp "$log" "$work/timings-$run"
done
echo
for run in $runs; do
  echo "stages, $run (sentences: $(sed -n 's/^bitext: sentences: //p' "$work/timings-$run")):"
  sed -n 's/^bitext:   /  /p' "$work/timings-$run"
  echo "  CPU by thread: $(cat "$work/log-$run.threads")"
done
