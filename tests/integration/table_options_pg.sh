#!/bin/sh
# table_options_pg.sh - issue 12's table parts that need more than a case of
# tests/cases can set up: an index's tablespace (a tablespace is the
# cluster's, made here in a directory of its own and dropped at the end).
# Each pair runs as a case does: load FROM, rows, diff DB -> TO applied, no
# difference left, the pg_dump referee against TO built by compile; then the
# down script, no difference left, the referee against FROM; the rows intact;
# and inspect -> compile -> load -> inspect is a fixed point.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "table_options_pg: no PostgreSQL server (PGHOST/PGPORT)"
    exit 1
fi

# The tablespace's directory must be the server's: under /tmp (not $T, which
# only this user may enter), owned by the server's user when we are root.
ts="sc_ts_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
tsdir=$(mktemp -d /tmp/sc_ts.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$tsdir"
if psql -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLESPACE $ts LOCATION '$tsdir'" postgres >"$T/ts.err" 2>&1; then
    ok "a tablespace to put indexes in"
else
    not_ok "a tablespace to put indexes in"; sed 's/^/#   /' "$T/ts.err"
fi

dbs=
newdb() {
    url=$(pg_newdb) || return 1
    dbs="$dbs $url"
}

# converge NAME FROM.sch TO.sch ROWS.sql CHECK.sql
converge() {
    cvn=$1 _from=$2 _to=$3
    newdb && _db=$url && newdb && _rf=$url && newdb && _rt=$url || { not_ok "$cvn: createdb"; return; }
    if ! { "$SCHEMAC" compile "$_from" >"$T/from.sql" && "$SCHEMAC" compile "$_to" >"$T/to.sql" &&
           pg_exec "$_db" "$T/from.sql" && pg_exec "$_rf" "$T/from.sql" && pg_exec "$_rt" "$T/to.sql" &&
           pg_exec "$_db" "$4"; } 2>"$T/load.err"; then
        not_ok "$cvn: load"; sed 's/^/#   /' "$T/load.err"; return
    fi
    psql -X -q -At -d "$_db" -f "$5" >"$T/rows.before" 2>&1
    "$SCHEMAC" diff --from "$_db" --to "$_from" >"$T/none.sql" 2>/dev/null
    check_eq "$cvn: no false positive on FROM" "" "$(cat "$T/none.sql")"
    "$SCHEMAC" diff --from "$_db" --to "$_to" >"$T/up.sql" 2>"$T/up.err" &&
        "$SCHEMAC" diff --from "$_db" --to "$_to" --down >"$T/down.sql" 2>>"$T/up.err"
    check "$cvn: the up script applies" pg_exec "$_db" "$T/up.sql"
    "$SCHEMAC" diff --from "$_db" --to "$_to" >"$T/left.sql" 2>/dev/null
    check_eq "$cvn: converges to TO" "" "$(cat "$T/left.sql")"
    referee "$cvn: referee: after up, the same schema as TO" pg "$_rt" "$_db"
    check "$cvn: the down script applies" pg_exec "$_db" "$T/down.sql"
    "$SCHEMAC" diff --from "$_db" --to "$_from" >"$T/left.sql" 2>/dev/null
    check_eq "$cvn: converges back to FROM" "" "$(cat "$T/left.sql")"
    referee "$cvn: referee: after down, the same schema as FROM" pg "$_rf" "$_db"
    psql -X -q -At -d "$_db" -f "$5" >"$T/rows.after" 2>&1
    check_files "$cvn: rows intact after up and down" "$T/rows.before" "$T/rows.after"
    # inspect -> DSL -> compile -> load -> inspect: a fixed point
    newdb && _fx=$url
    "$SCHEMAC" inspect "$_rt" -o "$T/insp.sch" && "$SCHEMAC" compile "$T/insp.sch" -o "$T/insp.sql" &&
        pg_exec "$_fx" "$T/insp.sql" 2>"$T/fx.err"
    "$SCHEMAC" inspect "$_rt" --format json -o "$T/a.json" 2>/dev/null
    "$SCHEMAC" inspect "$_fx" --format json -o "$T/b.json" 2>/dev/null
    check_files "$cvn: inspect -> compile -> load -> inspect is a fixed point" "$T/a.json" "$T/b.json"
    cp "$T/up.sql" "$T/$(echo "$cvn" | tr -c 'a-z0-9\n' '_').up.sql"
    cp "$T/down.sql" "$T/$(echo "$cvn" | tr -c 'a-z0-9\n' '_').down.sql"
}

cat >"$T/rows.sql" <<'EOF'
INSERT INTO events (id, kind, at) VALUES (1, 'a', 10), (2, NULL, 20), (3, 'b', NULL);
EOF
echo "SELECT id, kind, at FROM events ORDER BY id;" >"$T/check.sql"

cat >"$T/ix_from.sch" <<EOF
table events {
  id   integer primary key
  kind text
  at   integer
  index ix_events_kind (kind)
  index ix_events_at (at) tablespace $ts
}
EOF
cat >"$T/ix_to.sch" <<EOF
table events {
  id   integer primary key
  kind text
  at   integer
  index ix_events_kind (kind) tablespace $ts
  index ix_events_at (at)
  unique index ix_events_id_at (id, at) with (fillfactor = 60) tablespace $ts where (at > 0)
}
EOF
converge "index tablespace" "$T/ix_from.sch" "$T/ix_to.sch" "$T/rows.sql" "$T/check.sql"
# a plain index moves in place, as a key's (privs2): no drop, no create
check "index tablespace: the index moves in place" \
    grep -q "^ALTER INDEX ix_events_kind SET TABLESPACE $ts;\$" "$T/index_tablespace.up.sql"
check "index tablespace: back to the database's default tablespace in place" \
    grep -q "^DO .*ALTER INDEX %s SET TABLESPACE %I', 'ix_events_at'" "$T/index_tablespace.up.sql"
if grep -q 'DROP INDEX ix_events_kind\|DROP INDEX ix_events_at' "$T/index_tablespace.up.sql" "$T/index_tablespace.down.sql"; then
    not_ok "index tablespace: not dropped and created"; sed 's/^/#   /' "$T/index_tablespace.up.sql"
else ok "index tablespace: not dropped and created"; fi

# issue 12: the indexes of keys and exclusion constraints, USING INDEX
# TABLESPACE and WITH (...); an exclusion constraint with WHERE and INCLUDE
cat >"$T/ck_rows.sql" <<'EOF'
INSERT INTO slots (id, code, during, owner) VALUES (1, 'a', '[1,5)', 'x'), (2, 'b', '[5,9)', NULL);
EOF
echo "SELECT id, code, during, owner FROM slots ORDER BY id;" >"$T/ck_check.sql"
cat >"$T/ck_from.sch" <<EOF
table slots {
  id     integer primary key
  code   text unique
  during int4range not null
  owner  text
  exclude ex_slots_during (during with &&) using gist using index tablespace $ts
}
EOF
cat >"$T/ck_to.sch" <<EOF
table slots {
  id     integer primary key using index tablespace $ts with (fillfactor = 70)
  code   text unique with (fillfactor = 80) using index tablespace pg_default
  during int4range not null
  owner  text
  exclude ex_slots_during (during with &&) using gist include (owner) with (fillfactor = 60) where (owner is not null) deferrable comment 'one owner a span'
}
EOF
converge "constraint index tablespace" "$T/ck_from.sch" "$T/ck_to.sch" "$T/ck_rows.sql" "$T/ck_check.sql"
check "constraint index tablespace: the key's index moves in place" \
    grep -q "^ALTER INDEX pk_slots SET TABLESPACE $ts;" "$T/constraint_index_tablespace.up.sql"
check "constraint index tablespace: its storage parameters set in place" \
    grep -q "^ALTER INDEX pk_slots SET (fillfactor=70);" "$T/constraint_index_tablespace.up.sql"
check "constraint index tablespace: back to the database's default tablespace" \
    grep -q "ALTER INDEX %s SET TABLESPACE %I', 'pk_slots'" "$T/constraint_index_tablespace.down.sql"
check "constraint index tablespace: inspect writes them back" \
    grep -q "using index tablespace $ts" "$T/insp.sch"

# An operator class whose name needs quotes: written quoted in the DDL
# (inspect -> DSL -> compile -> load), as the DSL writer does.
opclass_sql='CREATE OPERATOR CLASS "My Ops" FOR TYPE text USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 bttextcmp(text, text);'
newdb && _oa=$url && newdb && _ob=$url
psql -X -q -d "$_oa" -v ON_ERROR_STOP=1 -c "$opclass_sql" -c 'CREATE TABLE words (w text); CREATE INDEX ix_words ON words (w "My Ops");' \
    >/dev/null 2>"$T/op.err"
psql -X -q -d "$_ob" -v ON_ERROR_STOP=1 -c "$opclass_sql" >/dev/null 2>>"$T/op.err"
check_eq "operator class needing quotes: set up" "" "$(cat "$T/op.err")"
"$SCHEMAC" inspect "$_oa" -o "$T/op.sch" 2>/dev/null && "$SCHEMAC" compile "$T/op.sch" -o "$T/op.sql" 2>/dev/null
check "operator class needing quotes: quoted in the DDL" grep -q '(w "My Ops")' "$T/op.sql"
check "operator class needing quotes: the DDL loads" pg_exec "$_ob" "$T/op.sql"
"$SCHEMAC" diff --from "$_ob" --to "$T/op.sch" >"$T/op.diff" 2>"$T/op.err"
check_eq "operator class needing quotes: no difference" "" "$(cat "$T/op.diff")"
check_eq "operator class needing quotes: the class itself named as not compared" \
    'warning: not compared: 1 operator class (public."My Ops")' "$(cat "$T/op.err")"

for u in $dbs; do dropdb "$(echo "$u" | sed 's|^postgresql:///\([^?]*\).*|\1|')" >/dev/null 2>&1; done
psql -X -q -c "DROP TABLESPACE IF EXISTS $ts" postgres >/dev/null 2>&1
rm -rf "$tsdir"
