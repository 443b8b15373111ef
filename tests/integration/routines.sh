#!/bin/sh
# routines.sh - functions, procedures and triggers on a real PostgreSQL 15
# and a real SQLite file: inspect -> compile -> load -> inspect is a fixed
# point (DSL, SQL and JSON; the pg_dump / SQLite referee agrees that the
# reloaded database is the same), declared routines in the user's own
# spelling are compared on the server's terms (no false change, and a
# real change converges), extensions' functions are not the user's, and
# SQLite refuses what it cannot express (exit 6, located).
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/db.sql" <<'EOF2'
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE TABLE items (id integer CONSTRAINT pk_items PRIMARY KEY, price integer NOT NULL,
                    code text, at timestamptz, m app.mood);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := now(); RETURN NEW; END $$;
CREATE FUNCTION app.fee(a integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 5
  SET search_path = app, pg_temp AS 'SELECT a + 1';
CREATE FUNCTION app.fee(a text, VARIADIC b integer[]) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER AS $$ SELECT a $$;
CREATE FUNCTION app.moody(m app.mood DEFAULT 'ok') RETURNS TABLE (x integer, y text) LANGUAGE sql AS $$ SELECT 1, m::text $$;
CREATE PROCEDURE app.bump(INOUT n integer) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
CREATE VIEW v_items AS SELECT id, app.fee(price) AS fee FROM items;
CREATE FUNCTION v_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE OF price, code ON items FOR EACH ROW
  WHEN (OLD.price IS DISTINCT FROM NEW.price) EXECUTE FUNCTION touch();
CREATE TRIGGER items_stmt AFTER TRUNCATE ON items FOR EACH STATEMENT EXECUTE FUNCTION touch();
CREATE CONSTRAINT TRIGGER items_late AFTER INSERT ON items DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER v_items_ins INSTEAD OF INSERT ON v_items FOR EACH ROW EXECUTE FUNCTION v_ins();
ALTER TABLE items DISABLE TRIGGER items_stmt;
ALTER TABLE items ENABLE REPLICA TRIGGER items_late;
ALTER TABLE items ADD CONSTRAINT ck_items_price CHECK (app.fee(price) > 0);
ALTER TABLE items ALTER COLUMN price SET DEFAULT app.fee(1);
CREATE FUNCTION app.cnt() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM items; END;
-- issue 12: comments, each overload its own
COMMENT ON FUNCTION app.fee(integer) IS 'the fee of an amount';
COMMENT ON FUNCTION app.fee(text, integer[]) IS 'the fee''s label';
COMMENT ON PROCEDURE app.bump(integer) IS 'adds one';
COMMENT ON TRIGGER items_late ON items IS 'checked at commit';
EOF2
check "load functions, procedures, overloads and triggers of every kind" pg_exec "$URL" "$T/db.sql"
psql -X -q -d "$URL" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null 2>&1
have_ext=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")

"$SCHEMAC" inspect "$URL" --schema public,app -o "$T/a.sch" 2>"$T/a.err"
check_eq "inspect: exit 0, functions and triggers are not named as not compared" "0" "$?$(grep -c 'not compared: .*\(function\|procedure\|trigger\)' "$T/a.err" | sed 's/^0$//')"
check_eq "every function and procedure, overloads apart, a SQL-standard body too" 7 "$(grep -c '^CREATE OR REPLACE \(FUNCTION\|PROCEDURE\)' "$T/a.sch")"
check_eq "every trigger" 4 "$(grep -c '^CREATE \(CONSTRAINT \)\?TRIGGER' "$T/a.sch")"
check_eq "trigger states" "ALTER TABLE public.items ENABLE REPLICA TRIGGER items_late;
ALTER TABLE public.items DISABLE TRIGGER items_stmt;" "$(grep '^ALTER TABLE' "$T/a.sch")"
check_eq "comments (issue 12): each after its object" "COMMENT ON PROCEDURE app.bump(integer) IS 'adds one';
COMMENT ON FUNCTION app.fee(integer) IS 'the fee of an amount';
COMMENT ON FUNCTION app.fee(text, integer[]) IS 'the fee''s label';
COMMENT ON TRIGGER items_late ON public.items IS 'checked at commit';" "$(grep '^COMMENT ON' "$T/a.sch")"
if [ "$have_ext" = 1 ]; then
    # the extension is declared (issue 11 item 5), its functions are its own
    check_eq "an extension's functions are not the user's" "extension pg_trgm" \
        "$(grep -i 'trgm' "$T/a.sch" | sed 's/ with schema.*//')"
else
    skip "an extension's functions are not the user's" "pg_trgm is not installed"
fi

# inspect -> compile -> load -> inspect: a fixed point, and the same database
"$SCHEMAC" compile "$T/a.sch" -o "$T/a.sql" 2>"$T/c.err"
check_eq "compile the inspected DSL" "0" "$?$(cat "$T/c.err")"
URL2=$(pg_newdb) || { not_ok "createdb"; exit 1; }
check "load the compiled DDL" pg_exec "$URL2" "$T/a.sql"
"$SCHEMAC" inspect "$URL2" --schema public,app -o "$T/b.sch" 2>/dev/null
check_files "inspect -> compile -> load -> inspect is a fixed point (DSL)" "$T/a.sch" "$T/b.sch"
pg_schema_dump "$URL" >"$T/d1" && pg_schema_dump "$URL2" >"$T/d2"
check_files "referee: pg_dump of the reloaded database is the original's" "$T/d1" "$T/d2"
"$SCHEMAC" inspect "$URL" --schema public,app --format sql -o "$T/a2.sql" 2>/dev/null
URL3=$(pg_newdb) || { not_ok "createdb"; exit 1; }
check "inspect --format sql loads into an empty database" pg_exec "$URL3" "$T/a2.sql"
pg_schema_dump "$URL3" >"$T/d3"
check_files "referee: ... and gives the same database" "$T/d1" "$T/d3"
"$SCHEMAC" inspect "$URL" --schema public,app --format json -o "$T/a.json" 2>/dev/null
check_eq "JSON: the identity of each overload" "app.fee(integer) app.fee(text, integer[])" \
    "$(jq -r '[.functions[] | select(.name == "fee") | "\(.schema).\(.name)(\(.args))"] | join(" ")' "$T/a.json")"
check_eq "JSON: the comments of functions and triggers (issue 12)" "the fee of an amount|the fee's label|checked at commit" \
    "$(jq -r '[(.functions[] | select(.name == "fee") | .comment), (.triggers[] | select(.comment) | .comment)] | join("|")' "$T/a.json")"
"$SCHEMAC" compile "$T/a.json" -o "$T/j.sql" 2>/dev/null
check_files "JSON compiles to the DSL's DDL" "$T/a.sql" "$T/j.sql"
# the rest declares no extension
psql -X -q -d "$URL" -c "DROP EXTENSION IF EXISTS pg_trgm" >/dev/null 2>&1

# declared in the user's own spelling: the same on the server's terms
cat >"$T/mine.sch" <<'EOF2'
schema app
enum app.mood { 'ok', 'sad' }
table items {
  id integer primary key
  price integer not null default (app.fee(1))
  code text
  at timestamptz
  m app.mood
  check ck_items_price (app.fee(price) > 0)
}
view v_items as (select id, app.fee(price) as fee from items)
create function touch() returns trigger language plpgsql as $$ BEGIN NEW.at := now(); RETURN NEW; END $$;
create function app.fee(a int) returns int language sql immutable strict parallel safe cost 5
  set search_path = app, pg_temp as 'SELECT a + 1';
create function app.fee(a text, variadic b int[]) returns text language sql stable security definer as $$ SELECT a $$;
create function app.moody(m app.mood default 'ok') returns table (x int, y text) language sql as $$ SELECT 1, m::text $$;
create procedure app.bump(inout n int) language plpgsql as $$ BEGIN n := n + 1; END $$;
create function v_ins() returns trigger language plpgsql as $$ BEGIN RETURN NEW; END $$;
create trigger items_touch before update of price, code on items for each row
  when (old.price is distinct from new.price) execute function touch();
create trigger items_stmt after truncate on items for each statement execute function touch();
alter table items disable trigger items_stmt;
create constraint trigger items_late after insert on items deferrable initially deferred
  for each row execute function touch();
alter table items enable replica trigger items_late;
create trigger v_items_ins instead of insert on v_items for each row execute function v_ins();
create function app.cnt() returns bigint language sql stable
begin atomic
  select count(*) from items;
end;
-- issue 12: a comment names its object in the user's spelling too
comment on function app.fee(int) is 'the fee of an amount';
comment on function app.fee(text, int[]) is 'the fee''s label';
comment on routine app.bump is 'adds one';
comment on trigger items_late on items is 'checked at commit';
EOF2
"$SCHEMAC" diff --from "$URL" --to "$T/mine.sch" >"$T/same.sql" 2>"$T/same.err"
check_eq "the user's spelling is no change (server's terms)" "0:" "$?:$(cat "$T/same.sql")"
sed -e "s/'SELECT a + 1'/'SELECT a + 2'/" -e 's/NEW.at := now()/NEW.at := clock_timestamp()/' \
    -e 's/before update of price, code/before update of price/' -e 's/^alter table items disable trigger items_stmt;$//' \
    "$T/mine.sch" >"$T/mine2.sch"
"$SCHEMAC" diff --from "$URL" --to "$T/mine2.sch" >"$T/up.sql" 2>"$T/up.err"
check_eq "a changed body is CREATE OR REPLACE, in place" "2 0" \
    "$(grep -c '^CREATE OR REPLACE' "$T/up.sql") $(grep -c 'DROP FUNCTION' "$T/up.sql")"
check "a trigger's new columns re-create it" grep -q '^DROP TRIGGER items_touch ON public.items;' "$T/up.sql"
check "a trigger's state alone is ALTER TABLE" grep -q '^ALTER TABLE public.items ENABLE TRIGGER items_stmt;' "$T/up.sql"
check "the up script applies" pg_exec "$URL" "$T/up.sql"
"$SCHEMAC" diff --from "$URL" --to "$T/mine2.sch" >"$T/again.sql" 2>&1
check_eq "converges" "" "$(cat "$T/again.sql")"

# a table and a column renamed under their triggers, declared in the user's
# spelling: the scratch load renames them first, so the triggers are left
# alone (ALTER TABLE RENAME [COLUMN] keeps them), not dropped and created
# again, and no "could not be loaded" warning
URL4=$(pg_newdb) || { not_ok "createdb"; exit 1; }
cat >"$T/ren.sql" <<'EOF2'
CREATE TABLE orders (id integer CONSTRAINT pk_orders PRIMARY KEY, n integer);
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.n := 1; RETURN NEW; END $$;
CREATE TRIGGER trg_bump BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION bump();
CREATE TRIGGER trg_watch BEFORE UPDATE OF n ON orders FOR EACH ROW WHEN (NEW.n > 0) EXECUTE FUNCTION bump();
EOF2
check "renamed table: load" pg_exec "$URL4" "$T/ren.sql"
cat >"$T/ren.sch" <<'EOF2'
table purchases {
  id integer primary key
  qty integer renamed from n
  renamed from orders
}
create function bump() returns trigger language plpgsql as $$ BEGIN NEW.n := 1; RETURN NEW; END $$;
create trigger trg_bump before insert on purchases for each row execute function bump();
create trigger trg_watch before update of qty on purchases for each row when (new.qty > 0) execute function bump();
EOF2
"$SCHEMAC" diff --from "$URL4" --to "$T/ren.sch" >"$T/ren.up" 2>"$T/ren.err"
check_eq "renamed table and column: their triggers are left alone" "0:0:1:0" \
    "$?:$(grep -ci trigger "$T/ren.up"):$(grep -c '^ALTER TABLE orders RENAME TO purchases;' "$T/ren.up"):$(grep -c warning "$T/ren.err")"
check "renamed table: the up script applies" pg_exec "$URL4" "$T/ren.up"
"$SCHEMAC" diff --from "$URL4" --to "$T/ren.sch" >"$T/ren.again" 2>&1
check_eq "renamed table: converges" "" "$(cat "$T/ren.again")"

# funcdeps2: the declared side as `from` (diff --from FILE --to DB): what
# calls a re-created function is read from pg_depend of a scratch load of
# the declared schema (no note); between two files it is found from the
# text, with a note. The script turns a database built from from.sch into
# one built from to.sch
for c in pg_function_users_text pg_function_users_recreated pg_generated_over_body_retype \
         pg_function_over_rebuilt_types pg_trigger_update_of_parked pg_body_view_order pg_aggregate_options \
         pg_function_overload_users; do
    C="$ROOT/tests/cases/$c"
    UT=$(pg_newdb) && UW=$(pg_newdb) || { not_ok "$c: createdb"; continue; }
    if ! { "$SCHEMAC" compile "$C/to.sch" --dialect postgresql >"$T/rv_to.sql" && pg_exec "$UT" "$T/rv_to.sql" &&
           "$SCHEMAC" compile "$C/from.sch" --dialect postgresql >"$T/rv_from.sql" && pg_exec "$UW" "$T/rv_from.sql" &&
           { [ ! -f "$C/rows.sql" ] || pg_exec "$UW" "$C/rows.sql"; }; } >/dev/null 2>"$T/rv.err"; then
        not_ok "$c: declared from: load"; sed 's/^/#   /' "$T/rv.err"; continue
    fi
    "$SCHEMAC" diff --from "$C/from.sch" --to "$UT" >"$T/rv_up.sql" 2>"$T/rv_up.err"
    check "$c: declared from: the script applies" pg_exec "$UW" "$T/rv_up.sql"
    "$SCHEMAC" diff --from "$UW" --to "$C/to.sch" >"$T/rv.out" 2>/dev/null
    check_eq "$c: declared from: converges to to.sch" "" "$(cat "$T/rv.out")"
    check_eq "$c: declared from: the users come from the catalog (no note)" "" \
        "$(grep "found from the text" "$T/rv_up.err")"
    "$SCHEMAC" diff --from "$C/from.sch" --to "$C/to.sch" --dialect postgresql >/dev/null 2>"$T/rv_ff.err"
    case $c in
    pg_trigger_update_of_parked|pg_body_view_order) ;;   # no function re-created
    pg_aggregate_options)   # re-created, but nothing calls them: nothing was guessed
        check_eq "$c: two files: no note (nothing calls what is re-created)" "" \
            "$(grep "found from the text" "$T/rv_ff.err")" ;;
    *)
        check "$c: two files: a note says the users were found from the text" \
            grep -q "was found from the text of the declared schema" "$T/rv_ff.err" ;;
    esac
