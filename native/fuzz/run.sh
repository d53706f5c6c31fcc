#!/usr/bin/env bash
# run.sh: builds the libFuzzer targets with clang (ASan+UBSan) and runs each for SECONDS.
#
#   native/fuzz/run.sh [SECONDS]        (default 60 per target)
#
# Environment:
#   FUZZ_BUILD_DIR  the clang build directory (default native/target/fuzz)
#   FUZZ_WORK_DIR   where new corpus entries and crash reproducers go (default
#                   FUZZ_BUILD_DIR/work); never the source tree
#   FUZZ_TARGETS    which targets to run (default "fuzz_eval fuzz_pattern")
#   FUZZ_SEED_DIRS  extra seed directories for fuzz_eval (default: native/tests/cases and
#                   the hostile corpus tests/hostile; the slowest hostile cases take up to a
#                   second each under the sanitizers)
#   CI              when set, a missing clang or libFuzzer runtime is an error; otherwise
#                   the run is skipped with a message
#
# Seeds: the checked-in native/fuzz/corpus/<target>/ and, for fuzz_eval, FUZZ_SEED_DIRS, all
# read-only; what the fuzzer finds goes to FUZZ_WORK_DIR/corpus/<target>/, which later runs
# start from. Exits non-zero on the first crash, sanitizer report, leak, timeout or
# out-of-memory, and prints the reproducer.
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: $0 [SECONDS]   (per target, at least 1)" >&2
  exit 2
fi

fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
native_dir="$(dirname "$fuzz_dir")"
repo_dir="$(dirname "$native_dir")"
build_dir="${FUZZ_BUILD_DIR:-$native_dir/target/fuzz}"
work_dir="${FUZZ_WORK_DIR:-$build_dir/work}"
targets="${FUZZ_TARGETS:-fuzz_eval fuzz_pattern}"
seed_dirs="${FUZZ_SEED_DIRS-$native_dir/tests/cases $repo_dir/tests/hostile}"

# The compiler: libFuzzer exists only in clang. Outside CI a machine without it skips.
cc="${FUZZ_CC:-$(command -v clang || true)}"
skip_or_fail() {
  if [ -n "${CI:-}" ]; then
    echo "fuzz: $1 (required in CI)" >&2
    exit 1
  fi
  echo "fuzz: SKIPPED: $1. Debian: apt-get install clang libclang-rt-dev" >&2
  exit 0
}
[ -n "$cc" ] || skip_or_fail "clang is not installed"
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
printf '%s\n' 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)' \
  '{ (void)d; (void)n; return 0; }' >"$probe/probe.c"
"$cc" -fsanitize=fuzzer,address,undefined "$probe/probe.c" -o "$probe/probe" 2>/dev/null ||
  skip_or_fail "$cc cannot link -fsanitize=fuzzer (clang needs its libFuzzer runtime)"

echo "fuzz: building in $build_dir with $cc"
cmake -S "$native_dir" -B "$build_dir" -DCMAKE_C_COMPILER="$cc" -DINSOMNIA_FUZZ=ON >/dev/null
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" >/dev/null

status=0
for target in $targets; do
  name="${target#fuzz_}"
  corpus="$work_dir/corpus/$name"
  artifacts="$work_dir/artifacts/$name"
  mkdir -p "$corpus" "$artifacts"
  seeds=("$fuzz_dir/corpus/$name")
  if [ "$target" = fuzz_eval ]; then
    for dir in $seed_dirs; do seeds+=("$dir"); done
  fi
  echo "fuzz: $target for ${seconds}s (new corpus: $corpus)"
  log="$work_dir/$name.log"
  # The first directory receives new inputs; the seeds are only read. -timeout is far above
  # any evaluation's own 250 ms limit: hitting it means the limits did not hold.
  set +e
  "$build_dir/$target" -dict="$fuzz_dir/lua.dict" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" \
    "$corpus" "${seeds[@]}" >"$log" 2>&1
  rc=$?
  set -e
  grep -aE '^stat::|DONE|INITED' "$log" | tail -n 12 || true
  if [ "$rc" -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $rc); log: $log" >&2
    grep -aE 'ERROR|SUMMARY|broken promise|differs' "$log" | head -n 10 >&2 || true
    grep -aoE 'Test unit written to .*' "$log" | sed 's/^Test unit written to //' |
      while read -r reproducer; do
        echo "fuzz: reproducer: $reproducer" >&2
        echo "fuzz:   replay with: $build_dir/$target $reproducer" >&2
      done
    status=1
  fi
done
exit "$status"
