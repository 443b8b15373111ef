#!/bin/sh
# diff_db2db.sh - database-to-database diffs of hand-written DDL (not written
# by schemac) on the real PostgreSQL and real SQLite files.
#
# Each tests/db2db/<case>/ holds, per engine (pg, sqlite), from.<eng>.sql and
# to.<eng>.sql (plain DDL as people and other tools write it), rows.<eng>.sql
# (sample rows loaded into `from`) and check.<eng>.sql (queries that must give
# the same output before `up`, after `up` and after `down`: the rows that no
# drop touched). An engine without from.<eng>.sql is skipped for that case;
# a file `expect_empty` means the two sides differ only in spelling; a file
# `options` holds more arguments for every `schemac diff` (e.g. --schema);
# files expect.up.<eng> and expect.down.<eng> list what the scripts must say
# (expect_lines below: texts in order, "~text" anywhere, "!text" never).
#
# Per engine: A = from + rows, A0 = from (the original A, for comparison),
# B = to. `diff A -> A0` is empty (same DDL, no false positive); A0 and B,
# inspected (PostgreSQL as DSL, SQLite as JSON: the DSL has no syntax for
# SQLite table options), compiled and loaded into a fresh database, give the same
# database (the inspected DSL is faithful to hand-written DDL); the up and
# down scripts are taken from `diff --from A --to B --sql [--down]`; up is
# applied to A, then `diff A -> B` is empty; down is applied to A, then
# `diff A -> A0` is empty; check.<eng>.sql gives the same output throughout.
# What the model might not carry is compared in the catalogs too: on
# PostgreSQL the sequences (type, bounds), on SQLite the tables declared
# AUTOINCREMENT, WITHOUT ROWID or STRICT (after up as in B, after down as in
# A0); and on SQLite PRAGMA foreign_key_check is clean at the end. The
# referee (lib.sh) compares A with B after up and with A0 after down outside
# schemac (pg_dump, the SQLite catalog).
# Last, a generated 60-table schema and its 10%-changed version converge the
# same way (compiled by schemac).
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

# Checks disabled because of a known bug in code still being written; each is
# printed as "ok - ... # SKIP known bug: ..." so that the suite stays green.
# Entries are <case>/<engine> (the whole case) or a check's key
# (sqlite-autoincrement, sqlite-table-options: those checks of every SQLite case).
KNOWN_BROKEN=""
known_broken_why() {
    case "$1" in
    sqlite_view_trigger/sqlite) echo "a SQLite rebuild fails at RENAME when a view reads the table, and DROP TABLE takes its triggers (src/emit/migration_sqlite.c)" ;;
    esac
}
broken() {
    for _k in $KNOWN_BROKEN; do [ "$_k" = "$1" ] && return 0; done
    return 1
}
# check_opts KEY NAME EXPECTED ACTUAL: check_eq, a difference being a SKIP
# while KEY is known broken
check_opts() {
    if [ "$3" != "$4" ] && broken "$1"; then
        ok "$2 # SKIP known bug: $(known_broken_why "$1")"
    else
        check_eq "$2" "$3" "$4"
    fi
}

CASES="$ROOT/tests/db2db"
have_pg=0
if [ -n "${PGHOST:-}" ] && psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then have_pg=1; fi

dbn=0
# newdb: a fresh PostgreSQL database; sets $url and $target.
newdb() {
    dbn=$((dbn + 1))
    _db="dd_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')_$dbn"
    createdb "$_db" >/dev/null || return 1
    url="postgresql:///$_db?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}"
    target=$url
    made="$made $_db"
}
# dropdbs: drops the databases made so far (the suite's cluster is shared)
made=
dropdbs() {
    for _d in $made; do dropdb "$_d" >/dev/null 2>&1; done
    made=
}
# newfile NAME: a fresh SQLite file; sets $url and $target.
newfile() {
    target="$T/$1.db"
    rm -f "$target"; : >"$target"   # a zero-length file is an empty database
    url="sqlite:///$target"   # $T is absolute: sqlite:////tmp/...
}

