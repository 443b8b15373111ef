#!/bin/sh
# sqlite_options.sh - SQLite's table options (AUTOINCREMENT, STRICT, WITHOUT
# ROWID) and STRICT's ANY/BLOB types on real SQLite files, through the
# command line: a database written by hand with the sqlite3 shell, inspected
# as .sch, diffs empty both ways, the .sch compiled into a fresh file that
# is the same database; an option changed in the .sch is a rebuild that
# keeps every row (and AUTOINCREMENT's counter); PostgreSQL ignores the
# options and refuses `any`.
. "$(dirname "$0")/../lib.sh"
cd "$T" || exit 1

sqlite3 -bail hand.db <<'SQL'
CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, body ANY, raw BLOB, w REAL) STRICT;
CREATE TABLE kv (k TEXT PRIMARY KEY, v INT) STRICT, WITHOUT ROWID;
CREATE TABLE plain (id INTEGER PRIMARY KEY, note TEXT, x ANY);
INSERT INTO events (kind, body, raw, w) VALUES ('a', 1, x'00', 1.5), ('b', 'text', NULL, 2), ('c', x'ff', NULL, NULL);
DELETE FROM events WHERE id = 3;
INSERT INTO kv VALUES ('one', 1), ('two', 2);
INSERT INTO plain VALUES (1, 'n', 3.5);
SQL
url="sqlite:///$T/hand.db"

"$SCHEMAC" inspect "$url" >hand.sch 2>inspect.err
check_eq "inspect: no warnings (ANY is a known type)" "" "$(cat inspect.err)"
check "inspect --format sch writes the options" grep -q '^  sqlite autoincrement strict$' hand.sch
check "inspect --format sch: STRICT WITHOUT ROWID" grep -q '^  sqlite strict without rowid$' hand.sch
check "inspect --format sch: ANY and BLOB as declared (the DSL's any and bytea)" \
    sh -c "grep -q '^  body  ANY' hand.sch && grep -q '^  raw   BLOB' hand.sch"
check_exit "diff database -> its own .sch is empty (exit 0)" 0 "$SCHEMAC" diff --from "$url" --to hand.sch --sql
check_eq "diff database -> its own .sch prints nothing" "" "$("$SCHEMAC" diff --from "$url" --to hand.sch --sql 2>/dev/null)"
check_eq "diff .sch -> database prints nothing" "" "$("$SCHEMAC" diff --from hand.sch --to "$url" --sql 2>/dev/null)"

# the .sch compiled into a fresh file: the same options, the same types
"$SCHEMAC" compile hand.sch --dialect sqlite >fresh.sql 2>compile.err
check "the .sch compiles for SQLite" test -s fresh.sql
check "a STRICT table's columns are declared with SQLite's names" \
    grep -q '^    raw  BLOB,$' fresh.sql
check "fresh.sql loads into a real SQLite file" sqlite_exec fresh.db fresh.sql
check_eq "the fresh file has the options" \
    "$(sqlite3 hand.db "SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND name IN ('events', 'kv', 'plain') ORDER BY name")" \
    "$(sqlite3 fresh.db "SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND name IN ('events', 'kv', 'plain') ORDER BY name")"
check "the fresh file's events has AUTOINCREMENT" \
    sh -c "sqlite3 fresh.db \"SELECT sql FROM sqlite_schema WHERE name = 'events'\" | grep -q 'PRIMARY KEY AUTOINCREMENT'"
check_eq "diff fresh file -> .sch is empty" "" "$("$SCHEMAC" diff --from "sqlite:///$T/fresh.db" --to hand.sch --sql 2>&1)"
check_eq "diff hand-written file -> fresh file is empty" "" \
    "$("$SCHEMAC" diff --from "$url" --to "sqlite:///$T/fresh.db" --sql 2>&1)"
check "STRICT still refuses a wrong value in the fresh file" \
    sh -c "sqlite3 fresh.db \"INSERT INTO kv VALUES ('three', 'not a number')\" 2>&1 | grep -q 'cannot store TEXT value in INT column kv.v'"

# without the options in the .sch, diff proposes rebuilds that drop them
sed '/^  sqlite /d' hand.sch >noopts.sch
"$SCHEMAC" diff --from "$url" --to noopts.sch --sql >noopts.sql 2>/dev/null
check_eq "dropping the options rebuilds events and kv" "2" "$(grep -c '^ALTER TABLE [a-z]* RENAME TO _schemac_old_' noopts.sql)"

