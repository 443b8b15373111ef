#!/bin/sh
# gen-grammar.sh KWLIST IN.y OUT.y - writes the grammar that bison reads:
# IN.y with the keyword lists of KWLIST (src/parser/kwlist.h) put in place
# of three markers, each replaced on its own line (so that line numbers,
# and bison's messages, stay those of IN.y):
#   @SC_KEYWORD_TOKENS@   %token K_ACTION "action" K_ALWAYS "always" ...
#   @SC_KEYWORDS_NAME@    K_ACTION | K_ALWAYS | ...   (kind SC_KW_NAME)
#   @SC_KEYWORDS_ALL@     every keyword, joined by " | "
# Fails (and writes nothing) when the list is not sorted by word, holds a
# word twice, names a token other than K_ + the word in capitals, gives an
# unknown kind, or when IN.y lacks a marker.
set -eu
kwlist=${1:?usage: gen-grammar.sh KWLIST IN.y OUT.y}
in=${2:?}
out=${3:?}
awk -v kwlist="$kwlist" '
function fail(msg) { print kwlist ":" line ": " msg > "/dev/stderr"; bad = 1; exit 1 }
BEGIN {
    n = 0
    while ((getline l < kwlist) > 0) {
        line++
        if (l !~ /^SC_KEYWORD\(/)
            continue
        if (!match(l, /^SC_KEYWORD\("[a-z_]+", K_[A-Z_]+, SC_KW_(NAME|NOT_COLUMN|RESERVED)\)$/))
            fail("expected SC_KEYWORD(\"word\", K_WORD, SC_KW_NAME|SC_KW_NOT_COLUMN|SC_KW_RESERVED)")
        split(l, f, /[(", )]+/)
        word = f[2]; tok = f[3]; kind = f[4]
        if (tok != "K_" toupper(word))
            fail("the token of \"" word "\" must be K_" toupper(word))
        if (n > 0 && word <= words[n])
            fail("\"" word "\" is out of order or twice (the list is sorted, for the lookup)")
        n++
        words[n] = word; toks[n] = tok; kinds[n] = kind
    }
    if (n == 0) { line = 0; fail("no keywords") }
    tokens = "%token"; names = ""; all = ""
    for (i = 1; i <= n; i++) {
        tokens = tokens " " toks[i] " \"" words[i] "\""
        all = all (i > 1 ? " | " : "") toks[i]
        if (kinds[i] == "SC_KW_NAME")
            names = names (names != "" ? " | " : "") toks[i]
    }
}
/@SC_KEYWORD_TOKENS@/ { sub(/@SC_KEYWORD_TOKENS@/, tokens); seen_t = 1 }
/@SC_KEYWORDS_NAME@/  { sub(/@SC_KEYWORDS_NAME@/, names); seen_n = 1 }
/@SC_KEYWORDS_ALL@/   { sub(/@SC_KEYWORDS_ALL@/, all); seen_a = 1 }
{ print }
END {
    if (bad)
        exit 1
    if (!seen_t || !seen_n || !seen_a) {
        print FILENAME ": a marker @SC_KEYWORD_TOKENS@, @SC_KEYWORDS_NAME@ or @SC_KEYWORDS_ALL@ is missing" > "/dev/stderr"
        exit 1
    }
}' "$in" >"$out.tmp" || { rm -f "$out.tmp"; exit 1; }
mv "$out.tmp" "$out"
