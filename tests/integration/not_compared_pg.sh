#!/bin/sh
# not_compared_pg.sh - nothing silent: what a PostgreSQL database holds and
# schemac does not model is named on stderr by `inspect`, `diff` and
# `check`, one line per kind with the count and the first names (the rest
# counted); objects of extensions are not the user's and are not named;
# `check` never says the database is up to date without saying what it did
# not compare.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/db.sql" <<'EOF'
CREATE TABLE t (id integer PRIMARY KEY, n integer, c circle, EXCLUDE USING gist (c WITH &&));
CREATE TABLE parent (id integer);
CREATE TABLE child (x integer) INHERITS (parent);
CREATE UNLOGGED TABLE scratchpad (id integer);
CREATE TABLE tuned (id integer) WITH (fillfactor = 70);
CREATE VIEW v AS SELECT id FROM t;
CREATE FUNCTION f1(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';
CREATE FUNCTION f2() RETURNS integer LANGUAGE sql AS 'SELECT 2';
CREATE FUNCTION f3(a text, b integer) RETURNS integer LANGUAGE sql AS 'SELECT b';
CREATE FUNCTION f4() RETURNS integer LANGUAGE sql AS 'SELECT 4';
CREATE FUNCTION f5() RETURNS integer LANGUAGE sql AS 'SELECT 5';
CREATE FUNCTION f6() RETURNS integer LANGUAGE sql AS 'SELECT 6';
CREATE FUNCTION "Mixed"() RETURNS integer LANGUAGE sql AS 'SELECT 7';
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE PROCEDURE p(integer) LANGUAGE sql AS 'SELECT 1';
CREATE AGGREGATE agg(integer) (SFUNC = int4pl, STYPE = integer);
CREATE TRIGGER t_trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
CREATE TRIGGER v_trg INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION trg();
CREATE RULE v_rule AS ON DELETE TO v DO INSTEAD NOTHING;
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b integer);
CREATE TYPE span AS RANGE (subtype = integer);
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4eq);
CREATE TEXT SEARCH CONFIGURATION my_ts (COPY = english);
CREATE STATISTICS st ON id, n FROM t;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY pol ON t USING (id > 0);
CREATE ROLE not_compared_reader;
GRANT SELECT ON t TO not_compared_reader;
GRANT SELECT (id) ON parent TO not_compared_reader;
CREATE EVENT TRIGGER ddl_log ON ddl_command_end EXECUTE FUNCTION evt();
CREATE PUBLICATION pub FOR TABLE t;
CREATE FOREIGN DATA WRAPPER fdw;
CREATE SERVER srv FOREIGN DATA WRAPPER fdw;
CREATE FOREIGN TABLE ft (a integer) SERVER srv;
CREATE TABLE m (d date) PARTITION BY RANGE (d);
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- partmig: what a partition or child has of its own on an inherited column
-- (modelled, both: privs3 for the child's, no longer named)
CREATE TABLE m_2026 PARTITION OF m (d DEFAULT '2026-06-01') FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE child ALTER COLUMN id SET NOT NULL;
CREATE SCHEMA other;
CREATE FUNCTION other.g() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- tblprops6: a table's replica identity, CLUSTER ON and statistics targets
-- are modelled (not named); a materialized view's CLUSTER ON and statistics
-- targets, and one on a partition's column of its parent's, are not
ALTER TABLE t REPLICA IDENTITY FULL;
ALTER TABLE t CLUSTER ON t_pkey;
ALTER TABLE t ALTER COLUMN n SET STATISTICS 20;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
CREATE INDEX mv_id ON mv (id);
ALTER MATERIALIZED VIEW mv CLUSTER ON mv_id;
ALTER MATERIALIZED VIEW mv ALTER COLUMN id SET STATISTICS 10;
ALTER TABLE m_2025 ALTER COLUMN d SET STATISTICS 30;
CREATE TABLE q (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE q_1 PARTITION OF q FOR VALUES FROM (0) TO (10);
ALTER TABLE q_1 CLUSTER ON q_1_pkey;
ALTER TABLE q_1 REPLICA IDENTITY USING INDEX q_1_pkey;
-- attopts7: a table's column statistics options are modelled (not named);
-- a materialized view's, one on a partition's column of its parent's, and
-- an index column's statistics target are not
ALTER TABLE t ALTER COLUMN n SET (n_distinct = 5);
ALTER MATERIALIZED VIEW mv ALTER COLUMN id SET (n_distinct = -1);
ALTER TABLE m_2025 ALTER COLUMN d SET (n_distinct_inherited = 3);
CREATE INDEX tuned_expr ON tuned ((id + 1));
ALTER INDEX tuned_expr ALTER COLUMN 1 SET STATISTICS 40;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO not_compared_reader;
COMMENT ON FUNCTION f1(integer) IS 'one';
COMMENT ON PROCEDURE p(integer) IS 'a procedure';
COMMENT ON TRIGGER t_trg ON t IS 'on insert';
COMMENT ON COLLATION ci IS 'case-insensitive';
COMMENT ON AGGREGATE agg(integer) IS 'a sum';
EOF
# a role of this run only (roles are the cluster's)
role="ncr_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
sed "s/not_compared_reader/$role/g" "$T/db.sql" >"$T/db2.sql"
check "load a database with a bit of everything" pg_exec "$URL" "$T/db2.sql"

cat >"$T/expected" <<'EOF'
warning: not compared: 2 column statistics options (public.m_2025.d, public.mv.id)
warning: not compared: 2 column statistics targets (public.m_2025.d, public.mv.id)
warning: not compared: 1 copied index under replica identity or cluster on (public.q_1.q_1_pkey)
warning: not compared: 1 default privileges (for role postgres in schema public on tables)
warning: not compared: 1 event trigger (ddl_log)
warning: not compared: 1 foreign server (srv)
warning: not compared: 1 foreign table (public.ft)
warning: not compared: 1 foreign-data wrapper (fdw)
warning: not compared: 1 index column statistics target (public.tuned_expr.1)
warning: not compared: 1 materialized view cluster index (public.mv.mv_id)
warning: not compared: 2 objects with granted privileges (public.parent (columns), public.t)
warning: not compared: 1 operator (public.===)
warning: not compared: 1 publication (pub)
warning: not compared: 1 rule (public.v.v_rule)
warning: not compared: 1 statistics object (public.st)
warning: not compared: 1 text search configuration (public.my_ts)
EOF
"$SCHEMAC" inspect "$URL" --schema public >"$T/inspect.sch" 2>"$T/inspect.err"
check_eq "inspect exits 0" 0 $?
check_files "inspect: one line per kind, count and first names" "$T/expected" "$T/inspect.err"
# issue 12: the comments of functions, procedures, aggregates, triggers and
# collations are modelled (no longer named): inspect writes them
for c in "COMMENT ON FUNCTION public.f1(integer) IS 'one';" "COMMENT ON PROCEDURE public.p(integer) IS 'a procedure';" \
         "COMMENT ON AGGREGATE public.agg(integer) IS 'a sum';" "COMMENT ON TRIGGER t_trg ON public.t IS 'on insert';" \
         "collation ci { provider icu locale 'und-u-ks-level2' deterministic false } comment 'case-insensitive'"; do
    check "inspect writes: $c" grep -qxF "$c" "$T/inspect.sch"
done

"$SCHEMAC" inspect "$URL" --schema other >/dev/null 2>"$T/other.err"
check_eq "another schema: its objects, and the database-wide ones" \
"warning: not compared: 1 event trigger (ddl_log)
warning: not compared: 1 foreign server (srv)
warning: not compared: 1 foreign-data wrapper (fdw)
warning: not compared: 1 publication (pub)" "$(cat "$T/other.err")"

# diff against a declaration of the tables: the same lines
cat >"$T/s.sch" <<'EOF'
table t {
  id int primary key
  n int
  c circle
}
EOF
"$SCHEMAC" diff --from "$URL" --to "$T/s.sch" --sql >/dev/null 2>"$T/diff.err"
check_eq "diff exits 0" 0 $?
check "diff names what it did not compare" grep -qx "warning: not compared: 1 publication (pub)" "$T/diff.err"

# a declared schema besides public: the database is read in two rounds,
# and still each kind is one line, each object named once
cat >"$T/s2.sch" <<'EOF'
table t {
  id int primary key
  n int
  c circle
}
schema other {
  table x { id int }
}
EOF
"$SCHEMAC" diff --from "$URL" --to "$T/s2.sch" --sql >/dev/null 2>"$T/diff2.err"
check_eq "two rounds: a database-wide object once" 1 "$(grep -c 'event trigger' "$T/diff2.err")"
# two databases (every user schema of both): each object once
"$SCHEMAC" inspect "$URL" >/dev/null 2>"$T/inspect_all.err"
"$SCHEMAC" diff --from "$URL" --to "$URL" --sql >/dev/null 2>"$T/diff3.err"
check_files "database against itself: the same lines as inspect, once" "$T/inspect_all.err" "$T/diff3.err"

# check: "no new operations" only with what was not compared
URL2=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -d "$URL2" -c "CREATE TABLE t (id integer CONSTRAINT pk_t PRIMARY KEY); CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4eq); CREATE VIEW w AS SELECT id FROM t" >/dev/null
mkdir -p "$T/proj/schemas"
cd "$T/proj" || exit 1
"$SCHEMAC" init m --url "$URL2" >/dev/null
printf '%s\n' 'table t { id int primary key }' 'view w as (select t.id from t)' >schemas/main.sch
"$SCHEMAC" stamp head >/dev/null 2>&1
"$SCHEMAC" check >"$T/check.stdout" 2>"$T/check.stderr"
check_eq "check: exit 0 when the tables match" 0 $?
check_eq "check: says what it did not compare" \
    "No new upgrade operations detected in what was compared; not compared: 1 operator (named in the warnings)." \
    "$(cat "$T/check.stdout")"
check "check: names it on stderr" grep -qx "warning: not compared: 1 operator (public.===)" "$T/check.stderr"
check "check: a view is compared, not named (declared in another spelling: no change)" sh -c "! grep -q 'view' '$T/check.stderr'"
psql -X -q -d "$URL2" -c "DROP OPERATOR === (integer, integer)" >/dev/null
"$SCHEMAC" check >"$T/check2.stdout" 2>"$T/check2.stderr"
check_eq "check: nothing left out, the plain verdict" "No new upgrade operations detected." "$(cat "$T/check2.stdout")"
psql -X -q -d "$URL" -c "DROP EVENT TRIGGER ddl_log; DROP PUBLICATION pub; DROP OWNED BY $role; DROP ROLE $role" >/dev/null 2>&1
