#!/usr/bin/env bash
# Runs the JMH benchmarks of tests/ (all, or those matching $1), after building what they
# need. Extra arguments go to JMH, e.g.: tests/bench/jmh.sh Engine -f 1 -wi 3 -i 5
# Numbers are published in docs/performance.md with the command that produced them.
set -euo pipefail
cd "$(dirname "$0")/../.."
# one reactor run: package what the benchmarks need, then write each module's class path
# (reactor artifacts resolve to their freshly built jars)
mvn -B -q package dependency:build-classpath -DskipTests -Dinsomnia.sanitize.skip=true \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl tests -am >/dev/null
cp=$(cat tests/target/classpath.txt)
filter=${1:-.}
shift || true
exec java --enable-native-access=ALL-UNNAMED \
  -cp "tests/target/classes:$cp" \
  org.openjdk.jmh.Main "$filter" "$@"
