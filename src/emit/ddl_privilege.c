/* ddl_privilege.c - privileges and ownership as SQL: GRANT / REVOKE,
 * ALTER ... OWNER TO and ALTER DEFAULT PRIVILEGES (PostgreSQL), for
 * compile, the migrations and the DSL writer (the DSL declares them with
 * the same statements). */
#include <string.h>

#include "emit/ddl.h"
#include "model/strbuf.h"

static void role(sc_strbuf *b, const char *r)
{
    if (!strcmp(r, "PUBLIC"))
        sc_sb_puts(b, "PUBLIC");
    else
        sc_sb_ident(b, r);
}

static void priv_list(sc_strbuf *b, unsigned privs, const char *column)
{
    int k = 0;
    for (int i = 0; i < SC_PRIV__COUNT; i++) {
        if (!(privs & (1u << i)))
            continue;
        sc_sb_printf(b, "%s%s", k++ ? ", " : "", sc_priv_name(1u << i));
        if (column) {
            sc_sb_puts(b, " (");
            sc_sb_ident(b, column);
            sc_sb_putc(b, ')');
        }
    }
}

/* GRANT privs ... TO r [WITH GRANT OPTION]; or REVOKE [GRANT OPTION FOR]
 * privs ... FROM r; the part after ON given by `on` */
static void statement(sc_strbuf *b, bool revoke, bool option, unsigned privs, const char *column,
                      void (*on)(sc_strbuf *b, const void *x), const void *x, const char *grantee)
{
    sc_sb_puts(b, revoke ? "REVOKE " : "GRANT ");
    if (revoke && option)
        sc_sb_puts(b, "GRANT OPTION FOR ");
    priv_list(b, privs, column);
    sc_sb_puts(b, " ON ");
    on(b, x);
    sc_sb_puts(b, revoke ? " FROM " : " TO ");
    role(b, grantee);
    if (!revoke && option)
        sc_sb_puts(b, " WITH GRANT OPTION");
    sc_sb_puts(b, ";\n");
}

static void grant_on(sc_strbuf *b, const void *x)
{
    const sc_grant *g = x;
    sc_sb_priv_object(b, g->obj, g->schema, g->name, g->args);
}

/* from -> to of one grantee on one object: the REVOKEs, then the GRANTs. */
void sc_ddl_grant_change(sc_strbuf *b, const sc_grant *from, const sc_grant *to)
{
    const sc_grant *g = to ? to : from;
    unsigned fp = from ? from->privs : 0, fo = from ? from->grant_option : 0;
    unsigned tp = to ? to->privs : 0, to_ = to ? to->grant_option : 0;
    if (fp & ~tp)
        statement(b, true, false, fp & ~tp, g->column, grant_on, g, g->grantee);
    if (fo & tp & ~to_)   /* kept, without the option */
        statement(b, true, true, fo & tp & ~to_, g->column, grant_on, g, g->grantee);
    /* the grants anew, and an option added to a kept privilege */
    unsigned plain = tp & ~fp & ~to_, opt = to_ & ~(fo & fp & tp);
    if (plain)
        statement(b, false, false, plain, g->column, grant_on, g, g->grantee);
    if (opt)
        statement(b, false, true, opt, g->column, grant_on, g, g->grantee);
    /* PUBLIC's defaults: revoked anew, or given back */
    unsigned fr = from ? from->revoked : 0, tr = to ? to->revoked : 0;
    if (tr & ~fr)
        statement(b, true, false, tr & ~fr, NULL, grant_on, g, g->grantee);
    if (fr & ~tr)
        statement(b, false, false, fr & ~tr, NULL, grant_on, g, g->grantee);
}

void sc_ddl_owner(sc_strbuf *b, const sc_owner *o, const char *role_name)
{
    const char *kw = sc_priv_obj_sql(o->obj);
    if (o->obj == SC_PRIV_OBJ_TABLE || o->obj == SC_PRIV_OBJ_SEQUENCE)
        kw = o->relkind == 'v' ? "VIEW" : o->relkind == 'm' ? "MATERIALIZED VIEW"
             : o->relkind == 'S' ? "SEQUENCE" : "TABLE";
    else if (o->obj == SC_PRIV_OBJ_TYPE && o->relkind == 'd')
        kw = "DOMAIN";
    sc_sb_printf(b, "ALTER %s ", kw);
    if (o->obj == SC_PRIV_OBJ_SCHEMA) {
        sc_sb_ident(b, o->name);
    } else {
        sc_sb_qualified(b, o->schema, o->name);
        if (o->obj == SC_PRIV_OBJ_FUNCTION)
            sc_sb_printf(b, "(%s)", o->args ? o->args : "");
    }
    sc_sb_puts(b, " OWNER TO ");
    sc_sb_ident(b, role_name);
    sc_sb_puts(b, ";\n");
}

static void default_on(sc_strbuf *b, const void *x)
{
    const sc_default_priv *p = x;
    static const char *const kinds[] = {"TABLES", "SEQUENCES", "SCHEMAS", "FUNCTIONS", "TYPES"};
    sc_sb_puts(b, kinds[sc_priv_defobj(p->objtype)]);
}

static void default_head(sc_strbuf *b, const sc_default_priv *p)
{
    sc_sb_puts(b, "ALTER DEFAULT PRIVILEGES FOR ROLE ");
    sc_sb_ident(b, p->role);
    if (p->schema) {
        sc_sb_puts(b, " IN SCHEMA ");
        sc_sb_ident(b, p->schema);
    }
    sc_sb_putc(b, ' ');
}

void sc_ddl_default_change(sc_strbuf *b, const sc_default_priv *from, const sc_default_priv *to)
{
    const sc_default_priv *g = to ? to : from;
    unsigned fp = from ? from->privs : 0, fo = from ? from->grant_option : 0;
    unsigned tp = to ? to->privs : 0, to_ = to ? to->grant_option : 0;
    unsigned parts[4] = {fp & ~tp, fo & tp & ~to_, tp & ~fp & ~to_, to_ & ~(fo & fp & tp)};
    for (int i = 0; i < 4; i++) {
        if (!parts[i])
            continue;
        default_head(b, g);
        statement(b, i < 2, i == 1 || i == 3, parts[i], NULL, default_on, g, g->grantee);
    }
}

void sc_ddl_privilege_statements(sc_strbuf *b, const sc_model *m)
{
    for (size_t i = 0; i < m->privs.owners.n; i++) {
        const sc_owner *o = SC_VEC_AT(m->privs.owners, i, sc_owner);
        sc_ddl_owner(b, o, o->role);
    }
    for (size_t i = 0; i < m->privs.grants.n; i++)
        sc_ddl_grant_change(b, NULL, SC_VEC_AT(m->privs.grants, i, sc_grant));
    for (size_t i = 0; i < m->privs.defaults.n; i++)
        sc_ddl_default_change(b, NULL, SC_VEC_AT(m->privs.defaults, i, sc_default_priv));
}

int sc_ddl_privileges(sc_strbuf *b, const sc_model *m, sc_dialect dialect)
{
    if (dialect != SC_DIALECT_POSTGRESQL || !sc_privs_any(m))
        return 0;   /* SQLite: refused (refuse.c) */
    sc_sb_putc(b, '\n');
    sc_ddl_privilege_statements(b, m);
    return 0;
}
