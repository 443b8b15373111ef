#!/bin/sh
# errors.sh - every DSL error case: tests/errors/<case>.sch (or the folder
# tests/errors/<case>/) must fail with exit code 3 (input error) and print
# exactly tests/errors/<case>.err on stderr: message, file:line:col, the
# source line, the caret under the offending token and any hint.
#
# Runs tests/tools/sc_check (sc_load_schema + sc_diag_format), so that the
# DSL's messages are tested whatever state the CLI is in, and `schemac
# compile` on each case too when the binary exists.
. "$(dirname "$0")/../lib.sh"
tool=${SCHEMAC_BUILD:?run through tests/run.sh}/tools/sc_check
cd "$ROOT" || exit 1

for input in tests/errors/*.sch tests/errors/*/; do
    [ -e "$input" ] || continue
    case=${input%/}
    case=${case%.sch}
    name=$(basename "$case")
    "$tool" "${input%/}" >"$T/out" 2>"$T/err"
    check_eq "errors/$name exits 3" 3 "$?"
    if [ -f "$case.err" ]; then
        check_files "errors/$name message" "$case.err" "$T/err"
    else
        not_ok "errors/$name has no expected $case.err"
    fi
    check_eq "errors/$name prints nothing on stdout" "" "$(cat "$T/out")"
    # `schemac compile` shows the same diagnostics and exits 3 (when built).
    if [ -x "$SCHEMAC" ]; then
        "$SCHEMAC" compile "${input%/}" >"$T/cout" 2>"$T/cerr"
        check_eq "errors/$name: schemac compile exits 3" 3 "$?"
        check_files "errors/$name: schemac compile message" "$case.err" "$T/cerr"
    fi
done

# The same messages for a path given with ./ in front: the path is the user's.
"$tool" ./tests/errors/unknown_index_column.sch 2>"$T/err"
check_eq "error path is printed as given" \
    "./tests/errors/unknown_index_column.sch:5:25: error: unknown column \"emial\" in index \"ix_users_email\"" \
    "$(head -n 1 "$T/err")"

# A missing file is an I/O error (exit 7), not an input error.
"$tool" tests/errors/no_such_file.sch 2>"$T/err"
check_eq "missing file exits 7" 7 "$?"

# What SQLite cannot express is located as any DSL error: a `schema X { }`
# block refused by `compile --dialect sqlite` points at the block's name.
if [ -x "$SCHEMAC" ]; then
    printf 'table a {\n  id integer primary key\n}\n\nschema sales {\n  table orders {\n    id integer primary key\n  }\n}\n' \
        >"$T/sales.sch"
    "$SCHEMAC" compile "$T/sales.sch" --dialect sqlite >"$T/cout" 2>"$T/cerr"
    check_eq "sqlite: a schema block: compile exits 6" 6 "$?"
    cat >"$T/want" <<WANT
$T/sales.sch:5:8: error: schema "sales": SQLite has no schemas
    5 | schema sales {
      |        ^~~~~
      hint: SQLite's main database is schema "public"; leave objects unqualified
WANT
    head -n 4 "$T/cerr" >"$T/got"
    check_files "sqlite: a schema block: the error has file:line:col and a caret" "$T/want" "$T/got"
fi
