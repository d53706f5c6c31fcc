#!/usr/bin/env bash
# Cold start of two builds of the launcher, run alternately (A, B, A, B, ...) so that both see
# the same machine load: how docs/performance.md decides start-up changes whose effect is
# smaller than this machine's minute-to-minute noise. Each DIR is a copy of a build's
# cli/target (cp -r cli/target /tmp/A); its class-data archive is retrained in place first,
# since an archive only matches the jar paths it was trained on.
# Usage: tests/bench/cold-interleaved.sh DIR_A DIR_B [RUNS] [-- ARGS...]
#        (default: 40 runs each of --profile default --dry-run --json)
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
a=$(cd "$1" && pwd) b=$(cd "$2" && pwd)
shift 2
runs=40
if [ $# -gt 0 ] && [ "$1" != "--" ]; then runs=$1; shift; fi
[ "${1:-}" = "--" ] && shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--profile default --dry-run --json)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export INSOMNIA_CONFIG_DIR=$scratch/config INSOMNIA_DATA_DIR=$scratch/data

for dir in "$a" "$b"; do
  [ -x "$dir/bin/insomnia-pod" ] || { echo "no launcher in $dir/bin" >&2; exit 2; }
  # as cli/pom.xml writes it: a class list from one run, then a static archive
  rm -f "$dir/lib/insomnia.jsa"
  java -XX:DumpLoadedClassList="$scratch/classes.lst" -XX:+UseG1GC -XX:TieredStopAtLevel=1 \
    -XX:CICompilerCount=1 -jar "$dir/lib/insomnia-cli.jar" --profile default --dry-run --json \
    >/dev/null 2>&1
  java -Xshare:dump -XX:SharedClassListFile="$scratch/classes.lst" \
    -XX:SharedArchiveFile="$dir/lib/insomnia.jsa" -XX:+UseG1GC \
    -jar "$dir/lib/insomnia-cli.jar" >/dev/null 2>&1
done

for _ in $(seq "$runs"); do
  for side in A B; do
    dir=$a; [ "$side" = B ] && dir=$b
    start=$(date +%s%N)
    "$dir/bin/insomnia-pod" "${args[@]}" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "$side $(((end - start) / 1000))"
  done
done >"$scratch/times"

python3 - "$scratch/times" "$a" "$b" <<'PY'
import statistics, sys
times = {"A": [], "B": []}
for line in open(sys.argv[1]):
    side, us = line.split()
    times[side].append(int(us) / 1000)
for side, path in (("A", sys.argv[2]), ("B", sys.argv[3])):
    t = sorted(times[side])
    q = len(t) // 4
    print(f"{side} {path}: median {statistics.median(t):.1f} ms, "
          f"p25 {t[q]:.1f}, p75 {t[-q - 1]:.1f}, min {t[0]:.1f} ({len(t)} runs)")
PY
