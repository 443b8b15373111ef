#!/bin/sh
# inspect_sqlite.sh - `schemac inspect` on real SQLite files: databases
# written by hand as other tools leave them, and schemas/*.sch compiled for
# SQLite, each round-tripped: load -> inspect --format sql -> load into a
# second file -> inspect: both give the same SQL and the same JSON.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

# inspect_to NAME DB FORMAT: inspect DB into $T/NAME (stderr into $T/NAME.err).
inspect_to() {
    "$SCHEMAC" inspect "sqlite:///$2" --format "$3" >"$T/$1" 2>"$T/$1.err"
}

# roundtrip NAME DB1 [strict]: DB1 -> sql -> DB2 -> sql/json, and once more
# to DB3; strict: DB1's JSON too.
roundtrip() {
    _rt=$1
    if ! inspect_to "$_rt.1.sql" "$2" sql; then not_ok "$_rt: inspect"; sed 's/^/#   /' "$T/$_rt.1.sql.err"; return; fi
    ok "$_rt: inspect --format sql"
    rm -f "$T/$_rt.2.db" "$T/$_rt.3.db"
    check "$_rt: inspected SQL loads into an empty file" sqlite_exec "$T/$_rt.2.db" "$T/$_rt.1.sql"
    inspect_to "$_rt.2.sql" "$T/$_rt.2.db" sql
    check_files "$_rt: same SQL after a round trip" "$T/$_rt.1.sql" "$T/$_rt.2.sql"
    sqlite_exec "$T/$_rt.3.db" "$T/$_rt.2.sql"
    inspect_to "$_rt.2.json" "$T/$_rt.2.db" json
    inspect_to "$_rt.3.json" "$T/$_rt.3.db" json
    check_files "$_rt: same JSON after a second round trip" "$T/$_rt.2.json" "$T/$_rt.3.json"
    # the JSON model compiles back to exactly what the file holds
    inspect_to "$_rt.model.json" "$2" json
    "$SCHEMAC" diff --from "sqlite:///$2" --to "$T/$_rt.model.json" >"$T/$_rt.json.diff" 2>"$T/$_rt.json.diff.err"
    check_eq "$_rt: inspected JSON diffs empty against the file (exit)" 0 $?
    check_eq "$_rt: ... no statements" "" "$(cat "$T/$_rt.json.diff")"
    # the DSL (default format) too, except for what it cannot write (a
    # declared type such as datetime: docs/sqlite.md): only the tables the
    # DSL marks with a "-- sqlite:" comment may be rebuilt
    inspect_to "$_rt.sch" "$2" sch
    "$SCHEMAC" diff --from "sqlite:///$2" --to "$T/$_rt.sch" >"$T/$_rt.sch.diff" 2>"$T/$_rt.sch.diff.err"
    check_eq "$_rt: inspected DSL compiles and diffs against the file (exit)" 0 $?
    _opt_tables=$(awk '/^table /{t=$2} /^  -- sqlite:/{print t}' "$T/$_rt.sch" | sort -u)
    _rebuilt=$(sed -n 's/^-- table \(.*\)$/\1/p' "$T/$_rt.sch.diff" | sort)
    check_eq "$_rt: ... only tables with SQLite table options differ" "$_opt_tables" "$_rebuilt"
    # names written by schemac are explicit from the start: the first file
    # already reads as the second (a hand-made one gains CONSTRAINT names)
    if [ "${3:-}" = strict ]; then
        inspect_to "$_rt.1.json" "$2" json
        check_files "$_rt: same JSON as the first file" "$T/$_rt.1.json" "$T/$_rt.2.json"
    fi
}

# 1. A database made in the sqlite3 shell, by hand, plus Alembic batch-mode
#    leftovers and schemac's own enum spelling.
cat >"$T/hand.sql" <<'SQL'
create table users (
  id integer primary key autoincrement,
  email varchar(255) not null unique,
  name TEXT collate nocase,   -- case-insensitive
  score INT default 0 check(score>=0),
  created datetime default current_timestamp,
  "Full Name" text default ('a' || 'b'),
  avatar blob,
  seen_at DATETIME
);
create table posts (
  id INTEGER PRIMARY KEY,
  author_id int references users on delete cascade,
  title text not null /* required */,
  mood mood not null default 'happy',
  deleted_at timestamp,
  constraint ck_posts_mood_enum check (mood in ('happy', 'sad'))
);
create index posts_title on posts (title desc);
create unique index ux_posts_lower on posts (lower(title) collate nocase) where deleted_at is null;
CREATE TABLE "_alembic_tmp_accounts" (
	id INTEGER NOT NULL, 
	owner_id INTEGER, 
	status VARCHAR(8) NOT NULL, 
	CONSTRAINT pk_accounts PRIMARY KEY (id), 
	CONSTRAINT uq_accounts_owner_id UNIQUE (owner_id), 
	CONSTRAINT fk_accounts_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE, 
	CONSTRAINT ck_accounts_status CHECK (status IN ('open', 'closed'))
);
ALTER TABLE "_alembic_tmp_accounts" RENAME TO accounts;
create table schemac_version (version_num text not null);
create view active_users as select * from users;
SQL
sqlite_exec "$T/hand.db" "$T/hand.sql"
inspect_to hand.sql.out "$T/hand.db" sql
check_eq "hand-written: inspect exits 0" 0 $?
check "hand-written: the view is in the SQL or named on stderr, not dropped silently" \
    grep -q "active_users" "$T/hand.sql.out" "$T/hand.sql.out.err"
