#!/bin/sh
# dsl.sh - the DSL front end end to end through tests/tools/sc_check:
# folders load as one schema, written-back DSL loads to the same text, and
# a generated 5,000-table schema loads.
. "$(dirname "$0")/../lib.sh"
tools=${SCHEMAC_BUILD:?run through tests/run.sh}/tools
cd "$ROOT" || exit 1

# A folder: every *.sch, sorted by name, forms one schema (b.sch refers to
# a.sch's table and c.sch's enum); other files are ignored.
mkdir -p "$T/dir"
printf 'table users {\n  id bigint primary key\n  mood mood\n}\n' >"$T/dir/a.sch"
printf 'table posts {\n  author bigint references users\n}\n' >"$T/dir/b.sch"
printf "enum mood { 'ok' }\n" >"$T/dir/c.sch"
printf 'this is not DSL\n' >"$T/dir/notes.txt"
check "folder of .sch files loads as one schema" "$tools/sc_check" "$T/dir"
"$tools/sc_check" "$T/dir" --dsl >"$T/dir.out" 2>&1
check "folder: foreign key across files resolved" grep -q 'author  bigint references users (id)' "$T/dir.out"
# issue 12: a COMMENT ON before its function, in another file of the
# folder; a top-level `comment` is the DSL's clause when a string follows
# it (a sequence's comment on the next line), a statement when `on` does
mkdir -p "$T/cdir"
printf "sequence s\ncomment on function app.f(int) is 'from a.sch';\nsequence t\n  comment 'the DSL clause'\n" >"$T/cdir/a.sch"
printf 'create function app.f(p integer) returns integer language sql as $$ select p $$;\n' >"$T/cdir/b.sch"
"$tools/sc_check" "$T/cdir" --dsl >"$T/cdir.out" 2>&1
check_eq "folder: a comment before its function, in another file" \
    "create function app.f(p integer) returns integer language sql as \$\$ select p \$\$;
COMMENT ON FUNCTION app.f(integer) IS 'from a.sch';" "$(grep -A1 '^create function' "$T/cdir.out")"
check "folder: the DSL's own comment clause is kept" grep -qx "sequence t comment 'the DSL clause'" "$T/cdir.out"
mkdir -p "$T/empty"
"$tools/sc_check" "$T/empty" 2>"$T/empty.err"
check_eq "empty folder is an input error" 3 "$?"
check_eq "empty folder message" "error: $T/empty: no .sch files in this folder" "$(cat "$T/empty.err")"

# Written back and read again: the same text (generated schema, every default kind).
"$tools/gen_schema" 300 >"$T/g.sch"
"$tools/sc_check" "$T/g.sch" --dsl >"$T/g1.sch"
check_eq "generated schema loads" 0 "$?"
"$tools/sc_check" "$T/g1.sch" --dsl >"$T/g2.sch"
check_files "written-back DSL loads to the same text" "$T/g1.sch" "$T/g2.sch"
check "written-back DSL has every table" test "$(grep -c '^table ' "$T/g1.sch")" -eq 300

# Every construct: written back, it loads to the same text again.
for f in tests/dsl/*.sch; do
    n=$(basename "$f" .sch)
    "$tools/sc_check" "$f" --dsl >"$T/$n.1.sch"
    check_eq "$n.sch loads" 0 "$?"
    "$tools/sc_check" "$T/$n.1.sch" --dsl >"$T/$n.2.sch"
    check_files "$n.sch written back loads to the same text" "$T/$n.1.sch" "$T/$n.2.sch"
done

# What the parser understood is valid for a real PostgreSQL: compile it and
# load it (raw SQL expressions, quoted names, serial, identity, schemas).
if [ -n "${PGHOST:-}" ] && [ -x "$SCHEMAC" ]; then
    for f in tests/dsl/everything.sch tests/dsl/blog.sch tests/dsl/constraints.sch "$T/g.sch"; do
        n=$(basename "$f" .sch)
        pg_newdb >"$T/url" || { not_ok "createdb for $n"; continue; }   # not in $(): it counts
        url=$(cat "$T/url")
        cp "$T/url" "$T/url.$n"
        "$SCHEMAC" compile "$f" --dialect postgresql >"$T/$n.sql"
        check "$n.sch compiles" test -s "$T/$n.sql"
        check "$n.sch loads into PostgreSQL" pg_exec "$url" "$T/$n.sql"
    done
    # constraints.sch: the names written with `constraint NAME` / `check NAME`,
    # deferrability, and the dollar-quoted strings as PostgreSQL read them.
    url=$(cat "$T/url.constraints" 2>/dev/null)
    if [ -n "$url" ]; then
        got=$(psql "$url" -XAtq -c "SELECT conname || ' ' || contype::text || ' ' || condeferrable::text
            FROM pg_constraint WHERE conrelid IN ('products'::regclass, 'lines'::regclass) ORDER BY 1")
        check_eq "constraints.sch: names and deferrability in PostgreSQL" "ck_lines_amount c false
ck_price c false
ck_products_note c false
ck_products_qty c false
ck_qty_max c false
fk_lines_product f false
fk_products_parent f false
fk_products_twin_id_products f true
pk_lines p false
pk_products_named p false
uq_lines_product u false
uq_products_code u false" "$got"
        got=$(psql "$url" -XAtq -c "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef
            WHERE adrelid = 'products'::regclass")
        check_eq "constraints.sch: a dollar-quoted default in PostgreSQL" \
            "'it''s -- not a comment ) ('::text" "$got"
    fi
fi

# Leak-free under valgrind too (the plain build; the ASan build has its own
# leak checker): a good schema written back, and a file with syntax errors
# that error recovery skips over.
if command -v valgrind >/dev/null 2>&1; then
    case $SCHEMAC_BUILD in
    *san*) ;;
    *)
        valgrind --leak-check=full --errors-for-leak-kinds=all --error-exitcode=9 -q \
            "$tools/sc_check" "$T/g.sch" --dsl >/dev/null 2>"$T/vg1"
        check_eq "valgrind: clean load and write-back" 0 "$?"
        valgrind --leak-check=full --errors-for-leak-kinds=all --error-exitcode=9 -q \
            "$tools/sc_check" tests/errors/syntax_two_errors.sch >/dev/null 2>"$T/vg2"
        check_eq "valgrind: clean after syntax errors" 3 "$?"
        ;;
    esac
fi

# 5,000 tables (about 3 MB of DSL) parse: how fast is `make bench`'s to
# measure (docs/bench.md), never a timed test's.
"$tools/gen_schema" 5000 >"$T/big.sch"
"$tools/bench_core" parse "$T/big.sch" >"$T/bench.out" 2>&1
check_eq "5,000-table schema parses" 0 $?
check_eq "... into 5,000 tables" 5000 "$(sed -n 's/.* tables=\([0-9]*\) .*/\1/p' "$T/bench.out")"
