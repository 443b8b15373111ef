/* pg_fn_users.c - funcdeps (issue 11): what calls each function, and what
 * each SQL-standard body reads, from pg_depend in one bulk query.
 *
 * DROP FUNCTION fails while a default, a generated column, a check, an
 * index, a policy, a trigger (its WHEN) or another function's SQL-standard
 * body calls the function; ALTER COLUMN ... TYPE fails while a
 * SQL-standard body reads the column. The diff takes those objects down
 * and puts them back around the change (routine_deps.c, fn_users.c); the
 * catalog says which they are, where reading the expressions' text could
 * only guess. Views are not listed: their refs say it (PGQ_VIEW_REFS);
 * fns7: but those of a schema not compared are, and the operators, casts
 * and operator families that call a function (not modelled), for the
 * warnings of diff/fn_unmodelled.c.
 * Read by pg_read_routines on the same connection, so that a scratch load
 * (schemas aliased back to the declared names) gives the same answer. */
#include <libpq-fe.h>

#include "inspect/pg_internal.h"

/* 0 kind (sc_fn_user_kind), 1 function schema, 2 function name,
 * 3 its argument types, 4 user schema, 5 user table (or function name),
 * 6 user object (column, constraint, index, policy, trigger; function
 * arguments; NULL: a whole table read). */
