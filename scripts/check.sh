#!/bin/sh
# check.sh - `make check`: build (plain and ASan+UBSan), start a throwaway
# PostgreSQL cluster, run every test suite against both builds, stop the
# cluster whatever happens, and end with "N passed, M failed, K skipped"
# (a skip is never counted as a pass).
set -eu
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)
make --no-print-directory -j"$jobs" BUILD=build all unit >/dev/null
make --no-print-directory -j"$jobs" BUILD=build-asan SAN=1 all unit >/dev/null
make --no-print-directory -j"$jobs" BUILD=build-fuzz CC=clang FUZZ=1 fuzz-build >/dev/null

tmp=$(mktemp -d "${TMPDIR:-/tmp}/schemac-check.XXXXXX")
chmod 755 "$tmp"
pgdir="$tmp/pg"
cleanup() {
    scripts/pg-cluster.sh stop "$pgdir" || true
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

env_line=$(scripts/pg-cluster.sh start "$pgdir")
# shellcheck disable=SC2086
export $env_line
export SCHEMAC_TEST_TMP="$tmp"

status=0
tests/run.sh build "plain" >"$tmp/plain.out" 2>&1 || status=1
cat "$tmp/plain.out"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    tests/run.sh build-asan "asan" >"$tmp/asan.out" 2>&1 || status=1
cat "$tmp/asan.out"

# each libFuzzer target for a fixed number of inputs from a fixed seed, so
# that the result does not depend on the machine (scripts/fuzz.sh says how;
# `make fuzz` explores longer)
FUZZ_RUNS=${CHECK_FUZZ_RUNS:-20000} scripts/fuzz.sh build-fuzz 0 >"$tmp/fuzz.out" 2>&1 || status=1
cat "$tmp/fuzz.out"

sum() {
    cat "$tmp/plain.out" "$tmp/asan.out" "$tmp/fuzz.out" |
        sed -n "s/^suite .*: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped\$/\\$1/p" |
        awk '{s+=$1} END {print s+0}'
}
passed=$(sum 1)
failed=$(sum 2)
skipped=$(sum 3)
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
