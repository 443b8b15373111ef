#!/bin/sh
# scratch_retyped_pg.sh - types4 (issue 11): the scratch load under the
# declared types, on a real PostgreSQL 15 (src/inspect/scratch_pg_retyped.c,
# scratch_pg_routines_retyped.c). diff_cases.sh applies the cases' scripts
# and has the referee judge them; this says what the diff of the live
# database writes and warns:
#  - pg_function_body_names_declared_type: a live SQL body naming a declared
#    composite type unqualified no longer fails the scratch load ("return
#    type mismatch"): no warning that expressions were compared as text;
#  - pg_function_domain_rebuilt_expr: the expressions over to_cents(), whose
#    domain changes from integer to bigint, are spelled under the new base
#    type (the check compared as changed, the trigger's WHEN and the
#    SQL-standard body written with ::bigint), and none under the old one;
#  - pg_function_new_domain_check: a new function returning a new domain,
#    called by a check, does not fail the scratch load either;
#  - pg_function_rowtype: compile writes functions over a table's or view's
#    row type after the relation, and the result loads into an empty
#    database;
#  - fns5: pg_function_qualified_type_callers: a called function whose
#    declared text differs from the catalog's (`RETURNS public.cents`) is
#    moved aside in the routines' scratch load; the SQL-standard body that
#    calls it no longer reads back calling the moved one (sc_norm_fn_N);
#  - fns5: function_overload_default_users: tenant() replaced by
#    tenant(strict_mode boolean default false): the live tenant() no longer
#    makes the declared calls ambiguous in either scratch load (no warning,
#    no fall back to text);
#  - fns5: pg_function_rowtype_new_table: compile writes a check over a
#    function of its own table's row type after that function;
#  - fns5: pg_function_rowtype_kept_callers: a kept function over the row
#    type of a table loaded into the scratch schemas is created there over
#    its stand-in: the index, check and view that call it load, nothing
#    falls back to text, and the view is not re-created for nothing;
#  - fns5: pg_function_range_rebuilt_expr: as pg_function_domain_rebuilt_expr
#    for a range type whose subtype changes (bigint to integer): the
#    routines' load creates the declared range in place of the live one.
. "${SCHEMAC_ROOT:-.}/tests/lib.sh"

if [ -z "${PGHOST:-}" ] || ! psql -X -q -c 'select 1' postgres >/dev/null 2>&1; then
    not_ok "scratch_retyped_pg: no PostgreSQL server (PGHOST/PGPORT)"
    exit 0
fi

# live CASE: a database loaded with the case's from.sch and rows; its URL
live() {
    _u=$(pg_newdb) || return 1
    "$SCHEMAC" compile "$ROOT/tests/cases/$1/from.sch" --dialect postgresql >"$T/from.sql" &&
        pg_exec "$_u" "$T/from.sql" && { [ ! -f "$ROOT/tests/cases/$1/rows.sql" ] ||
        pg_exec "$_u" "$ROOT/tests/cases/$1/rows.sql"; } && echo "$_u"
}

# --- a live body naming a declared type: the scratch load succeeds
C=pg_function_body_names_declared_type
url=$(live $C)
if [ -z "$url" ]; then not_ok "$C: load from.sch"; else
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/up.sql" 2>"$T/up.err"
    check_eq "$C: diff exits 0" 0 $?
    check_eq "$C: no warning (the scratch load did not fall back to text)" "" "$(grep -i 'warning' "$T/up.err")"
    check "$C: the live up script applies" pg_exec "$url" "$T/up.sql"
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
    check_eq "$C: then nothing is left to do, without a warning" "" "$(cat "$T/again.sql" "$T/again.err")"
fi

# --- expressions over a rebuilt domain's function, spelled under the new type
C=pg_function_domain_rebuilt_expr
url=$(live $C)
if [ -z "$url" ]; then not_ok "$C: load from.sch"; else
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/up.sql" 2>"$T/up.err"
    check_eq "$C: diff exits 0" 0 $?
    check_eq "$C: no warning" "" "$(grep -i 'warning' "$T/up.err")"
    check_eq "$C: nothing spelled under the old base type" "" "$(grep -n '::integer' "$T/up.sql")"
    check_eq "$C: the trigger's WHEN under the new base type" \
        "CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW WHEN (((to_cents(new.qty))::bigint > 0)) EXECUTE FUNCTION touch();" \
        "$(grep '^CREATE TRIGGER' "$T/up.sql")"
    check_eq "$C: the SQL-standard body under the new base type" "RETURN ((to_cents(x))::bigint + 1);" \
        "$(grep '^RETURN' "$T/up.sql")"
    check "$C: the live up script applies" pg_exec "$url" "$T/up.sql"
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
    check_eq "$C: then nothing is left to do" "" "$(cat "$T/again.sql" "$T/again.err")"
fi

# --- a new function over a new domain, called by a check: created after
# the domain's stand-in
C=pg_function_new_domain_check
url=$(live $C)
if [ -z "$url" ]; then not_ok "$C: load from.sch"; else
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/up.sql" 2>"$T/up.err"
    check_eq "$C: diff exits 0" 0 $?
    check_eq "$C: no warning (the scratch load did not fall back to text)" "" "$(grep -i 'warning' "$T/up.err")"
    check "$C: the live up script applies" pg_exec "$url" "$T/up.sql"
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
    check_eq "$C: then nothing is left to do" "" "$(cat "$T/again.sql" "$T/again.err")"
