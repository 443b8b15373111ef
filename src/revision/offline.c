/* offline.c - the SQL script of an upgrade or downgrade (see offline.h). */
#include <stdlib.h>
#include <string.h>

#include "revision/offline.h"
#include "db/sqlsplit.h"
#include "revision/sums.h"

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* A revision's parents, "<base>" for none (as Alembic prints it). */
static void put_parents(sc_strbuf *out, const sc_rev *x)
{
    if (!x->nparents)
        sc_sb_puts(out, "<base>");
    for (size_t k = 0; k < x->nparents; k++)
        sc_sb_printf(out, "%s%s", k ? ", " : "", x->parents[k]);
}

/* The starting heads of a FROM spec: base, head, heads or a revision. */
static int start_heads(const sc_graph *g, const char *from, int *heads, size_t *n, sc_diags *d)
{
    *n = 0;
    if (!strcmp(from, "base"))
        return 0;
    if (!strcmp(from, "heads") || !strcmp(from, "head")) {
        *n = sc_graph_heads(g, heads);
        if (!strcmp(from, "head") && *n == 0) {   /* not ambiguous: there is nothing to name */
            sc_error(d, SC_ERR_USAGE, "there are no revisions yet (`schemac revision -m MSG` or `schemac diff -m MSG`)");
            return -1;
        }
        if (!strcmp(from, "head") && *n != 1) {
            sc_error(d, SC_ERR_USAGE, "there are %zu heads: \"head\" is ambiguous (name one, or \"heads\")", *n);
            return -1;
        }
        return 0;
    }
    int r = sc_graph_lookup(g, from, d);
    if (r < 0)
        return -1;
    heads[(*n)++] = r;
    return 0;
}

/* A section as written; a statement marked no-transaction is moved out of
 * the surrounding transaction with COMMIT; ... BEGIN; around it. */
static int put_section(sc_strbuf *out, const sc_rev *r, bool down, bool in_tx, sc_diags *d)
{
    size_t off = down ? r->down_off : r->up_off;
    size_t len = down ? r->down_len : r->up_len;
    const char *text = r->src->text;
    sc_stmts st = {0};
    size_t eoff;
    const char *err;
    if (sc_sql_split(text + off, len, off, &st, &eoff, &err) != 0) {
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){r->src, (uint32_t)eoff, 1},
                    "revision %s: %s", r->id, err);
        sc_stmts_free(&st);
        return -1;
    }
    /* trim blank lines around the section */
    size_t s = off, e = off + len;
    while (s < e && (text[s] == '\n' || text[s] == '\r' || text[s] == ' ' || text[s] == '\t'))
        s++;
    while (e > s && (text[e - 1] == '\n' || text[e - 1] == '\r' || text[e - 1] == ' ' || text[e - 1] == '\t'))
        e--;
    size_t cur = s;
    bool moved = false;
    for (size_t i = 0; i < st.n; i++) {
        if (!st.items[i].no_transaction || !in_tx)
            continue;
        sc_sb_putn(out, text + cur, st.items[i].off - cur);
        sc_sb_puts(out, "COMMIT;\n\n");
        sc_sb_putn(out, text + st.items[i].off, st.items[i].len);
        sc_sb_puts(out, "\n\nBEGIN;\n");
        cur = st.items[i].off + st.items[i].len;
        moved = true;
    }
    while (cur < e && (text[cur] == '\n' || text[cur] == '\r' || text[cur] == ' ' || text[cur] == '\t'))
        cur++;
    if (cur < e) {
        if (moved)
            sc_sb_putc(out, '\n');
        sc_sb_putn(out, text + cur, e - cur);
        sc_sb_puts(out, "\n\n");
    } else if (moved) {
        sc_sb_putc(out, '\n');
    }
    sc_stmts_free(&st);
    return 0;
}

