#!/bin/sh
# diff_cli.sh - `schemac diff --from --to` as a user runs it: nothing to do,
# options, JSON, hazards on stderr, database-to-database diffs of hand-written
# DDL (PostgreSQL and SQLite) that converge both ways, and equivalent
# spellings that are no change on the server's own terms.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

D="$ROOT/tests/diff_cli"
C="$ROOT/tests/cases"
have_pg=0
if [ -n "${PGHOST:-}" ] && psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then have_pg=1; fi

dbn=0
newdb() {
    dbn=$((dbn + 1))
    _db="cli_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')_$dbn"
    createdb "$_db" >/dev/null || return 1
    url="postgresql:///$_db?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}"
}

# ---- files against files -------------------------------------------------------
"$SCHEMAC" diff --from "$C/add_table/from.sch" --to "$C/add_table/from.sch" --dialect postgresql --sql \
    >"$T/same.out" 2>"$T/same.err"
check_eq "same schema: exit 0" 0 $?
check_eq "same schema: prints nothing" "" "$(cat "$T/same.out")"

check_exit "two files need --dialect" 2 "$SCHEMAC" diff --from "$C/add_table/from.sch" --to "$C/add_table/to.sch"
check_exit "unknown dialect" 2 "$SCHEMAC" diff --from "$C/add_table/from.sch" --to "$C/add_table/to.sch" --dialect oracle
check_exit "missing --to" 2 "$SCHEMAC" diff --from "$C/add_table/from.sch"
check_exit "bad input is exit 3" 3 "$SCHEMAC" diff --from "$D/spellings.sql" --to "$C/add_table/to.sch" --dialect pg

"$SCHEMAC" diff --from "$C/add_table/from.sch" --to "$C/add_table/to.sch" --dialect pg --json >"$T/j.out" 2>/dev/null
check "--json: the operations" grep -q '"op": "create_table"' "$T/j.out"
check "--json: valid JSON" python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$T/j.out"

# a JSON model (schemac compile --json) is a source like any other
"$SCHEMAC" compile "$C/rename_with_type_change/from.sch" --json >"$T/from.json" 2>/dev/null
"$SCHEMAC" diff --from "$T/from.json" --to "$C/rename_with_type_change/to.sch" --dialect pg >"$T/fj.out" 2>/dev/null
check_files "a JSON model as --from gives the same SQL" "$C/rename_with_type_change/up.pg.sql" "$T/fj.out"

"$SCHEMAC" diff --from "$C/columns_add_drop/from.sch" --to "$C/columns_add_drop/to.sch" --dialect pg \
    >"$T/h.out" 2>"$T/h.err"
check "hazards listed on stderr" grep -q 'hazard: drops column items.legacy and its data' "$T/h.err"
check "hazards marked in the SQL" grep -q '^-- HAZARD: drops column items.legacy' "$T/h.out"

"$SCHEMAC" diff --from "$C/swap_column_types/from.sch" --to "$C/swap_column_types/to.sch" --dialect pg \
    --no-compare-type >"$T/nt.out" 2>/dev/null
check_eq "--no-compare-type: no type changes" "" "$(cat "$T/nt.out")"
"$SCHEMAC" diff --from "$C/nullability_defaults/from.sch" --to "$C/nullability_defaults/to.sch" --dialect pg \
    --no-compare-server-default >"$T/nd.out" 2>/dev/null
check "--no-compare-server-default: no default changes" sh -c "! grep -q DEFAULT '$T/nd.out' && grep -q 'SET NOT NULL' '$T/nd.out'"

"$SCHEMAC" diff --from "$C/indexes/from.sch" --to "$C/indexes/to.sch" --dialect pg --concurrently >"$T/cc.out" 2>/dev/null
check "--concurrently: CREATE INDEX CONCURRENTLY outside the transaction" \
    sh -c "grep -B1 'CREATE INDEX CONCURRENTLY' '$T/cc.out' | grep -q '^-- schemac:no-transaction'"

