#!/bin/sh
# sqlite_fk_check.sh - a SQLite table rebuild ends with a foreign key guard:
# rows that violate a foreign key must fail the change and roll it back whole,
# online (`upgrade`, exit 5, the revision and statement named) and offline
# (`upgrade --sql` and `diff --sql` scripts run with the sqlite3 shell), not
# pass silently. Revisions written before the guard existed end with a plain
# PRAGMA foreign_key_check, whose rows schemac still turns into an error.
. "$(dirname "$0")/../lib.sh"
cd "$T" || exit 1
unset DATABASE_URL SCHEMAC_CONFIG
mkdir -p schema
cat >schema/app.sch <<'SCH'
table parent { id integer primary key }
table child {
  id        integer primary key
  parent_id int
}
SCH
"$SCHEMAC" init migrations --url sqlite:///app.db --schema schema/ >/dev/null 2>&1
"$SCHEMAC" diff -m "initial" >/dev/null 2>&1
check "the first revision applies" "$SCHEMAC" upgrade head
sqlite3 app.db "INSERT INTO parent VALUES (1); INSERT INTO child VALUES (10, 1), (11, 99);"
before=$("$SCHEMAC" current 2>/dev/null | cut -d" " -f1)
cp app.db pristine.db   # at the first revision, with the violating row

# state DB: the schema text, the rows and the version, to compare before/after
state() {
    sqlite3 "$1" "SELECT type, name, sql FROM sqlite_schema ORDER BY name;
                  SELECT 'child', id, parent_id FROM child ORDER BY id;
                  SELECT 'version', version_num FROM schemac_version;"
}
state pristine.db >pristine.state