done
# the server tells overloads apart: ck_t_code calls fee(text), which stays
check_eq "declared from: a check calling another overload is not taken around" "" \
    "$(grep ck_t_code "$T/rv_up.sql")"
# a role that cannot create the scratch database: the text, said so
psql -X -q -d postgres -c "DO \$\$ BEGIN CREATE ROLE sc_no_createdb LOGIN NOCREATEDB; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" \
    >/dev/null 2>&1
UNC=$(echo "$UT" | sed 's/user=[^&]*/user=sc_no_createdb/')
"$SCHEMAC" diff --from "$ROOT/tests/cases/pg_function_overload_users/from.sch" --to "$UNC" >"$T/rv_nc.sql" 2>"$T/rv_nc.err"
check "declared from without CREATEDB: a warning says why the text is used" \
    grep -q "could not be loaded into a scratch database" "$T/rv_nc.err"
check "... and the note" grep -q "was found from the text of the declared schema" "$T/rv_nc.err"
check "... the users found from the text (the other overload's check too)" grep -q "ck_t_code" "$T/rv_nc.sql"

# SQLite: triggers read, written back, reloaded the same
DB="$T/s.db"
cat >"$T/s.sql" <<'EOF2'
CREATE TABLE log (id INTEGER PRIMARY KEY, msg TEXT);
CREATE TABLE items (id INTEGER PRIMARY KEY, price INT NOT NULL);
CREATE VIEW v AS SELECT id FROM items;
CREATE TRIGGER items_log AFTER INSERT ON items BEGIN
  INSERT INTO log (msg) VALUES (CASE WHEN new.price > 0 THEN 'pos;' ELSE 'neg' END);
