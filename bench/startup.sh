#!/usr/bin/env bash
# Start-up of the launcher: first checks that ./bitext runs whatever state its class-data-sharing
# archive (target/bitext.jsa) is in, then measures `bitext --version` and the time to the first
# document aligned (one English and one Arabic paragraph) with hyperfine when it is installed
# (apt-get install hyperfine), else with a loop of /usr/bin/time.
#
# usage: bench/startup.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bitext="$root/bitext"
jsa="$root/target/bitext.jsa"
work="$(mktemp -d /tmp/bitext-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT
printf 'The army left the base on Monday.\n\nغادر الجيش القاعدة يوم الاثنين.\n' >"$work/small.txt"
expected="$("$bitext" --version)"

check() { # NAME: the version and one aligned row, whatever the archive's state
  local got rows
  got="$("$bitext" --version 2>"$work/err")" || { echo "FAIL $1: exit $?" >&2; cat "$work/err" >&2; exit 1; }
  [ "$got" = "$expected" ] && [ ! -s "$work/err" ] || { echo "FAIL $1: '$got' $(cat "$work/err")" >&2; exit 1; }
  rows="$("$bitext" align "$work/small.txt" -o - --quiet 2>"$work/err" | wc -l)"
  [ "$rows" = 1 ] && [ ! -s "$work/err" ] || { echo "FAIL $1: $rows rows; $(cat "$work/err")" >&2; exit 1; }
  echo "ok   $1"
}
check "archive present"
rm -f "$jsa"; check "archive missing (made again)"
[ -f "$jsa" ] || { echo "FAIL: the archive was not made again" >&2; exit 1; }
rm -f "$jsa"; echo "not an archive" >"$jsa"; touch "$jsa"; check "archive damaged"
rm -f "$jsa"; cp "$root/target/bitext.jar" "$jsa"; touch -d '2000-01-01' "$jsa"; check "archive stale (older than the jar)"
BITEXT_CDS=0 check "archive switched off (BITEXT_CDS=0)"
rm -f "$jsa"; "$bitext" --version >/dev/null   # leave a good archive behind
echo

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 3 -r 20 "$bitext --version" "env BITEXT_CDS=0 $bitext --version"
  hyperfine -N -w 2 -r 10 "$bitext align $work/small.txt -o - --quiet" \
    "env BITEXT_CDS=0 $bitext align $work/small.txt -o - --quiet"
else
  for cmd in "--version" "align $work/small.txt -o - --quiet"; do
    for i in 1 2 3 4 5; do /usr/bin/time -f "%e s  bitext $cmd" "$bitext" $cmd >/dev/null; done
  done
fi
