#!/bin/sh
# workflow_sqlite.sh - the revision workflow of issue 6 end to end on real
# SQLite files: init, diff -m, upgrade, current, history, check, downgrade,
# offline --sql against a golden file, branches, merge, stamp, a failing
# revision rolled back, bad input, two concurrent upgrades.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

DIALECT=sqlite
URL="sqlite:///app.db"
dbq() { sqlite3 -batch "$W/app.db" "$1"; }
dbq_count() {
    if [ -n "$(sqlite3 -batch "$W/app.db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '$1'")" ]; then
        sqlite3 -batch "$W/app.db" "SELECT count(*) FROM \"$1\""
    else echo missing; fi
}
. "$ROOT/tests/workflow/scenario.sh"

# ---- a table rebuild (PRAGMA outside the transaction) that fails: rolled back ----
cat >migrations/versions/rebuild.sql <<EOS
-- Revision ID: 0a0a0a0a0a02
-- Revises: 0d0d0d0d0d01
-- Message: failing rebuild

-- migrate:up
-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
CREATE TABLE _schemac_new_users (id INTEGER PRIMARY KEY, email text);
INSERT INTO _schemac_new_users SELECT id, email FROM users;
DROP TABLE users;
INSERT INTO no_such_table VALUES (1);
-- schemac:no-transaction
PRAGMA foreign_keys = ON;

-- migrate:down
EOS
$SCHEMAC upgrade head >/dev/null 2>"$T/rb.err"
check_eq "a failing rebuild: exit 5" "5" "$?"
check "... rolled back (a PRAGMA commits nothing)" grep -q "upgrade of revision 0a0a0a0a0a02 failed (rolled back): no such table: no_such_table" "$T/rb.err"
check_eq "... users is intact" "1" "$(dbq_count users)"
check_eq "... no half-built table" "missing" "$(dbq_count _schemac_new_users)"
check_eq "... the database did not move" "0d0d0d0d0d01" "$(dbq 'SELECT version_num FROM schemac_version')"
rm -f migrations/versions/rebuild.sql

# ---- an unreachable database; DATABASE_URL overrides url, --url overrides both ----
$SCHEMAC current --url "sqlite:////nonexistent/dir/x.db" >/dev/null 2>"$T/e6"
check_eq "an unreachable database: exit 4" "4" "$?"
check "... with a clear message" grep -q "nonexistent/dir/x.db" "$T/e6"
DATABASE_URL="sqlite:////nonexistent/dir/y.db" $SCHEMAC current >/dev/null 2>"$T/e7"
check_eq "DATABASE_URL overrides the url of schemac.ini" "4" "$?"
check_eq "--url overrides DATABASE_URL" "0d0d0d0d0d01 (head)" \
    "$(DATABASE_URL="sqlite:////nonexistent/dir/y.db" $SCHEMAC current --url "sqlite:///app.db")"
mkdir -p "$T/elsewhere"
check_eq "-c FILE from another folder (paths relative to the ini file)" "0d0d0d0d0d01 (head), merge branches" \
    "$(cd "$T/elsewhere" && $SCHEMAC heads -c "$W/schemac.ini")"
# Alembic's spelling, the config before the command (newuser4)
check_eq "-c FILE before the command, as alembic -c FILE heads" "0d0d0d0d0d01 (head), merge branches" \
    "$(cd "$T/elsewhere" && $SCHEMAC -c "$W/schemac.ini" heads)"
check_eq "--config=FILE before the command" "0d0d0d0d0d01 (head), merge branches" \
    "$(cd "$T/elsewhere" && $SCHEMAC --config="$W/schemac.ini" heads)"
(cd "$T/elsewhere" && $SCHEMAC -c "$W/schemac.ini") >/dev/null 2>&1
check_eq "-c FILE and no command: a usage error" 2 $?

# ---- two upgrades started together apply each revision once ----
C="$T/conc"
mkdir -p "$C"
cd "$C" || exit 1
$SCHEMAC init m --url "sqlite:///c.db" >/dev/null
slow="SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT x FROM c);"
mk() {   # mk ID PARENT UP
    printf -- '-- Revision ID: %s\n-- Revises: %s\n-- Message: %s\n\n-- migrate:up\n%s\n\n-- migrate:down\n' \
        "$1" "$2" "$1" "$3" >"m/versions/$1.sql"
}
mk 00000000c001 "" "CREATE TABLE applied (rev text); $slow INSERT INTO applied VALUES ('c001');"
mk 00000000c002 00000000c001 "$slow INSERT INTO applied VALUES ('c002');"
mk 00000000c003 00000000c002 "$slow INSERT INTO applied VALUES ('c003');"
$SCHEMAC upgrade head >"$T/p1.out" 2>&1 &
p1=$!
$SCHEMAC upgrade head >"$T/p2.out" 2>&1 &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
check_eq "both concurrent upgrades succeed" "0 0" "$r1 $r2"
check_eq "each revision ran exactly once" "c001 c002 c003" "$(sqlite3 -batch c.db 'SELECT rev FROM applied ORDER BY rowid' | tr '\n' ' ' | sed 's/ $//')"
check_eq "the version table holds the head once" "00000000c003" "$(sqlite3 -batch c.db 'SELECT version_num FROM schemac_version')"
check_eq "the two runs share the three revisions" "3" "$(cat "$T/p1.out" "$T/p2.out" | grep -c '^Running upgrade')"

# ---- transaction_per_migration = false: one transaction for the whole run ----
mk 00000000c004 00000000c003 "INSERT INTO applied VALUES ('c004');"
mk 00000000c005 00000000c004 "INSERT INTO applied VALUES ('c005'); INSERT INTO no_such_table VALUES (1);"
sed 's/^transaction_per_migration = true$/transaction_per_migration = false/' schemac.ini >s.tmp && mv s.tmp schemac.ini
$SCHEMAC upgrade head >/dev/null 2>"$T/onetx.err"
check_eq "one transaction: a failure in the second revision exits 5" "5" "$?"
check "... and the error names the first one as rolled back with it" \
    grep -q "upgrade of revision 00000000c005 failed (rolled back, and with it 00000000c004, run before it in the same transaction" "$T/onetx.err"
check_eq "... and rolls back the first one too" "00000000c003 3" \
    "$(sqlite3 -batch c.db 'SELECT version_num FROM schemac_version') $(sqlite3 -batch c.db 'SELECT count(*) FROM applied')"
rm -f m/versions/00000000c005.sql
check "one transaction: the good revision alone" $SCHEMAC upgrade head
check_eq "... is applied" "00000000c004 4" \
    "$(sqlite3 -batch c.db 'SELECT version_num FROM schemac_version') $(sqlite3 -batch c.db 'SELECT count(*) FROM applied')"