# ---- PostgreSQL: database against database, hand-written DDL --------------------
if [ $have_pg = 1 ]; then
    newdb; A=$url; newdb; B=$url; newdb; A0=$url
    pg_exec "$A" "$D/a.sql" && pg_exec "$A" "$D/rows.sql" && pg_exec "$A0" "$D/a.sql" && pg_exec "$B" "$D/b.sql"
    psql -X -q -At -d "$A" -f "$D/check.sql" >"$T/before" 2>&1
    "$SCHEMAC" diff --from "$A" --to "$B" --sql >"$T/up.sql" 2>"$T/up.err"
    check_eq "pg db->db: exit 0" 0 $?
    "$SCHEMAC" diff --from "$A" --to "$B" --sql --down >"$T/down.sql" 2>/dev/null
    check "pg db->db: up applies" pg_exec "$A" "$T/up.sql"
    "$SCHEMAC" diff --from "$A" --to "$B" >"$T/again.out" 2>&1
    check_eq "pg db->db: converged" "" "$(cat "$T/again.out")"
    check "pg db->db: down applies" pg_exec "$A" "$T/down.sql"
    "$SCHEMAC" diff --from "$A" --to "$A0" >"$T/back.out" 2>&1
    check_eq "pg db->db: back where it was" "" "$(cat "$T/back.out")"
    psql -X -q -At -d "$A" -f "$D/check.sql" >"$T/after" 2>&1
    check_files "pg db->db: rows intact" "$T/before" "$T/after"

    # equivalent spellings are no change on the server's terms
    newdb; S=$url
    pg_exec "$S" "$D/spellings.sql"
    "$SCHEMAC" diff --from "$S" --to "$D/spellings.sch" >"$T/sp.out" 2>"$T/sp.err"
    check_eq "pg: other spellings of defaults/checks/index expressions are no change" "" "$(cat "$T/sp.out")"
    # another tool's names for what the schema leaves unnamed: renamed to the convention's
    newdb; S2=$url
    sed -e 's/CONSTRAINT pk_t /CONSTRAINT t_pkey /' -e 's/CONSTRAINT ck_t_c /CONSTRAINT t_c_check /' \
        "$D/spellings.sql" >"$T/other_names.sql"
    pg_exec "$S2" "$T/other_names.sql"
    "$SCHEMAC" diff --from "$S2" --to "$D/spellings.sch" >"$T/on.out" 2>/dev/null
    check_eq "pg: unnamed in the schema, named otherwise in the database: renamed to the convention's names" \
        "ALTER TABLE t RENAME CONSTRAINT t_c_check TO ck_t_c;
ALTER TABLE t RENAME CONSTRAINT t_pkey TO pk_t;" "$(grep -v '^--' "$T/on.out")"
    "$SCHEMAC" diff --from "$D/spellings.sch" --to "$S" >"$T/sp2.out" 2>"$T/sp2.err"
    check_eq "pg: and the other way round" "" "$(cat "$T/sp2.out")"

    # without --schema, the schemas the declared side uses are read
    newdb; N=$url
    "$SCHEMAC" compile "$C/schemas_comments/from.sch" --dialect postgresql >"$T/n.sql" && pg_exec "$N" "$T/n.sql"
    "$SCHEMAC" diff --from "$N" --to "$C/schemas_comments/to.sch" >"$T/n.out" 2>/dev/null
    check "pg: a schema only the declared side has is created" grep -q '^CREATE SCHEMA audit;' "$T/n.out"
    "$SCHEMAC" diff --from "$N" --to "$C/schemas_comments/to.sch" --schema public >"$T/n2.out" 2>/dev/null
    check "pg: --schema public leaves it out" sh -c "! grep -q audit '$T/n2.out'"
    "$SCHEMAC" diff --from "$N" --to "$C/schemas_comments/to.sch" --schema public --schema audit >"$T/n3.out" 2>/dev/null
    check "pg: --schema repeated adds to the list (--schema public --schema audit)" grep -q '^CREATE SCHEMA audit;' "$T/n3.out"

    # a schema the declaration no longer mentions: only --all-schemas sees it
    newdb; W=$url
    cat >"$T/w.sch" <<'EOF'
