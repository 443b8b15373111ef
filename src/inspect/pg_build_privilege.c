/* pg_build_privilege.c - privileges and ownership read from the catalog
 * (only when asked: sc_inspect_opts.privileges), in one bulk query after
 * the main ones: the owner of every table, view, sequence, schema,
 * function and type of the chosen schemas, each grant beyond the owner's
 * defaults, column grants, and pg_default_acl.
 *
 * As pg_dump: an object's ACL is compared with what it would have had
 * untouched, acldefault(kind, owner) (or pg_init_privs, the ACL initdb
 * gave it: the public schema's USAGE to PUBLIC), and only what was granted
 * beyond it is a grant. What was revoked from PUBLIC's defaults (REVOKE
 * EXECUTE ON FUNCTION ... FROM PUBLIC, USAGE on a type) is modelled
 * (sc_grant.revoked); what an owner revoked from itself is named as not
 * compared.
 * Objects of extensions are the extensions'; the sequences of identity and
 * serial columns have their table's owner (not written), their grants are
 * read. */
#include <stdlib.h>
#include <string.h>

#include "inspect/pg_internal.h"
#include "model/strbuf.h"

#define NOT_EXT(cls, oid) \
    " NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = '" cls "'::regclass" \
    " AND x.objid = " oid " AND x.deptype = 'e')"
#define ROLE(oid) "CASE WHEN " oid " = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(" oid ") END"
/* the grantor of a grant when it is not the object's owner, else NULL */
#define GRANTOR(owner) ", CASE WHEN a.grantor = " owner " THEN NULL ELSE pg_catalog.pg_get_userbyid(a.grantor) END"
/* the grants of acl beyond base: grantee, privilege, grantable */
#define EXTRA(acl, base) \
    " LATERAL (SELECT e.grantor, e.grantee, e.privilege_type, e.is_grantable FROM (SELECT * FROM pg_catalog.aclexplode(" acl ")" \
    " EXCEPT SELECT * FROM pg_catalog.aclexplode(" base ")) e) a"
/* EXTRA for a schema: initdb's ACL of the public schema names
 * pg_database_owner, which ALTER SCHEMA ... OWNER TO rewrites to the new
 * owner in the schema's ACL (=U/pg_database_owner becomes =U/owner) but not
 * in pg_init_privs; read with the owner in its place, as pg_dump does, so
 * that PUBLIC's USAGE stays initdb's, not a grant of the new owner's */
#define DBOWNER "(SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = 'pg_database_owner')"
#define AS_OWNER(col, owner) "CASE WHEN b." col " = " DBOWNER " THEN " owner " ELSE b." col " END"
#define EXTRA_OWNED(acl, base, owner) \
    " LATERAL (SELECT e.grantor, e.grantee, e.privilege_type, e.is_grantable FROM (SELECT * FROM pg_catalog.aclexplode(" acl ")" \
    " EXCEPT SELECT " AS_OWNER("grantor", owner) ", " AS_OWNER("grantee", owner) ", b.privilege_type, b.is_grantable" \
    " FROM pg_catalog.aclexplode(" base ") b) e) a"
#define INIT(cls, oid, dflt) \
    "COALESCE((SELECT ip.initprivs FROM pg_catalog.pg_init_privs ip WHERE ip.objoid = " oid \
    " AND ip.classoid = '" cls "'::regclass AND ip.objsubid = 0), " dflt ")"

/* 0 kind, 1 schema, 2 name, 3 args (functions) or objtype (defaults), 4
 * column, 5 owner (owner rows; the FOR ROLE of defaults), 6 grantee (grant
 * rows), 7 privilege, 8 grantable, 9 the grantor when it is not the
 * object's owner (grant rows). Kinds: a relkind (r p v m S), 'c' a
 * column, 'n' a schema, 'f' a function, 't' a type, 'd' a domain, 'D' a
 * default privilege. */
