#!/bin/sh
# partitions_pg.sh - what the case corpus (tests/cases/pg_partition_*,
# pg_inherits_*) cannot hold: the refusals that remain (a partition key
# that changes: exit 6, nothing written, the reason named), and a table
# that gains an INHERITS parent while its target declares its columns only
# through the parent (PostgreSQL keeps them as the table's own: said above
# the INHERIT and on stderr, the migration applies, and the next diff is
# empty); a database built by a history of statements, whose partitions'
# copies are named otherwise than compile would name them (parts5: read
# from the catalog). parts6: what inspect says of attached indexes of other
# names (inspect, compile, referee); partitions by text bounds in their
# collation's order (the server's, with a database at hand); a child's own
# default on a column its parent moves to a new INHERITS parent. parts7:
# the same order for a key expression or a key column with COLLATE; a
# partition's own primary key beside its parent's, refused.
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

# ---- parts7: a partition's own primary key beside its parent's ----------
# PostgreSQL copies the partitioned table's primary key onto the partition,
# and a table has one: compile wrote a script that failed ("multiple
# primary keys"). Refused, located, nothing written; the same partition
# without a parent's key compiles and loads.
cat >"$T/ownpk.sch" <<'EOF'
table m partition by range (id) {
    id integer not null
    code text
    primary key (id)
}
table m_1 partition of m for values from (0) to (100) {
    primary key m_1_own_pk (id)
}
EOF
"$SCHEMAC" compile "$T/ownpk.sch" >"$T/ownpk.out" 2>"$T/ownpk.err"
check_eq "partition's own primary key beside its parent's: refused (exit 3), nothing written" "3:" "$?:$(cat "$T/ownpk.out")"
check "partition's own primary key: located, says why" \
    grep -q "ownpk.sch:7:5: error: partition \"m_1\" declares a primary key of its own (\"m_1_own_pk\"), but PostgreSQL gives it the primary key of \"m\"" "$T/ownpk.err"
sed '/^    primary key (id)$/d' "$T/ownpk.sch" >"$T/ownpk2.sch"
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/ownpk2.sch" -o "$T/ownpk2.sql"
check "partition's own primary key without the parent's: compiles and loads" pg_exec "$URL" "$T/ownpk2.sql"
"$SCHEMAC" diff --from "$URL" --to "$T/ownpk2.sch" >"$T/ownpk2.diff" 2>/dev/null
check_eq "partition's own primary key without the parent's: the diff is empty" "0:" "$?:$(cat "$T/ownpk2.diff")"

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

# ---- parts5: copies named as made, not as compile would ------------------
# A database built by a history of statements: the partition with the
# higher bound existed when the index was created on the parent, so it has
# the plain name of the copy, and the one created after it the numbered one
# (compile, partitions first, would have it the other way round). The diff
# reads the copies' names from the catalog: detaching the later partition
# drops its copy (..._idx1), not the other's (which PostgreSQL refuses:
# the parent's index requires it).
cat >"$T/hist.sql" <<'EOF2'
CREATE TABLE events (id integer NOT NULL, recorded_at date) PARTITION BY RANGE (id);
CREATE TABLE events_of_the_very_long_named_region_north_of_the_year_b PARTITION OF events FOR VALUES FROM (100) TO (200);
CREATE INDEX events_recorded ON events (recorded_at);
CREATE TABLE events_of_the_very_long_named_region_north_of_the_year_a PARTITION OF events FOR VALUES FROM (0) TO (100);
INSERT INTO events VALUES (1, '2020-01-01'), (150, '2020-02-01');
EOF2
cat >"$T/detached.sch" <<'EOF2'
table events partition by range (id) {
    id integer not null
    recorded_at date
    index events_recorded (recorded_at)
}
table events_of_the_very_long_named_region_north_of_the_year_b partition of events for values from (100) to (200)
table events_of_the_very_long_named_region_north_of_the_year_a {
    id integer not null
    recorded_at date
}
EOF2
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
pg_exec "$URL" "$T/hist.sql"
"$SCHEMAC" diff --from "$URL" --to "$T/detached.sch" >"$T/c.sql" 2>"$T/c.err"
check_eq "copies as made: exit 0" 0 $?
check "copies as made: the detached partition's own copy is dropped" \
    grep -qx "DROP INDEX events_of_the_very_long_named_region_north_of__recorded_at_idx1;" "$T/c.sql"
