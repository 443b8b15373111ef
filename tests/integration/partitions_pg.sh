#!/bin/sh
# partitions_pg.sh - what the case corpus (tests/cases/pg_partition_*,
# pg_inherits_*) cannot hold: the refusals that remain (a partition key
# that changes: exit 6, nothing written, the reason named), and a table
# that gains an INHERITS parent while its target declares its columns only
# through the parent (PostgreSQL keeps them as the table's own: said above
# the INHERIT and on stderr, the migration applies, and the next diff is
# empty).
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

# ---- a partition key that changes: refused, nothing on stdout ------------
cat >"$T/plain.sch" <<'EOF'
table logs {
    id integer not null
    at date not null
}
EOF
cat >"$T/ranged.sch" <<'EOF'
table logs partition by range (at) {
    id integer not null
    at date not null
}
EOF
cat >"$T/listed.sch" <<'EOF'
table logs partition by list (id) {
    id integer not null
    at date not null
}
EOF
for pair in "plain ranged" "ranged plain" "ranged listed"; do
    set -- $pair
    "$SCHEMAC" diff --from "$T/$1.sch" --to "$T/$2.sch" --dialect postgresql >"$T/k.out" 2>"$T/k.err"
    check_eq "partition key $1 -> $2: exit 6" 6 $?
    check_eq "partition key $1 -> $2: nothing written" "" "$(cat "$T/k.out")"
    check "partition key $1 -> $2: says why" grep -q "its partitioning changes .*which PostgreSQL cannot alter" "$T/k.err"
done
"$SCHEMAC" diff --from "$T/ranged.sch" --to "$T/plain.sch" --dialect postgresql --down >"$T/k.out" 2>"$T/k.err"
check_eq "partition key: the down script is refused too" "6:" "$?:$(cat "$T/k.out")"

# ---- INHERIT of a table whose target has the columns through the parent --
cat >"$T/alone.sch" <<'EOF'
table vehicles {
    id integer not null
    name text not null
}
table trucks {
    id integer not null
    name text not null
    axles integer
}
EOF
cat >"$T/child.sch" <<'EOF'
table vehicles {
    id integer not null
    name text not null
}
table trucks inherits (vehicles) {
    axles integer
}
EOF
"$SCHEMAC" diff --from "$T/alone.sch" --to "$T/child.sch" --dialect postgresql >"$T/i.sql" 2>"$T/i.err"
check_eq "INHERIT: exit 0" 0 $?
check "INHERIT: the columns that stay the table's own are named above it" \
    grep -qx -- "-- NOTE: public.trucks keeps id, name as its own columns besides its parents' .*" "$T/i.sql"
check "INHERIT: and on stderr" grep -q "warning: public.trucks keeps id, name as its own columns" "$T/i.err"
check "INHERIT: no column dropped or added" sh -c "! grep -q 'COLUMN' '$T/i.sql'"
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/alone.sch" -o "$T/alone.sql" && pg_exec "$URL" "$T/alone.sql"
psql -X -q -d "$URL" -c "INSERT INTO trucks VALUES (1, 'big', 3)" >/dev/null
check "INHERIT: the migration applies" pg_exec "$URL" "$T/i.sql"
"$SCHEMAC" diff --from "$URL" --to "$T/child.sch" >"$T/i2.sql" 2>"$T/i2.err"
check_eq "INHERIT: the next diff is empty" "0:" "$?:$(cat "$T/i2.sql")"
check_eq "INHERIT: the rows are seen through the parent" "1|big" \
    "$(psql -X -q -At -d "$URL" -c 'SELECT id, name FROM vehicles')"
