#!/usr/bin/env bash
# Fuzzes the Java fuzz targets (the *FuzzTest classes of the java module) with Jazzer for
# SECONDS each (default 60), one JVM per target, then prints each target's totals.
#
#   tests/fuzz/jazzer.sh [SECONDS] [TARGET...]
#   TARGET: profile-reader selector registry-reader manifest-json pod-store plain-json
#           (default: all)
#
# The corpus Jazzer grows is kept in java/.cifuzz-corpus/ (ignored by git) and reused by the
# next run. A finding is written beside the target's seeds as crash-<sha1> (also ignored):
# fix it, then rename the file to say what it is, so the seed replay keeps it fixed.
# The full log is java/target/fuzz/jazzer.log. Exits non-zero if any target found something.
set -euo pipefail
cd "$(dirname "$0")/../.."

all=(profile-reader selector registry-reader manifest-json pod-store plain-json)
seconds="${1:-60}"
[ $# -gt 0 ] && shift
chosen=("$@")
[ ${#chosen[@]} -eq 0 ] && chosen=("${all[@]}")

skips=()
for target in "${all[@]}"; do
  case " ${chosen[*]} " in
    *" $target "*) ;;
    *) skips+=("-Dinsomnia.fuzz.skip.$target=true") ;;
  esac
done
for target in "${chosen[@]}"; do
  case " ${all[*]} " in
    *" $target "*) ;;
    *) echo "unknown target: $target (one of: ${all[*]})" >&2; exit 2 ;;
  esac
done

log=java/target/fuzz/jazzer.log
mkdir -p "$(dirname "$log")"
echo "fuzzing ${chosen[*]} for ${seconds} s each; log: $log"
set +e
# -DskipTests skips the unit tests and the native tests; the fuzz runs are switched on
# explicitly, and a finding in one does not stop the others.
mvn -B verify -pl java -am -DskipTests -Dinsomnia.sanitize.skip=true \
  -Dinsomnia.fuzz.skip=false -Dinsomnia.fuzz="$seconds" -Dmaven.test.failure.ignore=true \
  "${skips[@]}" >"$log" 2>&1
status=$?
set -e

# One line per target from libFuzzer's final statistics and surefire's verdict.
awk '
  /maven-surefire-plugin:.*:test \(fuzz-/ {
    if (target != "" && target != "seeds") report()
    match($0, /\(fuzz-[a-z-]+\)/); target = substr($0, RSTART + 6, RLENGTH - 7)
    runs = rate = added = "-"; verdict = "no result"
  }
  /Tests are skipped|Skipping execution of surefire/ { target = "" }
  /^stat::number_of_executed_units:/ { runs = $2 }
  /^stat::average_exec_per_sec:/ { rate = $2 }
  /^stat::new_units_added:/ { added = $2 }
  /Tests run: .*, Failures: .*, Errors: .*-- in / {
    verdict = ($0 ~ /FAILURE/) ? "FINDING (see the log)" : "no finding"
  }
  /Test unit written to/ { sub(/.*Test unit written to /, ""); verdict = "FINDING: " $0 }
  function report() {
    printf "%-16s %12s executions %8s exec/s %6s new inputs  %s\n", target, runs, rate, added, verdict
  }
  END { if (target != "" && target != "seeds") report() }
' "$log"

if [ $status -ne 0 ] || grep -q 'Tests run: .*<<< FAILURE' "$log"; then
  echo "fuzzing found something, or the build failed: see $log" >&2
  exit 1
fi
