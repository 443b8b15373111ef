/* diff_partition_bounds.c - the partitions of a partitioned table in the
 * order PostgreSQL keeps them (PartitionDesc), in which it copies an index
 * of the partitioned table onto them, so in which their copies take names
 * (diff_partition_copies.c; parts5, parts6).
 *
 * Text key values are ordered by the key column's collation (parts6): as
 * the server sorted them when one is at hand (sc_model.text_order, filled
 * by pipeline/bound_order.c), by their bytes when the collation is C or
 * POSIX; otherwise by their bytes too, with a warning that the names
 * foreseen may differ. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/partition_key.h"
#include "model/strmap.h"

/* ---- bound order (PartitionDesc): range by lower bound, list by least
 * value, hash by modulus then remainder, a NULL-only list partition after
 * those, DEFAULT last; values compared as the key column's type orders
 * them (parts5): numbers as numbers, text as its collation orders it
 * (parts6), inet and cidr by address,
 * timestamptz by instant; dates, timestamps, uuids and booleans as their
 * ISO text (which orders as they do); a key expression's values as numbers
 * when both are, else as text. A range bound's values one key column after
 * another. */

typedef enum { K_GUESS, K_NUM, K_TEXT, K_INET, K_TSTZ } kclass;

#define MAXKEY 32

/* A partition key's columns: each one's class, and a text column's
 * collation (NULL: the database's default). */
typedef struct pkey {
    kclass k[MAXKEY];
    const char *coll[MAXKEY];
    bool unsure[MAXKEY];   /* parts7: an expression of a type no server said, an operator class not foreseen */
} pkey;

/* What comparing needs: the side (its server's text order), the key, and
 * whether text was ordered by its bytes for want of the server's. */
typedef struct ord {
    const sc_model *m;
    const pkey *pk;
    sc_keybuf kb;
    bool bytes;
    bool unsure;   /* parts7: text of a key whose order is not known was ordered by its bytes */
} ord;

typedef struct bval {
    int cls;            /* 0 MINVALUE, 1 a value, 2 MAXVALUE */
    const char *v;      /* the value's text, unquoted */
} bval;

typedef struct bkey {
    int cls;            /* 0 MINVALUE, 1 a value, 2 MAXVALUE / NULL only, 3 DEFAULT */
    bval vals[MAXKEY];
    int nvals;
    double mod, rem;    /* hash */
    bool hash;
    const struct pkey *pk;   /* the key columns' classes (the parent's) */
} bkey;

static const char *value_at(sc_arena *a, const char *p, const char **end)
{
    while (*p == ' ' || *p == '(' || *p == ',')
        p++;
    const char *q = p;
    if (*p == '\'') {
        q = ++p;
        while (*q && !(*q == '\'' && q[1] != '\''))
            q += *q == '\'' ? 2 : 1;
        *end = *q ? q + 1 : q;
        return sc_arena_printf(a, "%.*s", (int)(q - p), p);
    }
    while (*q && *q != ',' && *q != ')')
        q++;
    *end = q;
    while (q > p && q[-1] == ' ')
        q--;
    return sc_arena_printf(a, "%.*s", (int)(q - p), p);
}

static int guess_cmp(const char *x, const char *y)
{
    char *ex, *ey;
    double dx = strtod(x, &ex), dy = strtod(y, &ey);
    if (*x && *y && !*ex && !*ey)
        return dx < dy ? -1 : dx > dy;
    return strcmp(x, y);
}

/* An IPv4 or IPv6 address (with an optional /bits) as 17 bytes: the family
 * first (PostgreSQL orders IPv4 before IPv6), then the address, then the
 * mask length. false when it does not read as one. */
