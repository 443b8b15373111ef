#!/bin/sh
# help.sh - what a new user reads (issue 14 items 8 and 9): every command's
# --help documents every option its parser takes (read from the sources, so
# that an option added without its help fails here), `diff --help` leads
# with --from/--to, `diff` alone says what it needs, Alembic's spellings get
# a hint, and `make install` puts the man page and the completions in place.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

SRC="$ROOT/src/cli"

# ---- item 8: every option documented ----
# the workflow commands: their table in cmd_workflow.c ({"name", "options", ...)
sed -n 's/^    {"\([a-z]*\)", "\([^"]*\)", [0-9].*/\1 \2/p' "$SRC/cmd_workflow.c" >"$T/wf.opts"
check "the workflow commands' table was read" test "$(wc -l <"$T/wf.opts")" -ge 13
while read -r cmd opts; do
    $SCHEMAC "$cmd" --help >"$T/h.out" 2>&1
    missing=
    for o in $opts -c --config; do grep -q -- "$o\\b" "$T/h.out" || missing="$missing $o"; done
    check_eq "$cmd --help documents all its options" "" "$missing"
done <"$T/wf.opts"
# compile, inspect, diff --from/--to: the options their parsers compare against
for pair in compile:cmd_compile.c inspect:cmd_inspect.c diff:cmd_diff.c; do
    cmd=${pair%%:*}
    opts=$(grep -o '"-[-a-z]*"' "$SRC/${pair#*:}" | tr -d '"' | grep -v -x -e -h -e --help | sort -u)
    $SCHEMAC "$cmd" --help >"$T/h.out" 2>&1
    missing=
    for o in $opts; do grep -q -- "$o\\b" "$T/h.out" || missing="$missing $o"; done
    check_eq "$cmd --help documents all its options" "" "$missing"
done
check_eq "diff --help leads with the --from/--to form" \
    "usage: schemac diff --from SRC --to DST [--sql] [--down] [--json] [--dialect D]" \
    "$($SCHEMAC diff --help | head -n 1)"
check "diff --help also shows the -m form" sh -c "$SCHEMAC diff --help | grep -q '^usage: schemac diff -m MSG'"
$SCHEMAC diff >"$T/d.out" 2>"$T/d.err"
check_eq "diff alone: exit 2" "2" "$?"
check "... saying what it needs: --from/--to or -m" \
    sh -c "grep -q 'schemac diff --from SRC --to DST' '$T/d.err' && grep -q 'schemac diff -m MSG' '$T/d.err'"
$SCHEMAC diff --sql >/dev/null 2>"$T/d2.err"
check "diff --sql without sources says what it needs" grep -q "needs --from SRC and --to DST (or -m MSG" "$T/d2.err"
