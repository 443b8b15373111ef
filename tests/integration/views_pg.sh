#!/bin/sh
# views_pg.sh - views and materialized views of a real PostgreSQL: read by
# `inspect` in every format (JSON facts, SQL that loads and reads back the
# same, DSL that compiles and diffs to nothing), and declared views compared
# on the server's terms: spellings that PostgreSQL prints alike are no
# change, in public and in a quoted mixed-case schema; a changed query is.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if ! command -v jq >/dev/null 2>&1; then not_ok "jq is installed (scripts/deps.sh)"; exit 1; fi
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/db.sql" <<'EOF'
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE users (id integer CONSTRAINT pk_users PRIMARY KEY, email varchar(255), status mood, created_at timestamptz);
CREATE SCHEMA "App";
CREATE TABLE "App"."Orders" (id integer CONSTRAINT "pk_Orders" PRIMARY KEY, "userId" integer, amount numeric(10,2));
CREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'a';
COMMENT ON VIEW active_users IS 'the active ones';
COMMENT ON COLUMN active_users.email IS 'their mail';
CREATE VIEW "App"."Big Orders" WITH (security_barrier) AS
  SELECT o.id, o.amount FROM "App"."Orders" o WHERE o.amount > 100 WITH CASCADED CHECK OPTION;
CREATE VIEW "App".joined WITH (security_invoker) AS
  SELECT o.id, u.email FROM "App"."Orders" o JOIN users u ON u.id = o."userId";
CREATE MATERIALIZED VIEW daily AS
  SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM users GROUP BY 1 WITH NO DATA;
CREATE UNIQUE INDEX daily_day ON daily (day);
COMMENT ON MATERIALIZED VIEW daily IS 'per day';
CREATE VIEW v2 AS SELECT * FROM active_users WITH LOCAL CHECK OPTION;
EOF
check "load views over views, across schemas, quoted names" pg_exec "$URL" "$T/db.sql"

"$SCHEMAC" inspect "$URL" --schema public,App --format json -o "$T/a.json" 2>"$T/a.err"
check_eq "inspect: exit 0, nothing named (views are read)" "0 " "$? $(cat "$T/a.err")"
v() { jq -r --arg s "$1" --arg n "$2" ".views[] | select(.schema == \$s and .name == \$n) | $3" "$T/a.json"; }
check_eq "every view and materialized view" "App.Big Orders App.joined public.active_users public.daily public.v2" \
    "$(jq -r '[.views[] | "\(.schema).\(.name)"] | join(" ")' "$T/a.json")"
check_eq "query as pg_get_viewdef spells it" \
    "$(printf 'SELECT users.id,\n    users.email\n   FROM users\n  WHERE users.status = %s' "'a'::mood")" \
    "$(v public active_users .query)"
check_eq "another schema's relation qualified, quoted" \
    "$(printf 'SELECT o.id,\n    o.amount\n   FROM "App"."Orders" o\n  WHERE o.amount > 100::numeric')" \
    "$(v App 'Big Orders' .query)"
check_eq "options" "true false cascaded | false true null | false false local" \
    "$(v App 'Big Orders' '"\(.security_barrier) \(.security_invoker) \(.check_option)"') | $(v App joined '"\(.security_barrier) \(.security_invoker) \(.check_option)"') | $(v public v2 '"\(.security_barrier) \(.security_invoker) \(.check_option)"')"
check_eq "materialized, with no data, its index, its comment" "true true daily_day:day:true per day" \
    "$(v public daily '"\(.materialized) \(.with_no_data) \(.indexes[0].name):\(.indexes[0].elements[0].column):\(.indexes[0].unique) \(.comment)"')"
check_eq "comments of the view and its column" "the active ones|their mail" \
    "$(v public active_users '"\(.comment)|\(.columns[] | select(.name == "email") | .comment)"')"
check_eq "output columns and types" "id integer, amount numeric(10,2)" \
    "$(v App 'Big Orders' '[.columns[] | "\(.name) \(.type.name)\(if .type.mods then "(\(.type.mods))" else "" end)"] | join(", ")')"
