#!/bin/sh
# diff_no_false_positives.sh - a schema compared with the database built from
# it is no change, on the real PostgreSQL and real SQLite files.
#
# For every schemas/**/*.sch, every tests/golden/*/input.sch, every
# tests/cases/*/{from,to}.sch and a generated 60-table schema: compile it,
# load it into a fresh database (per engine where the dialect can express it)
# and check that
#   diff --from DB --to SCH        prints nothing and exits 0
#   diff --from SCH --to DB        prints nothing and exits 0
#   diff --from DB --to DB2        prints nothing and exits 0 (DB2 built the same way)
#   diff --from DB --to DB         prints nothing and exits 0
# Where a schema is for both engines (schemas/*.sch outside schemas/pg/, a
# golden case with an expected.sqlite.sql, a case without a `dialects` file
# naming pg only), the SQLite compile must succeed.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

# Checks disabled because of a known bug in code still being written, as
# "<name>/<engine>" (names as printed below); printed as "ok - ... # SKIP".
KNOWN_BROKEN=""
known_broken_why() { :; }

have_pg=0
if [ -n "${PGHOST:-}" ] && psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then have_pg=1; fi
[ $have_pg = 1 ] || echo "# no PostgreSQL (PGHOST unset): PostgreSQL checks skipped"

# Per worker ($w): its own temporary files under $W and database names.
dbn=0
newdb() {
    dbn=$((dbn + 1))
    _db="nfp_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')_${w}_$dbn"
    createdb "$_db" >/dev/null || return 1
    url="postgresql:///$_db?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}"
    made="$made $_db"
}
# dropdbs: drops the databases made so far (the suite's cluster is shared)
made=
dropdbs() {
    for _d in $made; do dropdb "$_d" >/dev/null 2>&1; done
    made=
}

# empty_diff NAME FROM TO: diff FROM -> TO prints nothing and exits 0
empty_diff() {
    "$SCHEMAC" diff --from "$2" --to "$3" >"$W/ed.out" 2>"$W/ed.err"
    _r=$?
    if [ $_r -eq 0 ] && [ ! -s "$W/ed.out" ]; then ok "$1"; else
        not_ok "$1 (exit $_r)"; sed 's/^/#   /' "$W/ed.out" "$W/ed.err" | head -n 40; fi
}

# The list: "name<TAB>file<TAB>engines"
GEN=${SCHEMAC_BUILD:-$(dirname "$SCHEMAC")}/tools/gen_schema
list() {
    # a generated schema (tests/tools/gen_schema): 60 tables of every kind of
    # column, default, index, check and FK
    if [ -x "$GEN" ]; then
        "$GEN" 60 >"$T/gen60.sch" && printf '%s\t%s\t%s\n' generated-60 "$T/gen60.sch" pg
        "$GEN" 60 --sqlite >"$T/gen60s.sch" && printf '%s\t%s\t%s\n' generated-60-sqlite "$T/gen60s.sch" sqlite
    fi
    find "$ROOT/schemas" -name '*.sch' | LC_ALL=C sort | while read -r f; do
        rel=${f#"$ROOT"/}
        case "$rel" in schemas/pg/*) e=pg ;; *) e="pg sqlite" ;; esac
        printf '%s\t%s\t%s\n' "${rel%.sch}" "$f" "$e"
    done
    for d in "$ROOT"/tests/golden/*/; do
        [ -f "$d/input.sch" ] || continue
        e=pg; [ -f "$d/expected.sqlite.sql" ] && e="pg sqlite"
        printf '%s\t%s\t%s\n' "golden/$(basename "$d")" "$d/input.sch" "$e"
    done
    for d in "$ROOT"/tests/cases/*/; do
        e="pg sqlite"; [ -f "$d/dialects" ] && e=$(cat "$d/dialects")
        for s in from to; do
            [ -f "$d/$s.sch" ] && printf '%s\t%s\t%s\n' "cases/$(basename "$d")/$s" "$d/$s.sch" "$e"
        done
    done
}

# entry NAME SCH ENGINES: the checks of one schema
entry() {
    for eng in pg sqlite; do
        n="$1/$eng"
        case " $3 " in *" $eng "*) ;; *) continue ;; esac
        [ $eng = pg ] && [ $have_pg = 0 ] && continue
        skip=0
        for k in $KNOWN_BROKEN; do [ "$k" = "$n" ] && skip=1; done
        if [ $skip = 1 ]; then ok "$n # SKIP known bug: $(known_broken_why "$n")"; continue; fi
        if [ $eng = pg ]; then
            "$SCHEMAC" compile "$2" --dialect postgresql >"$W/s.sql" 2>"$W/s.err" &&
                newdb && db=$url && pg_exec "$db" "$W/s.sql" 2>>"$W/s.err" &&
                newdb && db2=$url && pg_exec "$db2" "$W/s.sql" 2>>"$W/s.err"
        else
            # empty files: an empty schema writes nothing, and SQLite takes a
            # zero-length file for an empty database
            rm -f "$W/s.db" "$W/s2.db"; : >"$W/s.db"; : >"$W/s2.db"
            db="sqlite:///$W/s.db" db2="sqlite:///$W/s2.db"
            "$SCHEMAC" compile "$2" --dialect sqlite >"$W/s.sql" 2>"$W/s.err" &&
                sqlite_exec "$W/s.db" "$W/s.sql" 2>>"$W/s.err" && sqlite_exec "$W/s2.db" "$W/s.sql" 2>>"$W/s.err"
        fi
        if [ $? -ne 0 ]; then
            not_ok "$n: compile and load"; sed 's/^/#   /' "$W/s.err" | head -n 20; dropdbs; continue
        fi
        empty_diff "$n: diff database -> schema is empty" "$db" "$2"
        empty_diff "$n: diff schema -> database is empty" "$2" "$db"
        empty_diff "$n: diff database -> database built the same way is empty" "$db" "$db2"
        empty_diff "$n: diff database -> itself is empty" "$db" "$db"
        dropdbs
    done
}

# SCHEMAC_TEST_JOBS workers (default 2) share the list; each entry's lines go
# to their own file, printed in the list's order at the end.
list >"$T/list"
jobs=${SCHEMAC_TEST_JOBS:-2}
tab=$(printf '\t')
w=0
while [ $w -lt "$jobs" ]; do
    (
        W="$T/w$w"; mkdir -p "$W"
        i=0
        while IFS="$tab" read -r name sch engines; do
            i=$((i + 1))
            [ $((i % jobs)) -eq "$w" ] || continue
            entry "$name" "$sch" "$engines" >"$T/out.$i" 2>&1
        done <"$T/list"
    ) &
    w=$((w + 1))
done
wait
i=0
while [ $i -lt "$(wc -l <"$T/list")" ]; do
    i=$((i + 1))
    cat "$T/out.$i"
done
