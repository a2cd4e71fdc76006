#!/usr/bin/env bash
# Builds bitext and the JMH benchmarks, then runs them with short defaults (one fork, 2 warm-up
# iterations of 1 s, 3 measured iterations of 1 s: about 3 minutes for everything on 2 cores).
# Any argument is passed to JMH instead, e.g.
#   bench/jmh/run.sh TextBench                 # one class (a regular expression)
#   bench/jmh/run.sh -f 2 -wi 5 -i 10          # longer, steadier runs
#   bench/jmh/run.sh AlignerBench -p sentences=8000 -prof gc
# The corpora are read at run time from BITEXT_CORPORA (default: ../shared/corpora beside the
# repository); nothing is copied into the repository.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export BITEXT_CORPORA="${BITEXT_CORPORA:-$(cd "$root/.." && pwd)/shared/corpora}"
version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)"

(cd "$root" && mvn -B -q install -DskipTests >&2)
(cd "$here" && mvn -B -q package -Dbitext.version="$version" >&2)

if [ $# -eq 0 ]; then
  set -- -f 1 -wi 2 -w 1s -i 3 -r 1s
fi
exec java -jar "$here/target/benchmarks.jar" "$@"
