#!/usr/bin/env bash
# Cold-start figures of the built launcher: hyperfine (>= 20 runs, after 3 warm-ups that let
# the OS cache files) for the main invocations, then peak RSS of each from /usr/bin/time -v.
# Builds the launcher first unless SKIP_BUILD=1. Needs hyperfine (apt-get install hyperfine).
# Usage: tests/bench/cold-start.sh [RUNS]      Results: tests/target/bench/cold-start.md
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q package -DskipTests -Dinsomnia.sanitize.skip=true -pl cli -am >/dev/null
fi
launcher=$PWD/cli/target/bin/insomnia-pod
out=tests/target/bench
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export INSOMNIA_CONFIG_DIR=$scratch/config INSOMNIA_DATA_DIR=$scratch/data
mkdir -p "$scratch/workspace"
cd "$scratch/workspace"

# names must not start with '-' (hyperfine would read them as its own options)
names=("insomnia-pod --profile default --dry-run --json" "insomnia-pod profiles list"
       "insomnia-pod --version")
commands=("$launcher --profile default --dry-run --json" "$launcher profiles list" "$launcher --version")
args=()
for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
hyperfine -N --warmup 3 --runs "$runs" --export-json "$scratch/cold.json" "${args[@]}" >&2

{
  echo "| invocation | median | min | max | peak RSS |"
  echo "|---|---|---|---|---|"
  for i in "${!names[@]}"; do
    read -r median min max < <(python3 - "$scratch/cold.json" "$i" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["times"]
print("%.1f %.1f %.1f" % (statistics.median(r) * 1e3, min(r) * 1e3, max(r) * 1e3))
PY
)
    # shellcheck disable=SC2086
    rss=$( (/usr/bin/time -v ${commands[$i]} >/dev/null) 2>&1 | awk -F: '/Maximum resident/ {print $2}' | tr -d ' ')
    mib=$(awk -v kib="$rss" 'BEGIN { printf "%.1f", kib / 1024 }')
    printf '| `%s` | %s ms | %s ms | %s ms | %s MiB |\n' "${names[$i]}" \
      "$median" "$min" "$max" "$mib"
  done
} | tee "$OLDPWD/$out/cold-start.md"