const char pg_q_fn_users[] =
    /* objects of a table that call a function */
    "SELECT k.kind, fn.nspname, f.proname, pg_catalog.oidvectortypes(f.proargtypes),"
    " un.nspname, r.relname, k.name"
    " FROM pg_catalog.pg_depend d"
    " JOIN pg_catalog.pg_proc f ON f.oid = d.refobjid"
    " JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace"
    " CROSS JOIN LATERAL ("
    "  SELECT CASE WHEN a.attgenerated = 's' THEN 'g' ELSE 'd' END, ad.adrelid, a.attname::text"
    "   FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid"
    "   AND a.attnum = ad.adnum WHERE d.classid = 'pg_catalog.pg_attrdef'::regclass AND ad.oid = d.objid"
    "  UNION ALL SELECT 'k', co.conrelid, co.conname::text FROM pg_catalog.pg_constraint co"
    "   WHERE d.classid = 'pg_catalog.pg_constraint'::regclass AND co.oid = d.objid AND co.contype = 'c'"
    "   AND co.conrelid <> 0"
    "  UNION ALL SELECT 'i', i.indrelid, ic.relname::text FROM pg_catalog.pg_index i"
    "   JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
    "   WHERE d.classid = 'pg_catalog.pg_class'::regclass AND i.indexrelid = d.objid"
    "  UNION ALL SELECT 'p', po.polrelid, po.polname::text FROM pg_catalog.pg_policy po"
    "   WHERE d.classid = 'pg_catalog.pg_policy'::regclass AND po.oid = d.objid"
    "  UNION ALL SELECT 't', tg.tgrelid, tg.tgname::text FROM pg_catalog.pg_trigger tg"
    "   WHERE d.classid = 'pg_catalog.pg_trigger'::regclass AND tg.oid = d.objid AND NOT tg.tgisinternal"
    " ) k(kind, rel, name)"
    " JOIN pg_catalog.pg_class r ON r.oid = k.rel"
    " JOIN pg_catalog.pg_namespace un ON un.oid = r.relnamespace"
    " WHERE d.refclassid = 'pg_catalog.pg_proc'::regclass AND d.deptype = 'n' AND fn.nspname = ANY ($S)"
    /* domains whose check or default calls a function */
    " UNION ALL"
    " SELECT CASE WHEN d.classid = 'pg_catalog.pg_constraint'::regclass THEN 'D' ELSE 'e' END,"
    " fn.nspname, f.proname, pg_catalog.oidvectortypes(f.proargtypes), tn.nspname, t.typname, co.conname::text"
    " FROM pg_catalog.pg_depend d"
    " JOIN pg_catalog.pg_proc f ON f.oid = d.refobjid"
    " JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace"
    " LEFT JOIN pg_catalog.pg_constraint co ON d.classid = 'pg_catalog.pg_constraint'::regclass"
    "  AND co.oid = d.objid"
    " JOIN pg_catalog.pg_type t ON t.typtype = 'd' AND t.oid = CASE WHEN co.oid IS NOT NULL THEN co.contypid"
    "  WHEN d.classid = 'pg_catalog.pg_type'::regclass THEN d.objid END"
    " JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace"
    " WHERE d.refclassid = 'pg_catalog.pg_proc'::regclass AND d.deptype = 'n' AND fn.nspname = ANY ($S)"
    " AND d.classid IN ('pg_catalog.pg_constraint'::regclass, 'pg_catalog.pg_type'::regclass)"
    /* SQL-standard bodies that call a function */
    " UNION ALL"
    " SELECT 'f', fn.nspname, f.proname, pg_catalog.oidvectortypes(f.proargtypes),"
    " un.nspname, u.proname, pg_catalog.oidvectortypes(u.proargtypes)"
    " FROM pg_catalog.pg_depend d"
    " JOIN pg_catalog.pg_proc f ON f.oid = d.refobjid"
    " JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace"
    " JOIN pg_catalog.pg_proc u ON u.oid = d.objid"
    " JOIN pg_catalog.pg_namespace un ON un.oid = u.pronamespace"
    " WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.refclassid = 'pg_catalog.pg_proc'::regclass"
    " AND d.deptype = 'n' AND fn.nspname = ANY ($S) AND d.objid <> d.refobjid"
    /* the tables and columns SQL-standard bodies read */
    " UNION ALL"
    " SELECT 'r', un.nspname, u.proname, pg_catalog.oidvectortypes(u.proargtypes),"
    " rn.nspname, r.relname, a.attname::text"
    " FROM pg_catalog.pg_depend d"
    " JOIN pg_catalog.pg_proc u ON u.oid = d.objid"
    " JOIN pg_catalog.pg_namespace un ON un.oid = u.pronamespace"
    " JOIN pg_catalog.pg_class r ON r.oid = d.refobjid"
    " JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace"
    " LEFT JOIN pg_catalog.pg_attribute a ON d.refobjsubid > 0 AND a.attrelid = d.refobjid"
    "  AND a.attnum = d.refobjsubid"
    " WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass"
    " AND d.deptype = 'n' AND un.nspname = ANY ($S)"
    /* fns7: operators, casts and operator families (their support
     * functions) that call a function: not modelled, named in warnings */
    " UNION ALL"
    " SELECT x.kind, fn.nspname, f.proname, pg_catalog.oidvectortypes(f.proargtypes), x.sch, x.obj, x.det"
    " FROM pg_catalog.pg_depend d"
    " JOIN pg_catalog.pg_proc f ON f.oid = d.refobjid"
    " JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace"
    " CROSS JOIN LATERAL ("
    "  SELECT 'o', on_.nspname, o.oprname::text, '(' || CASE WHEN o.oprleft = 0 THEN 'NONE'"
    "   ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', ' || pg_catalog.format_type(o.oprright, NULL) || ')'"
    "   FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace on_ ON on_.oid = o.oprnamespace"
    "   WHERE d.classid = 'pg_catalog.pg_operator'::regclass AND o.oid = d.objid"
    "  UNION ALL SELECT 'c', '', pg_catalog.format_type(ca.castsource, NULL) || ' AS '"
    "   || pg_catalog.format_type(ca.casttarget, NULL), NULL FROM pg_catalog.pg_cast ca"
    "   WHERE d.classid = 'pg_catalog.pg_cast'::regclass AND ca.oid = d.objid"
    "  UNION ALL SELECT 'F', ofn.nspname, ofa.opfname::text, am.amname::text FROM pg_catalog.pg_amproc ap"
    "   JOIN pg_catalog.pg_opfamily ofa ON ofa.oid = ap.amprocfamily"
    "   JOIN pg_catalog.pg_namespace ofn ON ofn.oid = ofa.opfnamespace"
    "   JOIN pg_catalog.pg_am am ON am.oid = ofa.opfmethod"
    "   WHERE d.classid = 'pg_catalog.pg_amproc'::regclass AND ap.oid = d.objid"
    /* views of a schema not compared (those compared say it in their refs) */
    "  UNION ALL SELECT 'v', vn.nspname, v.relname::text, NULL FROM pg_catalog.pg_rewrite rw"
    "   JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class"
    "   JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace"
    "   WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND rw.oid = d.objid AND vn.nspname <> ALL ($S)"
    " ) x(kind, sch, obj, det)"
    " WHERE d.refclassid = 'pg_catalog.pg_proc'::regclass AND d.deptype = 'n' AND fn.nspname = ANY ($S)"
    " AND d.classid IN ('pg_catalog.pg_operator'::regclass, 'pg_catalog.pg_cast'::regclass,"
    "  'pg_catalog.pg_amproc'::regclass, 'pg_catalog.pg_rewrite'::regclass)"
    " ORDER BY 1, 2, 3, 4, 5, 6, 7";

void pg_build_fn_users(sc_model *m, const PGresult *r)
{
    m->fn_users_known = true;
    for (int i = 0; i < PQntuples(r); i++) {
        sc_fn_user *u = sc_arena_alloc(m->arena, sizeof *u);
        u->kind = (sc_fn_user_kind)PQgetvalue(r, i, 0)[0];
        u->fschema = sc_arena_strdup(m->arena, PQgetvalue(r, i, 1));
        u->fname = sc_arena_strdup(m->arena, PQgetvalue(r, i, 2));
        u->fargs = sc_arena_strdup(m->arena, PQgetvalue(r, i, 3));
        u->schema = sc_arena_strdup(m->arena, PQgetvalue(r, i, 4));
        u->table = sc_arena_strdup(m->arena, PQgetvalue(r, i, 5));
        u->name = PQgetisnull(r, i, 6) ? NULL : sc_arena_strdup(m->arena, PQgetvalue(r, i, 6));
        sc_vec_push(m->arena, &m->fn_users, u);
    }
}
