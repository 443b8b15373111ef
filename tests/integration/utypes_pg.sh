#!/bin/sh
# utypes_pg.sh - domains, composite and range types on a real PostgreSQL:
# inspect -> compile -> load -> inspect is a fixed point in every format;
# types of extensions and tables' row types are not read; a range rebuilt
# and a composite attribute renamed under rows; SQLite refuses them (exit
# 6, located).
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/db.sql" <<'SQL'
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN money_cents AS bigint NOT NULL DEFAULT 0 CONSTRAINT positive CHECK (VALUE >= 0);
CREATE DOMAIN app."Code" AS varchar(10) COLLATE "C" CHECK (VALUE = upper(VALUE));
ALTER DOMAIN app."Code" ADD CONSTRAINT not_x CHECK (VALUE <> 'X') NOT VALID;
CREATE DOMAIN feeling AS mood;
COMMENT ON DOMAIN money_cents IS 'cents, never negative';
CREATE TYPE address AS (street text COLLATE "C", zip integer, tags text[], f feeling);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE tsr AS RANGE (subtype = timestamptz, multirange_type_name = tsr_many);
COMMENT ON TYPE address IS 'where';
CREATE TABLE orders (
    id integer PRIMARY KEY,
    amount money_cents,
    code app."Code",
    ship address,
    span floatrange,
    spans floatrange[]
);
-- an extension's types are not the user's: a domain made a member of one
CREATE DOMAIN ext_dom AS integer;
CREATE TYPE ext_pair AS (a integer);
ALTER EXTENSION citext ADD DOMAIN ext_dom;
ALTER EXTENSION citext ADD TYPE ext_pair;
CREATE VIEW v_orders AS SELECT id, amount, span FROM orders;
INSERT INTO orders VALUES (1, 5, 'AB', ROW('Main', 123, '{a}', 'happy'), '[1,2)', '{"[3,4)"}');
SQL
check "load a database with domains, composite and range types" pg_exec "$URL" "$T/db.sql"

"$SCHEMAC" inspect "$URL" --schema public,app >"$T/a.sch" 2>"$T/a.err"
check_eq "inspect exits 0" 0 $?
check "no 'not compared' line for them" sh -c "! grep -Eq 'domain|range type|composite type' '$T/a.err'"
check "the extensions' types are not the user's (the extensions are declared)" \
    sh -c "! grep -v '^extension ' '$T/a.sch' | grep -Eq 'ext_dom|ext_pair|isbn|citext'"
check "a domain with its parts" grep -q "^domain money_cents bigint not null default 0$" "$T/a.sch"
check "a NOT VALID check" grep -q "  check not_x (VALUE::text <> 'X'::text) not valid" "$T/a.sch"
check "a range with its multirange name" grep -q "^type tsr as range (subtype = timestamp with time zone, multirange_type_name = tsr_many)$" "$T/a.sch"
check "a column of a domain is of the domain" grep -Eq "^  amount +money_cents$" "$T/a.sch"

# the fixed point, in the DSL, as JSON, and as SQL replayed
"$SCHEMAC" compile "$T/a.sch" >"$T/a.sql" 2>"$T/c.err"
check_eq "the inspected DSL compiles" 0 $?
URL2=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -d "$URL2" -c "CREATE EXTENSION citext" >/dev/null
check "its SQL loads into an empty database" pg_exec "$URL2" "$T/a.sql"
"$SCHEMAC" inspect "$URL2" --schema public,app >"$T/b.sch" 2>/dev/null
check_files "inspect -> compile -> load -> inspect: the same DSL" "$T/a.sch" "$T/b.sch"
"$SCHEMAC" diff --from "$URL" --to "$URL2" >"$T/dd.sql" 2>"$T/dd.err"
check_eq "database against its copy: no change" "" "$(cat "$T/dd.sql")"
"$SCHEMAC" diff --from "$URL2" --to "$T/a.sch" >"$T/ds.sql" 2>"$T/ds.err"
check_eq "database against the inspected DSL: no change" "" "$(cat "$T/ds.sql")"
"$SCHEMAC" inspect "$URL" --schema public,app --format json >"$T/a.json" 2>/dev/null
"$SCHEMAC" compile "$T/a.json" >"$T/aj.sql" 2>/dev/null
check_files "the JSON compiles to the same SQL" "$T/a.sql" "$T/aj.sql"
"$SCHEMAC" inspect "$URL" --schema public,app --format sql >"$T/insp.sql" 2>/dev/null
URL3=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -d "$URL3" -c "CREATE EXTENSION citext" >/dev/null
check "inspect --format sql replays into an empty database" pg_exec "$URL3" "$T/insp.sql"
"$SCHEMAC" inspect "$URL3" --schema public,app >"$T/c.sch" 2>/dev/null
check_files "... and reads back the same" "$T/a.sch" "$T/c.sch"
if pg_schema_dump "$URL" >"$T/d1" 2>/dev/null && pg_schema_dump "$URL3" >"$T/d3" 2>/dev/null; then
    check_files "referee: pg_dump of the original and the replay" "$T/d1" "$T/d3"