static bool inet_bytes(const char *s, unsigned char out[18])
{
    memset(out, 0, 18);
    char buf[64];
    size_t n = strcspn(s, "/");
    if (n >= sizeof buf)
        return false;
    memcpy(buf, s, n);
    buf[n] = 0;
    int bits = s[n] == '/' ? atoi(s + n + 1) : -1;
    if (!strchr(buf, ':')) {
        unsigned v[4];
        char tail;
        if (sscanf(buf, "%u.%u.%u.%u%c", &v[0], &v[1], &v[2], &v[3], &tail) != 4)
            return false;
        out[0] = 4;
        for (int i = 0; i < 4; i++)
            out[1 + i] = (unsigned char)v[i];
        out[17] = (unsigned char)(bits < 0 ? 32 : bits);
        return true;
    }
    /* IPv6: groups before and after "::" */
    unsigned short g[8] = {0};
    int ng = 0, gap = -1;
    const char *p = buf;
    if (p[0] == ':' && p[1] == ':') {
        gap = 0;
        p += 2;
    }
    while (*p && ng < 8) {
        char *e;
        unsigned long x = strtoul(p, &e, 16);
        if (e == p || x > 0xffff)
            return false;
        g[ng++] = (unsigned short)x;
        p = e;
        if (*p == ':' && p[1] == ':' && gap < 0) {
            gap = ng;
            p += 2;
        } else if (*p == ':')
            p++;
        else if (*p)
            return false;   /* an embedded IPv4 tail: not foreseen */
    }
    unsigned short full[8] = {0};
    int lead = gap < 0 ? ng : gap, trail = gap < 0 ? 0 : ng - gap;
    for (int i = 0; i < lead; i++)
        full[i] = g[i];
    for (int i = 0; i < trail; i++)
        full[8 - trail + i] = g[gap + i];
    out[0] = 6;
    for (int i = 0; i < 8; i++) {
        out[1 + 2 * i] = (unsigned char)(full[i] >> 8);
        out[2 + 2 * i] = (unsigned char)full[i];
    }
    out[17] = (unsigned char)(bits < 0 ? 128 : bits);
    return true;
}

/* A timestamptz as PostgreSQL writes it ("2020-01-01 05:00:00+05:30"):
 * seconds since an epoch, the offset taken off. false when it does not
 * read as one. */
static bool tstz_seconds(const char *s, double *out)
{
    int y, mo, d, h = 0, mi = 0, n = 0;
    double sec = 0;
    if (sscanf(s, "%d-%d-%d%n", &y, &mo, &d, &n) != 3)
        return false;
    const char *p = s + n;
    int k = 0;
    if (*p == ' ' || *p == 'T') {
        if (sscanf(p + 1, "%d:%d:%lf%n", &h, &mi, &sec, &k) != 3)
            return false;
        p += 1 + k;
    }
    int sign = 0, oh = 0, om = 0, os = 0;
    if (*p == '+' || *p == '-') {
        sign = *p == '-' ? -1 : 1;
        sscanf(p + 1, "%d:%d:%d", &oh, &om, &os);
    }
    /* days from civil (proleptic Gregorian) */
    int yy = y - (mo <= 2);
    int era = (yy >= 0 ? yy : yy - 399) / 400;
    int yoe = yy - era * 400;
    int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    double days = (double)era * 146097 + doe;
    *out = days * 86400 + h * 3600 + mi * 60 + sec - sign * (oh * 3600 + om * 60 + os);
    return true;
}

static bool bytes_collation(const char *coll)
{
    return coll && (!strcmp(coll, "C") || !strcmp(coll, "POSIX") || !strcmp(coll, "pg_catalog.\"C\"") ||
                    !strcmp(coll, "pg_catalog.\"POSIX\""));
}

static uintptr_t rank(ord *o, const char *coll, const char *v)
{
    if (!o->m->text_order)
        return 0;
    return (uintptr_t)sc_strmap_get(o->m->text_order, sc_keybuf_printf(&o->kb, "%s\x1f%s", coll ? coll : "", v));
}

/* Text as collation coll orders it: the server's ranks, else bytes. */
static int text_cmp(ord *o, const char *coll, const char *x, const char *y)
{
    if (!bytes_collation(coll)) {
        uintptr_t rx = rank(o, coll, x), ry = rank(o, coll, y);
        if (rx && ry && rx != ry)
            return rx < ry ? -1 : 1;
        o->bytes |= !rx || !ry;
    }
    return strcmp(x, y);
}

static int val_cmp(ord *o, int col, const char *x, const char *y)
{
    if (o->pk->unsure[col] && (o->pk->k[col] == K_TEXT || o->pk->k[col] == K_GUESS)) {
        char *ex, *ey;
        strtod(x, &ex);
        strtod(y, &ey);
        if (o->pk->k[col] == K_TEXT || !*x || !*y || *ex || *ey)
            o->unsure = true;   /* text by its bytes, said below */
        return o->pk->k[col] == K_TEXT ? strcmp(x, y) : guess_cmp(x, y);
    }
    switch (o->pk->k[col]) {
    case K_NUM: {
        double dx = strtod(x, NULL), dy = strtod(y, NULL);
        return dx < dy ? -1 : dx > dy;
    }
    case K_TEXT:
        return text_cmp(o, o->pk->coll[col], x, y);
    case K_INET: {
        unsigned char bx[18], by[18];
        if (inet_bytes(x, bx) && inet_bytes(y, by))
            return memcmp(bx, by, sizeof bx);
        return strcmp(x, y);
    }
    case K_TSTZ: {
        double sx, sy;
        if (tstz_seconds(x, &sx) && tstz_seconds(y, &sy))
            return sx < sy ? -1 : sx > sy;
        return strcmp(x, y);
    }
    default:
        return guess_cmp(x, y);
    }
}