schema app {
  enum mood { 'a', 'b' }
  table owners { id int primary key, m mood default 'a' }
}
table pets { id int primary key, owner int references app.owners(id) }
EOF
    "$SCHEMAC" compile "$T/w.sch" --dialect postgresql >"$T/w.sql" && pg_exec "$W" "$T/w.sql"
    psql -X -q -d "$W" -c "CREATE SCHEMA legacy; CREATE TABLE legacy.old (id int); INSERT INTO pets VALUES (1, NULL)" \
        >/dev/null
    "$SCHEMAC" diff --from "$W" --to "$T/w.sch" >"$T/w1.out" 2>"$T/w1.err"
    check_eq "pg: two schemas read in two rounds: no change" "" "$(cat "$T/w1.out")"
    "$SCHEMAC" diff --from "$W" --to "$T/w.sch" --all-schemas >"$T/w2.out" 2>"$T/w2.err"
    check "pg: --all-schemas drops the table of a schema no longer declared" grep -q '^DROP TABLE legacy.old;' "$T/w2.out"
    check "pg: --all-schemas drops that schema" grep -q '^DROP SCHEMA legacy;' "$T/w2.out"
    check "pg: --all-schemas leaves the declared ones alone" sh -c "! grep -q 'app\\|pets' '$T/w2.out'"
    check "pg: --all-schemas: the drop is a hazard on stderr" grep -q 'hazard: drops table legacy.old' "$T/w2.err"
    "$SCHEMAC" diff --from "$W" --to "$T/w.sch" --all-schemas --down >"$T/w2d.out" 2>/dev/null
    check "pg: --all-schemas: down creates them back" \
        sh -c "grep -q '^CREATE SCHEMA legacy;' '$T/w2d.out' && grep -q 'CREATE TABLE legacy.old' '$T/w2d.out'"
    check "pg: --all-schemas: up applies" pg_exec "$W" "$T/w2.out"
    "$SCHEMAC" diff --from "$W" --to "$T/w.sch" --all-schemas >"$T/w3.out" 2>&1
    check_eq "pg: --all-schemas: converged" "" "$(cat "$T/w3.out")"
    check_eq "pg: --all-schemas: rows of kept tables intact" "1" "$(psql -X -At -d "$W" -c 'SELECT count(*) FROM pets')"
    check_exit "--all-schemas and --schema exclude each other" 2 "$SCHEMAC" diff --from "$W" --to "$T/w.sch" \
        --all-schemas --schema public
    # two databases: every user schema of both is compared (as migra and
    # Atlas do), quoted and mixed-case names included; --schema narrows it
    newdb; MA=$url; newdb; MB=$url; newdb; MA0=$url
    cat >"$T/ma.sql" <<'EOF'
CREATE SCHEMA "Sales"; CREATE SCHEMA legacy;
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE "Sales"."Orders" ("Id" bigint PRIMARY KEY, customer_id int REFERENCES customers (id));
CREATE TABLE legacy.old (id int PRIMARY KEY, customer_id int REFERENCES customers (id));
EOF
    cat >"$T/mb.sql" <<'EOF'
CREATE SCHEMA "Sales"; CREATE SCHEMA "Reporting Data"; CREATE SCHEMA empty_one;
CREATE TABLE customers (id int PRIMARY KEY, name text, email text);
CREATE TABLE "Sales"."Orders" ("Id" bigint PRIMARY KEY, customer_id int REFERENCES customers (id), "Note" text);
CREATE TABLE "Reporting Data"."Daily Totals" ("Run" int PRIMARY KEY, order_id bigint REFERENCES "Sales"."Orders" ("Id"));
EOF
    pg_exec "$MA" "$T/ma.sql" && pg_exec "$MA0" "$T/ma.sql" && pg_exec "$MB" "$T/mb.sql"
    psql -X -q -d "$MA" -c "INSERT INTO customers VALUES (1, 'Ada'); INSERT INTO \"Sales\".\"Orders\" VALUES (7, 1)" >/dev/null
    "$SCHEMAC" diff --from "$MA" --to "$MB" >"$T/m.up" 2>"$T/m.err"
    check_eq "pg db->db, several schemas: exit 0" 0 $?
    check "pg db->db: a schema only the target has is created with its table" \
        grep -q '^CREATE TABLE "Reporting Data"."Daily Totals"' "$T/m.up"
    check "pg db->db: ... and the schema itself" grep -q '^CREATE SCHEMA "Reporting Data";' "$T/m.up"
    check "pg db->db: an empty schema only the target has is created" grep -q '^CREATE SCHEMA empty_one;' "$T/m.up"
    check "pg db->db: a schema only the source has is dropped with its table" grep -q '^DROP TABLE legacy.old;' "$T/m.up"
    check "pg db->db: ... and the schema itself" grep -q '^DROP SCHEMA legacy;' "$T/m.up"
    check "pg db->db: a mixed-case schema's table is compared" \
        grep -q '^ALTER TABLE "Sales"."Orders" ADD COLUMN "Note" text;' "$T/m.up"
    check "pg db->db: public too" grep -q '^ALTER TABLE customers ADD COLUMN email text;' "$T/m.up"
    check_eq "pg db->db: no warning that a schema of one side is missing on the other" "" \
        "$(grep 'does not exist' "$T/m.err")"
    "$SCHEMAC" diff --from "$MA" --to "$MB" --down >"$T/m.down" 2>/dev/null
    check "pg db->db, several schemas: up applies" pg_exec "$MA" "$T/m.up"
    "$SCHEMAC" diff --from "$MA" --to "$MB" >"$T/m.again" 2>&1
    check_eq "pg db->db, several schemas: converged" "" "$(cat "$T/m.again")"
    referee "pg db->db, several schemas: referee: the same schema as the target" pg "$MB" "$MA"
    check "pg db->db, several schemas: down applies" pg_exec "$MA" "$T/m.down"
    "$SCHEMAC" diff --from "$MA" --to "$MA0" >"$T/m.back" 2>&1
    check_eq "pg db->db, several schemas: back where it was" "" "$(cat "$T/m.back")"
    referee "pg db->db, several schemas: referee: the same schema as before" pg "$MA0" "$MA"
    check_eq "pg db->db, several schemas: rows intact" "7|1" "$(psql -X -At -d "$MA" -c 'SELECT * FROM "Sales"."Orders"')"
    "$SCHEMAC" diff --from "$MA" --to "$MB" --schema Sales >"$T/m.sales" 2>/dev/null
    check "pg db->db: --schema Sales (mixed case, as the catalog spells it) compares it" \
        grep -q 'ADD COLUMN "Note"' "$T/m.sales"
    check_eq "pg db->db: --schema Sales leaves every other schema out" "" \
        "$(grep 'legacy\|Reporting\|empty_one\|customers' "$T/m.sales")"
    "$SCHEMAC" diff --from "$MA" --to "$MB" --schema "public,Reporting Data" >"$T/m.two" 2>/dev/null
    check "pg db->db: --schema with two names, one with a space: public" grep -q 'ADD COLUMN email' "$T/m.two"
    check "pg db->db: --schema with two names, one with a space: the other" \
        grep -q '^CREATE SCHEMA "Reporting Data";' "$T/m.two"
    check_eq "pg db->db: --schema with two names: nothing else" "" "$(grep 'legacy\|Note' "$T/m.two")"

    # an error in the declared side while the database cannot be reached:
    # the located DSL error decides the exit code
    printf 'table t { id int\n  id int }\n' >"$T/bad.sch"
    "$SCHEMAC" diff --from "postgresql:///no_such_db_$$?host=$PGHOST&port=$PGPORT" --to "$T/bad.sch" \
        >/dev/null 2>"$T/bad.err"
    check_eq "declared error while reading the database: exit 3" 3 $?
    check "declared error while reading the database: located" grep -q 'bad.sch:2:' "$T/bad.err"
