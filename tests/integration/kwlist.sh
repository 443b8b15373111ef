#!/bin/sh
# kwlist.sh - scripts/gen-grammar.sh, which writes the keywords of the one
# list (src/parser/kwlist.h) into the grammar, refuses a broken list: out
# of order, twice, a token not named after its word, an unknown kind, a
# grammar without its markers. And the real list goes through.
. "$(dirname "$0")/../lib.sh"
cd "$ROOT" || exit 1
gen=scripts/gen-grammar.sh

check "the real keyword list writes the grammar" $gen src/parser/kwlist.h grammar/schemac.y "$T/ok.y"
check_eq "no marker is left" 0 "$(grep -c '@SC_KEYWORD' "$T/ok.y")"
check_eq "as many lines as grammar/schemac.y" "$(wc -l <grammar/schemac.y)" "$(wc -l <"$T/ok.y")"
check_eq "one %token per keyword" "$(grep -c '^SC_KEYWORD(' src/parser/kwlist.h)" \
    "$(grep '^%token K_ACTION' "$T/ok.y" | tr ' ' '\n' | grep -c '^K_')"

bad() {   # bad NAME LIST-LINES...: the list must be refused
    _n=$1; shift
    printf '%s\n' "$@" >"$T/kw.h"
    check_exit "refused: $_n" 1 $gen "$T/kw.h" grammar/schemac.y "$T/bad.y"
}
bad "out of order" 'SC_KEYWORD("b", K_B, SC_KW_NAME)' 'SC_KEYWORD("a", K_A, SC_KW_NAME)'
bad "a word twice" 'SC_KEYWORD("a", K_A, SC_KW_NAME)' 'SC_KEYWORD("a", K_A, SC_KW_RESERVED)'
bad "token not named after the word" 'SC_KEYWORD("view", K_VIEWS, SC_KW_NAME)'
bad "unknown kind" 'SC_KEYWORD("view", K_VIEW, SC_KW_MAYBE)'
bad "malformed line" 'SC_KEYWORD("view" K_VIEW SC_KW_NAME)'
bad "empty list" '/* nothing */'
check_eq "nothing written when refused" "" "$(ls "$T/bad.y" 2>/dev/null)"
printf '%s\n' 'SC_KEYWORD("a", K_A, SC_KW_NAME)' >"$T/kw.h"
printf '%s\n' '%token @SC_KEYWORD_TOKENS@' >"$T/nomarkers.y"
check_exit "refused: grammar without its markers" 1 $gen "$T/kw.h" "$T/nomarkers.y" "$T/bad.y"
