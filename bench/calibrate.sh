#!/usr/bin/env bash
# How fast this machine is today, independent of bitext's code (bench/calibrate/MachineSpeed.java:
# a cache-missing memory read, an exp, a string-keyed HashMap get; best of three rounds, one core).
# The virtual machines these benchmarks run on have run up to twice as slow on some days; quote
# this line with any timing so that figures of different days can be compared. About 10 s.
#
# usage: bench/calibrate.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
taskset -c 0 java -Xmx1g -XX:+UseSerialGC "$here/calibrate/MachineSpeed.java"
