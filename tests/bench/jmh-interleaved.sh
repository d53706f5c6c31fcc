#!/usr/bin/env bash
# JMH benchmarks of two builds, run alternately (A, B, A, B, ...) so that both see the same
# machine speed: how docs/performance.md compares a change with the build before it when the
# change is smaller than this machine's minute-to-minute drift. Each DIR is a checkout in
# which tests/bench/jmh.sh has run once (it builds the benchmarks and writes their class path
# to tests/target/classpath.txt), e.g. `git worktree add /tmp/before COMMIT`. Prints each
# benchmark's median (p50, µs) per round and build.
# Usage: tests/bench/jmh-interleaved.sh DIR_A DIR_B [ROUNDS] -- FILTER [JMH options]
#   e.g. tests/bench/jmh-interleaved.sh /tmp/before . 3 -- 'LargeProfileBenchmark.pipeline$' \
#          -p fields=2000 -p modules=20 -f 1 -wi 2 -w 1s -i 3 -r 2s
set -euo pipefail
[ $# -ge 4 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
a=$(cd "$1" && pwd) b=$(cd "$2" && pwd)
shift 2
rounds=3
if [ "$1" != "--" ]; then rounds=$1; shift; fi
[ "${1:-}" = "--" ] && shift
for dir in "$a" "$b"; do
  [ -f "$dir/tests/target/classpath.txt" ] || {
    echo "no benchmarks built in $dir: run tests/bench/jmh.sh there once" >&2
    exit 2
  }
done
for round in $(seq 1 "$rounds"); do
  for dir in "$a" "$b"; do
    medians=$(cd "$dir" && java --enable-native-access=ALL-UNNAMED \
      -cp "tests/target/classes:$(cat tests/target/classpath.txt)" org.openjdk.jmh.Main "$@" \
      2>&1 | awk '$1 ~ /:p0\.50$/ { sub(/:p0\.50$/, "", $1); printf "%s %s  ", $1, $(NF-1) }')
    echo "round $round  $dir:  ${medians:-no result (run it by hand to see why)}"
  done
done
