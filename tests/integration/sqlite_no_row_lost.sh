#!/bin/sh
# sqlite_no_row_lost.sh - issue 13 item 5: an up or down script run by a plain
# `sqlite3 db < script` (no -bail: the shell goes on after an error) leaves
# the database exactly as it was when a statement of a table rebuild fails:
# a CHECK, NOT NULL or UNIQUE constraint that existing rows violate, a new
# unique index, a foreign key check, two rebuilds of which the second fails,
# a rebuild that fails after a table renamed only in case, and a script run
# on a database that is not the one it was written for.
# Each case: 500 rows, the script through sqlite3 without -bail, then the
# rows and the sqlite_schema text compared with a copy of the original.
. "$(dirname "$0")/../lib.sh"
cd "$T" || exit 1

# state DB: the schema text and every row of every table
state() {
    sqlite3 "$1" "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name;" \
        "SELECT 'items', * FROM items ORDER BY id;" \
        "SELECT 'other', * FROM other ORDER BY id;" 2>&1
}

# base DB: items (500 rows, some qty >= 100, some NULL names, a duplicate
# name) and other (rows referencing items, one a missing item)
base() {
    rm -f "$1"
    sqlite3 "$1" "CREATE TABLE items (id integer PRIMARY KEY, qty int, name text);
        CREATE INDEX ix_items_name ON items (name);
        CREATE TABLE other (id integer PRIMARY KEY, item_id int, note text);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
        INSERT INTO items (qty, name) SELECT i, CASE WHEN i % 100 = 0 THEN NULL ELSE 'n' || (i % 450) END FROM n;
        INSERT INTO other (item_id, note) VALUES (1, 'a'), (2, NULL), (999, 'c');"
}

ITEMS='table items {
  id   integer primary key
  qty  int
  name text
  index ix_items_name (name)'
OTHER='table other {
  id      integer primary key
  item_id int
  note    text'

# offline NAME SCH: the up script from base to SCH, run without -bail, must
# fail and leave the database as it was.
offline() {
    base "$1.db"
    cp "$1.db" "$1.orig.db"
    printf '%s\n' "$2" >"$1.sch"
    "$SCHEMAC" diff --from "sqlite:///$T/$1.db" --to "$1.sch" --sql >"$1.sql" 2>"$1.diff.err"
    check "$1: the script rebuilds" grep -q '^ALTER TABLE [a-z]* RENAME TO _schemac_old_' "$1.sql"
    sqlite3 "$1.db" <"$1.sql" >"$1.out" 2>"$1.err"
    check_eq "$1: sqlite3 without -bail reports the failure" 1 $?
    check_eq "$1: 500 rows of items are still there" 500 "$(sqlite3 "$1.db" 'SELECT count(*) FROM items')"
    state "$1.orig.db" >"$1.orig.state"
    state "$1.db" >"$1.state"
    check_files "$1: the database is exactly as it was" "$1.orig.state" "$1.state"
}

offline check_violated "$ITEMS
  check (qty < 100)
}
$OTHER
}"
check "check_violated: the error says the rebuild was rolled back" \
    grep -q "CHECK constraint failed: rebuild of items failed: rolled back, nothing changed" check_violated.err

offline not_null_violated "$(printf '%s\n' "$ITEMS" | sed 's/name text/name text not null/')
}
$OTHER
}"

offline unique_violated "$ITEMS
  unique (name)
}
$OTHER
}"

offline unique_index_violated "$(printf '%s\n' "$ITEMS" | sed 's/index ix_items_name (name)/unique index ix_items_name (name)/')
  check (qty > 0)
}
$OTHER
}"

offline foreign_key_violated "$ITEMS
}
$OTHER
  foreign key (item_id) references items (id)
}"
check "foreign_key_violated: the foreign key guard names the pair" \
    grep -q "foreign key check failed: rows of other reference missing rows of items" foreign_key_violated.err

# the first rebuild (other) succeeds, the second (items) fails: both roll back
offline second_rebuild_fails "$ITEMS
  check (qty < 100)
}
$OTHER
  check (id > 0)
}"

