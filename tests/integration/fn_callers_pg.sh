#!/bin/sh
# fn_callers_pg.sh - callers4 (issue 11): a function whose body is replaced
# in place, called through PL/pgSQL and string SQL bodies (which pg_depend
# does not record), on a real PostgreSQL 15
# (tests/cases/pg_function_replaced_plpgsql_callers). After `up` and after
# `down`, on the declared path (the case's scripts) and the live one (diff
# of the database), in a session that used the indexes before the script:
# a lookup forced through each index over a caller (and through the index
# of a materialized view over the replaced function) finds what a
# sequential scan finds, the generated column over a caller equals a fresh call, and
# the materialized views WITH DATA hold what their queries compute now
# (refreshed), while the one WITH NO DATA stays unpopulated.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "fn_callers_pg: no PostgreSQL server (PGHOST/PGPORT)"
    exit 0
fi

D="$ROOT/tests/cases/pg_function_replaced_plpgsql_callers"
IXS="ix_orders_wrap ix_orders_wrap_sql ix_orders_priced ix_orders_dyn ix_mv_fees_fee"

cat >"$T/lookups.sql" <<'EOF'
SELECT 'wrap', string_agg(id::text, ',' ORDER BY id) FROM orders WHERE wrap(amount) = wrap(5);
SELECT 'wrap_sql', string_agg(id::text, ',' ORDER BY id) FROM orders WHERE wrap_sql(amount) = wrap_sql(7);
SELECT 'priced', string_agg(id::text, ',' ORDER BY id) FROM orders WHERE priced(amount) = priced(1);
SELECT 'dyn', string_agg(id::text, ',' ORDER BY id) FROM orders WHERE dyn(amount) = dyn(5);
SELECT 'mv_fees', string_agg(id::text, ',' ORDER BY id) FROM mv_fees WHERE fee(w) = fee((SELECT m.w FROM mv_fees m WHERE m.id = 2));
EOF
{ echo "SET enable_seqscan = off;"; cat "$T/lookups.sql"; } >"$T/by_index.sql"
{ echo "SET enable_indexscan = off; SET enable_bitmapscan = off;"; cat "$T/lookups.sql"; } >"$T/by_scan.sql"
cat >"$T/explain.sql" <<'EOF'
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM orders WHERE wrap(amount) = wrap(5);
EXPLAIN (COSTS OFF) SELECT id FROM orders WHERE wrap_sql(amount) = wrap_sql(7);
EXPLAIN (COSTS OFF) SELECT id FROM orders WHERE priced(amount) = priced(1);
EXPLAIN (COSTS OFF) SELECT id FROM orders WHERE dyn(amount) = dyn(5);
EXPLAIN (COSTS OFF) SELECT id FROM mv_fees WHERE fee(w) = fee((SELECT m.w FROM mv_fees m WHERE m.id = 2));
EOF
# what is stored against what the functions compute now: 0 0 0, and
# mv_later not populated
cat >"$T/stale.sql" <<'EOF'
SELECT count(*) FROM orders WHERE wrapped IS DISTINCT FROM wrap(amount);
SELECT count(*) FROM (SELECT id, w FROM mv_fees EXCEPT SELECT id, wrap(amount) FROM orders) x;
SELECT count(*) FROM (SELECT id, w FROM mv_over EXCEPT SELECT id, w FROM v_wrapped) x;
SELECT relispopulated FROM pg_class WHERE relname = 'mv_later';
EOF
cat >"$T/warm.sql" <<'EOF'
SET enable_seqscan = off;
SELECT count(*) FROM orders WHERE wrap(amount) = wrap(5);
SELECT count(*) FROM orders WHERE wrap_sql(amount) = wrap_sql(7);
SELECT count(*) FROM orders WHERE priced(amount) = priced(1);
SELECT count(*) FROM orders WHERE dyn(amount) = dyn(5);
SELECT count(*) FROM mv_fees WHERE fee(w) = fee((SELECT m.w FROM mv_fees m WHERE m.id = 2));
RESET enable_seqscan;
EOF

q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f "$2" 2>&1; }

# verify LABEL URL: the data matches the functions as they are now
verify() {
    check_eq "$1: generated column and materialized views hold what the functions compute" "0 0 0 f" \
        "$(q "$2" "$T/stale.sql" | tr '\n' ' ' | sed 's/ $//')"
    check_eq "$1: each lookup goes through its index" "$IXS" \
        "$(q "$2" "$T/explain.sql" | grep -o 'ix_[a-z_]*' | tr '\n' ' ' | sed 's/ $//')"
    check_eq "$1: the indexes over the callers find what a sequential scan finds" "$(q "$2" "$T/by_scan.sql")" \
        "$(q "$2" "$T/by_index.sql")"
}