# an option changed: a rebuild that keeps every row and the AUTOINCREMENT counter
sed 's/^  sqlite strict without rowid$/  sqlite without rowid/' hand.sch >changed.sch
echo 'table extra { id integer primary key, sqlite autoincrement }' >>changed.sch
sed -i 's/^  note  text$/  note  text not null default '"''"'/' changed.sch
check "changed.sch differs" sh -c "! cmp -s hand.sch changed.sch"
cp hand.db work.db
"$SCHEMAC" diff --from "sqlite:///$T/work.db" --to changed.sch --sql >up.sql 2>up.err
"$SCHEMAC" diff --from "sqlite:///$T/work.db" --to changed.sch --sql --down >down.sql 2>>up.err
check "kv is rebuilt (STRICT dropped)" grep -q '^ALTER TABLE kv RENAME TO _schemac_old_kv' up.sql
rows() { sqlite3 "$1" "SELECT id, kind, quote(body), quote(raw), w FROM events ORDER BY id;
                       SELECT k, v FROM kv ORDER BY k; SELECT id, note, x FROM plain ORDER BY id;"; }
rows hand.db >rows.before
check "up applies (sqlite3 -bail)" sqlite_exec work.db up.sql
check_eq "after up: diff against changed.sch is empty" "" "$("$SCHEMAC" diff --from "sqlite:///$T/work.db" --to changed.sch --sql 2>&1)"
check_eq "after up: kv is no longer STRICT" "0" "$(sqlite3 work.db "SELECT strict FROM pragma_table_list WHERE name = 'kv'")"
rows work.db >rows.up
check_files "after up: every row kept" rows.before rows.up
check "down applies" sqlite_exec work.db down.sql
check_eq "after down: diff against the original .sch is empty" "" "$("$SCHEMAC" diff --from "sqlite:///$T/work.db" --to hand.sch --sql 2>&1)"
rows work.db >rows.down
check_files "after down: every row kept" rows.before rows.down

# events keeps AUTOINCREMENT through a rebuild: id 3 was deleted, never reused
sed 's/^  kind  TEXT    not null$/  kind  TEXT    not null default '"'x'"'/' hand.sch >kind.sch
cp hand.db seq.db
"$SCHEMAC" diff --from "sqlite:///$T/seq.db" --to kind.sch --sql >seq.sql 2>/dev/null
check "events is rebuilt" grep -q '^ALTER TABLE events RENAME TO _schemac_old_events' seq.sql
check "seq.sql applies" sqlite_exec seq.db seq.sql
sqlite3 seq.db "INSERT INTO events (kind) VALUES ('d')"
check_eq "AUTOINCREMENT: the next id after a rebuild is 4, not 3" "4" "$(sqlite3 seq.db "SELECT max(id) FROM events")"

# PostgreSQL: the options are ignored, `any` is refused
printf 'table t {\n  id integer primary key\n  b  bytea\n  sqlite autoincrement strict\n}\n' >pg.sch
check_exit "compile for postgresql ignores the options" 0 "$SCHEMAC" compile pg.sch --dialect postgresql
check "and writes none of them" sh -c "! \"$SCHEMAC\" compile pg.sch --dialect postgresql | grep -qi 'strict\|autoincrement'"
check_exit "any for postgresql: unsupported (exit 6)" 6 "$SCHEMAC" compile hand.sch --dialect postgresql
check "and the error points at the column" \
    sh -c "\"$SCHEMAC\" compile hand.sch --dialect postgresql 2>&1 | grep -q 'hand.sch:[0-9]*:[0-9]*: error: column \"events.body\": type any is SQLite'"

# misuse in the .sch: exit 3 with file:line:col
printf 'table t {\n  id bigint primary key\n  sqlite autoincrement\n}\n' >bad.sch
check_exit "autoincrement on a bigint key: input error (exit 3)" 3 "$SCHEMAC" compile bad.sch --dialect sqlite
check "the error is at the option" \
    sh -c "\"$SCHEMAC\" compile bad.sch --dialect sqlite 2>&1 | grep -q '^bad.sch:3:10: error: AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY'"
printf 'table t {\n  a text\n  sqlite without rowid\n}\n' >bad2.sch
check_exit "without rowid without a key: input error (exit 3), for postgresql too" 3 \
    "$SCHEMAC" compile bad2.sch --dialect postgresql
