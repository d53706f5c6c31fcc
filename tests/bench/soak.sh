#!/usr/bin/env bash
# The soak of docs/security.md ("Soak"): EVALS evaluations in one JVM across THREADS threads
# sharing one engine (the builtin profiles through the whole pipeline, mixed with hostile
# cases that end on limits and errors), sampling RSS, descriptors, threads, the Java heap and
# the engine's native accounting; prints the table and exits non-zero if a criterion fails.
# Usage: tests/bench/soak.sh [EVALS [THREADS]]   (default 100000 8)
# Extra arguments go to the runner (dev.insomnia.soak.Soak), e.g. --rss-bound-mib 16.
# Builds what it needs first unless SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
evals=${1:-100000} threads=${2:-8}
shift $(( $# < 2 ? $# : 2 ))
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # one reactor run, so reactor artifacts resolve to their freshly built jars
  mvn -B -q package dependency:build-classpath -DskipTests -Dinsomnia.sanitize.skip=true \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl tests -am >/dev/null
fi
cp="tests/target/classes:$(cat tests/target/classpath.txt)"
# a fixed, pre-touched heap: its pages are resident from the start, so RSS growth is native
exec java -Xms256m -Xmx256m -XX:+AlwaysPreTouch -XX:NativeMemoryTracking=summary \
  --enable-native-access=ALL-UNNAMED \
  -cp "$cp" dev.insomnia.soak.Soak --evals "$evals" --threads "$threads" \
  --corpus tests/hostile "$@"