int sc_offline_script(sc_strbuf *out, const sc_graph *g, const char *spec, bool down,
                      const sc_offline_opts *o, sc_diags *d)
{
    const char *colon = strchr(spec, ':');
    if (down && !colon) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_USAGE, (sc_loc){0},
                                  "downgrade --sql needs a range FROM:TO (there is no database to start from)");
        sc_diag_hint(dg, "e.g. `schemac downgrade head:-1 --sql` or `schemac downgrade 3f2a:base --sql`");
        return -1;
    }
    char *from = colon ? strndup(spec, (size_t)(colon - spec)) : strdup("base");
    const char *to = colon ? colon + 1 : spec;
    int *heads = calloc(g->n + 1, sizeof *heads), *removed = calloc(g->n + 1, sizeof *removed),
        *added = calloc(g->n + 1, sizeof *added);
    bool *set = calloc(g->n + 1, sizeof *set);
    if (!from || !heads || !removed || !added || !set)
        abort();
    size_t nheads;
    int rc = start_heads(g, from[0] ? from : "base", heads, &nheads, d);
    if (rc == 0)
        rc = down ? sc_graph_downgrade_set(g, heads, nheads, to, set, d)
                  : sc_graph_upgrade_goal(g, heads, nheads, to, set, d);
    if (rc != 0)
        goto done;
    sc_sb_printf(out, "-- schemac %s %s (%s), generated offline: run it with the database at %s\n\n",
                 down ? "downgrade" : "upgrade", spec, sc_dialect_name(o->dialect),
                 nheads ? from : "base");
    bool one_tx = !o->transaction_per_migration, in_tx = false;
    if (one_tx) {
        sc_sb_puts(out, "BEGIN;\n\n");
        in_tx = true;
    }
    if (!down && nheads == 0) {
        sc_version_create_sql(out, o->vt);
        sc_sb_putc(out, '\n');
    }
    /* the checksums of applied files (sums.h): the database may predate them */
    sc_sums_create_sql(out, o->vt);
    sc_sb_putc(out, '\n');
    int r;
    size_t steps = 0;
    while ((r = sc_graph_next(g, heads, nheads, set, down)) >= 0) {
        const sc_rev *x = &g->revs[r];
        size_t nr, na;
        sc_graph_step(g, heads, &nheads, r, down, removed, &nr, added, &na);
        /* Alembic's "-- Running upgrade A -> B" */
        sc_sb_printf(out, "-- Running %s ", down ? "downgrade" : "upgrade");
        if (down)
            sc_sb_puts(out, x->id);
        else
            put_parents(out, x);
        sc_sb_puts(out, " -> ");
        if (down)
            put_parents(out, x);
        else
            sc_sb_puts(out, x->id);
        sc_sb_printf(out, ", %s\n-- %s\n\n", x->message, base_name(x->src->path));
        if (!one_tx) {
            sc_sb_puts(out, "BEGIN;\n\n");
            in_tx = true;
        }
        if ((rc = put_section(out, x, down, in_tx, d)) != 0)
            goto done;
        const char **rem = calloc(nr + 1, sizeof *rem), **add = calloc(na + 1, sizeof *add);
        if (!rem || !add)
            abort();
        for (size_t i = 0; i < nr; i++)
            rem[i] = g->revs[removed[i]].id;
        for (size_t i = 0; i < na; i++)
            add[i] = g->revs[added[i]].id;
        sc_version_step_sql(out, o->vt, rem, nr, add, na);
        sc_sums_step_sql(out, o->vt, x, down);
        free(rem);
        free(add);
        if (!one_tx) {
            sc_sb_puts(out, "\nCOMMIT;\n\n");
            in_tx = false;
        } else {
            sc_sb_putc(out, '\n');
        }
        steps++;
    }
    if (down && nheads == 0 && steps) {
        sc_version_drop_sql(out, o->vt);
        sc_sums_drop_sql(out, o->vt);
        sc_sb_putc(out, '\n');
    }
    if (one_tx)
        sc_sb_puts(out, "COMMIT;\n\n");
    /* one trailing newline */
    while (out->len >= 2 && out->s[out->len - 1] == '\n' && out->s[out->len - 2] == '\n')
        out->s[--out->len] = '\0';
done:
    free(from);
    free(heads);
    free(removed);
    free(added);
    free(set);
    return rc;
}