run_sql() {
    if [ "$1" = pg ]; then pg_exec "$2" "$3"; else sqlite_exec "$2" "$3"; fi
}
query() {
    if [ "$1" = pg ]; then psql -X -q -At -v ON_ERROR_STOP=1 -d "$2" -f "$3"
    else sqlite3 -bail "$2" <"$3"; fi
}
# pg_seqs URL: the sequences with their type and bounds (the model must carry
# what a diff of two databases would otherwise miss, e.g. serial -> bigserial)
pg_seqs() {
    psql -X -q -At -d "$1" -c "SELECT schemaname, sequencename, data_type, start_value, min_value, max_value, increment_by, cycle FROM pg_sequences ORDER BY 1, 2"
}
# table_opts FILE: WITHOUT ROWID and STRICT per table
table_opts() {
    sqlite3 "$1" "SELECT name, wr, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite%' ORDER BY name"
}
autoinc_tables() {
    sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type = 'table' AND upper(sql) LIKE '%AUTOINCREMENT%' ORDER BY name"
}

# expect_lines EXPECT SCRIPT: each line of EXPECT is a text that a line of
# SCRIPT holds, in this order (a later one on a later line); a line "~text":
# some line holds text, anywhere; "!text": no line holds text. Prints what is
# missing.
expect_lines() {
    awk 'NR == FNR { e[++ne] = $0; next }
         { s[++ns] = $0 }
         END {
             at = 1; bad = 0
             for (i = 1; i <= ne; i++) {
                 if (substr(e[i], 1, 1) == "!") {
                     for (j = 1; j <= ns; j++)
                         if (index(s[j], substr(e[i], 2))) { print "unwanted: " s[j]; bad = 1 }
                     continue
                 }
                 if (substr(e[i], 1, 1) == "~") {
                     for (j = 1; j <= ns && !index(s[j], substr(e[i], 2)); j++) ;
                     if (j > ns) { print "missing: " substr(e[i], 2); bad = 1 }
                     continue
                 }
                 for (j = at; j <= ns && !index(s[j], e[i]); j++) ;
                 if (j > ns) { print "missing (in this order): " e[i]; bad = 1 } else at = j + 1
             }
             exit bad
         }' "$1" "$2"
}

# empty_diff NAME FROM TO: diff FROM -> TO prints nothing and exits 0
empty_diff() {
    "$SCHEMAC" diff --from "$2" --to "$3" $opts >"$T/ed.out" 2>"$T/ed.err"
    _r=$?
    if [ $_r -eq 0 ] && [ ! -s "$T/ed.out" ]; then ok "$1"; else
        not_ok "$1 (exit $_r)"; sed 's/^/#   /' "$T/ed.out" "$T/ed.err" | head -n 40; fi
}

# same_rows NAME ENGINE TARGET: check.<eng>.sql gives $T/rows.before
same_rows() {
    [ -f "$dir/check.$2.sql" ] || return 0
    query "$2" "$3" "$dir/check.$2.sql" >"$T/rows.now" 2>&1
    check_files "$1" "$T/rows.before" "$T/rows.now"
}

