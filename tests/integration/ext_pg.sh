#!/bin/sh
# ext_pg.sh - extensions and collations on a real PostgreSQL (issue 11,
# items 5-7): an extension's version update, an extension's objects ignored
# on both sides, inspect -> compile -> load -> inspect as a fixed point in
# every format, the scratch load with an extension installed or not, and
# SQLite refusing what it cannot express (exit 6, located). The cases of
# tests/cases (ext_citext_added, collation_create_use, collation_changed)
# cover up and down with the referee.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "ext_pg: no PostgreSQL server (PGHOST/PGPORT)"; exit 0
fi
# contrib's extensions (citext, hstore) come with Debian's postgresql package
if [ "$(psql -X -At -c "select count(*) from pg_available_extension_versions where name = 'citext' and version in ('1.5', '1.6')" postgres)" != 2 ]; then
    not_ok "ext_pg: citext 1.5 and 1.6 are not available (PostgreSQL's contrib)"; exit 0
fi

# ---- an extension's version update ------------------------------------------
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/v15.sql" <<'EOF2'
CREATE EXTENSION citext VERSION '1.5';
CREATE TABLE users (id bigint CONSTRAINT pk_users PRIMARY KEY, email citext NOT NULL);
EOF2
check "load citext 1.5 and a citext column" pg_exec "$URL" "$T/v15.sql"
cat >"$T/v16.sch" <<'EOF2'
extension citext version '1.6'
table users {
  id    bigint primary key
  email citext not null
}
EOF2
"$SCHEMAC" diff --from "$URL" --to "$T/v16.sch" >"$T/up.sql" 2>"$T/up.err"
check_eq "version update: the up script" "-- extension citext
ALTER EXTENSION citext UPDATE TO '1.6';" "$(cat "$T/up.sql")"
"$SCHEMAC" diff --from "$URL" --to "$T/v16.sch" --down >"$T/down.sql" 2>>"$T/up.err"
# going back: citext ships no script down, so the server's update paths
# decide when the script runs (the update where there is one, else drop and
# create at 1.5, refused here while users.email is a citext)
check "version update: the down script goes back by the server's update paths" \
    grep -q "p.target = '1.5' AND p.path IS NOT NULL) THEN" "$T/down.sql"
check "version update: the down script updates where a path exists" grep -q "ALTER EXTENSION citext UPDATE TO '1.5';" "$T/down.sql"
check "version update: the down script drops and creates where none does" \
    grep -q "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public VERSION '1.5';" "$T/down.sql"
check "version update: apply up" pg_exec "$URL" "$T/up.sql"
check_eq "version update: installed" 1.6 "$(psql -X -At -d "$URL" -c "select extversion from pg_extension where extname = 'citext'")"
"$SCHEMAC" diff --from "$URL" --to "$T/v16.sch" >"$T/again.sql" 2>&1
check_eq "version update: converges" "" "$(cat "$T/again.sql")"
# a declaration without a version takes whatever is installed
sed "s/ version '1.6'//" "$T/v16.sch" >"$T/nov.sch"
"$SCHEMAC" diff --from "$URL" --to "$T/nov.sch" >"$T/nov.sql" 2>&1
check_eq "no version declared: no change" "" "$(cat "$T/nov.sql")"

# ---- an extension's objects ignored on both sides ---------------------------
A=$(pg_newdb) && B=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/both.sql" <<'EOF2'
CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE TABLE t (id integer PRIMARY KEY, h hstore, c citext);
EOF2
check "load hstore and citext in two databases" sh -c "psql -X -q -v ON_ERROR_STOP=1 -d '$A' -f '$T/both.sql' && psql -X -q -v ON_ERROR_STOP=1 -d '$B' -f '$T/both.sql'"
"$SCHEMAC" diff --from "$A" --to "$B" >"$T/ab.sql" 2>"$T/ab.err"
check_eq "database to database, the same extensions: nothing to do" "" "$(cat "$T/ab.sql")"
check_eq "... and nothing 'not compared' (their functions, types, operators are theirs)" "" "$(cat "$T/ab.err")"
"$SCHEMAC" inspect "$A" >"$T/a.sch" 2>"$T/a.err"
check_eq "inspect: no warnings about the extensions' objects" "" "$(cat "$T/a.err")"
check "inspect: the extensions are declared" grep -qx "extension hstore with schema public version '1.8'" "$T/a.sch"
check "inspect: none of their functions or types" sh -c "! grep -q 'hstore_in\|citext_eq\|function' '$T/a.sch'"
psql -X -q -d "$B" -c "DROP TABLE t; DROP EXTENSION hstore; CREATE TABLE t (id integer PRIMARY KEY, c citext);" >/dev/null
"$SCHEMAC" diff --from "$A" --to "$B" >"$T/drop.sql" 2>"$T/drop.err"
check_eq "an extension dropped: its column first, then the extension alone (a hazard)" "-- table t
-- HAZARD: drops column t.h and its data
ALTER TABLE t DROP COLUMN h;

