/* version.c - the version table (see version.h). */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "revision/version.h"

static void qname(sc_strbuf *b, const sc_vtable *vt)
{
    if (vt->schema) {
        sc_sb_ident(b, vt->schema);
        sc_sb_putc(b, '.');
    }
    sc_sb_ident(b, vt->name);
}

void sc_version_create_sql(sc_strbuf *b, const sc_vtable *vt)
{
    sc_sb_puts(b, "CREATE TABLE IF NOT EXISTS ");
    qname(b, vt);
    sc_sb_puts(b, " (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT ");
    char *pk = malloc(strlen(vt->name) + 5);
    if (!pk)
        abort();
    strcpy(pk, vt->name);
    strcat(pk, "_pkc");
    sc_sb_ident(b, pk);
    free(pk);
    sc_sb_puts(b, " PRIMARY KEY (version_num)\n);\n");
}

void sc_version_drop_sql(sc_strbuf *b, const sc_vtable *vt)
{
    sc_sb_puts(b, "DROP TABLE ");
    qname(b, vt);
    sc_sb_puts(b, ";\n");
}

void sc_version_step_sql(sc_strbuf *b, const sc_vtable *vt, const char *const *removed, size_t nremoved,
                         const char *const *added, size_t nadded)
{
    size_t r = 0, a = 0;
    if (nremoved && nadded) {
        sc_sb_puts(b, "UPDATE ");
        qname(b, vt);
        sc_sb_puts(b, " SET version_num = ");
        sc_sb_literal(b, added[a++]);
        sc_sb_puts(b, " WHERE version_num = ");
        sc_sb_literal(b, removed[r++]);
        sc_sb_puts(b, ";\n");
    }
    for (; r < nremoved; r++) {
        sc_sb_puts(b, "DELETE FROM ");
        qname(b, vt);
        sc_sb_puts(b, " WHERE version_num = ");
        sc_sb_literal(b, removed[r]);
        sc_sb_puts(b, ";\n");
    }
    for (; a < nadded; a++) {
        sc_sb_puts(b, "INSERT INTO ");
        qname(b, vt);
        sc_sb_puts(b, " (version_num) VALUES (");
        sc_sb_literal(b, added[a]);
        sc_sb_puts(b, ");\n");
    }
}

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

int sc_version_read(sc_rconn *c, const sc_vtable *vt, char ***ids, size_t *n, sc_diags *d)
{
    *ids = NULL;
    *n = 0;
    sc_strbuf q = SC_STRBUF_INIT, t = SC_STRBUF_INIT;
    qname(&t, vt);
    /* Does the table exist? (no error to catch, no aborted transaction) */
    if (c->pg) {
        sc_sb_puts(&q, "SELECT coalesce(to_regclass(");
        sc_sb_literal(&q, sc_sb_cstr(&t));
        sc_sb_puts(&q, ")::text, '')");
    } else {
        sc_sb_puts(&q, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ");
        sc_sb_literal(&q, vt->name);
    }
    char **rows;
    size_t nrows;
    char *msg = NULL;
    int rc = sc_rconn_query(c, sc_sb_cstr(&q), &rows, &nrows, &msg);
    if (rc == 0) {
        bool exists = nrows == 1 && rows[0][0];
        sc_rconn_rows_free(rows, nrows);
        if (exists) {
            q.len = 0;
            sc_sb_printf(&q, "SELECT version_num FROM %s", sc_sb_cstr(&t));
            rc = sc_rconn_query(c, sc_sb_cstr(&q), ids, n, &msg);
            if (rc == 0 && *n)
                qsort(*ids, *n, sizeof **ids, cmp_str);
        }
    }
    if (rc != 0) {
        sc_error(d, SC_ERR_DB, "cannot read the version table %s: %s", sc_sb_cstr(&t), msg);
        free(msg);
    }
    sc_sb_free(&q);
    sc_sb_free(&t);
    return rc;
}

int sc_version_ensure(sc_rconn *c, const sc_vtable *vt, sc_diags *d)
{
    sc_strbuf q = SC_STRBUF_INIT;
    sc_version_create_sql(&q, vt);
    char *msg = NULL;
    int rc = sc_rconn_exec(c, sc_sb_cstr(&q), &msg);
    if (rc != 0) {
        sc_error(d, SC_ERR_DB, "cannot create the version table %s: %s", vt->name, msg);
        free(msg);
    }
    sc_sb_free(&q);
    return rc;
}
