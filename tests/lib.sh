# lib.sh - helpers for the integration tests (sourced; POSIX sh).
#
# Each test prints TAP-style lines: "ok - name" or "not ok - name" followed
# by the evidence. Tests use the real servers: the PostgreSQL cluster that
# scripts/check.sh started (PGHOST/PGPORT in the environment) and real
# SQLite files under a temporary directory.

: "${SCHEMAC:?run through tests/run.sh}"
ROOT=${SCHEMAC_ROOT:-$(pwd)}
T=$(mktemp -d "${SCHEMAC_TEST_TMP:-/tmp}/t.XXXXXX")
chmod 755 "$T"
trap 'rm -rf "$T"' EXIT

ok() { echo "ok - $*"; }
not_ok() { echo "not ok - $*"; }
# skip NAME WHY: TAP's skip ("ok - NAME # SKIP WHY"); tests/run.sh counts it
# apart and lists it, never as a pass. Not for what make check can always
# provide (its PostgreSQL server): a missing server is a failure.
skip() { echo "ok - $1 # SKIP $2"; }

# check NAME CMD...: ok when CMD exits 0.
check() {
    _n=$1; shift
    if "$@" >"$T/check.out" 2>&1; then ok "$_n"; else not_ok "$_n"; sed 's/^/#   /' "$T/check.out"; fi
}

# check_eq NAME EXPECTED ACTUAL
check_eq() {
    if [ "$2" = "$3" ]; then ok "$1"; else
        not_ok "$1"; echo "#   expected: $2"; echo "#   actual:   $3"; fi
}

# check_files NAME EXPECTED_FILE ACTUAL_FILE: byte-identical, else a diff.
check_files() {
    if cmp -s "$2" "$3"; then ok "$1"; else
        not_ok "$1"; diff -u "$2" "$3" | head -n 60 | sed 's/^/#   /'; fi
}

# check_exit NAME CODE CMD...: ok when CMD exits with CODE.
check_exit() {
    _n=$1; _c=$2; shift 2
    "$@" >"$T/check.out" 2>&1
    _r=$?
    if [ "$_r" -eq "$_c" ]; then ok "$_n"; else
        not_ok "$_n (exit $_r, expected $_c)"; sed 's/^/#   /' "$T/check.out" | head -n 30; fi
}

# pg_newdb: creates a fresh database and prints its URL. The counter lives
# in a file because pg_newdb usually runs inside $(...), a subshell.
pg_newdb() {
    _pgdb_n=$(( $(cat "$T/.pgdb_n" 2>/dev/null || echo 0) + 1 ))
    echo "$_pgdb_n" >"$T/.pgdb_n"
    _db="t_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')_${_pgdb_n}"
    createdb "$_db" >/dev/null || return 1
    echo "postgresql:///$_db?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}"
}

# pg_exec URL SQL-FILE: loads a file with psql, stopping at the first error.
pg_exec() {
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null
}

sqlite_exec() {
    sqlite3 -bail "$1" <"$2" >/dev/null
}
