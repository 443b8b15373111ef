#!/bin/sh
# diff_cases.sh - the diff engine's case corpus (tests/cases/<name>/) and the
# convergence property on the real PostgreSQL and a real SQLite file.
#
# Each case holds from.sch and to.sch, the expected scripts
# up.pg.sql, down.pg.sql, up.sqlite.sql, down.sqlite.sql (byte for byte), and
# optionally rows.sql (sample rows loaded into `from`), check.sql (queries whose
# output must be the same before `up` and after `down`: the rows no drop
# touched) and dialects (which engines apply: "pg", "sqlite"; default both).
#
# Per engine: load `from`; insert the rows; `diff DB -> from` is empty (no
# false positive); apply the expected up script; `diff DB -> to` is empty;
# apply the expected down script; `diff DB -> from` is empty; check.sql gives
# the same output as before. A case's `options` file holds diff options for
# all of its diffs (--with-privileges: the referee's pg_dump then compares
# privileges and owners too). After up and after down, the referee (lib.sh)
# compares the database with one built from to.sch / from.sch outside
# schemac (pg_dump, the SQLite catalog).
# Also: for every schemas/*.sch, the diff against the database built from it
# is empty on both engines.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

CASES="$ROOT/tests/cases"
# make check always starts a PostgreSQL server: without one, the convergence
# half of every case would go untested, so that is a failure, not a skip.
have_pg=0
if [ -n "${PGHOST:-}" ] && psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then have_pg=1; fi
if [ $have_pg = 0 ]; then
    not_ok "diff_cases: no PostgreSQL server (PGHOST/PGPORT): the cases cannot be applied"
fi

# run_sql ENGINE URL|FILE SCRIPT
run_sql() {
    if [ "$1" = pg ]; then pg_exec "$2" "$3"; else sqlite_exec "$2" "$3"; fi
}

# query ENGINE TARGET SQLFILE: prints the result rows
query() {
    if [ "$1" = pg ]; then psql -X -q -At -v ON_ERROR_STOP=1 -d "$2" -f "$3"
    else sqlite3 -bail "$2" <"$3"; fi
}

# empty_diff NAME URL SCH: diff DB -> SCH prints nothing and exits 0
empty_diff() {
    "$SCHEMAC" diff --from "$2" --to "$3" $case_opts >"$T/ed.out" 2>"$T/ed.err"
    _r=$?
    if [ $_r -eq 0 ] && [ ! -s "$T/ed.out" ]; then ok "$1"; else
        not_ok "$1 (exit $_r)"; sed 's/^/#   /' "$T/ed.out" "$T/ed.err" | head -n 40; fi
}

# A fresh PostgreSQL database per use (pg_newdb's counter would not survive
# the $(...) subshell).
dbn=0
newdb() {
    dbn=$((dbn + 1))
    _db="dc_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')_$dbn"
    createdb "$_db" >/dev/null || return 1
    url="postgresql:///$_db?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}"
}

# A fresh SQLite file that exists even when `from` is empty.
newlite() {
    rm -f "$T/case.db"
    sqlite3 "$T/case.db" 'CREATE TABLE schemac_probe (x); DROP TABLE schemac_probe;'
}

# privileges and ownership: the roles the privilege cases grant to
[ $have_pg = 1 ] && pg_test_roles

