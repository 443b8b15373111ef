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
    # getopt_long's table: {"name", required_argument, ...}
    opts=$(sed -n 's/^ *{"\([-a-z]*\)", \(no\|required\)_argument.*/--\1/p' "$SRC/${pair#*:}" |
        grep -v -x -e --help | sort -u)
    check "$cmd: its option table was read" test -n "$opts"
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

# ---- item 9: Alembic's spellings get a hint ----
mkdir -p "$T/al" && cd "$T/al" || exit 1
$SCHEMAC init m >/dev/null
$SCHEMAC revision --autogenerate -m "x" >/dev/null 2>"$T/al1.err"
check_eq "revision --autogenerate: exit 2" "2" "$?"
check "... with the hint: diff -m" grep -q "hint: schemac autogenerates with \`schemac diff -m MSG\`" "$T/al1.err"
$SCHEMAC edit 1a2b >/dev/null 2>"$T/al2.err"
check "alembic edit: a hint" grep -q "hint: open the file in your editor: \`schemac show REV\` prints its path" "$T/al2.err"
$SCHEMAC ensure_version >/dev/null 2>"$T/al3.err"
check "alembic ensure_version: a hint" grep -q "hint: \`schemac upgrade\` and \`schemac stamp\` create the version table" "$T/al3.err"
cd "$T" || exit 1

# ---- item 9: make install: the program, the manual page, the completions ----
make -s -C "$ROOT" -o "$SCHEMAC" install BIN="$SCHEMAC" DESTDIR="$T/inst" PREFIX=/usr >"$T/inst.out" 2>&1
check_eq "make install DESTDIR=... PREFIX=/usr" "0" "$?"
for f in bin/schemac share/man/man1/schemac.1 share/bash-completion/completions/schemac share/zsh/site-functions/_schemac; do
    check "installs $f" test -s "$T/inst/usr/$f"
done
MAN="$T/inst/usr/share/man/man1/schemac.1"
groff -man -Tutf8 -ww "$MAN" >"$T/man.txt" 2>"$T/man.err"
check_eq "the manual page renders without warnings" "" "$(cat "$T/man.err")"
missing=
for c in compile inspect diff init revision upgrade downgrade current history show heads branches merge stamp check; do
    grep -q "^\.SS \"*$c\b\|^\.SS \"heads .*and \"branches" "$MAN" 2>/dev/null || grep -q "^\.SS \".*\b$c\b" "$MAN" ||
        missing="$missing $c"
done
check_eq "the manual page has every command" "" "$missing"
# bash: what completing a word offers
complete_words() {
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _schemac; echo "${COMPREPLY[*]}"' \
        _ "$T/inst/usr/share/bash-completion/completions/schemac" "$@"
}
check_eq "bash completes commands" "upgrade" "$(complete_words schemac up)"
check "bash completes a command's options" sh -c "echo '$(complete_words schemac upgrade --s)' | grep -q -- '--strict'"
check_eq "bash completes --dialect's values" "postgresql" "$(complete_words schemac compile --dialect po)"
missing=
while read -r cmd opts; do
    offered=" $(complete_words schemac "$cmd" -) "
    for o in $opts; do case $offered in *" $o "*) ;; *) missing="$missing $cmd:$o" ;; esac; done
done <"$T/wf.opts"
check_eq "bash completion offers every option of the workflow commands" "" "$missing"
missing=
while read -r cmd opts; do
    for o in $opts; do grep -q -- "'$o\\[\\|{$o,\\|,$o}\\|'$o'" "$T/inst/usr/share/zsh/site-functions/_schemac" || missing="$missing $cmd:$o"; done
done <"$T/wf.opts"
check_eq "zsh completion names every option of the workflow commands" "" "$missing"