# privileges (a case whose options hold --with-privileges): the roles the
# DDL grants to, and the referee's pg_dump keeps privileges and owners
[ $have_pg = 1 ] && pg_test_roles
for dir in "$CASES"/*/; do
    case=$(basename "$dir")
    opts=; [ -f "$dir/options" ] && opts=$(cat "$dir/options")
    case " $opts " in *" --with-privileges "*) REFEREE_PRIVILEGES=1 ;; *) REFEREE_PRIVILEGES= ;; esac
    for eng in pg sqlite; do
        dropdbs
        [ -f "$dir/from.$eng.sql" ] || continue
        n="$case/$eng"
        if broken "$n"; then ok "$n # SKIP known bug: $(known_broken_why "$n")"; continue; fi
        if [ $eng = pg ]; then
            [ $have_pg = 1 ] || { echo "# $n: no PostgreSQL (PGHOST unset): skipped"; continue; }
            newdb && A=$url && At=$target && newdb && A0=$url && A0t=$target && newdb && B=$url && Bt=$target
        else
            newfile a && A=$url && At=$target && newfile a0 && A0=$url && A0t=$target && newfile b && B=$url && Bt=$target
        fi
        if ! { run_sql $eng "$At" "$dir/from.$eng.sql" && run_sql $eng "$A0t" "$dir/from.$eng.sql" &&
               run_sql $eng "$Bt" "$dir/to.$eng.sql"; } 2>"$T/load.err"; then
            not_ok "$n: load the hand-written DDL"; sed 's/^/#   /' "$T/load.err"; continue
        fi
        if [ -f "$dir/rows.$eng.sql" ] && ! run_sql $eng "$At" "$dir/rows.$eng.sql" 2>"$T/load.err"; then
            not_ok "$n: rows.$eng.sql"; sed 's/^/#   /' "$T/load.err"; continue
        fi
        [ -f "$dir/check.$eng.sql" ] && query $eng "$At" "$dir/check.$eng.sql" >"$T/rows.before" 2>&1

        empty_diff "$n: no false positive: from vs a database built from the same DDL" "$A" "$A0"
        empty_diff "$n: no false positive: to vs a database built from the same DDL" "$B" "$B"
        # the inspected DSL is faithful: compiled and loaded, it builds the same database
        for side in A0 B; do
            eval "src=\$$side"
            if [ $eng = pg ]; then newdb; else newfile "c$side"; fi
            # SQLite through the JSON model: the DSL has no syntax for the table
            # options (AUTOINCREMENT, WITHOUT ROWID, STRICT) that JSON keeps
            fmt=sch; [ $eng = sqlite ] && fmt=json
            if "$SCHEMAC" inspect "$src" --format $fmt $opts >"$T/i.$fmt" 2>"$T/i.err" &&
               "$SCHEMAC" compile "$T/i.$fmt" --dialect $([ $eng = pg ] && echo postgresql || echo sqlite) >"$T/i.sql" 2>>"$T/i.err" &&
               run_sql $eng "$target" "$T/i.sql" 2>>"$T/i.err"; then
                empty_diff "$n: $side inspected, compiled and loaded is the same database" "$src" "$url"
            else
                not_ok "$n: $side inspected, compiled and loaded"; sed 's/^/#   /' "$T/i.err" "$T/i.$fmt" | head -n 40
            fi
        done

        "$SCHEMAC" diff --from "$A" --to "$B" --sql $opts >"$T/up.sql" 2>"$T/up.err"
        r_up=$?
        "$SCHEMAC" diff --from "$A" --to "$B" --sql --down $opts >"$T/down.sql" 2>"$T/down.err"
        r_down=$?
        if [ -f "$dir/expect_empty" ]; then
            if [ $r_up -eq 0 ] && [ ! -s "$T/up.sql" ] && [ $r_down -eq 0 ] && [ ! -s "$T/down.sql" ]; then
                ok "$n: only spellings differ: the diff is empty both ways"
            else
                not_ok "$n: only spellings differ: the diff is empty both ways (exit $r_up/$r_down)"
                sed 's/^/#   /' "$T/up.sql" "$T/up.err" "$T/down.sql" | head -n 40
            fi
            empty_diff "$n: and from the other side" "$B" "$A"
            continue
        fi
        if [ $r_up -ne 0 ] || [ ! -s "$T/up.sql" ] || [ $r_down -ne 0 ] || [ ! -s "$T/down.sql" ]; then
            not_ok "$n: diff A -> B gives up and down SQL (exit $r_up/$r_down)"
            sed 's/^/#   /' "$T/up.sql" "$T/up.err" "$T/down.sql" "$T/down.err" | head -n 40; continue
        fi
        ok "$n: diff A -> B gives up and down SQL"
        for dirn in up down; do
            [ -f "$dir/expect.$dirn.$eng" ] || continue
            if expect_lines "$dir/expect.$dirn.$eng" "$T/$dirn.sql" >"$T/expect.out"; then
                ok "$n: the $dirn script says what expect.$dirn.$eng asks"
            else
                not_ok "$n: the $dirn script says what expect.$dirn.$eng asks"
                sed 's/^/#   /' "$T/expect.out" "$T/$dirn.sql" | head -n 60
            fi
        done

        if ! run_sql $eng "$At" "$T/up.sql" 2>"$T/apply.err"; then
            not_ok "$n: apply up"; sed 's/^/#   /' "$T/apply.err" "$T/up.sql" | head -n 60; continue
        fi
        ok "$n: apply up"
        empty_diff "$n: converged: diff A -> B is empty" "$A" "$B"
        referee "$n: referee: after up, A has the schema of B" $eng "$Bt" "$At"
        same_rows "$n: rows intact after up" $eng "$At"
        if [ $eng = sqlite ]; then
            check_opts sqlite-autoincrement "$n: AUTOINCREMENT tables after up" "$(autoinc_tables "$Bt")" "$(autoinc_tables "$At")"
            check_opts sqlite-table-options "$n: WITHOUT ROWID and STRICT tables after up" "$(table_opts "$Bt")" "$(table_opts "$At")"
        else
            check_eq "$n: sequences after up" "$(pg_seqs "$B")" "$(pg_seqs "$A")"
        fi

        if ! run_sql $eng "$At" "$T/down.sql" 2>"$T/apply.err"; then
            not_ok "$n: apply down"; sed 's/^/#   /' "$T/apply.err" "$T/down.sql" | head -n 60; continue
        fi
        ok "$n: apply down"
        empty_diff "$n: back: diff A -> original A is empty" "$A" "$A0"
        referee "$n: referee: after down, A has the schema of the original A" $eng "$A0t" "$At"
        same_rows "$n: rows intact after down" $eng "$At"
        if [ $eng = sqlite ]; then
            check_opts sqlite-autoincrement "$n: AUTOINCREMENT tables after down" "$(autoinc_tables "$A0t")" "$(autoinc_tables "$At")"
            check_opts sqlite-table-options "$n: WITHOUT ROWID and STRICT tables after down" "$(table_opts "$A0t")" "$(table_opts "$At")"
        else
            check_eq "$n: sequences after down" "$(pg_seqs "$A0")" "$(pg_seqs "$A")"
        fi
        if [ $eng = sqlite ]; then
            check_eq "$n: PRAGMA foreign_key_check clean" "" "$(sqlite3 "$At" 'PRAGMA foreign_key_check' 2>&1)"
        fi
    done
done
dropdbs

# Generated schemas (tests/tools/gen_schema: 60 tables of mixed columns,
# enums, FKs, checks, partial indexes; 10% of them changed on the `to` side),
# compiled by schemac: the same convergence, database to database.
GEN=${SCHEMAC_BUILD:-$(dirname "$SCHEMAC")}/tools/gen_schema
if [ -x "$GEN" ]; then
    for eng in pg sqlite; do
        n="generated-60/$eng"
        if [ $eng = pg ]; then
            [ $have_pg = 1 ] || continue
            "$GEN" 60 >"$T/g1.sch"; "$GEN" 60 10 >"$T/g2.sch"; dia=postgresql
            newdb && A=$url && At=$target && newdb && A0=$url && A0t=$target && newdb && B=$url && Bt=$target
        else
            "$GEN" 60 --sqlite >"$T/g1.sch"; "$GEN" 60 10 --sqlite >"$T/g2.sch"; dia=sqlite
            newfile a && A=$url && At=$target && newfile a0 && A0=$url && A0t=$target && newfile b && B=$url && Bt=$target
        fi
        opts= REFEREE_PRIVILEGES=
        if ! { "$SCHEMAC" compile "$T/g1.sch" --dialect $dia >"$T/g1.sql" && "$SCHEMAC" compile "$T/g2.sch" --dialect $dia >"$T/g2.sql" &&
               run_sql $eng "$At" "$T/g1.sql" && run_sql $eng "$A0t" "$T/g1.sql" && run_sql $eng "$Bt" "$T/g2.sql"; } 2>"$T/load.err"; then
            not_ok "$n: compile and load"; sed 's/^/#   /' "$T/load.err" | head -n 20; dropdbs; continue
        fi
        "$SCHEMAC" diff --from "$A" --to "$B" --sql >"$T/up.sql" 2>"$T/up.err" &&
            "$SCHEMAC" diff --from "$A" --to "$B" --sql --down >"$T/down.sql" 2>"$T/down.err"
        check_eq "$n: diff A -> B exits 0" 0 $?
        check "$n: apply up" run_sql $eng "$At" "$T/up.sql"
        empty_diff "$n: converged: diff A -> B is empty" "$A" "$B"
        referee "$n: referee: after up, A has the schema of B" $eng "$Bt" "$At"
        check "$n: apply down" run_sql $eng "$At" "$T/down.sql"
        empty_diff "$n: back: diff A -> original A is empty" "$A" "$A0"
        referee "$n: referee: after down, A has the schema of the original A" $eng "$A0t" "$At"
        dropdbs
    done
fi