else
    echo "# no PostgreSQL (PGHOST unset): database tests skipped"
fi

# ---- SQLite: database against database ----------------------------------------
cat >"$T/a.lite.sql" <<'EOF'
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id), title TEXT NOT NULL, year INTEGER);
CREATE INDEX books_year ON books (year);
INSERT INTO authors (id, name, bio) VALUES (1, 'Le Guin', 'x'), (2, 'Lem', NULL);
INSERT INTO books (id, author_id, title, year) VALUES (1, 1, 'Earthsea', 1968), (2, 2, 'Solaris', 1961);
EOF
cat >"$T/b.lite.sql" <<'EOF'
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born INTEGER DEFAULT 0);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE, title TEXT NOT NULL UNIQUE, year INTEGER);
CREATE INDEX books_title_year ON books (title, year);
EOF
grep -v '^INSERT' "$T/a.lite.sql" >"$T/a0.lite.sql"
sqlite_exec "$T/a.db" "$T/a.lite.sql"; sqlite_exec "$T/a0.db" "$T/a0.lite.sql"; sqlite_exec "$T/b.db" "$T/b.lite.sql"
sqlite3 "$T/a.db" 'SELECT id, title, author_id FROM books ORDER BY id; SELECT id, name FROM authors ORDER BY id;' >"$T/lbefore"
"$SCHEMAC" diff --from "sqlite:///$T/a.db" --to "sqlite:///$T/b.db" >"$T/lup.sql" 2>"$T/lup.err"
check_eq "sqlite db->db: exit 0" 0 $?
"$SCHEMAC" diff --from "sqlite:///$T/a.db" --to "sqlite:///$T/b.db" --down >"$T/ldown.sql" 2>/dev/null
check "sqlite db->db: up applies" sqlite_exec "$T/a.db" "$T/lup.sql"
"$SCHEMAC" diff --from "sqlite:///$T/a.db" --to "sqlite:///$T/b.db" >"$T/lagain" 2>&1
check_eq "sqlite db->db: converged" "" "$(cat "$T/lagain")"
check "sqlite db->db: down applies" sqlite_exec "$T/a.db" "$T/ldown.sql"
"$SCHEMAC" diff --from "sqlite:///$T/a.db" --to "sqlite:///$T/a0.db" >"$T/lback" 2>&1
check_eq "sqlite db->db: back where it was" "" "$(cat "$T/lback")"
sqlite3 "$T/a.db" 'SELECT id, title, author_id FROM books ORDER BY id; SELECT id, name FROM authors ORDER BY id;' >"$T/lafter"
check_files "sqlite db->db: rows intact" "$T/lbefore" "$T/lafter"

