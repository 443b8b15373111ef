#!/bin/sh
# bench.sh BUILD - `make bench`: speed and memory of schemac on generated
# schemas of 100, 1,000 and 5,000 tables (tests/tools/gen_schema.c):
#   parse    sc_load_schema in process (best of 5)
#   compile  `schemac compile` wall time and peak RSS
#   inspect  against a loaded throwaway PostgreSQL: the floor (the
#            inspector's own catalog queries run alone), sc_inspect_pg in
#            process (tests/tools/bench_inspect.c), and the wall time of
#            `schemac inspect` for each output format
#   diff     model x model of two 5,000-table schemas differing in 1% of the
#            tables, and end to end `schemac diff --from postgresql://... --to`
# Each database also gets a view over every tenth table and a materialized
# view over every hundredth (gen_schema N --views-sql), loaded in SQL: the
# inspector reads them (and what they read) in its bulk queries. The
# declared schemas of the end-to-end diffs declare the same views, spelled
# by hand (gen_schema --views): views on both sides. Each database is
# vacuumed and analysed once loaded (settle, below).
# Figures go to stdout; docs/bench.md records them with this command.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
bin=$build/schemac
tools=$build/tools
sizes=${BENCH_SIZES:-"100 1000 5000"}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/schemac-bench.XXXXXX")
chmod 755 "$tmp"
pgdir="$tmp/pg"
trap 'scripts/pg-cluster.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT INT TERM
env_line=$(scripts/pg-cluster.sh start "$pgdir")
# shellcheck disable=SC2086
export $env_line

# wall seconds and peak RSS (kB) of a command: "1.23s 45678kB"
measure() {
    /usr/bin/time -f "%es %MkB" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
    cat "$tmp/time"
}

# A database just loaded has no statistics on its catalog yet, which the
# planner then guesses; autovacuum gathers them within a minute or so of
# such a load, and a database schemac meets has them. Measuring before
# that measured a passing state (up to 0.2 s more on the same binary, the
# floor measured in the same state): the catalog is vacuumed and analysed
# as autovacuum would have, once, right after the load.
settle() {
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c 'VACUUM ANALYZE' >/dev/null
}

echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
for n in $sizes; do
    "$tools/gen_schema" "$n" >"$tmp/s$n.sch"
    echo "== $n tables ($(wc -c <"$tmp/s$n.sch") bytes of DSL)"
    "$tools/bench_core" parse "$tmp/s$n.sch"
    echo "compile --dialect postgresql: $(measure "$bin" compile "$tmp/s$n.sch" --dialect postgresql)"
    "$bin" compile "$tmp/s$n.sch" --dialect postgresql -o "$tmp/s$n.sql"
    createdb "b$n"
    psql -X -q -v ON_ERROR_STOP=1 -d "b$n" -f "$tmp/s$n.sql" >/dev/null
    "$tools/gen_schema" "$n" --views-sql >"$tmp/v$n.sql"
    psql -X -q -v ON_ERROR_STOP=1 -d "b$n" -f "$tmp/v$n.sql" >/dev/null
    settle "b$n"
    echo "views: $(psql -X -At -d "b$n" -c "SELECT count(*) FILTER (WHERE relkind = 'v') || ' views, ' || count(*) FILTER (WHERE relkind = 'm') || ' materialized' FROM pg_class WHERE relkind IN ('v', 'm') AND relnamespace = 'public'::regnamespace")"
    url="postgresql:///b$n"
    "$bin" inspect "$url" --format json >/dev/null   # warm the catalog caches
    "$tools/bench_inspect" "$url"
    for f in sch sql json; do
        echo "inspect --format $f: $(measure "$bin" inspect "$url" --format $f)"
    done
done

n=5000
if [ ! -f "$tmp/s$n.sch" ]; then
    "$tools/gen_schema" $n >"$tmp/s$n.sch"
    "$bin" compile "$tmp/s$n.sch" --dialect postgresql -o "$tmp/s$n.sql"
    createdb "b$n"
    psql -X -q -v ON_ERROR_STOP=1 -d "b$n" -f "$tmp/s$n.sql" >/dev/null
    "$tools/gen_schema" "$n" --views-sql | psql -X -q -v ON_ERROR_STOP=1 -d "b$n" >/dev/null
    settle "b$n"
fi
"$tools/gen_schema" $n 1 >"$tmp/s${n}c.sch"
echo "== diff: $n tables, 1% changed"
"$tools/bench_core" diff "$tmp/s$n.sch" "$tmp/s${n}c.sch"
# The declared side of the end-to-end diffs declares the database's views
# too (gen_schema --views), spelled by hand as a user would write them, not
# as pg_get_viewdef prints them: each is compared on the server's terms.
"$tools/gen_schema" $n 1 --views >"$tmp/s${n}cv.sch"
"$tools/gen_schema" $n --views >"$tmp/s${n}v.sch"
# End to end: best of 3 (wall time, then peak RSS), against the catalog
# floor measured just before, so that the ratio is read on one machine state.
best3() {
    for _ in 1 2 3; do measure "$@"; done | sort -n | head -1
}
"$tools/bench_inspect" "postgresql:///b$n"
echo "diff --from postgresql --to schema --sql, 1% changed (views on both sides, end to end, best of 3): $(best3 "$bin" diff --from "postgresql:///b$n" --to "$tmp/s${n}cv.sch" --sql)"
"$tools/gen_schema" $n 1 --expr --views >"$tmp/s${n}e.sch"
echo "diff --from postgresql --to schema --sql, 1% changed with a check each (views on both sides, scratch load of 50 tables, end to end, best of 3): $(best3 "$bin" diff --from "postgresql:///b$n" --to "$tmp/s${n}e.sch" --sql)"
echo "diff --from postgresql --to schema --sql, nothing changed (views on both sides, end to end, best of 3): $(best3 "$bin" diff --from "postgresql:///b$n" --to "$tmp/s${n}v.sch" --sql)"
echo "diff --from postgresql --to schema --sql, 1% changed (tables only declared: the views are dropped, end to end, best of 3): $(best3 "$bin" diff --from "postgresql:///b$n" --to "$tmp/s${n}c.sch" --sql)"
# A first revision: every table, view, function and trigger created from an
# empty database, and its down script that drops them (thousands of tables
# against hundreds of functions: no pair of them may be matched one by one).
"$tools/gen_schema" $n --views --functions >"$tmp/s${n}f.sch"
dropdb --if-exists empty >/dev/null 2>&1
createdb empty
echo "diff --from postgresql --to schema --sql, first revision from an empty database (views, functions, triggers, best of 3): $(best3 "$bin" diff --from "postgresql:///empty" --to "$tmp/s${n}f.sch" --sql)"
echo "diff --from postgresql --to schema --sql --down, its down script (best of 3): $(best3 "$bin" diff --from "postgresql:///empty" --to "$tmp/s${n}f.sch" --sql --down)"
