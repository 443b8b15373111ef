/* sums.c - checksums of applied revision files (see sums.h). */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "revision/sums.h"

void sc_rev_checksum(const sc_rev *r, char out[SC_SHA256_HEX])
{
    sc_sha256_hex(r->src->text, r->src->len, out);
}

/* <schema>.<name>_checksums, quoted; *bare receives the unquoted name. */
static void qname(sc_strbuf *b, const sc_vtable *vt, char **bare)
{
    size_t n = strlen(vt->name) + sizeof "_checksums";
    char *name = malloc(n);
    if (!name)
        abort();
    strcpy(name, vt->name);
    strcat(name, "_checksums");
    if (vt->schema) {
        sc_sb_ident(b, vt->schema);
        sc_sb_putc(b, '.');
    }
    sc_sb_ident(b, name);
    if (bare)
        *bare = name;
    else
        free(name);
}

void sc_sums_create_sql(sc_strbuf *b, const sc_vtable *vt)
{
    sc_sb_puts(b, "CREATE TABLE IF NOT EXISTS ");
    qname(b, vt, NULL);
    sc_sb_puts(b, " (\n    version_num VARCHAR(32) NOT NULL,\n    checksum VARCHAR(64) NOT NULL,\n"
                  "    CONSTRAINT ");
    sc_strbuf pk = SC_STRBUF_INIT;
    sc_sb_printf(&pk, "%s_checksums_pkc", vt->name);
    sc_sb_ident(b, sc_sb_cstr(&pk));
    sc_sb_free(&pk);
    sc_sb_puts(b, " PRIMARY KEY (version_num)\n);\n");
}

void sc_sums_drop_sql(sc_strbuf *b, const sc_vtable *vt)
{
    sc_sb_puts(b, "DROP TABLE IF EXISTS ");
    qname(b, vt, NULL);
    sc_sb_puts(b, ";\n");
}

void sc_sums_clear_sql(sc_strbuf *b, const sc_vtable *vt)
{
    sc_sb_puts(b, "DELETE FROM ");
    qname(b, vt, NULL);
    sc_sb_puts(b, ";\n");
}

void sc_sums_step_sql(sc_strbuf *b, const sc_vtable *vt, const sc_rev *r, bool down)
{
    /* DELETE then INSERT: the same on both engines, and a revision applied
     * again after a downgrade gets its file's checksum of now */
    sc_sb_puts(b, "DELETE FROM ");
    qname(b, vt, NULL);
    sc_sb_puts(b, " WHERE version_num = ");
    sc_sb_literal(b, r->id);
    sc_sb_puts(b, ";\n");
    if (down)
        return;
    char sum[SC_SHA256_HEX];
    sc_rev_checksum(r, sum);
    sc_sb_puts(b, "INSERT INTO ");
    qname(b, vt, NULL);
    sc_sb_puts(b, " (version_num, checksum) VALUES (");
    sc_sb_literal(b, r->id);
    sc_sb_puts(b, ", ");
    sc_sb_literal(b, sum);
    sc_sb_puts(b, ");\n");
}

int sc_sums_read(sc_rconn *c, const sc_graph *g, const sc_vtable *vt, char ***recorded, sc_diags *d)
{
    *recorded = calloc(g->n + 1, sizeof **recorded);
    if (!*recorded)
        abort();
    sc_strbuf q = SC_STRBUF_INIT, t = SC_STRBUF_INIT;
    char *name;
    qname(&t, vt, &name);
    /* Does the table exist? (a database stamped before checksums) */
    if (c->pg) {
        sc_sb_puts(&q, "SELECT coalesce(to_regclass(");
        sc_sb_literal(&q, sc_sb_cstr(&t));
        sc_sb_puts(&q, ")::text, '')");
    } else {
        sc_sb_puts(&q, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ");
        sc_sb_literal(&q, name);
    }
    free(name);
    char **rows = NULL;
    size_t nrows = 0;
    char *msg = NULL;
    int rc = sc_rconn_query(c, sc_sb_cstr(&q), &rows, &nrows, &msg);
    bool exists = rc == 0 && nrows == 1 && rows[0][0];
    sc_rconn_rows_free(rows, nrows);
    rows = NULL;
    nrows = 0;
    if (rc == 0 && exists) {
        q.len = 0;
        sc_sb_printf(&q, "SELECT version_num || ' ' || checksum FROM %s", sc_sb_cstr(&t));
        rc = sc_rconn_query(c, sc_sb_cstr(&q), &rows, &nrows, &msg);
    }
    for (size_t i = 0; rc == 0 && i < nrows; i++) {
        char *sp = strchr(rows[i], ' ');
        if (!sp)
            continue;
        *sp = '\0';
        int r = sc_graph_find(g, rows[i]);
        if (r >= 0 && !(*recorded)[r]) {
            (*recorded)[r] = strdup(sp + 1);
            if (!(*recorded)[r])
                abort();
        }
    }
    sc_rconn_rows_free(rows, nrows);
    if (rc != 0) {
        sc_error(d, SC_ERR_DB, "cannot read the checksums table %s: %s", sc_sb_cstr(&t), msg);
        free(msg);
    }
    sc_sb_free(&q);
    sc_sb_free(&t);
    return rc;
}

void sc_sums_free(const sc_graph *g, char **recorded)
{
    if (!recorded)
        return;
    for (size_t i = 0; i < g->n; i++)
        free(recorded[i]);
    free(recorded);
}

int sc_sums_verify(sc_rconn *c, const sc_graph *g, const sc_vtable *vt, bool strict, sc_diags *d)
{
    char **rec;
    if (sc_sums_read(c, g, vt, &rec, d) != 0) {
        sc_sums_free(g, rec);
        return -1;
    }
    int edited = 0;
    for (size_t k = 0; k < g->n; k++) {
        int i = g->order[k];
        if (!rec[i])
            continue;
        char now[SC_SHA256_HEX];
        sc_rev_checksum(&g->revs[i], now);
        if (!strcmp(now, rec[i]))
            continue;
        edited++;
        sc_diag *dg = sc_diag_add(d, strict ? SC_SEV_ERROR : SC_SEV_WARNING, SC_ERR_INPUT,
                                  (sc_loc){g->revs[i].src, 0, 0},
                                  "revision %s was edited after it was applied (checksum then %.12s, now %.12s)",
                                  g->revs[i].id, rec[i], now);
        sc_diag_hint(dg, "the database ran the file as it was: put the change in a new revision "
                         "(`schemac stamp REV` records the file as it is now)");
    }
    sc_sums_free(g, rec);
    return edited;
}

void sc_stamp_sums_sql(sc_strbuf *b, const sc_graph *g, const sc_vtable *vt, const int *heads, size_t n)
{
    sc_sums_clear_sql(b, vt);
    bool *applied = calloc(g->n + 1, sizeof *applied);
    if (!applied)
        abort();
    sc_graph_ancestors(g, heads, n, applied);
    for (size_t k = 0; k < g->n; k++)
        if (applied[g->order[k]])
            sc_sums_step_sql(b, vt, &g->revs[g->order[k]], false);
    free(applied);
}