check "hand-written: the version table is skipped" sh -c "! grep -q schemac_version '$T/hand.sql.out'"
check "hand-written: the enum column keeps its type and IN check" \
    grep -q "CHECK (mood IN ('happy', 'sad'))" "$T/hand.sql.out"
check "hand-written: Alembic's names kept" grep -q "CONSTRAINT fk_accounts_owner_id_users FOREIGN KEY" "$T/hand.sql.out"
check "hand-written: partial expression index kept" grep -qi "WHERE.*deleted_at is null" "$T/hand.sql.out"
roundtrip hand "$T/hand.db"

# 2. Every example schema, compiled for SQLite.
for f in "$ROOT"/schemas/*.sch; do
    [ -f "$f" ] || continue
    b=$(basename "$f" .sch)
    if ! "$SCHEMAC" compile "$f" --dialect sqlite -o "$T/$b.sql" 2>"$T/$b.err"; then
        not_ok "$b.sch: compile --dialect sqlite"; sed 's/^/#   /' "$T/$b.err"; continue
    fi
    check "$b.sch: compiled SQL loads into an empty file" sqlite_exec "$T/$b.db" "$T/$b.sql"
    roundtrip "$b.sch" "$T/$b.db" strict
    # the declared schema, normalised through an in-memory SQLite
    # (sc_normalize_sqlite), against the inspected file: nothing to do
    "$SCHEMAC" diff --from "sqlite:///$T/$b.db" --to "$f" >"$T/$b.diff" 2>"$T/$b.diff.err"
    check_eq "$b.sch: diff of the loaded file against the schema exits 0" 0 $?
    check_eq "$b.sch: ... and is empty" "" "$(cat "$T/$b.diff")"
    sqlite3 "$T/$b.db" "$(sqlite3 "$T/$b.db" "SELECT 'DROP INDEX \"' || name || '\"' FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL LIMIT 1")"
    "$SCHEMAC" diff --from "sqlite:///$T/$b.db" --to "$f" >"$T/$b.diff" 2>&1
    check "$b.sch: a dropped index shows in the diff" grep -q "CREATE.*INDEX" "$T/$b.diff"
done

# 3. Files that are not databases.
check_exit "a missing file: exit 4" 4 "$SCHEMAC" inspect "sqlite:///$T/missing.db"
check "a missing file is not created" test ! -e "$T/missing.db"
printf 'not a database, just text\n%.0s' $(seq 1 200) >"$T/text.db"
check_exit "a text file: exit 4" 4 "$SCHEMAC" inspect "sqlite:///$T/text.db"

# 4. A check with SQLite's double-quoted strings (newuser5): "a" is a string
# to SQLite when no column has that name. The inspected schema still
# compiles and diffs (a warning at the name, not the error an unknown
# column is), and the diff against the file is empty.
sqlite3 "$T/dq.db" 'CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT CHECK (status IN ("a", "b")));'
"$SCHEMAC" inspect "sqlite:///$T/dq.db" -o "$T/dq.sch" 2>/dev/null
"$SCHEMAC" compile --dialect sqlite "$T/dq.sch" >/dev/null 2>"$T/dq.err"
check_eq "double-quoted strings in a check: compile exits 0" 0 $?
check "... and warns at the name" grep -q "dq.sch:.*: warning: \"a\" in check constraint .* is no column: SQLite reads it as the string 'a'" "$T/dq.err"
"$SCHEMAC" diff --from "sqlite:///$T/dq.db" --to "$T/dq.sch" >"$T/dq.diff" 2>/dev/null
check_eq "... and the diff against the file is empty" "0:" "$?:$(cat "$T/dq.diff")"
# ... and in a view, with names in another case than the columns' (SQLite
# matches names ignoring case): the inspected schema compiles, one warning
sqlite3 "$T/dv.db" 'CREATE TABLE t (id INTEGER PRIMARY KEY, "Status" TEXT); CREATE VIEW v AS SELECT ID, status FROM t WHERE status = "on";'
"$SCHEMAC" inspect "sqlite:///$T/dv.db" -o "$T/dv.sch" 2>/dev/null
"$SCHEMAC" compile --dialect sqlite "$T/dv.sch" >/dev/null 2>"$T/dv.err"
check_eq "a view with double-quoted strings and other case: compile exits 0, one warning" "0:1" \
    "$?:$(grep -c "warning: \"on\" in the query of view \"v\" is no column" "$T/dv.err")"