fi

# --- compile: functions over a row type after the relation
C=pg_function_rowtype
"$SCHEMAC" compile "$ROOT/tests/cases/$C/to.sch" --dialect postgresql >"$T/to.sql" 2>"$T/to.err"
check_eq "$C: compile exits 0" 0 $?
check_eq "$C: compile: the table, then the function over its row type, the view, then the one over the view's" \
    "CREATE TABLE items ( CREATE OR REPLACE FUNCTION public.all_items() CREATE OR REPLACE FUNCTION public.item_total(i CREATE VIEW v_items AS CREATE OR REPLACE FUNCTION public.view_rows()" \
    "$(grep -E '^CREATE' "$T/to.sql" | cut -d' ' -f1-5 | tr '\n' ' ' | sed 's/ $//')"
url=$(pg_newdb)
check "$C: compile's output loads into an empty database" pg_exec "$url" "$T/to.sql"
"$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
check_eq "$C: and equals the schema" "" "$(cat "$T/again.sql" "$T/again.err")"

# --- fns5: the routines' load moves a function aside; its callers follow
C=pg_function_qualified_type_callers
url=$(live $C)
if [ -z "$url" ]; then not_ok "$C: load from.sch"; else
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/up.sql" 2>"$T/up.err"
    check_eq "$C: diff exits 0" 0 $?
    check_eq "$C: no warning" "" "$(grep -i 'warning' "$T/up.err")"
    check_eq "$C: no call of a function moved aside by the scratch load" "" "$(grep -n 'sc_norm_fn' "$T/up.sql")"
    check_eq "$C: the SQL-standard body under the new base type" "RETURN ((to_cents(x))::bigint + 1);" \
        "$(grep '^RETURN' "$T/up.sql")"
    check "$C: the live up script applies" pg_exec "$url" "$T/up.sql"
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
    check_eq "$C: then nothing is left to do" "" "$(cat "$T/again.sql" "$T/again.err")"
fi

# --- fns5: a new overload with a defaulted argument beside the old one
C=function_overload_default_users
url=$(live $C)
if [ -z "$url" ]; then not_ok "$C: load from.sch"; else
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/up.sql" 2>"$T/up.err"
    check_eq "$C: diff exits 0" 0 $?
    check_eq "$C: no warning (neither scratch load found tenant() ambiguous)" "" "$(grep -i 'warning' "$T/up.err")"
    check "$C: the live up script applies" pg_exec "$url" "$T/up.sql"
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
    check_eq "$C: then nothing is left to do" "" "$(cat "$T/again.sql" "$T/again.err")"
fi

# --- fns5: compile: a check over a function of its own table's row type
C=pg_function_rowtype_new_table
"$SCHEMAC" compile "$ROOT/tests/cases/$C/to.sch" --dialect postgresql >"$T/to.sql" 2>"$T/to.err"
check_eq "$C: compile exits 0" 0 $?
url=$(pg_newdb)
check "$C: compile's output loads into an empty database" pg_exec "$url" "$T/to.sql"
"$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
check_eq "$C: and equals the schema" "" "$(cat "$T/again.sql" "$T/again.err")"

# --- fns5: a kept function over a table's row type, the table loaded into
# the scratch schemas: created there over the stand-in
C=pg_function_rowtype_kept_callers
url=$(live $C)
if [ -z "$url" ]; then not_ok "$C: load from.sch"; else
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/up.sql" 2>"$T/up.err"
    check_eq "$C: diff exits 0" 0 $?
    check_eq "$C: no warning (the scratch load did not fall back to text)" "" "$(grep -i 'warning' "$T/up.err")"
    check_eq "$C: only the column is added (the view is not re-created)" \
        "-- table items ALTER TABLE items ADD COLUMN note text;" "$(tr '\n' ' ' <"$T/up.sql" | sed 's/ $//')"
    check "$C: the live up script applies" pg_exec "$url" "$T/up.sql"
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
    check_eq "$C: then nothing is left to do" "" "$(cat "$T/again.sql" "$T/again.err")"
fi

# --- fns5: expressions over a rebuilt range's function, spelled under the
# declared subtype (the routines' load re-creates the range in place)
C=pg_function_range_rebuilt_expr
url=$(live $C)
if [ -z "$url" ]; then not_ok "$C: load from.sch"; else
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/up.sql" 2>"$T/up.err"
    check_eq "$C: diff exits 0" 0 $?
    check_eq "$C: no warning" "" "$(grep -i 'warning' "$T/up.err")"
    check_eq "$C: nothing spelled under the old subtype" "" "$(grep -n '::bigint' "$T/up.sql")"
    check_eq "$C: the SQL-standard body under the new subtype" "RETURN COALESCE(upper(mk_span(x)), x);" \
        "$(grep '^RETURN' "$T/up.sql")"
    check "$C: the live up script applies" pg_exec "$url" "$T/up.sql"
    "$SCHEMAC" diff --from "$url" --to "$ROOT/tests/cases/$C/to.sch" >"$T/again.sql" 2>"$T/again.err"
    check_eq "$C: then nothing is left to do" "" "$(cat "$T/again.sql" "$T/again.err")"
fi