-- extension hstore
-- HAZARD: drops extension hstore and every object it installed: it fails while columns, indexes or views still use them
DROP EXTENSION hstore;" "$(cat "$T/drop.sql")"
check "the hazard on stderr too" grep -q "hazard: drops extension hstore" "$T/drop.err"
"$SCHEMAC" diff --from "$B" --to "$A" >"$T/add.sql" 2>&1
check_eq "an extension added: created before its column" "-- extension hstore
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION '1.8';

-- table t
ALTER TABLE t ADD COLUMN h hstore;" "$(cat "$T/add.sql")"
check "apply the drop" pg_exec "$A" "$T/drop.sql"
"$SCHEMAC" diff --from "$A" --to "$B" >"$T/ab2.sql" 2>&1
check_eq "converges" "" "$(cat "$T/ab2.sql")"

# ---- inspect -> compile -> load -> inspect, every format --------------------
S=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/src.sql" <<'EOF2'
CREATE SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext VERSION '1.5';
CREATE EXTENSION pgcrypto;
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION "Bytes" (lc_collate = 'C', lc_ctype = 'POSIX');
CREATE TABLE users (id bigint PRIMARY KEY, email ext.citext NOT NULL, name text COLLATE ci,
                    code text COLLATE "Bytes", tags ext.citext[], token bytea DEFAULT gen_random_bytes(8));
CREATE INDEX ix_users_name ON users (name COLLATE "C");
CREATE INDEX ix_users_email ON users (email);
-- a domain and a composite type over an extension's type: compile has no
-- server to ask which types citext installs, and must not refuse them
CREATE DOMAIN email AS ext.citext CHECK (VALUE ~ '@');
CREATE TYPE contact AS (mail ext.citext, note text);
CREATE TABLE contacts (id int PRIMARY KEY, mail email, c contact);
EOF2
check "load extensions (one in its own schema), collations and their uses" pg_exec "$S" "$T/src.sql"
"$SCHEMAC" inspect "$S" >"$T/s1.sch" 2>"$T/s1.err"
check_eq "inspect: nothing 'not compared'" "" "$(cat "$T/s1.err")"
check "the DSL compiles" sh -c "'$SCHEMAC' compile '$T/s1.sch' >'$T/s1.sql'"
D=$(pg_newdb) || { not_ok "createdb"; exit 1; }
check "... and loads into an empty database" pg_exec "$D" "$T/s1.sql"
"$SCHEMAC" inspect "$D" >"$T/s2.sch" 2>&1
check_files "inspect -> compile -> load -> inspect: a fixed point" "$T/s1.sch" "$T/s2.sch"
referee "the referee: the same schema as the source" pg "$S" "$D"
"$SCHEMAC" inspect "$S" --format sql >"$T/s1f.sql" 2>&1
E=$(pg_newdb) || { not_ok "createdb"; exit 1; }
check "inspect --format sql loads into an empty database" pg_exec "$E" "$T/s1f.sql"
"$SCHEMAC" inspect "$E" >"$T/s3.sch" 2>&1
check_files "inspect --format sql: the same schema back" "$T/s1.sch" "$T/s3.sch"
"$SCHEMAC" inspect "$S" --format json >"$T/s1.json" 2>&1
"$SCHEMAC" compile "$T/s1.json" >"$T/s1j.sql" 2>&1
check_files "inspect --format json compiles to the same DDL" "$T/s1.sql" "$T/s1j.sql"
"$SCHEMAC" diff --from "$S" --to "$T/s1.sch" >"$T/fp.sql" 2>&1
check_eq "the database against its own DSL: nothing to do" "" "$(cat "$T/fp.sql")"

# ---- SQLite refuses what it cannot express ----------------------------------
cat >"$T/lite.sch" <<'EOF2'
extension citext
collation ci { provider icu locale 'und' }
table t {
  id integer primary key
}
EOF2
"$SCHEMAC" compile "$T/lite.sch" --dialect sqlite >"$T/lite.out" 2>"$T/lite.err"
check_eq "compile --dialect sqlite: exit 6" 6 $?
check_eq "compile --dialect sqlite: nothing written" "" "$(cat "$T/lite.out")"
check_eq "compile --dialect sqlite: located errors with a caret" "$T/lite.sch:1:11: error: extension \"citext\": SQLite has no extensions
    1 | extension citext
      |           ^~~~~~
      hint: SQLite loads extensions into the application's connection, not into the schema
$T/lite.sch:2:11: error: collation \"ci\": SQLite has no CREATE COLLATION
    2 | collation ci { provider icu locale 'und' }
      |           ^~
      hint: SQLite's collations are BINARY, NOCASE and RTRIM, or registered by the application (sqlite3_create_collation)" \
    "$(cat "$T/lite.err")"
rm -f "$T/lite.db"
sqlite3 "$T/lite.db" 'CREATE TABLE t (id INTEGER PRIMARY KEY);'
"$SCHEMAC" diff --from "sqlite:///$T/lite.db" --to "$T/lite.sch" >"$T/ld.out" 2>"$T/ld.err"
check_eq "diff to a SQLite database: exit 6" 6 $?
check_eq "diff to a SQLite database: nothing written" "" "$(cat "$T/ld.out")"
check "diff to a SQLite database: the error at its place" grep -q "lite.sch:1:11: error: extension \"citext\": SQLite has no extensions" "$T/ld.err"
