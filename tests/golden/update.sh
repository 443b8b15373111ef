#!/bin/sh
# update.sh [SCHEMAC] - regenerates every tests/golden/<case>/expected.*
# from input.sch. Review each changed file by eye (git diff) before
# committing: the goldens are the specification of the output.
#   expected.pg.sql      compile --dialect postgresql
#   expected.sqlite.sql  compile --dialect sqlite, or, when SQLite cannot
#   expected.sqlite.err  express the case, its diagnostics (exit status 6)
#   expected.json        compile --json
set -eu
cd "$(dirname "$0")/../.."
schemac=${1:-${SCHEMAC:-build/schemac}}
for dir in tests/golden/*/; do
    c=tests/golden/$(basename "$dir")
    [ -f "$c/input.sch" ] || continue
    "$schemac" compile "$c/input.sch" --dialect postgresql >"$c/expected.pg.sql"
    "$schemac" compile "$c/input.sch" --json >"$c/expected.json"
    rm -f "$c/expected.sqlite.sql" "$c/expected.sqlite.err"
    rc=0
    "$schemac" compile "$c/input.sch" --dialect sqlite >"$c/expected.sqlite.sql" 2>"$c/expected.sqlite.err" || rc=$?
    if [ "$rc" -eq 0 ]; then
        rm -f "$c/expected.sqlite.err"
    else
        [ "$rc" -eq 6 ] || { echo "$c: sqlite exit $rc" >&2; cat "$c/expected.sqlite.err" >&2; exit 1; }
        rm -f "$c/expected.sqlite.sql"
    fi
    echo "updated $c"
done
