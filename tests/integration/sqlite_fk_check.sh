#!/bin/sh
# sqlite_fk_check.sh - a SQLite table rebuild ends with PRAGMA
# foreign_key_check; rows that violate a foreign key the rebuild adds must
# fail the revision (exit 5) and roll it back whole, not pass silently.
. "$(dirname "$0")/../lib.sh"
cd "$T" || exit 1
unset DATABASE_URL SCHEMAC_CONFIG
mkdir -p schema
cat >schema/app.sch <<'SCH'
table parent { id int primary key }
table child {
  id        int primary key
  parent_id int
}
SCH
"$SCHEMAC" init migrations --url sqlite:///app.db --schema schema/ >/dev/null 2>&1
"$SCHEMAC" diff -m "initial" >/dev/null 2>&1
check "the first revision applies" "$SCHEMAC" upgrade head
sqlite3 app.db "INSERT INTO parent VALUES (1); INSERT INTO child VALUES (10, 1), (11, 99);"
before=$("$SCHEMAC" current 2>/dev/null | cut -d" " -f1)

# the new FK makes SQLite rebuild child; row 11 references a missing parent
cat >schema/app.sch <<'SCH'
table parent { id int primary key }
table child {
  id        int primary key
  parent_id int references parent (id)
}
SCH
"$SCHEMAC" diff -m "child references parent" >/dev/null 2>&1
check "the revision rebuilds the table and checks the foreign keys" \
    sh -c "grep -q 'PRAGMA foreign_key_check' migrations/versions/*child_references_parent.sql"
"$SCHEMAC" upgrade head >"$T/up.out" 2>"$T/up.err"
check_eq "upgrade fails with a migration error" 5 $?
check "the error names the violation" grep -q "foreign key check failed: 1 violation (row 11 of table child references parent)" "$T/up.err"
check_eq "the database stays at the previous revision" "$before" "$("$SCHEMAC" current 2>/dev/null | cut -d" " -f1)"
check_eq "child keeps its rows" "10|1
11|99" "$(sqlite3 app.db 'SELECT id, parent_id FROM child ORDER BY id')"
check_eq "no FK was added" "0" "$(sqlite3 app.db "SELECT count(*) FROM pragma_foreign_key_list('child')")"
check_eq "no leftover rebuild table" "" "$(sqlite3 app.db "SELECT name FROM sqlite_schema WHERE name LIKE '_schemac%'")"

sqlite3 app.db "DELETE FROM child WHERE id = 11;"
check "after fixing the data the revision applies" "$SCHEMAC" upgrade head
check_eq "the FK is there" "parent" "$(sqlite3 app.db "SELECT \"table\" FROM pragma_foreign_key_list('child')")"