# the new FK makes SQLite rebuild child; row 11 references a missing parent
cat >schema/app.sch <<'SCH'
table parent { id integer primary key }
table child {
  id        integer primary key
  parent_id int references parent (id)
}
SCH
"$SCHEMAC" diff -m "child references parent" >/dev/null 2>&1
rev=$(ls migrations/versions/*child_references_parent.sql)
check "the revision rebuilds the table" grep -q '^ALTER TABLE child RENAME TO _schemac_old_child' "$rev"
check "the revision ends the rebuild with the foreign key guard" \
    grep -q '^INSERT OR ROLLBACK INTO temp._schemac_fk_check' "$rev"
check "the guard names the pair child -> parent" \
    grep -q 'CONSTRAINT "foreign key check failed: rows of child reference missing rows of parent"' "$rev"

# ---- online ------------------------------------------------------------------
"$SCHEMAC" upgrade head >"$T/up.out" 2>"$T/up.err"
check_eq "upgrade fails with a migration error" 5 $?
check "the error names the revision and the violation" \
    grep -q "upgrade of revision [0-9a-f]* failed (rolled back): foreign key check failed: rows of child reference missing rows of parent" "$T/up.err"
check "the error shows the guard statement" grep -q "statement: INSERT OR ROLLBACK INTO temp._schemac_fk_check" "$T/up.err"
check_eq "the database stays at the previous revision" "$before" "$("$SCHEMAC" current 2>/dev/null | cut -d" " -f1)"
check_eq "child keeps its rows" "10|1
11|99" "$(sqlite3 app.db 'SELECT id, parent_id FROM child ORDER BY id')"
check_eq "no FK was added" "0" "$(sqlite3 app.db "SELECT count(*) FROM pragma_foreign_key_list('child')")"
check_eq "no leftover rebuild table" "" "$(sqlite3 app.db "SELECT name FROM sqlite_schema WHERE name LIKE '_schemac%'")"
state app.db >app.state
check_files "online: the database is exactly as before" pristine.state app.state

# ---- offline: upgrade --sql, run with the sqlite3 shell ----------------------
"$SCHEMAC" upgrade "$before:head" --sql >up.sql 2>up.sql.err
check "upgrade --sql writes the guard" grep -q '^INSERT OR ROLLBACK INTO temp._schemac_fk_check' up.sql
cp pristine.db off.db
sqlite3 -bail off.db <up.sql >off.out 2>off.err
check_eq "offline (sqlite3 -bail): the script fails" 1 $?
check "offline: sqlite3 says which table has violations" \
    grep -q "CHECK constraint failed: foreign key check failed: rows of child reference missing rows of parent" off.err
state off.db >off.state
check_files "offline (sqlite3 -bail): the database is unchanged, version included" pristine.state off.state

# Without -bail the shell goes on after the error; the guard has rolled the
# rebuild's transaction back all the same (what follows it, the version
# update, is why offline scripts are run with -bail, as psql's with ON_ERROR_STOP).
cp pristine.db nobail.db
sqlite3 nobail.db <up.sql >nobail.out 2>nobail.err
check_eq "offline (sqlite3 without -bail): the shell reports failure" 1 $?
check_eq "offline (sqlite3 without -bail): child keeps its table and rows" \
    "$(sqlite3 pristine.db "SELECT sql FROM sqlite_schema WHERE name = 'child'; SELECT * FROM child")" \
    "$(sqlite3 nobail.db "SELECT sql FROM sqlite_schema WHERE name = 'child'; SELECT * FROM child")"
check_eq "offline (sqlite3 without -bail): no FK was added" "0" \
    "$(sqlite3 nobail.db "SELECT count(*) FROM pragma_foreign_key_list('child')")"

# ---- offline: diff --sql (no transaction of its own around it) --------------
cp pristine.db diff.db
"$SCHEMAC" diff --from sqlite:///"$T"/diff.db --to schema/app.sch --sql >diff.sql 2>diff.err
check "diff --sql opens a savepoint before the rebuild" grep -q '^SAVEPOINT schemac_rebuild;' diff.sql
sqlite3 diff.db <diff.sql >diffrun.out 2>diffrun.err
check_eq "diff --sql (sqlite3 without -bail): the script fails" 1 $?
check "diff --sql: the error names the violation" \
    grep -q "foreign key check failed: rows of child reference missing rows of parent" diffrun.err
state diff.db >diff.state
check_files "diff --sql: the database is unchanged" pristine.state diff.state

# ---- a violation in a table that is not rebuilt: the catch-all --------------
cp pristine.db other.db
sqlite3 other.db "CREATE TABLE other (id integer PRIMARY KEY, p integer REFERENCES parent (id));
                  INSERT INTO other VALUES (1, 42);
                  DELETE FROM child WHERE id = 11;"
mkdir -p schema2
cp schema/app.sch schema2/app.sch
echo 'table other { id integer primary key, p integer references parent (id) }' >>schema2/app.sch
"$SCHEMAC" diff --from sqlite:///"$T"/other.db --to schema2/app.sch --sql >other.sql 2>other.err
check "only child is rebuilt" sh -c "grep -c '^ALTER TABLE [a-z]* RENAME TO _schemac_old_' other.sql | grep -qx 1"
sqlite3 -bail other.db <other.sql >otherrun.out 2>otherrun.err
check_eq "a violation elsewhere fails the script too" 1 $?
check "and says PRAGMA foreign_key_check lists the rows" \
    grep -q "CHECK constraint failed: foreign key check failed: PRAGMA foreign_key_check lists the rows" otherrun.err
check_eq "nothing was rebuilt" "0" "$(sqlite3 other.db "SELECT count(*) FROM pragma_foreign_key_list('child')")"

# ---- fixed data: both paths apply ---------------------------------------------
cp pristine.db offok.db
sqlite3 offok.db "DELETE FROM child WHERE id = 11;"
check "offline: after fixing the data the script applies" sqlite_exec offok.db up.sql
check_eq "offline: the FK is there" "parent" "$(sqlite3 offok.db "SELECT \"table\" FROM pragma_foreign_key_list('child')")"
check_eq "offline: no temp guard or rebuild table left" "" \
    "$(sqlite3 offok.db "SELECT name FROM sqlite_schema WHERE name LIKE '_schemac%'")"

sqlite3 app.db "DELETE FROM child WHERE id = 11;"
check "online: after fixing the data the revision applies" "$SCHEMAC" upgrade head
check_eq "online: the FK is there" "parent" "$(sqlite3 app.db "SELECT \"table\" FROM pragma_foreign_key_list('child')")"
check_eq "online: at head" "$("$SCHEMAC" heads 2>/dev/null | cut -d" " -f1)" \
    "$("$SCHEMAC" current 2>/dev/null | cut -d" " -f1)"

# ---- a revision written before the guard: PRAGMA foreign_key_check rows ------
# (the same revision with the guard replaced by the old last statement)
cp pristine.db app.db
awk '/^-- foreign keys must still hold/ { skip = 1; print "PRAGMA foreign_key_check;"; next }
     skip && /^RELEASE schemac_rebuild;/ { skip = 0; next }
     !skip' "$rev" >"$rev.new" && mv "$rev.new" "$rev"
check "the old-style revision has the bare PRAGMA" grep -q '^PRAGMA foreign_key_check;$' "$rev"
"$SCHEMAC" upgrade head >"$T/old.out" 2>"$T/old.err"
check_eq "old-style revision: upgrade fails" 5 $?
check "old-style revision: the rows become the error" \
    grep -q "foreign key check failed: 1 violation (row 11 of table child references parent)" "$T/old.err"
state app.db >old.state
check_files "old-style revision: the database is exactly as before" pristine.state old.state
