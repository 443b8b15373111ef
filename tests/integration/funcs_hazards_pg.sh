#!/bin/sh
# funcs_hazards_pg.sh - funcs3 (issue 11): what a change cannot promise
# for the rows already stored is said, on a real PostgreSQL 15.
#  1. a domain whose check is tightened while a row violates it: the diff
#     says so (a HAZARD comment in the script, a hazard on stderr); applied
#     in one transaction the change fails and leaves the rows and the old
#     check as they were; the advised `not valid` check applies.
#  2. a domain check and a table check that call a function whose body is
#     replaced in place (tightened): PostgreSQL does not check the stored
#     rows again, and schemac does not re-add the checks (that could fail):
#     the script's comment and a warning name each check left unchecked.
#  3. fns5: a materialized view with rows over a function whose body is
#     replaced is refreshed, and REFRESH MATERIALIZED VIEW locks the view
#     against every read while its query runs again: a hazard in the script
#     and on stderr, both ways; a reader holding the view makes the
#     refresh wait (it fails under a lock_timeout), as said.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "funcs_hazards_pg: no PostgreSQL server (PGHOST/PGPORT)"
    exit 0
fi

# ---- 1. a domain check tightened over a violating row ----------------------
cat >"$T/d_from.sch" <<'EOF'
domain money_cents bigint not null default 0 check positive (value >= 0)

table orders {
  id     integer primary key
  amount money_cents
}
EOF
sed 's/check positive (value >= 0)/check positive (value > 0)/' "$T/d_from.sch" >"$T/d_to.sch"
sed 's/check positive (value >= 0)/check positive (value > 0) not valid/' "$T/d_from.sch" >"$T/d_nv.sch"

URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/d_from.sch" --dialect postgresql >"$T/d.sql" && pg_exec "$URL" "$T/d.sql"
psql -X -q -d "$URL" -c "INSERT INTO orders VALUES (1, 0), (2, 5)" >/dev/null
rows() { psql -X -At -d "$URL" -c "SELECT string_agg(id || '=' || amount, ',' ORDER BY id) FROM orders"; }

"$SCHEMAC" diff --from "$URL" --to "$T/d_to.sch" >"$T/up.sql" 2>"$T/up.err"
check_eq "tightened domain check: the diff exits 0" 0 $?
check "tightened domain check: the script says HAZARD above the change" \
    grep -q '^-- HAZARD: domain money_cents gets check positive (VALUE > 0): fails if a column of the domain holds a value that violates it' "$T/up.sql"
check "tightened domain check: stderr says the hazard" grep -q 'hazard: domain money_cents gets check positive' "$T/up.err"
psql -X -q -1 -v ON_ERROR_STOP=1 -d "$URL" -f "$T/up.sql" >"$T/apply.out" 2>&1
check_eq "tightened domain check: applied in one transaction, it fails" 3 $?
check "tightened domain check: PostgreSQL names the violation" grep -q 'contains values that violate the new constraint' "$T/apply.out"
check_eq "tightened domain check: the rows are as they were" "1=0,2=5" "$(rows)"
check_eq "tightened domain check: the old check is still there" "CHECK ((VALUE >= 0))" \
    "$(psql -X -At -d "$URL" -c "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contypid = 'money_cents'::regtype")"
# the down script puts the looser check back: every value stored passes it
# (those from before the up script, and those the tighter one let in), so
# it is no hazard, and stderr lists the hazards of the script written
"$SCHEMAC" diff --from "$URL" --to "$T/d_to.sch" --down >"$T/down.sql" 2>"$T/down.err"
check_eq "tightened domain check, down: the diff exits 0" 0 $?
check "tightened domain check, down: the looser check is put back" \
    grep -q '^ALTER DOMAIN money_cents ADD CONSTRAINT positive CHECK (VALUE >= 0);' "$T/down.sql"
check "tightened domain check, down: no HAZARD in the script" sh -c "! grep -q HAZARD '$T/down.sql'"
check "tightened domain check, down: no hazard on stderr" sh -c "! grep -q hazard '$T/down.err'"
# a check changed, not only loosened (VALUE < 1000 -> VALUE > 0 and back):
# a hazard both ways, stderr saying what each script says
sed 's/check positive (value >= 0)/check positive (value < 1000)/' "$T/d_from.sch" >"$T/d_lt.sch"
for dir in up down; do
    flag=; want='VALUE > 0'; [ $dir = down ] && { flag=--down; want='VALUE < 1000'; }
    "$SCHEMAC" diff --from "$T/d_lt.sch" --to "$T/d_to.sch" --dialect postgresql $flag >"$T/ch.sql" 2>"$T/ch.err"
    w=$(echo "$want" | tr 'A-Z' 'a-z')
    check "changed domain check, $dir: HAZARD in the script for ($w)" \
        grep -q "^-- HAZARD: domain money_cents gets check positive ($w): fails" "$T/ch.sql"
    check "changed domain check, $dir: stderr says the script's hazard ($w)" \
        grep -q "^schemac diff: hazard: domain money_cents gets check positive ($w): fails" "$T/ch.err"
done
"$SCHEMAC" diff --from "$URL" --to "$T/d_nv.sch" >"$T/nv.sql" 2>"$T/nv.err"
check "the advised NOT VALID check: applies over the violating row" pg_exec "$URL" "$T/nv.sql"
check_eq "the advised NOT VALID check: the rows are as they were" "1=0,2=5" "$(rows)"
"$SCHEMAC" diff --from "$URL" --to "$T/d_nv.sch" >"$T/nv2.sql" 2>/dev/null
check_eq "the advised NOT VALID check: converges" "" "$(cat "$T/nv2.sql")"