# a table and a column renamed only in case (through a temporary name) in
# the same script as a failing rebuild: the renames roll back too
offline case_rename_and_rebuild_fails "$ITEMS
  check (qty < 100)
}
table \"Other\" {
  id      integer primary key
  item_id int
  \"Note\"  text
}"
check "case_rename_and_rebuild_fails: the script renames through a temporary name" \
    grep -q 'RENAME TO "_schemac_case_Other"' case_rename_and_rebuild_fails.sql

# ---- the down script: up drops a check, a new row violates it, down fails -----
base down.db
printf '%s\n' "$ITEMS
  check (qty <= 500)
}
$OTHER
}" >down_a.sch
printf '%s\n' "$ITEMS
}
$OTHER
}" >down_b.sch
# bring down.db to down_a.sch (its rows fit the check), keep a copy as A
sqlite3 -bail down.db ".read /dev/stdin" <<SQL >/dev/null 2>&1
$("$SCHEMAC" diff --from sqlite:///"$T"/down.db --to down_a.sch --sql 2>/dev/null)
SQL
cp down.db down_a.db
"$SCHEMAC" diff --from sqlite:///"$T"/down.db --to down_b.sch --sql >down_up.sql 2>/dev/null
"$SCHEMAC" diff --from sqlite:///"$T"/down.db --to down_b.sch --sql --down >down_down.sql 2>/dev/null
check_eq "down: A has the check" 1 "$(sqlite3 down_a.db "SELECT count(*) FROM sqlite_schema WHERE name = 'items' AND sql LIKE '%qty <= 500%'")"
check "down: the up script applies" sqlite3 -bail down.db ".read down_up.sql"
sqlite3 down.db "INSERT INTO items (qty, name) VALUES (900, 'big')"
cp down.db down_b.orig.db
sqlite3 down.db <down_down.sql >down.out 2>down.err
check_eq "down: sqlite3 without -bail reports the failure" 1 $?
check_eq "down: 501 rows of items are still there" 501 "$(sqlite3 down.db 'SELECT count(*) FROM items')"
state down_b.orig.db >down.orig.state
state down.db >down.state
check_files "down: the database is exactly as it was" down.orig.state down.state

# ---- a script run on a database it was not written for: items has no
# column qty there, so the copy cannot even be prepared; nothing is lost ----
base wrong.db
sqlite3 wrong.db "ALTER TABLE items RENAME COLUMN qty TO quantity"
cp wrong.db wrong.orig.db
sqlite3 wrong.db <down_down.sql >wrong.out 2>wrong.err
check "wrong database: the copy fails to prepare" grep -q "no such column: qty" wrong.err
check_eq "wrong database: 500 rows kept" 500 "$(sqlite3 wrong.db 'SELECT count(*) FROM items')"
state wrong.orig.db >wrong.orig.state
state wrong.db >wrong.state
check_files "wrong database: exactly as it was" wrong.orig.state wrong.state

# ---- nothing violated: the same kind of script applies and converges ---------
base fine.db
sqlite3 fine.db "DELETE FROM items WHERE qty >= 100"
printf '%s\n' "$ITEMS
  check (qty < 100)
}
$OTHER
}" >fine.sch
"$SCHEMAC" diff --from sqlite:///"$T"/fine.db --to fine.sch --sql >fine.sql 2>/dev/null
sqlite3 fine.db <fine.sql >fine.out 2>fine.err
check_eq "fine: the script applies without an error" "0:" "$?:$(cat fine.err)"
check_eq "fine: the rows are kept" 99 "$(sqlite3 fine.db 'SELECT count(*) FROM items')"
check_eq "fine: nothing left to do" "" \
    "$("$SCHEMAC" diff --from sqlite:///"$T"/fine.db --to fine.sch --sql 2>/dev/null | grep -v '^--' | grep -v '^$')"
check_eq "fine: no guard or rebuild table left" "" \
    "$(sqlite3 fine.db "SELECT name FROM sqlite_schema WHERE name LIKE '_schemac%'")"
