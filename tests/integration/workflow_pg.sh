#!/bin/sh
# workflow_pg.sh - the revision workflow of issue 6 end to end on the real
# PostgreSQL server of the test run (PG* variables): the same scenario as on
# SQLite (tests/workflow/scenario.sh), plus a statement run outside the
# transaction, a version table in its own schema, an unreachable server and
# two concurrent upgrades.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "workflow_pg: no PostgreSQL server (PGHOST/PGPORT)"
    exit 1
fi

DIALECT=pg
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
dbq() { psql -X -q -At -F '|' -v ON_ERROR_STOP=1 -d "$URL" -c "$1"; }
dbq_count() {
    if [ "$(dbq "SELECT to_regclass('$1') IS NOT NULL")" = t ]; then dbq "SELECT count(*) FROM \"$1\""; else echo missing; fi
}
. "$ROOT/tests/workflow/scenario.sh"

# ---- a statement that cannot run inside a transaction ----
export SCHEMAC_NOW="2026-11-22 20:00:00"
$SCHEMAC revision -m "concurrent index" --rev-id 0a0a0a0a0a01 >/dev/null
F=$(ls migrations/versions/*0a0a0a0a0a01*)
cat >"$F" <<EOS
-- Revision ID: 0a0a0a0a0a01
-- Revises: 0d0d0d0d0d01
-- Message: concurrent index

-- migrate:up
ALTER TABLE users ADD COLUMN nick text;
-- schemac:no-transaction
CREATE INDEX CONCURRENTLY ix_users_nick ON users (nick);

-- migrate:down
DROP INDEX ix_users_nick;
ALTER TABLE users DROP COLUMN nick;
EOS
check "a no-transaction statement runs outside the transaction" $SCHEMAC upgrade head
check_eq "... and its index exists" "1" "$(dbq "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_users_nick'")"
check "and its revision goes back down" $SCHEMAC downgrade -1
check_eq "... index gone" "0" "$(dbq "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_users_nick'")"
$SCHEMAC upgrade head --sql >"$T/notx.sql"
check "offline: COMMIT; before and BEGIN; after the no-transaction statement" \
    grep -q "^COMMIT;\$" "$T/notx.sql"
sed -n '/CREATE INDEX CONCURRENTLY/,/BEGIN;/p' "$T/notx.sql" >"$T/notx.part"
check_eq "offline: the statement stands between COMMIT and BEGIN" "CREATE INDEX CONCURRENTLY ix_users_nick ON users (nick);

BEGIN;" "$(cat "$T/notx.part")"
cat >"$F" <<EOS
-- Revision ID: 0a0a0a0a0a01
-- Revises: 0d0d0d0d0d01
-- Message: concurrent index, then a failure

-- migrate:up
CREATE TABLE before_marker (a integer);
-- schemac:no-transaction
CREATE INDEX CONCURRENTLY ix_before_marker ON before_marker (a);
INSERT INTO no_such_table VALUES (1);

-- migrate:down
EOS
$SCHEMAC upgrade head >/dev/null 2>"$T/partial.err"
check_eq "a failure after a no-transaction statement: exit 5" "5" "$?"
check "... and the error says the revision is partly applied" grep -q "partly applied: the statements up to the one marked no-transaction were committed" "$T/partial.err"
check_eq "... the version table did not move" "0d0d0d0d0d01" "$(dbq 'SELECT version_num FROM schemac_version')"
dbq "DROP TABLE before_marker" >/dev/null
rm -f "$F"

# ---- an unreachable server ----
$SCHEMAC current --url "postgresql://127.0.0.1:1/nope?connect_timeout=3" >/dev/null 2>"$T/e6"
check_eq "an unreachable database: exit 4" "4" "$?"

# ---- a version table in its own schema, two concurrent upgrades ----
_pgdb_n=1   # pg_newdb ran in a subshell above: its counter did not move
URL2=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -d "$URL2" -c "CREATE SCHEMA meta" >/dev/null
C="$T/conc"
mkdir -p "$C"
cd "$C" || exit 1
$SCHEMAC init m --url "$URL2" >/dev/null
sed 's/^version_table_schema =$/version_table_schema = meta/' schemac.ini >s.tmp && mv s.tmp schemac.ini
mk() {   # mk ID PARENT UP
    printf -- '-- Revision ID: %s\n-- Revises: %s\n-- Message: %s\n\n-- migrate:up\n%s\n\n-- migrate:down\n' \
        "$1" "$2" "$1" "$3" >"m/versions/$1.sql"
}
mk 00000000c001 "" "CREATE TABLE applied (rev text, at timestamptz DEFAULT clock_timestamp()); SELECT pg_sleep(0.4); INSERT INTO applied (rev) VALUES ('c001');"
mk 00000000c002 00000000c001 "SELECT pg_sleep(0.4); INSERT INTO applied (rev) VALUES ('c002');"
mk 00000000c003 00000000c002 "SELECT pg_sleep(0.4); INSERT INTO applied (rev) VALUES ('c003');"
$SCHEMAC upgrade head >"$T/p1.out" 2>&1 &
p1=$!
$SCHEMAC upgrade head >"$T/p2.out" 2>&1 &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
check_eq "both concurrent upgrades succeed" "0 0" "$r1 $r2"
check_eq "each revision ran exactly once" "c001 c002 c003" \
    "$(psql -X -q -At -d "$URL2" -c 'SELECT rev FROM applied ORDER BY at' | tr '\n' ' ' | sed 's/ $//')"
check_eq "the version table lives in schema meta" "00000000c003" \
    "$(psql -X -q -At -d "$URL2" -c 'SELECT version_num FROM meta.schemac_version')"
check_eq "no version table in public" "f" "$(psql -X -q -At -d "$URL2" -c "SELECT to_regclass('public.schemac_version') IS NOT NULL")"

# ---- include_schemas: which schemas diff -m and check compare ----
URL3=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -d "$URL3" -c "CREATE SCHEMA legacy; CREATE TABLE legacy.old (id int)" >/dev/null
S="$T/scope"
mkdir -p "$S/schemas"
cd "$S" || exit 1
$SCHEMAC init m --url "$URL3" >/dev/null
echo 'table t { id int primary key }' >schemas/main.sch
check "diff -m writes the first revision" $SCHEMAC diff -m "first" --rev-id 5c0e00000001
check "include_schemas = declared (the default): legacy is not the project's" \
    sh -c "f=\$(ls m/versions/*5c0e00000001*) && grep -q '^CREATE TABLE t ' \"\$f\" && ! grep -q legacy \"\$f\""
$SCHEMAC upgrade head >/dev/null 2>&1
check "check: nothing to do in the declared schemas" $SCHEMAC check
sed 's/^include_schemas = declared$/include_schemas = all/' schemac.ini >s.tmp && mv s.tmp schemac.ini
$SCHEMAC check >/dev/null 2>"$T/scope.err"
check_eq "include_schemas = all: check sees the undeclared schema" "1" "$?"
check "include_schemas = all: diff -m writes a revision" $SCHEMAC diff -m "drop legacy" --rev-id 5c0e00000002
check "include_schemas = all: the revision drops legacy.old and the schema" \
    sh -c "grep -q '^DROP TABLE legacy.old;' m/versions/*5c0e00000002* && grep -q '^DROP SCHEMA legacy;' m/versions/*5c0e00000002*"
check "... and it applies" $SCHEMAC upgrade head
check_eq "... legacy is gone" "f" "$(psql -X -q -At -d "$URL3" -c "SELECT to_regnamespace('legacy') IS NOT NULL")"
check "... and goes back down" $SCHEMAC downgrade -1
check_eq "... legacy is back" "t" "$(psql -X -q -At -d "$URL3" -c "SELECT to_regclass('legacy.old') IS NOT NULL")"
rm m/versions/*5c0e00000002*   # the database is at the first revision again: it is the head
sed 's/^include_schemas = all$/include_schemas = public/' schemac.ini >s.tmp && mv s.tmp schemac.ini
check "include_schemas = public: a list, legacy left out again" $SCHEMAC check

# ---- PGHOST/PGPORT/PGUSER/PGDATABASE alone name the database (issue 14 item 5) ----
ENVDB="pgenv_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
createdb "$ENVDB" >/dev/null || not_ok "createdb $ENVDB"
mkdir -p "$T/pgenv/schemas" && cd "$T/pgenv" || exit 1
$SCHEMAC init m >/dev/null
echo 'table envt { id int primary key }' >schemas/main.sch
(unset DATABASE_URL; PGDATABASE=$ENVDB $SCHEMAC diff -m "env" --rev-id e0e000000001 >/dev/null 2>"$T/pgenv.err")
check_eq "no url anywhere, PG* variables: diff -m works" "0" "$?"
(unset DATABASE_URL; PGDATABASE=$ENVDB $SCHEMAC upgrade head >/dev/null 2>>"$T/pgenv.err")
check_eq "... upgrade head too" "0" "$?"
check_eq "... in the database PGDATABASE names" "t" "$(psql -X -q -At -d "$ENVDB" -c "SELECT to_regclass('envt') IS NOT NULL")"
(unset DATABASE_URL; PGDATABASE=$ENVDB $SCHEMAC inspect >"$T/pgenv.sch" 2>>"$T/pgenv.err")
check_eq "inspect without a URL reads PGDATABASE's database" "0" "$?"
check "... and sees its table" grep -q "table envt" "$T/pgenv.sch"

# ---- an autogenerated ADD VALUE, then a failure: fixed, run again (newuser4) ----
# ADD VALUE commits on its own, so the failed revision is partly applied; once
# the rows are fixed, `upgrade head` again must not stop at the label that is
# already there ("enum label "mid" already exists"): ADD VALUE IF NOT EXISTS.
RETRYDB="pgretry_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
createdb "$RETRYDB" >/dev/null || not_ok "createdb $RETRYDB"
mkdir -p "$T/retry" && cd "$T/retry" || exit 1
$SCHEMAC init m --url "postgresql:///$RETRYDB?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}" --schema s.sch >/dev/null
printf "enum level { 'low', 'high' }\ntable t { id int primary key\n  lvl level }\n" >s.sch
$SCHEMAC diff -m one --rev-id 7e7000000001 >/dev/null 2>&1 && $SCHEMAC upgrade head >/dev/null 2>&1
psql -X -q -d "$RETRYDB" -c "INSERT INTO t VALUES (1, 'low')" >/dev/null
printf "enum level { 'low', 'mid', 'high' }\ntable t { id int primary key\n  lvl level\n  rank int not null }\n" >s.sch
$SCHEMAC diff -m two --rev-id 7e7000000002 >/dev/null 2>&1
$SCHEMAC upgrade head >/dev/null 2>"$T/retry1.err"
check_eq "ADD VALUE then a failing NOT NULL column: exit 5" "5" "$?"
check "... partly applied" grep -q "partly applied" "$T/retry1.err"
psql -X -q -d "$RETRYDB" -c "DELETE FROM t" >/dev/null
$SCHEMAC upgrade head >/dev/null 2>"$T/retry2.err"
check_eq "... the rows fixed, upgrade head again goes through" "0" "$?"
check_eq "... at the new head" "7e7000000002 (head)" "$($SCHEMAC current 2>/dev/null)"
check_eq "... with the label once" "low mid high" \
    "$(psql -X -q -At -d "$RETRYDB" -c "SELECT string_agg(enumlabel, ' ' ORDER BY enumsortorder) FROM pg_enum")"

# ---- a schema the new revision creates is not "missing" (newuser5) ----
# diff -m reads the schemas the declaration uses; one the database lacks yet
# is one the revision creates, not a warning. One named by --schema that
# nothing declares still is.
NSDB="pgnewschema_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
createdb "$NSDB" >/dev/null || not_ok "createdb $NSDB"
NSURL="postgresql:///$NSDB?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}"
mkdir -p "$T/newschema" && cd "$T/newschema" || exit 1
$SCHEMAC init m --url "$NSURL" --schema s.sch >/dev/null
printf "schema app\ntable app.t { id int primary key }\ntable u { id int primary key }\n" >s.sch
$SCHEMAC diff -m "new schema" --rev-id 5c4e00000001 >/dev/null 2>"$T/ns.err"
check_eq "diff -m with a schema it creates: no warning that it does not exist" "0:" \
    "$?:$(grep -i 'does not exist' "$T/ns.err")"
check "... and the revision creates it" grep -q '^CREATE SCHEMA app;' m/versions/*5c4e00000001*
$SCHEMAC diff --from "$NSURL" --to s.sch >/dev/null 2>"$T/ns2.err"
check_eq "diff --from DB --to FILE: no such warning either" "" "$(grep -i 'does not exist' "$T/ns2.err")"
$SCHEMAC diff --from "$NSURL" --to s.sch --schema public,app,nope >/dev/null 2>"$T/ns3.err"
check_eq "... but a schema only --schema names is still said to be missing" \
    "warning: schema nope does not exist in the database" "$(grep 'does not exist' "$T/ns3.err")"
