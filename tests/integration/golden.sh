#!/bin/sh
# golden.sh - `schemac compile` against tests/golden/<case>/expected.*, byte
# for byte, for PostgreSQL, SQLite and JSON; every SQL output loaded into a
# fresh real PostgreSQL database and a real SQLite file; the JSON compiled
# back (to JSON and to SQL) unchanged; the example schemas/ loaded too.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"
cd "$ROOT" || exit 1

# pg_newdb counts its databases in a variable: call it in this shell (not in
# $(...), a subshell) so that every database gets a new name.
# pg_load NAME FILE: FILE loads into a fresh database without error.
pg_load() {
    if pg_newdb >"$T/dburl"; then
        check "$1" pg_exec "$(cat "$T/dburl")" "$2"
    else
        not_ok "$1 (no database: is PostgreSQL running, PGHOST/PGPORT set?)"
    fi
}

for dir in tests/golden/*/; do
    c=$(basename "$dir")
    g=tests/golden/$c
    [ -f "$g/input.sch" ] || continue

    # PostgreSQL: the text, then a real server.
    "$SCHEMAC" compile "$g/input.sch" --dialect postgresql >"$T/$c.pg.sql" 2>"$T/$c.pg.err"
    check_files "golden $c: postgresql" "$g/expected.pg.sql" "$T/$c.pg.sql"
    pg_load "golden $c: postgresql output loads" "$T/$c.pg.sql"

    # SQLite: the text and a real file, or the exact errors (exit 6).
    if [ -f "$g/expected.sqlite.err" ]; then
        check_exit "golden $c: sqlite refuses (exit 6)" 6 \
            "$SCHEMAC" compile "$g/input.sch" --dialect sqlite
        "$SCHEMAC" compile "$g/input.sch" --dialect sqlite >"$T/$c.sqlite.out" 2>"$T/$c.sqlite.err"
        check_files "golden $c: sqlite errors" "$g/expected.sqlite.err" "$T/$c.sqlite.err"
        check_eq "golden $c: sqlite writes nothing on errors" "0" "$(wc -c <"$T/$c.sqlite.out" | tr -d ' ')"
    else
        "$SCHEMAC" compile "$g/input.sch" --dialect sqlite >"$T/$c.sqlite.sql" 2>"$T/$c.sqlite.err"
        check_files "golden $c: sqlite" "$g/expected.sqlite.sql" "$T/$c.sqlite.sql"
        rm -f "$T/$c.db"
        check "golden $c: sqlite output loads" sqlite_exec "$T/$c.db" "$T/$c.sqlite.sql"
    fi

    # JSON, and the JSON as an input: the same JSON and the same SQL again.
    "$SCHEMAC" compile "$g/input.sch" --json >"$T/$c.json" 2>"$T/$c.json.err"
    check_files "golden $c: json" "$g/expected.json" "$T/$c.json"
    "$SCHEMAC" compile "$T/$c.json" --json >"$T/$c.rt.json" 2>"$T/$c.rt.err"
    check_files "golden $c: json round trip" "$g/expected.json" "$T/$c.rt.json"
    "$SCHEMAC" compile "$T/$c.json" --dialect postgresql >"$T/$c.rt.pg.sql" 2>"$T/$c.rt.err"
    check_files "golden $c: postgresql from json" "$g/expected.pg.sql" "$T/$c.rt.pg.sql"
done

# The example schemas: schemas/ for both engines, schemas/pg/ for PostgreSQL.
check_exit "schemas/ compiles for postgresql" 0 \
    "$SCHEMAC" compile schemas/ --dialect postgresql -o "$T/schemas.pg.sql"
pg_load "schemas/ loads into postgresql" "$T/schemas.pg.sql"
check_exit "schemas/ compiles for sqlite" 0 \
    "$SCHEMAC" compile schemas/ --dialect sqlite -o "$T/schemas.sqlite.sql"
check "schemas/ loads into sqlite" sqlite_exec "$T/schemas.db" "$T/schemas.sqlite.sql"
check_exit "schemas/pg/ compiles for postgresql" 0 \
    "$SCHEMAC" compile schemas/pg/ --dialect postgresql -o "$T/schemas-pg.sql"
pg_load "schemas/pg/ loads into postgresql" "$T/schemas-pg.sql"
check_exit "schemas/pg/ is refused for sqlite (exit 6)" 6 \
    "$SCHEMAC" compile schemas/pg/ --dialect sqlite
# Both folders as one schema, and the output deterministic.
check_exit "schemas/ + schemas/pg/ compile together" 0 \
    "$SCHEMAC" compile schemas/ schemas/pg/ -o "$T/all1.sql"
"$SCHEMAC" compile schemas/ schemas/pg/ -o "$T/all2.sql"
check_files "compile output is deterministic" "$T/all1.sql" "$T/all2.sql"
pg_load "schemas/ + schemas/pg/ load into postgresql" "$T/all1.sql"
