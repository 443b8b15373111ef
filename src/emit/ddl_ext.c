/* ddl_ext.c - DDL of extensions and collations (PostgreSQL only: SQLite
 * refuses both, refuse.c), shared by `compile` and the migrations. */
#include <string.h>

#include "emit/ddl.h"
#include "emit/ddl_ext.h"

void sc_ddl_create_extension(sc_strbuf *b, const sc_extension *e)
{
    /* IF NOT EXISTS: an extension is the database's, and may be there
     * already (installed by another schema's migrations, or by hand) */
    sc_sb_puts(b, "CREATE EXTENSION IF NOT EXISTS ");
    sc_sb_ident(b, e->name);
    if (e->schema) {
        sc_sb_puts(b, " WITH SCHEMA ");
        sc_sb_ident(b, e->schema);
    }
    if (e->version) {
        sc_sb_puts(b, " VERSION ");
        sc_sb_literal(b, e->version);
    }
    sc_sb_puts(b, ";\n");
}

void sc_ddl_drop_extension(sc_strbuf *b, const sc_extension *e)
{
    sc_sb_puts(b, "DROP EXTENSION ");
    sc_sb_ident(b, e->name);
    sc_sb_puts(b, ";\n");
}

static void update_to(sc_strbuf *b, const sc_extension *to)
{
    sc_sb_puts(b, "ALTER EXTENSION ");
    sc_sb_ident(b, to->name);
    sc_sb_puts(b, " UPDATE TO ");
    sc_sb_literal(b, to->version);
    sc_sb_puts(b, ";\n");
}

void sc_ddl_alter_extension(sc_strbuf *b, const sc_extension *from, const sc_extension *to)
{
    if (to->schema && from->schema && strcmp(from->schema, to->schema)) {
        sc_sb_puts(b, "ALTER EXTENSION ");
        sc_sb_ident(b, to->name);
        sc_sb_puts(b, " SET SCHEMA ");
        sc_sb_ident(b, to->schema);
        sc_sb_puts(b, ";\n");
    }
    if (!to->version || !from->version || !strcmp(from->version, to->version))
        return;
    if (sc_extension_version_up(from->version, to->version)) {
        update_to(b, to);
        return;
    }
    /* Going back (or to a version that is not a dotted number): extensions
     * ship update scripts upward only, as a rule, and PostgreSQL refuses an
     * UPDATE TO without a path. Which paths exist is the server's to say
     * when the script runs: the update where there is one, else the
     * extension dropped and created at that version (a hazard: invert.c). */
    sc_extension at = *to;
    if (!at.schema)
        at.schema = from->schema;
    sc_sb_puts(b, "DO $schemac$ BEGIN\n"
                  "    IF EXISTS (SELECT FROM pg_catalog.pg_extension e, "
                  "pg_catalog.pg_extension_update_paths(e.extname) p\n"
                  "               WHERE e.extname = ");
    sc_sb_literal(b, to->name);
    sc_sb_puts(b, " AND p.source = e.extversion AND p.target = ");
    sc_sb_literal(b, to->version);
    sc_sb_puts(b, " AND p.path IS NOT NULL) THEN\n        ");
    update_to(b, to);
    sc_sb_puts(b, "    ELSE\n        ");
    sc_ddl_drop_extension(b, from);
    sc_sb_puts(b, "        ");
    sc_ddl_create_extension(b, &at);
    sc_sb_puts(b, "    END IF;\nEND $schemac$;\n");
}

void sc_ddl_create_collation(sc_strbuf *b, const sc_collation *c)
{
    sc_sb_puts(b, "CREATE COLLATION ");
    sc_sb_qualified(b, c->schema, c->name);
    sc_sb_puts(b, c->icu ? " (provider = icu, locale = " : " (provider = libc, ");
    if (c->icu) {
        sc_sb_literal(b, c->locale ? c->locale : "");
    } else if (c->lc_collate && c->lc_ctype && !strcmp(c->lc_collate, c->lc_ctype)) {
        sc_sb_puts(b, "locale = ");
        sc_sb_literal(b, c->lc_collate);
    } else {
        sc_sb_puts(b, "lc_collate = ");
        sc_sb_literal(b, c->lc_collate ? c->lc_collate : "");
        sc_sb_puts(b, ", lc_ctype = ");
        sc_sb_literal(b, c->lc_ctype ? c->lc_ctype : "");
    }
    if (!c->deterministic)
        sc_sb_puts(b, ", deterministic = false");
    sc_sb_puts(b, ");\n");
    /* issue 12: wherever one is created (a replaced one: under its
     * temporary name, which the rename keeps it through) */
    if (c->comment)
        sc_ddl_comment_collation(b, c, c->comment);
}

void sc_ddl_comment_collation(sc_strbuf *b, const sc_collation *c, const char *comment)
{
    sc_sb_puts(b, "COMMENT ON COLLATION ");
    sc_sb_qualified(b, c->schema, c->name);
    sc_ddl_comment_is(b, comment);
}

void sc_ddl_drop_collation(sc_strbuf *b, const sc_collation *c)
{
    sc_sb_puts(b, "DROP COLLATION ");
    sc_sb_qualified(b, c->schema, c->name);
    sc_sb_puts(b, ";\n");
}

void sc_ddl_rename_collation(sc_strbuf *b, const sc_collation *c, const char *to)
{
    sc_sb_puts(b, "ALTER COLLATION ");
    sc_sb_qualified(b, c->schema, c->name);
    sc_sb_puts(b, " RENAME TO ");
    sc_sb_ident(b, to);
    sc_sb_puts(b, ";\n");
}

int sc_ddl_ext_objects(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_diags *d)
{
    (void)d;
    if (dialect != SC_DIALECT_POSTGRESQL)
        return 0;   /* refused before (sc_dialect_refuse) */
    for (size_t i = 0; i < m->extensions.n; i++) {
        sc_sb_putc(b, '\n');
        sc_ddl_create_extension(b, SC_VEC_AT(m->extensions, i, sc_extension));
    }
    for (size_t i = 0; i < m->collations.n; i++) {
        sc_sb_putc(b, '\n');
        sc_ddl_create_collation(b, SC_VEC_AT(m->collations, i, sc_collation));
    }
    return 0;
}