/* text, varchar and char sort by a collation; the ISO texts of dates and
 * the like by their bytes (which is how their values order) */
static bool collatable(const char *type)
{
    return !strcmp(type, "text") || !strcmp(type, "character varying") || !strcmp(type, "character");
}

static kclass type_class(const char *type)
{
    static const char *const nums[] = {"smallint", "integer", "bigint", "numeric", "real", "double precision"};
    static const char *const texts[] = {"text", "character varying", "character", "date", "uuid", "boolean",
                                        "timestamp without time zone", "time without time zone"};
    for (size_t j = 0; j < sizeof nums / sizeof *nums; j++)
        if (!strcmp(type, nums[j]))
            return K_NUM;
    for (size_t j = 0; j < sizeof texts / sizeof *texts; j++)
        if (!strcmp(type, texts[j]))
            return K_TEXT;
    if (!strcmp(type, "inet") || !strcmp(type, "cidr"))
        return K_INET;
    if (!strcmp(type, "timestamp with time zone"))
        return K_TSTZ;
    return K_GUESS;
}

/* The class and collation of each element of a partition key ("RANGE (a,
 * lower(b))"): a column's from the model, COLLATE's over it (parts7); an
 * expression's as the server said (m->key_types, parts7), else a guess
 * that warns when it orders text; an operator class of text_pattern_ops's
 * kind orders text by its bytes, another one warns. */
static void key_classes(const sc_model *m, const sc_table *t, pkey *pk, sc_arena *a)
{
    for (int i = 0; i < MAXKEY; i++) {
        pk->k[i] = K_GUESS;
        pk->coll[i] = NULL;
        pk->unsure[i] = false;
    }
    sc_pkey_elem e[SC_PKEY_MAX];   /* its texts in a, which outlives pk */
    size_t n = sc_partition_key_elems(a, t->partition_key, e);
    for (size_t i = 0; i < n && i < MAXKEY; i++) {
        const char *type = NULL, *coll = NULL;
        if (e[i].column) {
            const sc_column *c = sc_table_column_inherited(m, t, e[i].column);
            if (!c || c->type.array_dims)
                continue;
            type = c->type.name;
            coll = e[i].collation ? e[i].collation : sc_column_collation(c);
        } else {
            sc_keybuf kb = {0};
            const char *said = m->key_types ? sc_strmap_get(m->key_types,
                                                            sc_keybuf_printf(&kb, "%s\x1f%s\x1f%zu",
                                                                             t->schema ? t->schema : SC_DEFAULT_SCHEMA,
                                                                             t->name, i))
                                            : NULL;
            sc_keybuf_free(&kb);
            if (!said) {
                pk->unsure[i] = true;
                continue;
            }
            const char *sep = strchr(said, '\x1f');
            type = sc_arena_printf(a, "%.*s", (int)(sep - said), said);
            coll = sep[1] ? sep + 1 : NULL;
        }
        pk->k[i] = type_class(type);
        if (pk->k[i] == K_TEXT && collatable(type))
            pk->coll[i] = coll;
        if (e[i].opclass && sc_pkey_opclass_bytes(e[i].opclass))
            pk->coll[i] = "C";
        else if (e[i].opclass)
            pk->unsure[i] = true;
    }
}

static bkey bound_key(sc_arena *a, ord *o, const char *bound)
{
    bkey k = {.cls = 3, .pk = o->pk};
    if (!bound || !strncmp(bound, "DEFAULT", 7))
        return k;
    const char *p;
    if ((p = strstr(bound, "modulus")) || (p = strstr(bound, "MODULUS"))) {
        k.hash = true;
        k.cls = 1;
        k.mod = strtod(p + 7, NULL);
        const char *r = strstr(bound, "remainder");
        r = r ? r : strstr(bound, "REMAINDER");
        k.rem = r ? strtod(r + 9, NULL) : 0;
        return k;
    }
    if ((p = strstr(bound, "FROM ("))) {   /* each value of the lower bound */
        const char *q = p + 5, *end;
        while (*q && *q != ')' && k.nvals < MAXKEY) {
            const char *v = value_at(a, q, &end);
            if (end == q)
                break;
            q = end;
            k.vals[k.nvals++] = (bval){!strcmp(v, "MINVALUE") ? 0 : !strcmp(v, "MAXVALUE") ? 2 : 1, v};
            while (*q == ' ')
                q++;
        }
        k.cls = k.nvals ? k.vals[0].cls : 1;
        return k;
    }
    if ((p = strstr(bound, "IN ("))) {   /* the least non-NULL value */
        const char *q = p + 3, *end;
        k.cls = 2;
        while (*q && *q != ')') {
            const char *v = value_at(a, q, &end);
            if (end == q)
                break;
            q = end;
            if (!strcmp(v, "NULL"))
                continue;
            if (k.cls == 2 || val_cmp(o, 0, v, k.vals[0].v) < 0)
                k.vals[0] = (bval){1, v};
            k.nvals = 1;
            k.cls = 1;
        }
    }
    return k;
}