apply() {
    cat "$T/warm.sql" "$3" >"$T/run.sql"
    check "$1: apply" pg_exec "$2" "$T/run.sql"
}

"$SCHEMAC" compile "$D/from.sch" --dialect postgresql >"$T/from.sql" 2>"$T/c.err"
check_eq "compile from.sch" "0" "$?$(cat "$T/c.err")"

# Without the re-creation the index over a PL/pgSQL caller keeps stale
# entries and the views their old rows: the replacement alone, and the
# checks below see it (the test can fail).
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" -f "$T/from.sql" -f "$D/rows.sql" >/dev/null
grep -v '^--' "$D/up.pg.sql" | awk '/^CREATE OR REPLACE FUNCTION public.fee/,/\$function\$;$/' >"$T/only_fee.sql"
pg_exec "$URL" "$T/only_fee.sql"
check "the replacement alone leaves the index over wrap() stale" \
    sh -c "[ \"\$(psql -X -q -At -d '$URL' -f '$T/by_index.sql' | grep '^wrap|')\" != \"\$(psql -X -q -At -d '$URL' -f '$T/by_scan.sql' | grep '^wrap|')\" ]"
check_eq "the replacement alone leaves the generated column and the materialized views stale" "3 3 3 f" \
    "$(q "$URL" "$T/stale.sql" | tr '\n' ' ' | sed 's/ $//')"

# Without its re-creation, the index of mv_fees over fee() keeps what the
# session cached: REFRESH rebuilds it with the old inlined body
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" -f "$T/from.sql" -f "$D/rows.sql" >/dev/null
grep -v 'INDEX ix_mv_fees_fee' "$D/up.pg.sql" >"$T/no_mv_index.sql"
cat "$T/warm.sql" "$T/no_mv_index.sql" >"$T/run.sql"
pg_exec "$URL" "$T/run.sql"
check "the refresh alone leaves the index of mv_fees over fee() stale" \
    sh -c "[ \"\$(psql -X -q -At -d '$URL' -f '$T/by_index.sql' | grep '^mv_fees|')\" != \"\$(psql -X -q -At -d '$URL' -f '$T/by_scan.sql' | grep '^mv_fees|')\" ]"

# the declared path: the case's own scripts
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
check "load from.sch and the rows" sh -c "psql -X -q -v ON_ERROR_STOP=1 -d '$URL' -f '$T/from.sql' -f '$D/rows.sql' >/dev/null"
verify "before" "$URL"
apply "up.pg.sql" "$URL" "$D/up.pg.sql"
verify "after up.pg.sql" "$URL"
check_eq "after up.pg.sql: mv_fees holds the new body's values" "1|202,2|210,3|214" \
    "$(psql -X -At -d "$URL" -c "SELECT string_agg(id || '|' || w, ',' ORDER BY id) FROM mv_fees")"
apply "down.pg.sql" "$URL" "$D/down.pg.sql"
verify "after down.pg.sql" "$URL"
check_eq "after down.pg.sql: mv_fees holds the old body's values" "1|4,2|12,3|16" \
    "$(psql -X -At -d "$URL" -c "SELECT string_agg(id || '|' || w, ',' ORDER BY id) FROM mv_fees")"

# the live path: the database diffed against to.sch (pg_get_functiondef's
# texts, pg_depend), then back
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" -f "$T/from.sql" -f "$D/rows.sql" >/dev/null
"$SCHEMAC" diff --from "$URL" --to "$D/to.sch" >"$T/lup.sql" 2>"$T/lup.err"
check_eq "live: diff up" "0" "$?"
"$SCHEMAC" diff --from "$URL" --to "$D/to.sch" --down >"$T/ldown.sql" 2>"$T/ldown.err"
check_eq "live: diff down" "0" "$?"
check_eq "live: the callers' indexes re-created, the views refreshed" \
    "ix_mv_fees_fee ix_orders_dyn ix_orders_priced ix_orders_wrap ix_orders_wrap_sql mv_fees mv_over" \
    "$(grep -E '^(CREATE INDEX|REFRESH MATERIALIZED VIEW)' "$T/lup.sql" |
       sed -E 's/^CREATE INDEX ([a-z_]*).*/\1/; s/^REFRESH MATERIALIZED VIEW ([a-z_]*);/\1/' | sort | tr '\n' ' ' |
       sed 's/ $//')"
check "live: no warning about a materialized view" sh -c "! grep -v '^schemac diff: hazard: REFRESH' '$T/lup.err' | grep -q 'materialized view'"
check_eq "live: each refresh is a hazard (fns5: it locks the view)" "2" "$(grep -c '^schemac diff: hazard: REFRESH MATERIALIZED VIEW' "$T/lup.err")"
apply "live: up" "$URL" "$T/lup.sql"
verify "live: after up" "$URL"
apply "live: down" "$URL" "$T/ldown.sql"
verify "live: after down" "$URL"
