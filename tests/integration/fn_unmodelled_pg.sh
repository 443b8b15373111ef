#!/bin/sh
# fn_unmodelled_pg.sh - fns7 (issue 11): never silent about what calls a
# function the plan drops, re-creates or replaces where the plan cannot
# take it around the change, on a real PostgreSQL 15: an operator
# (CREATE OPERATOR ... FUNCTION f), a cast (WITH FUNCTION f) and an
# operator class's support function, which schemac does not model (named
# by the not-compared warning too), and, with `--schema a`, a default, a
# check, a view and a SQL-standard body of schema b, not compared. Each is
# named on stderr with what PostgreSQL does; the script itself is shown to
# fail as the warning says (DROP FUNCTION refused while they exist).
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "fn_unmodelled_pg: no PostgreSQL server (PGHOST/PGPORT)"
    exit 0
fi

URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/db.sql" <<'SQL'
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE FUNCTION a.f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ select x + 1 $$;
CREATE FUNCTION a.eq3(x integer, y text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ select x::text = y $$;
CREATE OPERATOR a.=== (LEFTARG = integer, RIGHTARG = text, FUNCTION = a.eq3);
CREATE TYPE a.pt AS (v integer);
CREATE FUNCTION a.to_pt(x integer) RETURNS a.pt LANGUAGE sql IMMUTABLE AS $$ select row(x)::a.pt $$;
CREATE CAST (integer AS a.pt) WITH FUNCTION a.to_pt(integer);
CREATE FUNCTION a.cmp3(x integer, y integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ select btint4cmp(x, y) $$;
CREATE OPERATOR CLASS a.int_ops3 FOR TYPE integer USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 a.cmp3(integer, integer);
CREATE TABLE b.t (id integer CHECK (a.f(id) > 0), v integer DEFAULT a.f(1));
CREATE VIEW b.v AS SELECT a.f(id) AS g FROM b.t;
CREATE FUNCTION b.g(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a.f(x) * 2;
SQL
pg_exec "$URL" "$T/db.sql" || { not_ok "load the database"; exit 1; }

# a.f's result type changes (re-created); a.eq3's and a.cmp3's bodies are
# replaced; a.to_pt and a.pt are dropped
cat >"$T/to.sch" <<'SCH'
schema a

CREATE OR REPLACE FUNCTION a.f(x integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x + 2 $function$;

CREATE OR REPLACE FUNCTION a.eq3(x integer, y text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x::text = y or false $function$;

CREATE OR REPLACE FUNCTION a.cmp3(x integer, y integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select btint4cmp(y, x) $function$;
SCH

"$SCHEMAC" diff --from "$URL" --to "$T/to.sch" --schema a >"$T/up.sql" 2>"$T/up.err"
check_eq "diff --schema a exits 0" 0 $?
says() {   # NAME TEXT: stderr has TEXT on one line
    if grep -F -- "$2" "$T/up.err" >/dev/null; then ok "$1"; else
        not_ok "$1"; echo "#   wanted: $2"; sed 's/^/#   /' "$T/up.err"; fi
}
says "the operator is named" "the body of function a.eq3(integer, text) is replaced, but operator a.=== (integer, text), which schemac does not model, calls it"
says "the cast is named" "function a.to_pt(integer) is dropped, but cast (integer AS a.pt), which schemac does not model, calls it: PostgreSQL's DROP FUNCTION fails while it exists"
says "the operator family's support function is named" "the body of function a.cmp3(integer, integer) is replaced, but operator family a.int_ops3 using btree (a support function), which schemac does not model, calls it"
says "a default of a schema not compared is named" "function a.f(integer) is dropped and created again, but the default of column b.t.v, in a schema not compared, calls it"
says "a check of a schema not compared is named" "function a.f(integer) is dropped and created again, but check b.t t_id_check, in a schema not compared, calls it"
says "a view of a schema not compared is named" "function a.f(integer) is dropped and created again, but view b.v, in a schema not compared, calls it"
says "a SQL-standard body of a schema not compared is named" "function a.f(integer) is dropped and created again, but function b.g(integer), in a schema not compared, calls it"
# the not-compared warning names the unmodelled objects themselves
says "not compared: the cast" "not compared: 1 cast (integer AS a.pt)"
says "not compared: the operator" "not compared: 1 operator (a.===)"
says "not compared: the operator class" "1 operator class (a.int_ops3"
# as the warnings say, PostgreSQL refuses the script while they exist
if pg_exec "$URL" "$T/up.sql" 2>"$T/apply.err"; then
    not_ok "the script fails as warned"; else
    if grep -q "other objects depend on it" "$T/apply.err"; then ok "the script fails as warned"; else
        not_ok "the script fails as warned"; sed 's/^/#   /' "$T/apply.err"; fi
fi
