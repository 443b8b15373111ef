#!/bin/sh
# fuzz.sh BUILD SECONDS [TARGET...] - runs each libFuzzer target of BUILD
# (built by `make fuzz`, FUZZ=1 CC=clang) for SECONDS, starting from the
# seed corpus (scripts/fuzz-corpus.sh) and the inputs it kept from earlier
# runs (BUILD/corpus-work/TARGET). A crash, leak or sanitizer report is a
# failure: its input is saved as BUILD/crashes/TARGET-*, to be added to
# tests/fuzz/regress/TARGET/ once fixed. Prints per target
#   suite fuzz/TARGET: 1 passed, 0 failed, 0 skipped   (plus the executions run)
# and exits 1 when any target failed.
set -u
cd "$(dirname "$0")/.."
build=${1:?usage: fuzz.sh BUILD SECONDS [TARGET...]}
secs=${2:-60}
shift 2 2>/dev/null || shift $#
targets=${*:-$(cd "$build/fuzz" && ls fuzz_* 2>/dev/null | grep -v "\.d$" | sed 's/^fuzz_//')}
[ -n "$targets" ] || { echo "fuzz.sh: no targets in $build/fuzz (make fuzz builds them)" >&2; exit 1; }

# FUZZ_RUNS=N: N inputs from a fixed seed instead of SECONDS of random ones,
# so that a run (make check's) is the same on every machine: a failure there
# is a bug found, never a roll of the dice.
# A fixed seed alone is not enough: libFuzzer also mutates with the values
# it saw compared (-use_cmp), and some of those are addresses, which differ
# from one machine (and one address-space layout) to the next; make check
# once failed on a CI machine on an input this machine never reached. So a
# FUZZ_RUNS run turns comparison tracing off and the layout randomisation
# too (setarch -R), and the timed re-reading of the corpus folder
# (-reload), leaving the coverage of the inputs as the only feedback.
norandom=""
if [ -n "${FUZZ_RUNS:-}" ]; then
    limit="-runs=$FUZZ_RUNS -seed=1 -use_cmp=0 -use_memmem=0 -use_value_profile=0 -reload=0"
    setarch "$(uname -m)" -R true 2>/dev/null && norandom="setarch $(uname -m) -R"
else
    limit="-max_total_time=$secs"
fi
scripts/fuzz-corpus.sh "$build/corpus-seed"
mkdir -p "$build/crashes"
rc=0
for t in $targets; do
    bin="$build/fuzz/fuzz_$t"
    work="$build/corpus-work/$t"
    log="$build/fuzz-$t.log"
    mkdir -p "$work"
    # the inputs that once crashed come first: they must pass before anything else
    regress=""
    [ -d "tests/fuzz/regress/$t" ] && regress="tests/fuzz/regress/$t"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        $norandom "$bin" $limit -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/crashes/$t-" \
        "$work" "$build/corpus-seed/$t" $regress >"$log" 2>&1
    code=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$code" -eq 0 ]; then
        echo "suite fuzz/$t: 1 passed, 0 failed, 0 skipped"
    else
        rc=1
        # what broke: the sanitizer's or the round-trip oracle's words, the
        # stack, and the input itself (base64), so that a failure on another
        # machine can be replayed here: base64 -d > x; build/replay/fuzz_T x
        awk '/ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error/ { for (i = NR - 20; i < NR; i++) if (i > 0) print before[i % 20]; exit } { before[NR % 20] = $0 }' "$log" |
            grep -v '^#[0-9]' | head -n 20
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written|^    #[0-9]' "$log" | head -n 40
        for crash in "$build/crashes/$t-"*; do
            [ -f "$crash" ] || continue
            echo "input $crash (base64):"
            head -c 4096 "$crash" | base64 -w 76
        done
        echo "suite fuzz/$t: 0 passed, 1 failed, 0 skipped"
    fi
    if [ -n "${FUZZ_RUNS:-}" ]; then how="from seed 1"; else how="in ${secs}s"; fi
    echo "  ($t: ${execs:-0} executions $how; log $log)"
done
exit $rc