# equivalent spellings on SQLite, which keeps the CREATE text verbatim
sqlite_exec "$T/sp.db" "$D/spellings.sqlite.sql"
"$SCHEMAC" diff --from "sqlite:///$T/sp.db" --to "$D/spellings.sqlite.sch" >"$T/lsp.out" 2>"$T/lsp.err"
check_eq "sqlite: other spellings of defaults/checks/predicates are no change" "" "$(cat "$T/lsp.out")"
"$SCHEMAC" diff --from "$D/spellings.sqlite.sch" --to "sqlite:///$T/sp.db" >"$T/lsp2.out" 2>/dev/null
check_eq "sqlite: and the other way round" "" "$(cat "$T/lsp2.out")"

# ---- diff --sql with a statement that cannot share a transaction (issue 14 item 14) ----
# ALTER TYPE ... ADD VALUE runs and commits on its own; the statements around
# it get BEGIN/COMMIT, so that psql -f applies each run all or nothing.
cat >"$T/tx_from.sch" <<'EOS'
enum level { 'low', 'high' }
table posts { id integer primary key }
EOS
cat >"$T/tx_to.sch" <<'EOS'
enum level { 'low', 'mid', 'high' }
table posts {
  id     integer primary key
  note   text
  lvl    level not null default 'mid'
  rank   integer not null
}
EOS
"$SCHEMAC" diff --from "$T/tx_from.sch" --to "$T/tx_to.sch" --dialect pg --sql >"$T/tx.sql" 2>/dev/null
check_eq "diff --sql: the no-transaction statement alone, the rest between BEGIN and COMMIT" "-- enum level
-- schemac:no-transaction
ALTER TYPE level ADD VALUE IF NOT EXISTS 'mid' AFTER 'low';
BEGIN;
ALTER TABLE posts ADD COLUMN note text;
ALTER TABLE posts ADD COLUMN lvl level DEFAULT 'mid' NOT NULL;
ALTER TABLE posts ADD COLUMN rank integer NOT NULL;
COMMIT;" "$(grep -v -e '^$' -e '^-- table' -e '^-- HAZARD' "$T/tx.sql")"
"$SCHEMAC" diff --from "$C/add_table/from.sch" --to "$C/add_table/to.sch" --dialect pg >"$T/tx_plain.sql" 2>/dev/null
check "... and a script without one has no BEGIN" sh -c "grep -q '^CREATE TABLE' '$T/tx_plain.sql' && ! grep -q '^BEGIN;' '$T/tx_plain.sql'"
if [ $have_pg = 1 ]; then
    newdb
    "$SCHEMAC" compile "$T/tx_from.sch" --dialect postgresql >"$T/tx_base.sql" 2>/dev/null
    pg_exec "$url" "$T/tx_base.sql"
    psql -X -q -d "$url" -c "INSERT INTO posts VALUES (1)" >/dev/null
    # rank integer NOT NULL without a default fails on the row: the run it
    # belongs to must roll back as a whole
    psql -X -q -v ON_ERROR_STOP=1 -d "$url" -f "$T/tx.sql" >/dev/null 2>"$T/tx.err"
    check_eq "psql -v ON_ERROR_STOP=1 -f: the failing statement stops it (exit 3)" "3" "$?"
    check_eq "... ADD VALUE committed on its own" "low mid high" \
        "$(psql -X -q -At -d "$url" -c "SELECT string_agg(enumlabel, ' ' ORDER BY enumsortorder) FROM pg_enum")"
    check_eq "... the statements before the failure in its transaction rolled back" "0" \
        "$(psql -X -q -At -d "$url" -c "SELECT count(*) FROM information_schema.columns WHERE table_name = 'posts' AND column_name IN ('note', 'lvl')")"
    newdb
    pg_exec "$url" "$T/tx_base.sql"
    check "on an empty table the script applies whole" pg_exec "$url" "$T/tx.sql"
    empty_diff_out=$("$SCHEMAC" diff --from "$url" --to "$T/tx_to.sch" 2>/dev/null)
    check_eq "... and converges" "" "$empty_diff_out"
else
    not_ok "diff --sql transactions: no PostgreSQL server"
fi