END;
CREATE TRIGGER "v ins" INSTEAD OF INSERT ON v BEGIN INSERT INTO items (id, price) VALUES (new.id, 0); END;
EOF2
check "SQLite: load triggers" sqlite_exec "$DB" "$T/s.sql"
"$SCHEMAC" inspect "sqlite:///$DB" -o "$T/s.sch" 2>"$T/s.err"
check_eq "SQLite: inspect names no trigger as skipped" "0:" "$?:$(grep -i trigger "$T/s.err")"
"$SCHEMAC" compile --dialect sqlite "$T/s.sch" -o "$T/s2.sql" 2>/dev/null
check "SQLite: the compiled DDL loads" sqlite_exec "$T/s2.db" "$T/s2.sql"
"$SCHEMAC" inspect "sqlite:///$T/s2.db" -o "$T/s2.sch" 2>/dev/null
check_files "SQLite: inspect -> compile -> load -> inspect is a fixed point" "$T/s.sch" "$T/s2.sch"
check_eq "SQLite: triggers as sqlite_schema holds them" \
    "$(sqlite3 "$DB" "SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")" \
    "$(sqlite3 "$T/s2.db" "SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")"
"$SCHEMAC" diff --from "sqlite:///$DB" --to "$T/s.sch" >"$T/s.out" 2>&1
check_eq "SQLite: no change against itself" "" "$(cat "$T/s.out")"

# what SQLite cannot express
check_exit "compile --dialect sqlite refuses a function (exit 6)" 6 "$SCHEMAC" compile --dialect sqlite "$T/mine.sch"
cp "$T/check.out" "$T/lite.err"
check "... at its place" grep -q "mine.sch:12:1: error: SQLite has no SQL-defined functions" "$T/lite.err"
check "... each of them" grep -q "mine.sch:17:1: error: SQLite has no stored procedures" "$T/lite.err"
check "... and a PostgreSQL trigger" grep -q "mine.sch:19:1: error: a PostgreSQL trigger (EXECUTE FUNCTION) cannot be created in SQLite" "$T/lite.err"