check "copies as made: the migration applies" pg_exec "$URL" "$T/c.sql"
"$SCHEMAC" diff --from "$URL" --to "$T/detached.sch" >"$T/c2.sql" 2>"$T/c2.err"
check_eq "copies as made: the next diff is empty" "0:" "$?:$(cat "$T/c2.sql")"
REF=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/detached.sch" -o "$T/detached.sql" && pg_exec "$REF" "$T/detached.sql"
referee "copies as made: referee: the same schema as detached.sch" pg "$REF" "$URL"
check_eq "copies as made: the rows stay" "1|150" \
    "$(psql -X -q -At -d "$URL" -c "SELECT string_agg(id::text, '|' ORDER BY id) FROM (SELECT id FROM events_of_the_very_long_named_region_north_of_the_year_a UNION ALL SELECT id FROM events) x")"

# ---- parts6: inspect says an attached index's name compile would not give -
# A partition's own index that its parent's CREATE INDEX took (attached
# under its own name, m_1_custom), and the history's copy numbered ..._idx1
# above: inspect prints each as the partition's own index, so that compile
# of what it prints (the partition's index first, then the parent's, which
# takes it) builds the names the database has.
cat >"$T/named.sql" <<'EOF2'
CREATE TABLE m (a integer NOT NULL, x integer) PARTITION BY RANGE (a);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (1) TO (10);
CREATE TABLE m_2 PARTITION OF m FOR VALUES FROM (10) TO (20);
CREATE INDEX m_1_custom ON m_1 (x);
CREATE INDEX ix_m_x ON m (x);
COMMENT ON INDEX ix_m_x IS 'the parent''s';
EOF2
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
pg_exec "$URL" "$T/hist.sql" && pg_exec "$URL" "$T/named.sql"
"$SCHEMAC" inspect "$URL" >"$T/said.sch" 2>"$T/said.err"
check_eq "attached names: inspect exits 0" 0 $?
check "attached names: the adopted index is said as the partition's own" grep -q "index m_1_custom (x)" "$T/said.sch"
check "attached names: the numbered copy too" \
    grep -q "index events_of_the_very_long_named_region_north_of__recorded_at_idx1 (recorded_at)" "$T/said.sch"
check "attached names: the copy compile names alike is not" sh -c "! grep -q 'm_2_x_idx' '$T/said.sch'"
"$SCHEMAC" diff --from "$URL" --to "$T/said.sch" >"$T/s2.sql" 2>"$T/s2.err"
check_eq "attached names: the diff against what inspect says is empty" "0:" "$?:$(cat "$T/s2.sql")"
REF=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/said.sch" -o "$T/said.sql" && pg_exec "$REF" "$T/said.sql"
referee "attached names: referee: what inspect says builds the same schema" pg "$URL" "$REF"

