#!/bin/sh
# valgrind.sh - the parser and the compiler are leak-free and clean under
# valgrind (issue 3), on the example schemas and on every DSL error case
# (error recovery must free what it built). The plain build only: valgrind
# cannot run a binary built with AddressSanitizer.
. "$(dirname "$0")/../lib.sh"
cd "$ROOT" || exit 1

case $SCHEMAC_BUILD in
*asan*) echo "ok - valgrind # SKIP: sanitizer build (ASan and valgrind exclude each other)"; exit 0 ;;
esac
command -v valgrind >/dev/null 2>&1 || { not_ok "valgrind is installed (scripts/deps.sh installs it)"; exit 0; }

vg() {   # vg NAME EXPECTED_EXIT ARGS...: no error, no leak, the expected exit code
    _n=$1; _e=$2; shift 2
    valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect "$SCHEMAC" "$@" >"$T/vg.out" 2>"$T/vg.err"
    _r=$?
    if [ "$_r" -eq "$_e" ]; then ok "valgrind: $_n"; else
        not_ok "valgrind: $_n (exit $_r, expected $_e)"; grep -E '==[0-9]+==' "$T/vg.err" | head -n 30 | sed 's/^/#   /'; fi
}

for s in schemas/*.sch schemas/pg/*.sch; do
    vg "compile $s --dialect postgresql" 0 compile "$s" --dialect postgresql
    vg "compile $s --json" 0 compile "$s" --json
done
vg "compile schemas/shop.sch --dialect sqlite" 0 compile schemas/shop.sch --dialect sqlite
vg "compile schemas/pg/analytics.sch --dialect sqlite (unsupported)" 6 compile schemas/pg/analytics.sch --dialect sqlite
for e in tests/errors/*.sch; do
    vg "error case $(basename "$e")" 3 compile "$e"
done
