#!/usr/bin/env bash
# The native reference for the large-profile benchmarks: evaluates a generated profile
# (dev.insomnia.bench.LargeProfile, the same files LargeProfileBenchmark evaluates) with the
# smoke binary, no JVM: a fresh sandboxed VM per run, host modules from a prelude, local
# modules re-read from disk each time, JSON encoded. No Java validation or resolution.
# Usage: tests/bench/native-large.sh [FIELDS MODULES [RUNS]]   (default 2000 20 2000)
# SMOKE_ARGS=--cache times evaluations from the compiled chunks the first one kept.
# Builds what it needs first unless SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
fields=${1:-2000} modules=${2:-20} runs=${3:-2000}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q package dependency:build-classpath -DskipTests -Dinsomnia.sanitize.skip=true \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl tests -am >/dev/null
fi
cp="tests/target/classes:$(cat tests/target/classpath.txt)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# the host modules as the library serves them: the Lua sources plus the generated catalog
cp -r profiles/src/main/resources/dev/insomnia/profiles/host "$scratch/host"
java -cp "$cp" dev.insomnia.bench.NativeHostModules "$scratch/host" >/dev/null
main=$(java -cp "$cp" dev.insomnia.bench.LargeProfile "$scratch/profile" "$fields" "$modules")
echo "profile: $fields fields, $modules local modules; $runs evaluations" >&2
native/target/cmake/insomnia-lua-smoke --host-modules "$scratch/host" ${SMOKE_ARGS:-} \
  --bench "$runs" "$main"