for dir in "$CASES"/*/; do
    case=$(basename "$dir")
    case_opts=
    [ -f "$dir/options" ] && case_opts=$(cat "$dir/options")
    # the referee compares privileges and owners of the cases that do
    case " $case_opts " in *" --with-privileges "*) REFEREE_PRIVILEGES=1 ;; *) REFEREE_PRIVILEGES= ;; esac
    engines="pg sqlite"
    [ -f "$dir/dialects" ] && engines=$(cat "$dir/dialects")
    for eng in $engines; do
        dia=$eng; [ "$eng" = pg ] && dia=postgresql
        # the expected scripts, byte for byte
        for dirn in up down; do
            flag=; [ $dirn = down ] && flag=--down
            "$SCHEMAC" diff --from "$dir/from.sch" --to "$dir/to.sch" --dialect $dia $flag $case_opts \
                >"$T/$dirn.sql" 2>"$T/$dirn.err"
            check_files "$case: $dirn.$eng.sql" "$dir/$dirn.$eng.sql" "$T/$dirn.sql"
        done
        if [ $eng = pg ]; then
            [ $have_pg = 1 ] || { not_ok "$case: convergence on PostgreSQL (no server)"; continue; }
            newdb || { not_ok "$case: createdb"; continue; }
            target=$url
        else
            newlite
            target="$T/case.db"
            url="sqlite:///$T/case.db"   # $T is absolute: sqlite:////tmp/...
        fi
        "$SCHEMAC" compile "$dir/from.sch" --dialect $dia >"$T/from.sql" 2>"$T/compile.err" &&
            run_sql $eng "$target" "$T/from.sql" 2>>"$T/compile.err"
        if [ $? -ne 0 ]; then not_ok "$case/$eng: load from.sch"; sed 's/^/#   /' "$T/compile.err"; continue; fi
        # the referee's references: databases built from from.sch and to.sch
        mtarget=$target murl=$url
        if [ $eng = pg ]; then newdb; ref_from=$url; newdb; ref_to=$url; else
            ref_from="$T/ref_from.db" ref_to="$T/ref_to.db"; rm -f "$ref_from" "$ref_to"
            : >"$ref_from"; : >"$ref_to"; fi
        target=$mtarget url=$murl
        if ! { "$SCHEMAC" compile "$dir/to.sch" --dialect $dia >"$T/to.sql" && run_sql $eng "$ref_from" "$T/from.sql" &&
               run_sql $eng "$ref_to" "$T/to.sql"; } 2>"$T/compile.err"; then
            not_ok "$case/$eng: load the referee's databases"; sed 's/^/#   /' "$T/compile.err"; continue
        fi
        if [ -f "$dir/rows.sql" ] && ! run_sql $eng "$target" "$dir/rows.sql"; then
            not_ok "$case/$eng: rows.sql"; continue
        fi
        [ -f "$dir/check.sql" ] && query $eng "$target" "$dir/check.sql" >"$T/rows.before" 2>&1
        empty_diff "$case/$eng: no false positive on from" "$url" "$dir/from.sch"
        if ! run_sql $eng "$target" "$dir/up.$eng.sql" 2>"$T/apply.err"; then
            not_ok "$case/$eng: apply up"; sed 's/^/#   /' "$T/apply.err"; continue
        fi
        empty_diff "$case/$eng: converges to to.sch" "$url" "$dir/to.sch"
        referee "$case/$eng: referee: after up, the same schema as to.sch" $eng "$ref_to" "$target"
        if ! run_sql $eng "$target" "$dir/down.$eng.sql" 2>"$T/apply.err"; then
            not_ok "$case/$eng: apply down"; sed 's/^/#   /' "$T/apply.err"; continue
        fi
        empty_diff "$case/$eng: converges back to from.sch" "$url" "$dir/from.sch"
        referee "$case/$eng: referee: after down, the same schema as from.sch" $eng "$ref_from" "$target"
        if [ -f "$dir/check.sql" ]; then
            query $eng "$target" "$dir/check.sql" >"$T/rows.after" 2>&1
            check_files "$case/$eng: rows intact after up and down" "$T/rows.before" "$T/rows.after"
        fi

        # the same on the live path (what `diff -m` does): up and down of the
        # database, as inspected, against to.sch
        if [ $eng = pg ]; then newdb; target=$url; else newlite; fi
        run_sql $eng "$target" "$T/from.sql" 2>/dev/null
        [ -f "$dir/rows.sql" ] && run_sql $eng "$target" "$dir/rows.sql"
        "$SCHEMAC" diff --from "$url" --to "$dir/to.sch" $case_opts >"$T/lup.sql" 2>"$T/lup.err"
        "$SCHEMAC" diff --from "$url" --to "$dir/to.sch" --down $case_opts >"$T/ldown.sql" 2>>"$T/lup.err"
        if ! run_sql $eng "$target" "$T/lup.sql" 2>"$T/apply.err"; then
            not_ok "$case/$eng: live: apply up"; sed 's/^/#   /' "$T/apply.err" "$T/lup.sql" | head -n 40; continue
        fi
        empty_diff "$case/$eng: live: converges to to.sch" "$url" "$dir/to.sch"
        referee "$case/$eng: live: referee: after up, the same schema as to.sch" $eng "$ref_to" "$target"
        if ! run_sql $eng "$target" "$T/ldown.sql" 2>"$T/apply.err"; then
            not_ok "$case/$eng: live: apply down"; sed 's/^/#   /' "$T/apply.err" "$T/ldown.sql" | head -n 40; continue
        fi
        empty_diff "$case/$eng: live: converges back to from.sch" "$url" "$dir/from.sch"
        referee "$case/$eng: live: referee: after down, the same schema as from.sch" $eng "$ref_from" "$target"
        if [ -f "$dir/check.sql" ]; then
            query $eng "$target" "$dir/check.sql" >"$T/rows.after" 2>&1
            check_files "$case/$eng: live: rows intact after up and down" "$T/rows.before" "$T/rows.after"
        fi
    done
done

# No false positives on the example schemas and the compiler's golden cases
# (schemas/pg/*.sch use what only PostgreSQL has; a golden case without an
# expected.sqlite.sql is not for SQLite).
for sch in "$ROOT"/schemas/*.sch "$ROOT"/schemas/pg/*.sch "$ROOT"/tests/golden/*/input.sch; do
    [ -f "$sch" ] || continue
    case_opts= REFEREE_PRIVILEGES=
    name=schemas/$(basename "$sch" .sch)
    pgonly=0
    case "$sch" in
    */schemas/pg/*) pgonly=1; name="schemas/pg/$(basename "$sch" .sch)" ;;
    */tests/golden/*) name="golden/$(basename "$(dirname "$sch")")"
        [ -f "$(dirname "$sch")/expected.sqlite.sql" ] || pgonly=1 ;;
    esac
    if [ $have_pg = 1 ]; then
        newdb
        if "$SCHEMAC" compile "$sch" --dialect postgresql >"$T/s.sql" 2>"$T/s.err" && pg_exec "$url" "$T/s.sql" 2>>"$T/s.err"; then
            empty_diff "$name/pg: no false positive" "$url" "$sch"
        else
            echo "# $name: does not load on PostgreSQL"; sed 's/^/#   /' "$T/s.err" | head -n 5
        fi
    fi
    [ $pgonly = 1 ] && continue
    rm -f "$T/s.db"
    if "$SCHEMAC" compile "$sch" --dialect sqlite >"$T/s.sql" 2>"$T/s.err" && sqlite_exec "$T/s.db" "$T/s.sql" 2>>"$T/s.err"; then
        empty_diff "$name/sqlite: no false positive" "sqlite:///$T/s.db" "$sch"
    else
        echo "# $name: not for SQLite"; sed 's/^/#   /' "$T/s.err" | head -n 3
    fi
done