else
    not_ok "referee: pg_dump"
fi

# a range rebuilt, a composite attribute renamed from a hint, rows kept
sed -e 's/^type floatrange as range (subtype = double precision, subtype_diff = float8mi)$/type floatrange as range (subtype = double precision)/' \
    -e 's/^  zip integer,$/  postcode integer renamed from zip,/' "$T/a.sch" >"$T/t.sch"
check "the edit took" sh -c "grep -q 'renamed from zip' '$T/t.sch' && grep -q '^type floatrange as range (subtype = double precision)$' '$T/t.sch'"
"$SCHEMAC" diff --from "$URL" --to "$T/t.sch" --sql >"$T/up.sql" 2>"$T/up.err"
check_eq "diff exits 0" 0 $?
check "the attribute is renamed in place" grep -q "^ALTER TYPE address RENAME ATTRIBUTE zip TO postcode;$" "$T/up.sql"
check "the range's columns are parked as text" grep -q "^ALTER TABLE orders ALTER COLUMN spans TYPE text\[\] USING spans::text\[\];$" "$T/up.sql"
check "the view over them is re-created" grep -q "^-- re-created: reads orders.span" "$T/up.sql"
check "the rebuild is a hazard on stderr" grep -q "hazard: range type floatrange is rebuilt" "$T/up.err"
check "up applies" pg_exec "$URL" "$T/up.sql"
"$SCHEMAC" diff --from "$URL" --to "$T/t.sch" >"$T/again.sql" 2>/dev/null
check_eq "converged" "" "$(cat "$T/again.sql")"
check_eq "rows intact" "1|5|AB|(Main,123,{a},happy)|[1,2)|{\"[3,4)\"}" \
    "$(psql -X -At -d "$URL" -c 'SELECT id, amount, code, ship, span, spans FROM orders')"
check_eq "the renamed attribute holds the value" "123" "$(psql -X -At -d "$URL" -c 'SELECT (ship).postcode FROM orders')"

# SQLite cannot express them: refused where declared, exit 6
printf 'domain cents bigint check (value >= 0)\ntable t {\n  id integer primary key\n  amount cents\n}\n' >"$T/s.sch"
"$SCHEMAC" compile --dialect sqlite "$T/s.sch" >/dev/null 2>"$T/s.err"
check_eq "compile --dialect sqlite exits 6" 6 $?
check "located at the domain" grep -q "s.sch:1:8: error: domain \"cents\": SQLite has no domains" "$T/s.err"
check "and at its column" grep -q "s.sch:4:10: error: column t.amount: type \"cents\" is a domain" "$T/s.err"
sqlite3 "$T/s.db" 'CREATE TABLE t (id integer PRIMARY KEY);'
"$SCHEMAC" diff --from "sqlite:///$T/s.db" --to "$T/s.sch" >/dev/null 2>"$T/sd.err"
check_eq "diff to SQLite exits 6" 6 $?
check "diff: located too" grep -q "s.sch:4:10: error: column t.amount" "$T/sd.err"
