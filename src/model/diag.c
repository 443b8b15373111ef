/* diag.c - collecting and formatting diagnostics. */
#include "model/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/strbuf.h"

static char *vfmt(const char *fmt, va_list ap)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_vprintf(&b, fmt, ap);
    return sc_sb_take(&b);
}

void sc_diags_init(sc_diags *d)
{
    memset(d, 0, sizeof *d);
}

struct sc_kept_src {
    struct sc_kept_src *next;
    sc_src src;
};

void sc_diags_keep_src(sc_diags *d, const sc_src *src)
{
    struct sc_kept_src *k = NULL;
    for (size_t i = 0; i < d->n; i++) {
        if (d->items[i].loc.src != src)
            continue;
        if (!k) {
            size_t lp = strlen(src->path) + 1;
            k = malloc(sizeof *k + lp + src->len + 1);
            if (!k)
                abort();
            char *p = (char *)(k + 1);
            memcpy(p, src->path, lp);
            memcpy(p + lp, src->text, src->len);
            p[lp + src->len] = '\0';
            k->src.path = p;
            k->src.text = p + lp;
            k->src.len = src->len;
            k->next = d->kept;
            d->kept = k;
        }
        d->items[i].loc.src = &k->src;
    }
}

void sc_diags_free(sc_diags *d)
{
    while (d->kept) {
        struct sc_kept_src *k = d->kept;
        d->kept = k->next;
        free(k);
    }
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].msg);
        free(d->items[i].hint);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

void sc_diags_move(sc_diags *dst, sc_diags *src)
{
    for (size_t i = 0; i < src->n; i++) {
        sc_diag *from = &src->items[i];
        sc_diag *to = sc_diag_add(dst, from->sev, from->kind, from->loc, "%s", "");
        free(to->msg);
        to->msg = from->msg;
        to->hint = from->hint;
        from->msg = from->hint = NULL;
    }
    /* the copies of sources they point at now belong to dst */
    struct sc_kept_src **tail = &dst->kept;
    while (*tail)
        tail = &(*tail)->next;
    *tail = src->kept;
    src->kept = NULL;
    sc_diags_free(src);
}

static sc_diag *vadd(sc_diags *d, sc_severity sev, sc_errkind kind, sc_loc loc,
                     const char *fmt, va_list ap)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        sc_diag *items = realloc(d->items, d->cap * sizeof *items);
        if (!items)
            abort();
        d->items = items;
    }
    sc_diag *dg = &d->items[d->n++];
    dg->sev = sev;
    dg->kind = kind;
    dg->loc = loc;
    dg->msg = vfmt(fmt, ap);
    dg->hint = NULL;
    if (sev == SC_SEV_ERROR) {
        if (d->nerrors++ == 0)
            d->first_kind = kind;
    }
    return dg;
}

sc_diag *sc_diag_add(sc_diags *d, sc_severity sev, sc_errkind kind, sc_loc loc,
                     const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sc_diag *dg = vadd(d, sev, kind, loc, fmt, ap);
    va_end(ap);
    return dg;
}

void sc_error(sc_diags *d, sc_errkind kind, const char *fmt, ...)
{
    sc_loc none = {0};
    va_list ap;
    va_start(ap, fmt);
    vadd(d, SC_SEV_ERROR, kind, none, fmt, ap);
    va_end(ap);
}

void sc_warn(sc_diags *d, const char *fmt, ...)
{
    sc_loc none = {0};
    va_list ap;
    va_start(ap, fmt);
    vadd(d, SC_SEV_WARNING, SC_ERR_NONE, none, fmt, ap);
    va_end(ap);
}

void sc_diag_hint(sc_diag *dg, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    free(dg->hint);
    dg->hint = vfmt(fmt, ap);
    va_end(ap);
}

bool sc_diags_failed(const sc_diags *d)
{
    return d->nerrors > 0;
}

void sc_loc_linecol(const sc_src *src, uint32_t off, int *line, int *col)
{
    int l = 1, c = 1;
    if (off > src->len)
        off = (uint32_t)src->len;
    for (uint32_t i = 0; i < off; i++) {
        if (src->text[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}

size_t sc_levenshtein(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t *row = malloc((lb + 1) * sizeof *row);
    if (!row)
        abort();
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t prev = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cur = row[j];
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t v = prev + cost;
            if (row[j] + 1 < v)
                v = row[j] + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            prev = cur;
        }
    }
    size_t r = row[lb];
    free(row);
    return r;
}