# ---- parts6: partitions by text bounds in their collation's order --------
# Two tables attached in one plan whose copies' names are cut alike: the
# one PostgreSQL orders first gets the plain name. Under the key's ICU
# collation 'a' sorts before 'B' (by bytes, after): with the database at
# hand the order is the server's; from files alone, by bytes, and a
# warning says so. parts7: the same when the key is an expression, or a
# column with COLLATE in `partition by`: the server says the key's type
# and collation (pipeline/key_types.c).
for kv in "collation order:region:region text not null collate \"und-x-icu\"" \
          "key collate order:region collate \"und-x-icu\":region text not null" \
          "key expr order:lower(region):region text not null collate \"und-x-icu\""; do
    kn=${kv%%:*}; rest=${kv#*:}; key=${rest%%:*}; col=${rest#*:}
    cat >"$T/ke_from.sch" <<EOF2
table events partition by range ($key) {
    $col
    recorded_at date
    index events_recorded (recorded_at)
}
table events_of_the_very_long_named_region_north_of_the_year_a {
    $col
    recorded_at date
}
table events_of_the_very_long_named_region_north_of_the_year_b {
    $col
    recorded_at date
}
EOF2
    cat >"$T/ke_to.sch" <<EOF2
table events partition by range ($key) {
    $col
    recorded_at date
    index events_recorded (recorded_at)
}
table events_of_the_very_long_named_region_north_of_the_year_a partition of events for values from ('B') to ('c')
table events_of_the_very_long_named_region_north_of_the_year_b partition of events for values from ('a') to ('B')
EOF2
    "$SCHEMAC" diff --from "$T/ke_from.sch" --to "$T/ke_to.sch" --dialect postgresql >/dev/null 2>"$T/ke.err"
    check "$kn: from files alone, a warning says the names may differ" \
        grep -q "warning: the partitions of events are ordered by the bytes of their text bounds" "$T/ke.err"
    URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
    "$SCHEMAC" compile "$T/ke_from.sch" -o "$T/ke_from.sql" && pg_exec "$URL" "$T/ke_from.sql"
    psql -X -q -d "$URL" -c "INSERT INTO events_of_the_very_long_named_region_north_of_the_year_b VALUES ('A', '2020-01-01')" >/dev/null
    "$SCHEMAC" diff --from "$URL" --to "$T/ke_to.sch" >"$T/ke.sql" 2>"$T/ke.err"
    check_eq "$kn: exit 0" 0 $?
    check "$kn: no warning with the database at hand" sh -c "! grep -q 'ordered by the bytes' '$T/ke.err'"
    check "$kn: the partition first under the collation gets the plain name" \
        grep -qx "CREATE INDEX events_of_the_very_long_named_region_north_of_t_recorded_at_idx ON events_of_the_very_long_named_region_north_of_the_year_b (recorded_at);" "$T/ke.sql"
    check "$kn: the migration applies" pg_exec "$URL" "$T/ke.sql"
    "$SCHEMAC" diff --from "$URL" --to "$T/ke_to.sch" >"$T/ke2.sql" 2>"$T/ke2.err"
    check_eq "$kn: the next diff is empty" "0:" "$?:$(cat "$T/ke2.sql")"
    REF=$(pg_newdb) || { not_ok "createdb"; exit 1; }
    "$SCHEMAC" compile "$T/ke_to.sch" -o "$T/ke_to.sql" && pg_exec "$REF" "$T/ke_to.sql"
    referee "$kn: referee: the same schema as ke_to.sch" pg "$REF" "$URL"
    [ "$kn" = "collation order" ] || continue
    "$SCHEMAC" inspect "$URL" >"$T/ke_said.sch" 2>&1
    check "$kn: inspect says no copy as the partitions' own" sh -c "! grep -q 'index events_of' '$T/ke_said.sch'"
done

# ---- parts6: a child's own default on a column its parent moves ----------
# trucks moves color to its new parent vehicles through the helper parent;
# its child big_trucks declares color `with options default 'black'`: the
# trucks' SET DEFAULT recurses to it, so its own is set again after. (Only
# the up script: the down one changes the default of trucks, which
# recurses over the child's own too, docs/diff.md.)
cat >"$T/kid_from.sch" <<'EOF2'
table vehicles {
    id integer not null
    name text
    color text not null default 'red'
}

table trucks {
    id integer not null
    name text
    color text not null default 'red'
    axles integer
    unique uq_trucks_color_id (color, id)
}

table big_trucks inherits (trucks) {
    tonnage integer
    color with options default 'black'
    index ix_big_trucks_color (color)
}

table paints {
    id integer primary key
    truck_color text
    truck_id integer
    foreign key fk_paints_trucks (truck_color, truck_id) references trucks (color, id)
}
EOF2
cat >"$T/kid_to.sch" <<'EOF2'
table vehicles {
    id integer not null
    name text
    color text not null default 'red'
}

table trucks inherits (vehicles) {
    id integer not null
    name text
    color with options default 'blue'
    axles integer
    unique uq_trucks_color_id (color, id)
}

table big_trucks inherits (trucks) {
    tonnage integer
    color with options default 'black'
    index ix_big_trucks_color (color)
}

table paints {
    id integer primary key
    truck_color text
    truck_id integer
    foreign key fk_paints_trucks (truck_color, truck_id) references trucks (color, id)
}
EOF2
URL=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/kid_from.sch" -o "$T/kid_from.sql" && pg_exec "$URL" "$T/kid_from.sql"
psql -X -q -d "$URL" -c "INSERT INTO big_trucks (id, name, color, tonnage) VALUES (2, 'b', 'green', 10)" >/dev/null
"$SCHEMAC" diff --from "$URL" --to "$T/kid_to.sch" >"$T/kid.sql" 2>"$T/kid.err"
check "child's own default: set again after the move" grep -qx "ALTER TABLE big_trucks ALTER COLUMN color SET DEFAULT 'black';" "$T/kid.sql"
check "child's own default: the migration applies" pg_exec "$URL" "$T/kid.sql"
"$SCHEMAC" diff --from "$URL" --to "$T/kid_to.sch" >"$T/kid2.sql" 2>"$T/kid2.err"
check_eq "child's own default: the next diff is empty" "0:" "$?:$(cat "$T/kid2.sql")"
REF=$(pg_newdb) || { not_ok "createdb"; exit 1; }
"$SCHEMAC" compile "$T/kid_to.sch" -o "$T/kid_to.sql" && pg_exec "$REF" "$T/kid_to.sql"
referee "child's own default: referee: the same schema as kid_to.sch" pg "$REF" "$URL"
check_eq "child's own default: the rows stay" "2|green" "$(psql -X -q -At -d "$URL" -c 'SELECT id, color FROM big_trucks')"