static const char q_privileges[] =
    "WITH rel AS (SELECT c.oid, c.relkind, n.nspname, c.relname, c.relowner, c.relacl,"
    "  pg_catalog.acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner) AS base,"
    "  EXISTS (SELECT 1 FROM pg_catalog.pg_depend dp WHERE dp.classid = 'pg_catalog.pg_class'::regclass"
    "   AND dp.objid = c.oid AND dp.refclassid = 'pg_catalog.pg_class'::regclass AND dp.deptype IN ('a', 'i')) AS owned"
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    "  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_class", "c.oid")
    "), fn AS (SELECT p.oid, n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes) AS args, p.proowner,"
    "  p.proacl FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
    "  WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_proc", "p.oid")
    "), ty AS (SELECT t.oid, t.typtype, n.nspname, t.typname, t.typowner, t.typacl"
    "  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
    "  WHERE t.typtype IN ('e', 'd', 'r', 'c') AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "t.oid")
    "  AND (t.typrelid = 0 OR (SELECT cc.relkind FROM pg_catalog.pg_class cc WHERE cc.oid = t.typrelid) = 'c')"
    ")"
    " SELECT r.relkind::text, r.nspname, r.relname, NULL, NULL, pg_catalog.pg_get_userbyid(r.relowner), NULL, NULL, NULL,"
    "  NULL FROM rel r WHERE NOT r.owned"
    " UNION ALL SELECT r.relkind::text, r.nspname, r.relname, NULL, NULL, NULL, " ROLE("a.grantee") ","
    "  a.privilege_type, a.is_grantable::text" GRANTOR("r.relowner") " FROM rel r," EXTRA("COALESCE(r.relacl, r.base)", "r.base")
    " UNION ALL SELECT 'c', r.nspname, r.relname, NULL, at.attname, NULL, " ROLE("a.grantee") ","
    "  a.privilege_type, a.is_grantable::text" GRANTOR("r.relowner") " FROM rel r JOIN pg_catalog.pg_attribute at ON at.attrelid = r.oid"
    "  AND at.attnum > 0 AND NOT at.attisdropped AND at.attacl IS NOT NULL,"
    "  LATERAL pg_catalog.aclexplode(at.attacl) a"
    " UNION ALL SELECT 'n', NULL, n.nspname, NULL, NULL, pg_catalog.pg_get_userbyid(n.nspowner), NULL, NULL, NULL,"
    "  NULL FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY ($S)"
    " UNION ALL SELECT 'n', NULL, n.nspname, NULL, NULL, NULL, " ROLE("a.grantee") ", a.privilege_type,"
    "  a.is_grantable::text" GRANTOR("n.nspowner") " FROM pg_catalog.pg_namespace n,"
    EXTRA_OWNED("COALESCE(n.nspacl, pg_catalog.acldefault('n'::\"char\", n.nspowner))",
                INIT("pg_catalog.pg_namespace", "n.oid", "pg_catalog.acldefault('n'::\"char\", n.nspowner)"),
                "n.nspowner")
    "  WHERE n.nspname = ANY ($S)"
    " UNION ALL SELECT 'f', f.nspname, f.proname, f.args, NULL, pg_catalog.pg_get_userbyid(f.proowner), NULL, NULL, NULL,"
    "  NULL FROM fn f"
    " UNION ALL SELECT 'f', f.nspname, f.proname, f.args, NULL, NULL, " ROLE("a.grantee") ", a.privilege_type,"
    "  a.is_grantable::text" GRANTOR("f.proowner") " FROM fn f,"
    EXTRA("COALESCE(f.proacl, pg_catalog.acldefault('f'::\"char\", f.proowner))",
          "pg_catalog.acldefault('f'::\"char\", f.proowner)")
    " UNION ALL SELECT CASE t.typtype WHEN 'd' THEN 'd' ELSE 't' END, t.nspname, t.typname, NULL, NULL,"
    "  pg_catalog.pg_get_userbyid(t.typowner), NULL, NULL, NULL, NULL FROM ty t"
    " UNION ALL SELECT CASE t.typtype WHEN 'd' THEN 'd' ELSE 't' END, t.nspname, t.typname, NULL, NULL, NULL,"
    "  " ROLE("a.grantee") ", a.privilege_type, a.is_grantable::text" GRANTOR("t.typowner") " FROM ty t,"
    EXTRA("COALESCE(t.typacl, pg_catalog.acldefault('T'::\"char\", t.typowner))",
          "pg_catalog.acldefault('T'::\"char\", t.typowner)")
    /* what was revoked from a function's or type's defaults (EXECUTE or
     * USAGE from PUBLIC): not modelled yet, named as not compared */
    " UNION ALL SELECT 'R', f.nspname, f.proname, f.args, NULL, NULL, " ROLE("a.grantee") ", a.privilege_type,"
    "  'f', NULL FROM fn f,"
    EXTRA("pg_catalog.acldefault('f'::\"char\", f.proowner)", "COALESCE(f.proacl, pg_catalog.acldefault('f'::\"char\", f.proowner))")
    " UNION ALL SELECT 'R', t.nspname, t.typname, NULL, NULL, NULL, " ROLE("a.grantee") ", a.privilege_type,"
    "  't', NULL FROM ty t,"
    EXTRA("pg_catalog.acldefault('T'::\"char\", t.typowner)", "COALESCE(t.typacl, pg_catalog.acldefault('T'::\"char\", t.typowner))")
    /* default privileges: those of every schema replace the built-in ones
     * (their ACL is the whole of them), those of one schema add to them */
    " UNION ALL SELECT 'D', n.nspname, NULL, d.defaclobjtype::text, NULL, pg_catalog.pg_get_userbyid(d.defaclrole),"
    "  " ROLE("a.grantee") ", a.privilege_type, a.is_grantable::text, NULL"
    " FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace,"
    EXTRA("d.defaclacl", "CASE WHEN d.defaclnamespace = 0 THEN pg_catalog.acldefault(CASE d.defaclobjtype"
                         " WHEN 'S' THEN 's' ELSE d.defaclobjtype END::\"char\", d.defaclrole) END")
    " WHERE d.defaclnamespace = 0 OR n.nspname = ANY ($S)";

