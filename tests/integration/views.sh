#!/bin/sh
# views.sh - views and materialized views end to end on real servers:
#  - a schema with views (tests/golden/views) compiled and loaded into
#    PostgreSQL, read back with `inspect` as DSL, that DSL compiled and
#    loaded into a second database: pg_dump --schema-only of both is the
#    same, and inspecting the second database gives the same DSL again;
#  - the same through `inspect --format json`;
#  - plain views compiled for SQLite load with sqlite3 -bail and answer;
#  - what SQLite cannot take, and a query that does not parse, are errors
#    with their place in the file and the documented exit codes.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"
cd "$ROOT" || exit 1

# pg_dump --schema-only without its comments, SET lines and \restrict keys.
dump() {
    pg_dump --schema-only --no-owner -d "$1" | grep -v -e '^--' -e '^SET ' -e '^SELECT pg_catalog' \
        -e '^\\restrict' -e '^\\unrestrict' -e '^$'
}

# pg_load VAR FILE: a fresh database (its URL in $VAR) with FILE loaded.
pg_load() {
    if ! pg_newdb >"$T/dburl"; then
        not_ok "$2 loads (no database: is PostgreSQL running, PGHOST/PGPORT set?)"
        return 1
    fi
    eval "$1=\$(cat \"\$T/dburl\")"
    check "$(basename "$2") loads into PostgreSQL" pg_exec "$(cat "$T/dburl")" "$2"
}

# dbname URL: the database name of a pg_newdb URL, for pg_dump.
dbname() {
    echo "$1" | sed 's|postgresql:///\([^?]*\).*|\1|'
}

g=tests/golden/views/input.sch
"$SCHEMAC" compile "$g" -o "$T/views.sql"
pg_load db1 "$T/views.sql"

# database -> DSL -> database
check_exit "inspect the views as DSL" 0 "$SCHEMAC" inspect "$db1" --schema public,app -o "$T/back.sch"
check_eq "six views come back" 6 "$(grep -c -e '^view' -e '^materialized view' "$T/back.sch")"
check_exit "the inspected DSL compiles" 0 "$SCHEMAC" compile "$T/back.sch" -o "$T/back.sql"
pg_load db2 "$T/back.sql"
dump "$(dbname "$db1")" >"$T/dump1"
dump "$(dbname "$db2")" >"$T/dump2"
check_eq "the dump holds the views (not an empty comparison)" 6 \
    "$(grep -c -e '^CREATE VIEW' -e '^CREATE MATERIALIZED VIEW' "$T/dump1")"
check_files "pg_dump of the database rebuilt from its DSL is the same" "$T/dump1" "$T/dump2"
"$SCHEMAC" inspect "$db2" --schema public,app -o "$T/back2.sch"
check_files "inspecting it again gives the same DSL" "$T/back.sch" "$T/back2.sch"

# database -> JSON -> database
check_exit "inspect the views as JSON" 0 "$SCHEMAC" inspect "$db1" --schema public,app --format json -o "$T/back.json"
check_exit "the inspected JSON compiles" 0 "$SCHEMAC" compile "$T/back.json" -o "$T/json.sql"
pg_load db3 "$T/json.sql"
dump "$(dbname "$db3")" >"$T/dump3"
check_files "pg_dump of the database rebuilt from its JSON is the same" "$T/dump1" "$T/dump3"

# SQLite: plain views load and answer.
check_exit "plain views compile for SQLite" 0 \
    "$SCHEMAC" compile tests/golden/views_sqlite/input.sch --dialect sqlite -o "$T/lite.sql"
check "they load with sqlite3 -bail" sqlite_exec "$T/lite.db" "$T/lite.sql"
printf "INSERT INTO users VALUES (1, 'a@x', 1), (2, 'b@x', 0);\nINSERT INTO orders VALUES (1, 1, 5), (2, 1, 7), (3, 2, 9);\n" \
    >"$T/rows.sql"
sqlite_exec "$T/lite.db" "$T/rows.sql"
check_eq "a view over a view answers" "a@x|12" "$(sqlite3 "$T/lite.db" 'SELECT mail, total FROM order_totals')"

# Errors: SQLite cannot take a materialized view (exit 6, at the view) ...
cat >"$T/mv.sch" <<'SCH'
table t { id integer primary key }
materialized view mv as (select id from t)
SCH
check_exit "a materialized view for SQLite: exit 6" 6 "$SCHEMAC" compile "$T/mv.sch" --dialect sqlite
"$SCHEMAC" compile "$T/mv.sch" --dialect sqlite 2>"$T/mv.err" >/dev/null
check_eq "... at the view's name" \
    "$T/mv.sch:2:19: error: materialized view \"mv\": SQLite has no materialized views" "$(head -n 1 "$T/mv.err")"
# ... and a query that does not parse is an input error (exit 3) where it is.
cat >"$T/bad.sch" <<'SCH'
table t { id integer primary key }
view v as (
  select id
    frm t
)
SCH
check_exit "a query that does not parse: exit 3" 3 "$SCHEMAC" compile "$T/bad.sch"
"$SCHEMAC" compile "$T/bad.sch" 2>"$T/bad.err" >/dev/null
check_eq "... at its place in the file" \
    "$T/bad.sch:4:9: error: in the query of view \"v\": syntax error at or near \"t\"" "$(head -n 1 "$T/bad.err")"