typedef struct kid {
    const sc_table *t;
    bkey k;
} kid;

static int kid_cmp(ord *o, const kid *x, const kid *y)
{
    if (x->k.cls != y->k.cls)
        return x->k.cls < y->k.cls ? -1 : 1;
    if (x->k.hash && y->k.hash) {
        if (x->k.mod != y->k.mod)
            return x->k.mod < y->k.mod ? -1 : 1;
        if (x->k.rem != y->k.rem)
            return x->k.rem < y->k.rem ? -1 : 1;
    }
    if (x->k.cls == 1 && !x->k.hash)
        for (int i = 0; i < x->k.nvals && i < y->k.nvals; i++) {
            const bval *vx = &x->k.vals[i], *vy = &y->k.vals[i];
            if (vx->cls != vy->cls)
                return vx->cls < vy->cls ? -1 : 1;
            int r = vx->cls == 1 ? val_cmp(o, i, vx->v, vy->v) : 0;
            if (r)
                return r;
        }
    return strcmp(x->t->name, y->t->name);
}


/* A merge sort: qsort's comparator has no room for the side's text order. */
static void merge_sort(ord *o, kid *v, kid *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    merge_sort(o, v, tmp, h);
    merge_sort(o, v + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = kid_cmp(o, &v[j], &v[i]) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

void sc_pg_sort_partitions(sc_dctx *c, const sc_model *m, const sc_table *parent, const sc_table **parts, size_t n)
{
    pkey pk;
    key_classes(m, parent ? parent : parts[0], &pk, c->tmp);
    if (!parent)
        for (int i = 0; i < MAXKEY; i++) {
            pk.k[i] = K_GUESS;
            pk.unsure[i] = false;
        }
    ord o = {.m = m, .pk = &pk};
    kid *arr = malloc(2 * n * sizeof *arr);
    if (!arr)
        abort();
    for (size_t j = 0; j < n; j++)
        arr[j] = (kid){parts[j], bound_key(c->tmp, &o, parts[j]->partition_bound)};
    merge_sort(&o, arr, arr + n, n);
    for (size_t j = 0; j < n; j++)
        parts[j] = arr[j].t;
    free(arr);
    sc_keybuf_free(&o.kb);
    if ((o.bytes || o.unsure) && c->d && !c->pg_bytes_warned) {
        c->pg_bytes_warned = true;
        sc_warn(c->d, "the partitions of %s are ordered by the bytes of their text bounds (%s): the names foreseen "
                      "for their copies of its indexes may differ from PostgreSQL's",
                parent ? parent->name : parts[0]->parent_name,
                o.unsure ? "the type and collation of its key expression, or the order of its operator class, "
                           "are not known here"
                         : "no database at hand to sort them by their collation");
    }
}

void sc_partition_text_bounds(const sc_model *m, void (*each)(const char *collation, const char *value, void *arg),
                              void *arg)
{
    sc_arena *a = sc_arena_new();
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = m->tables.items[i];
        const sc_table *p = t->parent_name ? sc_model_table(m, t->parent_schema ? t->parent_schema : SC_DEFAULT_SCHEMA,
                                                            t->parent_name)
                                           : NULL;
        if (!p)
            continue;
        pkey pk;
        key_classes(m, p, &pk, a);
        ord o = {.m = m, .pk = &pk};
        const char *in = t->partition_bound ? strstr(t->partition_bound, "IN (") : NULL;
        if (in) {   /* a list's every value: which is least is the collation's to say */
            const char *q = in + 3, *end;
            for (const char *v; *q && *q != ')'; q = end)
                if ((v = value_at(a, q, &end)), end == q)
                    break;
                else if (pk.k[0] == K_TEXT && !bytes_collation(pk.coll[0]) && strcmp(v, "NULL"))
                    each(pk.coll[0], v, arg);
            continue;
        }
        bkey k = bound_key(a, &o, t->partition_bound);
        for (int j = 0; k.cls != 3 && !k.hash && j < k.nvals; j++)
            if (k.vals[j].cls == 1 && pk.k[j] == K_TEXT && !bytes_collation(pk.coll[j]))
                each(pk.coll[j], k.vals[j].v, arg);
        sc_keybuf_free(&o.kb);
    }
    sc_arena_free(a);
}