static void kind_of(char k, sc_priv_obj *obj, char *relkind)
{
    *relkind = 0;
    switch (k) {
    case 'S':
        *obj = SC_PRIV_OBJ_SEQUENCE;
        *relkind = 'S';
        return;
    case 'v':
    case 'm':
        *obj = SC_PRIV_OBJ_TABLE;
        *relkind = k;
        return;
    case 'n':
        *obj = SC_PRIV_OBJ_SCHEMA;
        return;
    case 'f':
        *obj = SC_PRIV_OBJ_FUNCTION;
        return;
    case 't':
    case 'd':
        *obj = SC_PRIV_OBJ_TYPE;
        *relkind = k == 'd' ? 'd' : 0;
        return;
    default:   /* r p c */
        *obj = SC_PRIV_OBJ_TABLE;
        return;
    }
}

/* The object is one the model holds (read by the main queries): the
 * privileges of what is not modelled (partitions, identity sequences, ...)
 * are not read either, so that what inspect writes reads back. */
static bool modelled(const sc_model *m, sc_priv_obj obj, const char *schema, const char *name, const char *args,
                     const char *column)
{
    switch (obj) {
    case SC_PRIV_OBJ_SCHEMA:
        return !strcmp(name, SC_DEFAULT_SCHEMA) || sc_strmap_has(m->schema_map, name);
    case SC_PRIV_OBJ_FUNCTION:
        return sc_model_function(m, schema, name, args ? args : "") != NULL;
    case SC_PRIV_OBJ_TYPE:
        return sc_model_enum(m, schema, name) || sc_model_utype(m, schema, name);
    default: {
        const sc_table *t = sc_model_table(m, schema, name);
        if (t)
            return !column || sc_table_column(t, column);
        /* a view's columns are its query's: not checked */
        return sc_model_view(m, schema, name) || (!column && sc_model_sequence(m, schema, name));
    }
    }
}