# ---- 2. checks over a function whose body is replaced ------------------------
cat >"$T/f_from.sch" <<'EOF'
domain qty integer check qty_ok (is_ok(value))

table lines {
  id  integer primary key
  n   qty
  m   integer not null
  check ck_lines_m (is_ok(m))
}

CREATE OR REPLACE FUNCTION public.is_ok(x integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x >= 0 $function$;
EOF
sed 's/select x >= 0/select x > 0/' "$T/f_from.sch" >"$T/f_to.sch"
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/f_from.sch" --dialect postgresql >"$T/f.sql" && pg_exec "$URL" "$T/f.sql"
psql -X -q -d "$URL" -c "INSERT INTO lines VALUES (1, 0, 0), (2, 5, 5)" >/dev/null
"$SCHEMAC" diff --from "$URL" --to "$T/f_to.sch" >"$T/fup.sql" 2>"$T/fup.err"
check_eq "replaced check function: the diff exits 0" 0 $?
check "replaced check function: the script names both checks left unchecked" \
    grep -qx -- '-- left as computed by the old body: check ck_lines_m of lines (the rows stored are not checked again); check qty_ok of domain qty (the values stored are not checked again)' "$T/fup.sql"
check "replaced check function: a warning names the table's check" \
    grep -qx 'warning: is_ok(integer) is replaced in place: check ck_lines_m of lines (the rows stored are not checked again)' "$T/fup.err"
check "replaced check function: a warning names the domain's check" \
    grep -qx 'warning: is_ok(integer) is replaced in place: check qty_ok of domain qty (the values stored are not checked again)' "$T/fup.err"
check "replaced check function: the script applies" pg_exec "$URL" "$T/fup.sql"
check_eq "replaced check function: the row the new body rejects is still there, as said" "1" \
    "$(psql -X -At -d "$URL" -c "SELECT count(*) FROM lines WHERE NOT is_ok(m) OR NOT is_ok(n)")"
"$SCHEMAC" diff --from "$URL" --to "$T/f_to.sch" >"$T/f2.sql" 2>/dev/null
check_eq "replaced check function: converges" "" "$(cat "$T/f2.sql")"

# ---- 3. a materialized view refreshed over a replaced body: a lock ---------
cat >"$T/m_from.sch" <<'EOF'
table lines {
  id  integer primary key
  m   integer not null
}

materialized view mv_lines as (select id, dbl(m) as d from lines)

CREATE OR REPLACE FUNCTION public.dbl(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x * 2 $function$;
EOF
sed 's/select x \* 2/select x * 3/' "$T/m_from.sch" >"$T/m_to.sch"
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/m_from.sch" --dialect postgresql >"$T/m.sql" && pg_exec "$URL" "$T/m.sql"
psql -X -q -d "$URL" -c "INSERT INTO lines VALUES (1, 1), (2, 5); REFRESH MATERIALIZED VIEW mv_lines" >/dev/null
"$SCHEMAC" diff --from "$URL" --to "$T/m_to.sch" >"$T/mup.sql" 2>"$T/mup.err"
check_eq "refreshed materialized view: the diff exits 0" 0 $?
HZ='REFRESH MATERIALIZED VIEW mv_lines holds an ACCESS EXCLUSIVE lock on it while its query runs again: every read of it waits until then'
check_eq "refreshed materialized view: the script says HAZARD above the refresh" "-- HAZARD: $HZ" \
    "$(grep -B2 '^REFRESH MATERIALIZED VIEW mv_lines;' "$T/mup.sql" | grep '^-- HAZARD')"
check "refreshed materialized view: stderr says the hazard" grep -qx "schemac diff: hazard: $HZ" "$T/mup.err"
"$SCHEMAC" diff --from "$URL" --to "$T/m_to.sch" --down >"$T/mdown.sql" 2>"$T/mdown.err"
check "refreshed materialized view: the down script says it too" grep -qx -- "-- HAZARD: $HZ" "$T/mdown.sql"
# a reader in an open transaction holds the view: the refresh waits for it
psql -X -q -d "$URL" -c "SET application_name = 'fns5_reader'" \
    -c "BEGIN" -c "SELECT count(*) FROM mv_lines" -c "SELECT pg_sleep(30)" -c "COMMIT" >/dev/null 2>&1 &
reader=$!
n=0
until [ "$(psql -X -At -d "$URL" -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'fns5_reader' AND wait_event = 'PgSleep'")" = 1 ] || [ $n -ge 100 ]; do
    sleep 0.1; n=$((n + 1))
done
{ echo "SET lock_timeout = '300ms';"; cat "$T/mup.sql"; } >"$T/mlock.sql"
psql -X -q -1 -v ON_ERROR_STOP=1 -d "$URL" -f "$T/mlock.sql" >"$T/mlock.out" 2>&1
check_eq "refreshed materialized view: with a reader holding the view, the script waits (lock_timeout)" 3 $?
check "refreshed materialized view: on the refresh's lock" grep -q 'lock timeout' "$T/mlock.out"
psql -X -q -d "$URL" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fns5_reader'" >/dev/null
wait $reader
check "refreshed materialized view: without the reader, the script applies" pg_exec "$URL" "$T/mup.sql"
check_eq "refreshed materialized view: its rows are the new body's" "1|3,2|15" \
    "$(psql -X -At -d "$URL" -c "SELECT string_agg(id || '|' || d, ',' ORDER BY id) FROM mv_lines")"
