#!/usr/bin/env bash
# Scaling of presegmented alignment: one document pair of N English sentences per size
# (default 10000 20000 40000 80000), built at run time from the dev set's preseg/ files by
# concatenating the documents cyclically; every eighth Arabic line is dropped, so that a pair
# resembles the issue's 40,000 x 35,000. Runs `bitext align --presegmented` on each with
# /usr/bin/time and prints wall time, peak memory (max RSS) and the ratios to the previous size
# (linear growth: time and memory at most double when the input doubles).
#
# usage: bench/scaling.sh [SIZE...]
# environment: BITEXT_CORPORA (default ../shared/corpora beside the repository),
#              BITEXT_JAVA_OPTS (passed to the JVM), SCALING_TIMEOUT (seconds per size, default
#              1800: a size that takes longer is reported as a timeout and the larger ones skipped).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpora="${BITEXT_CORPORA:-$(cd "$root/.." && pwd)/shared/corpora}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 20000 40000 80000)
limit="${SCALING_TIMEOUT:-1800}"
work="$(mktemp -d /tmp/bitext-scaling.XXXXXX)"
trap 'rm -rf "$work"' EXIT

"$root/bitext" --version >/dev/null   # builds the jar if needed
export BITEXT_BUILD=0                 # the timed runs use that jar, whatever changes under src/

# make SIZE: writes $work/SIZE.en and $work/SIZE.ar
make_pair() {
  python3 - "$corpora" "$1" "$work/$1" <<'PY'
import os, sys
corpora, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pairs = []
for name in ("ntrex", "tico"):
    d = os.path.join(corpora, "ar-en-docs-dev", name, "preseg")
    for f in sorted(os.listdir(d)):
        if f.endswith(".en"):
            read = lambda p: open(p, encoding="utf-8").read().splitlines()
            pairs.append((read(os.path.join(d, f)), read(os.path.join(d, f[:-3] + ".ar"))))
en, ar, line, k = [], [], 0, 0
while len(en) < n:
    e, a = pairs[k % len(pairs)]
    k += 1
    take = min(len(e), n - len(en))
    en += e[:take]
    for s in a[:round(take * len(a) / len(e))]:   # the same share of the Arabic document
        line += 1
        if line % 8:
            ar.append(s)
with open(out + ".en", "w", encoding="utf-8") as f:
    f.write("\n".join(en) + "\n")
with open(out + ".ar", "w", encoding="utf-8") as f:
    f.write("\n".join(ar) + "\n")
PY
}

printf '%8s %8s %9s %11s %8s %8s\n' en ar "wall s" "max RSS MB" "time x" "RSS x"
prev_t=""; prev_m=""
for n in "${sizes[@]}"; do
  make_pair "$n"
  ar=$(wc -l <"$work/$n.ar")
  if ! timeout "$limit" /usr/bin/time -f '%e %M' -o "$work/time" \
      "$root/bitext" align --presegmented "$work/$n.en" "$work/$n.ar" -o "$work/out-$n" >/dev/null 2>"$work/log"; then
    printf '%8d %8d %9s\n' "$n" "$ar" "failed or over ${limit}s"
    tail -3 "$work/log" >&2
    break
  fi
  read -r t m <"$work/time"
  mb=$(awk -v k="$m" 'BEGIN {printf "%.0f", k / 1024}')
  if [ -n "$prev_t" ]; then
    rt=$(awk -v a="$t" -v b="$prev_t" 'BEGIN {printf "%.2f", a / b}')
    rm=$(awk -v a="$m" -v b="$prev_m" 'BEGIN {printf "%.2f", a / b}')
  else
    rt="-"; rm="-"
  fi
  printf '%8d %8d %9.2f %11s %8s %8s\n' "$n" "$ar" "$t" "$mb" "$rt" "$rm"
  prev_t="$t"; prev_m="$m"
  rm -f "$work/$n.en" "$work/$n.ar"; rm -rf "$work/out-$n"
done
