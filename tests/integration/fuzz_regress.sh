#!/bin/sh
# fuzz_regress.sh - replays every input that once crashed a fuzz target
# (tests/fuzz/regress/TARGET/*, named after what it found) through that
# target's code, built with a plain main() in every build ($BUILD/replay/):
# it must come back without a crash or a sanitizer report. The fuzz
# targets' own checks (diagnostics without raw control bytes, a model
# against itself gives no operation, ...) abort, so they count here too.
. "$(dirname "$0")/../lib.sh"
cd "$ROOT" || exit 1
replay=${SCHEMAC_BUILD:?run through tests/run.sh}/replay

for dir in tests/fuzz/regress/*/; do
    t=$(basename "$dir")
    for input in "$dir"*; do
        [ -f "$input" ] || continue
        check "fuzz regress $t/$(basename "$input")" "$replay/fuzz_$t" "$input"
    done
done