static void build_row(sc_model *m, const PGresult *r, int i, const char *version_table, sc_not_compared *nc)
{
    char k = PQgetvalue(r, i, 0)[0];
    const char *schema = pg_val(r, i, 1), *name = pg_val(r, i, 2), *args = pg_val(r, i, 3);
    const char *column = pg_val(r, i, 4), *owner = pg_val(r, i, 5), *grantee = pg_val(r, i, 6);
    unsigned bit = sc_priv_parse(pg_val(r, i, 7));
    bool grantable = PQgetvalue(r, i, 8)[0] == 't';
    if (k == 'R' && grantee && !strcmp(grantee, "PUBLIC")) {
        /* PUBLIC's EXECUTE or USAGE revoked: modelled (sc_grant.revoked) */
        sc_priv_obj ro = PQgetvalue(r, i, 8)[0] == 'f' ? SC_PRIV_OBJ_FUNCTION : SC_PRIV_OBJ_TYPE;
        if ((bit & sc_priv_public_default(ro)) && modelled(m, ro, schema, name, args, NULL)) {
            sc_privs_grant(m, ro, schema, name, args, NULL, grantee)->revoked = bit;
            return;
        }
    }
    if (k == 'R') {
        sc_not_compared_add(nc, "privilege revoked from the defaults", "privileges revoked from the defaults",
                            sc_arena_printf(m->arena, "%s on %s %s.%s%s%s%s from %s", pg_val(r, i, 7),
                                            PQgetvalue(r, i, 8)[0] == 'f' ? "function" : "type", schema, name,
                                            args ? "(" : "", args ? args : "", args ? ")" : "", grantee));
        return;
    }
    if (k == 'D') {
        if (!bit || !args)
            return;
        sc_default_priv *p = sc_privs_default(m, owner, schema, args[0], grantee);
        p->privs = bit;
        p->grant_option = grantable ? bit : 0;
        return;
    }
    sc_priv_obj obj;
    char relkind;
    kind_of(k, &obj, &relkind);
    if ((obj == SC_PRIV_OBJ_TABLE || obj == SC_PRIV_OBJ_SEQUENCE) && sc_inspect_is_bookkeeping(name, version_table))
        return;
    if (!modelled(m, obj, schema, name, args, column)) {
        /* its object is named as not compared already; a grant on an
         * identity column's sequence is named here */
        if (grantee && k == 'S')
            sc_not_compared_add(nc, "grant on an identity sequence", "grants on identity sequences",
                                sc_arena_printf(m->arena, "%s.%s to %s", schema, name, grantee));
        return;
    }
    if (!grantee) {
        sc_owner *o = sc_privs_add_owner(m, obj, schema, name, args);
        o->role = sc_arena_strdup(m->arena, owner);
        o->relkind = relkind;
        return;
    }
    if (!bit)
        return;
    const char *grantor = pg_val(r, i, 9);
    if (grantor) {
        /* granted by a role other than the owner (one WITH GRANT OPTION):
         * PostgreSQL 15 can give it only under that role's own session,
         * which a migration does not switch to, and the owner's REVOKE
         * does not take it back: named, never compared */
        sc_strbuf b = SC_STRBUF_INIT;
        sc_sb_printf(&b, "%s", pg_val(r, i, 7));
        if (column)
            sc_sb_printf(&b, " (%s)", column);
        sc_sb_puts(&b, " on ");
        sc_sb_priv_named(&b, sc_priv_obj_word(obj), obj, schema, name, args);
        sc_sb_printf(&b, " to %s by %s", grantee, grantor);
        sc_not_compared_add(nc, "grant by a role other than the owner", "grants by roles other than the owner",
                            sc_arena_strdup(m->arena, sc_sb_cstr(&b)));
        sc_sb_free(&b);
        return;
    }
    sc_grant *g = sc_privs_grant(m, obj, schema, name, args, column, grantee);
    g->privs = bit;
    g->grant_option = grantable ? bit : 0;
}

int pg_read_privileges(PGconn *conn, sc_model *m, const char *lit, const char *version_table,
                       sc_not_compared *collect, sc_diags *d)
{
    char *sql = pg_sql_with_schemas(q_privileges, lit);
    PGresult *r = PQexec(conn, sql);
    free(sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        sc_error(d, SC_ERR_DB, "reading privileges and owners failed: %s", PQerrorMessage(conn));
        PQclear(r);
        return -1;
    }
    sc_not_compared *nc = collect ? collect : sc_not_compared_new();
    for (int i = 0; i < PQntuples(r); i++)
        build_row(m, r, i, version_table, nc);
    PQclear(r);
    if (!collect) {
        sc_not_compared_warn(nc, d);
        sc_not_compared_free(nc);
    }
    return 0;
}