check_eq "what a view over a view reads" "relation public.active_users, column public.active_users.email, column public.active_users.id" \
    "$(v public v2 '[.refs[] | "\(.kind) \(.schema).\(.name)\(if .column then ".\(.column)" else "" end)"] | sort_by(startswith("column")) | join(", ")')"
check_eq "what a view across schemas reads" "App.Orders.id App.Orders.userId public.users.email public.users.id" \
    "$(v App joined '[.refs[] | select(.kind == "column") | "\(.schema).\(.name).\(.column)"] | sort | join(" ")')"

# --format sql: loads into an empty database and reads back the same
"$SCHEMAC" inspect "$URL" --schema public,App --format sql -o "$T/a.sql" 2>/dev/null
URL2=$(pg_newdb)
check "inspected SQL (views in dependency order) loads" pg_exec "$URL2" "$T/a.sql"
"$SCHEMAC" inspect "$URL2" --schema public,App --format json -o "$T/b.json" 2>/dev/null
check_files "round trip through --format sql: identical JSON" "$T/a.json" "$T/b.json"

# --format sch: compiles, and diffs to nothing against the database
"$SCHEMAC" inspect "$URL" --schema public,App -o "$T/a.sch" 2>/dev/null
check "inspected DSL compiles" "$SCHEMAC" compile "$T/a.sch" --json -o "$T/a.sch.json"
check_eq "inspected DSL: the same views" "$(jq -c '[.views[] | {schema, name, query, materialized, with_no_data, check_option}]' "$T/a.json")" \
    "$(jq -c '[.views[] | {schema, name, query, materialized, with_no_data, check_option}]' "$T/a.sch.json")"
"$SCHEMAC" diff --from "$URL" --to "$T/a.sch" --sql >"$T/self.sql" 2>"$T/self.err"
check_eq "inspected DSL against its database: no change" "0|" "$?|$(cat "$T/self.sql")"

# declared in other spellings: the server prints them alike, so no change
cat >"$T/spell.sch" <<'EOF'
enum mood { 'a', 'b' }
table users {
  id int primary key
  email varchar(255)
  status mood
  created_at timestamptz
}
schema "App" {
  table "Orders" {
    id int primary key
    "userId" int
    amount numeric(10,2)
  }
  view "Big Orders" with (security_barrier) as (select o.id, o.amount from "App"."Orders" o where amount > 100) with cascaded check option
  view joined with (security_invoker) as (select o.id, u.email from "App"."Orders" as o inner join public.users as u on u.id = o."userId")
}
view active_users as (select users.id, users.email from users where users.status = 'a'::mood) {
  comment 'the active ones'
  column email comment 'their mail'
}
materialized view daily as (select date_trunc('day', created_at) as day, count(*) as n from users group by (date_trunc('day', created_at))) with no data {
  unique index daily_day (day)
  comment 'per day'
}
view v2 as (select active_users.id, active_users.email from active_users) with local check option
EOF
"$SCHEMAC" diff --from "$URL" --to "$T/spell.sch" --sql >"$T/spell.sql" 2>"$T/spell.err"
check_eq "other spellings of the same views: no change, no warning" "0||" "$?|$(cat "$T/spell.sql")|$(cat "$T/spell.err")"

# a changed query is a change
sed 's/where amount > 100)/where amount > 200)/' "$T/spell.sch" >"$T/changed.sch"
"$SCHEMAC" diff --from "$URL" --to "$T/changed.sch" --sql >"$T/changed.sql" 2>/dev/null
check "a changed query is a change" grep -q 'CREATE OR REPLACE VIEW "App"."Big Orders"' "$T/changed.sql"
check_eq "... and only that view changes" 1 "$(grep -c '^CREATE' "$T/changed.sql")"
check "... written as declared, not as the server spells it" grep -q "where amount > 200" "$T/changed.sql"
