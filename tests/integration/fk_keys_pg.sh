#!/bin/sh
# fk_keys_pg.sh - fkidx5: a foreign key kept by the plan goes around a drop
# of the key it stands on, and only that key: which one is the catalog's
# answer (pg_constraint.conindid, the dependency pg_depend records), where
# the columns alone cannot tell between a unique constraint and a unique
# index on the same columns (PostgreSQL takes the first by OID). Each
# database is diffed against a schema that drops one of the two; the up
# script applies (PostgreSQL refuses DROP INDEX / DROP CONSTRAINT of the key
# a FK stands on), converges, and the down script does both again; the
# rows stay. tests/cases/fk_unique_index_* cover what a schema file shows.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "fk_keys_pg: no PostgreSQL server (PGHOST/PGPORT)"
    exit 1
fi

# both: a unique constraint and a unique index on p (code); ORDER says
# which is created first, the one fk_q_p stands on
both_sql() {
    if [ "$1" = constraint ]; then
        echo "CREATE TABLE p (id integer CONSTRAINT pk_p PRIMARY KEY, code text NOT NULL,"
        echo "                CONSTRAINT uq_p_code UNIQUE (code));"
        echo "CREATE UNIQUE INDEX ux_p_code ON p (code);"
    else
        echo "CREATE TABLE p (id integer CONSTRAINT pk_p PRIMARY KEY, code text NOT NULL);"
        echo "CREATE UNIQUE INDEX ux_p_code ON p (code);"
        echo "ALTER TABLE p ADD CONSTRAINT uq_p_code UNIQUE (code);"
    fi
    cat <<'SQL'
CREATE TABLE q (id integer CONSTRAINT pk_q PRIMARY KEY, code text,
                CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (code));
INSERT INTO p VALUES (1, 'a'), (2, 'b');
INSERT INTO q VALUES (1, 'a'), (2, 'b'), (3, NULL);
SQL
}

# keeps KEEP ("uq": the constraint, "ux": the index) of the two
sch() {
    cat <<'SCH'
table p {
  id   int primary key
  code text not null
SCH
    if [ "$1" = uq ]; then echo "  unique uq_p_code (code)"; else echo "  unique index ux_p_code (code)"; fi
    cat <<'SCH'
}
table q {
  id   int primary key
  code text
  foreign key fk_q_p (code) references p (code)
}
SCH
}

# run NAME FIRST KEEP AROUND: the database with FIRST created first, diffed
# against the schema keeping KEEP; AROUND yes: fk_q_p is dropped and added
# again around the drop, no: it is left alone
run() {
    name=$1
    url=$(pg_newdb)
    both_sql "$2" >"$T/$name.db.sql"
    sch "$3" >"$T/$name.sch"
    if ! pg_exec "$url" "$T/$name.db.sql" 2>"$T/$name.err"; then
        not_ok "$name: set up"; sed 's/^/#   /' "$T/$name.err"; return
    fi
    check_eq "$name: the FK stands on what was created first" "$([ "$2" = constraint ] && echo uq_p_code || echo ux_p_code)" \
        "$(psql -X -At -d "$url" -c "SELECT conindid::regclass FROM pg_constraint WHERE conname = 'fk_q_p'")"
    psql -X -At -d "$url" -c "SELECT * FROM q ORDER BY id" >"$T/$name.rows.before"
    "$SCHEMAC" diff --from "$url" --to "$T/$name.sch" >"$T/$name.up.sql" 2>"$T/$name.up.err"
    "$SCHEMAC" diff --from "$url" --to "$T/$name.sch" --down >"$T/$name.down.sql" 2>>"$T/$name.up.err"
    n=$(grep -c 'fk_q_p' "$T/$name.up.sql")
    if [ "$4" = yes ]; then
        check_eq "$name: the FK is dropped and added again around its key" 2 "$n"
    else
        check_eq "$name: the FK on the other key is left alone" 0 "$n"
    fi
    check "$name: up applies" pg_exec "$url" "$T/$name.up.sql"
    "$SCHEMAC" diff --from "$url" --to "$T/$name.sch" >"$T/$name.again" 2>&1
    check_eq "$name: converges" "" "$(cat "$T/$name.again")"
    check "$name: down applies" pg_exec "$url" "$T/$name.down.sql"
    check_eq "$name: both keys are back" "uq_p_code
ux_p_code" "$(psql -X -At -d "$url" -c "SELECT relname FROM pg_class WHERE relname IN ('uq_p_code', 'ux_p_code') ORDER BY 1")"
    check_eq "$name: the FK is back" 1 \
        "$(psql -X -At -d "$url" -c "SELECT count(*) FROM pg_constraint WHERE conname = 'fk_q_p' AND contype = 'f'")"
    psql -X -At -d "$url" -c "SELECT * FROM q ORDER BY id" >"$T/$name.rows.after"
    check_files "$name: rows intact" "$T/$name.rows.before" "$T/$name.rows.after"
}

run on_constraint_drop_index constraint uq no
run on_constraint_drop_constraint constraint ux yes
run on_index_drop_constraint index ux no
run on_index_drop_index index uq yes
