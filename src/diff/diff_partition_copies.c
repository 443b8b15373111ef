/* diff_partition_copies.c - the names of every partition's copies of its
 * ancestors' keys, foreign keys and indexes in one side's model, as
 * PostgreSQL gives them when `compile` builds that side (parts4, issue 12).
 *
 * The copies are not in the model (inspect leaves them out, as its
 * parent's), but they take names in the schema: two partitions whose copies
 * would have the same name (m_1's copy of an index on x_y and m_1_x's of one
 * on y are both m_1_x_y_idx; two long partition names cut alike) get
 * numbered ones, the later the next free number. So the names are chosen
 * for the whole side at once, in the order PostgreSQL makes them on the
 * script `compile` writes (src/emit/ddl.c):
 *   1. tables in creation order (the tables a foreign key references and
 *      the parents first, the model's order otherwise): CREATE TABLE ...
 *      PARTITION OF copies its parent's keys (the parent's copies of its own
 *      ancestors' first, by OID) and foreign keys;
 *   2. a partitioned table's foreign key whose name a partition's own
 *      constraint has, added after the tables (sc_partition_fk_late):
 *      copied onto the partitions in the order of their bounds;
 *   3. indexes, the deepest partitions' first: an index of a partitioned
 *      table is copied onto each partition in the order of their bounds
 *      (PartitionDesc), and onto theirs in turn.
 * Names: ChooseIndexName (part_pkey, part_cols_key, part_cols_excl,
 * part_cols_idx, numbered while taken: sc_pg_choose_name); a foreign key
 * keeps its name unless the partition has a constraint of that name, then
 * ChooseConstraintName (part_cols_fkey, numbered while a constraint of the
 * schema has it: tests/cases/pg_partition_fk_copy_name).
 *
 * parts5: a partition's own index that matches its parent's is taken by
 * the parent's CREATE INDEX (attached, under its own name: no copy made);
 * bounds are ordered as the key column's type orders them; a partition read
 * from the catalog has its copies' names as made (a live database built by
 * a history of migrations), which are used instead. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

typedef struct copies_sim {
    sc_dctx *c;
    const sc_model *m;
    sc_strmap *map;      /* "schema\x1fpart\x1f[ki]src" -> name */
    sc_strmap *chosen;   /* names chosen for copies so far */
    sc_strmap *kids;     /* "schema\x1fname" -> sc_vec* of its partitions, in bound order */
    sc_strmap *kclasses; /* "schema\x1fname" -> its partition key's kclass[MAXKEY] (parts5) */
    sc_strmap *adopted;  /* "schema\x1fpart\x1findex": a partition's own index taken as a copy (parts5) */
    sc_strmap *state;    /* "schema\x1fname" -> 1 visiting, 2 placed */
    sc_vec order;        /* tables in creation order */
    sc_keybuf k;
} copies_sim;

static const char *tkey(sc_keybuf *k, const char *schema, const char *name)
{
    return sc_keybuf_printf(k, "%s\x1f%s", schema ? schema : SC_DEFAULT_SCHEMA, name);
}

static void record(copies_sim *s, const sc_table *part, const char *src, bool index, const char *name)
{
    const char *key = sc_keybuf_printf(&s->k, "%s\x1f%s\x1f%c%s", part->schema ? part->schema : SC_DEFAULT_SCHEMA,
                                       part->name, index ? 'i' : 'k', src);
    if (!sc_strmap_has(s->map, key))
        sc_strmap_put(s->map, key, (void *)name);
}

/* ---- the names of the columns (ChooseIndexColumnNames, ChooseIndexNameAddition) */

const char *sc_pg_cols_addition(sc_arena *a, const sc_names *cols, const sc_index *ix)
{
    size_t n = cols ? cols->n : ix ? ix->nelems + ix->include.n : 0;
    const char **names = calloc(n + 1, sizeof *names);
    if (!names)
        abort();
    sc_strbuf b = SC_STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        const char *orig;
        if (cols)
            orig = cols->items[i];
        else if (i < ix->nelems)
            orig = ix->elems[i].column ? ix->elems[i].column : sc_pg_index_colname(a, ix->elems[i].expr);
        else
            orig = ix->include.items[i - ix->nelems];
        /* a name that a previous column has is numbered (lower, lower1) */
        const char *cur = orig;
        for (int k = 1;; k++) {
            bool dup = false;
            for (size_t j = 0; j < i && !dup; j++)
                dup = !strcmp(names[j], cur);
            if (!dup)
                break;
            cur = sc_arena_printf(a, "%s%d", orig, k);
        }
        names[i] = cur;
        if (i)
            sc_sb_putc(&b, '_');
        sc_sb_puts(&b, cur);
        if (strlen(sc_sb_cstr(&b)) >= SC_PG_NAMEDATALEN)
            break;   /* as ChooseIndexNameAddition: makeObjectName cuts it */
    }
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    free(names);
    return r;
}

/* ---- bound order (PartitionDesc): range by lower bound, list by least
 * value, hash by modulus then remainder, a NULL-only list partition after
 * those, DEFAULT last; values compared as the key column's type orders
 * them (parts5): numbers as numbers, text as text (the C collation's byte
 * order: another collation's is not foreseen), inet and cidr by address,
 * timestamptz by instant; dates, timestamps, uuids and booleans as their
 * ISO text (which orders as they do); a key expression's values as numbers
 * when both are, else as text. A range bound's values one key column after
 * another. */

typedef enum { K_GUESS, K_NUM, K_TEXT, K_INET, K_TSTZ } kclass;

#define MAXKEY 32

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
    const kclass *kc;   /* the key columns' classes (the parent's) */
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

static int val_cmp(kclass k, const char *x, const char *y)
{
    switch (k) {
    case K_NUM: {
        double dx = strtod(x, NULL), dy = strtod(y, NULL);
        return dx < dy ? -1 : dx > dy;
    }
    case K_TEXT:
        return strcmp(x, y);
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

/* The class of each column of a partition key ("RANGE (a, lower(b))"). */
static void key_classes(const sc_model *m, const sc_table *t, kclass out[MAXKEY])
{
    for (int i = 0; i < MAXKEY; i++)
        out[i] = K_GUESS;
    const char *p = t->partition_key ? strchr(t->partition_key, '(') : NULL;
    for (int i = 0; p && *p && i < MAXKEY; i++) {
        const char *start = ++p;
        int depth = 0;
        while (*p && !(depth == 0 && (*p == ',' || *p == ')'))) {
            depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
            p++;
        }
        while (*start == ' ')
            start++;
        size_t n = (size_t)(p - start);
        while (n && start[n - 1] == ' ')
            n--;
        char name[128];
        bool quoted = n >= 2 && start[0] == '"' && start[n - 1] == '"';
        if (quoted) {
            start++;
            n -= 2;
        }
        if (n >= sizeof name || memchr(start, '(', n) || memchr(start, ' ', n))
            goto next;   /* an expression (or a column with a collation or opclass) */
        memcpy(name, start, n);
        name[n] = 0;
        if (!quoted)
            for (char *c = name; *c; c++)
                *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        const sc_column *c = sc_table_column_inherited(m, t, name);
        if (!c || c->type.array_dims)
            goto next;
        static const char *const nums[] = {"smallint", "integer", "bigint", "numeric", "real", "double precision"};
        static const char *const texts[] = {"text", "character varying", "character", "date", "uuid", "boolean",
                                            "timestamp without time zone", "time without time zone"};
        for (size_t j = 0; j < sizeof nums / sizeof *nums; j++)
            if (!strcmp(c->type.name, nums[j]))
                out[i] = K_NUM;
        for (size_t j = 0; j < sizeof texts / sizeof *texts; j++)
            if (!strcmp(c->type.name, texts[j]))
                out[i] = K_TEXT;
        if (!strcmp(c->type.name, "inet") || !strcmp(c->type.name, "cidr"))
            out[i] = K_INET;
        if (!strcmp(c->type.name, "timestamp with time zone"))
            out[i] = K_TSTZ;
    next:
        if (*p != ',')
            break;
    }
}

static bkey bound_key(sc_arena *a, const char *bound, const kclass *kc)
{
    bkey k = {.cls = 3, .kc = kc};
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
            if (k.cls == 2 || val_cmp(kc[0], v, k.vals[0].v) < 0)
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

static int kid_cmp(const void *xa, const void *ya)
{
    const kid *x = xa, *y = ya;
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
            int r = vx->cls == 1 ? val_cmp(x->k.kc[i], vx->v, vy->v) : 0;
            if (r)
                return r;
        }
    return strcmp(x->t->name, y->t->name);
}

/* The key column classes of t's partitioned table, computed once for it. */
static const kclass *key_classes_of(copies_sim *s, const sc_table *t)
{
    const char *key = tkey(&s->k, t->parent_schema, t->parent_name);
    kclass *kc = sc_strmap_get(s->kclasses, key);
    if (kc)
        return kc;
    kc = sc_arena_alloc(s->c->tmp, MAXKEY * sizeof *kc);
    sc_strmap_put(s->kclasses, key, kc);
    const sc_table *p = sc_model_table(s->m, t->parent_schema ? t->parent_schema : SC_DEFAULT_SCHEMA, t->parent_name);
    if (p)
        key_classes(s->m, p, kc);
    else
        for (int i = 0; i < MAXKEY; i++)
            kc[i] = K_GUESS;
    return kc;
}

/* Each partitioned table's partitions, sorted by bound once. */
static void build_kids(copies_sim *s)
{
    s->kids = sc_strmap_new();
    s->kclasses = sc_strmap_new();
    sc_vec all = {0};
    for (size_t i = 0; i < s->m->tables.n; i++) {
        const sc_table *t = s->m->tables.items[i];
        if (!t->parent_name)
            continue;
        const char *key = tkey(&s->k, t->parent_schema, t->parent_name);
        sc_vec *v = sc_strmap_get(s->kids, key);
        if (!v) {
            v = sc_arena_alloc(s->c->tmp, sizeof *v);
            memset(v, 0, sizeof *v);
            sc_strmap_put(s->kids, key, v);
            sc_vec_push(s->c->tmp, &all, v);
        }
        kid *k = sc_arena_alloc(s->c->tmp, sizeof *k);
        *k = (kid){t, bound_key(s->c->tmp, t->partition_bound, key_classes_of(s, t))};
        sc_vec_push(s->c->tmp, v, k);
    }
    for (size_t i = 0; i < all.n; i++) {
        sc_vec *v = all.items[i];
        kid *arr = malloc(v->n * sizeof *arr);
        if (!arr)
            abort();
        for (size_t j = 0; j < v->n; j++)
            arr[j] = *(const kid *)v->items[j];
        qsort(arr, v->n, sizeof *arr, kid_cmp);
        for (size_t j = 0; j < v->n; j++)
            v->items[j] = (void *)arr[j].t;
        free(arr);
    }
}

/* ---- 1. tables in creation order, and the keys and FKs copied then */

static void visit(copies_sim *s, const sc_table *t, int depth);

static void visit_parent(const char *schema, const char *name, void *arg)
{
    copies_sim *s = arg;
    const sc_table *p = sc_model_table(s->m, schema, name);
    if (p)
        visit(s, p, 1);
}

static void visit(copies_sim *s, const sc_table *t, int depth)
{
    const char *key = tkey(&s->k, t->schema, t->name);
    if (sc_strmap_has(s->state, key) || depth > 64)
        return;
    sc_strmap_put(s->state, sc_arena_strdup(s->c->tmp, key), (void *)1);
    for (size_t i = 0; i < t->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(t->constraints, i, sc_constraint);
        if (k->kind != SC_CON_FOREIGN_KEY)
            continue;
        const sc_table *r = sc_model_table(s->m, k->ref_schema ? k->ref_schema : SC_DEFAULT_SCHEMA,
                                           k->ref_table ? k->ref_table : "");
        if (r && r != t)
            visit(s, r, depth + 1);
    }
    sc_table_each_parent(t, visit_parent, s);
    sc_vec_push(s->c->tmp, &s->order, (void *)t);
}

static bool has_own_constraint(const sc_table *t, const char *name)
{
    for (size_t i = 0; i < t->constraints.n; i++)
        if (!strcmp(SC_VEC_AT(t->constraints, i, sc_constraint)->name, name))
            return true;
    return false;
}

static void copy_keys_of(copies_sim *s, const sc_table *part, const sc_table *anc)
{
    sc_arena *a = s->c->a;
    for (size_t i = 0; i < anc->constraints.n; i++) {
        const sc_constraint *k = SC_VEC_AT(anc->constraints, i, sc_constraint);
        const char *name = NULL;
        if (k->kind == SC_CON_PRIMARY_KEY)
            name = sc_pg_choose_name(s->c, s->m, part->schema, part->name, NULL, "pkey", true, s->chosen);
        else if (k->kind == SC_CON_UNIQUE)
            name = sc_pg_choose_name(s->c, s->m, part->schema, part->name, sc_pg_cols_addition(a, &k->columns, NULL),
                                     "key", true, s->chosen);
        else if (k->kind == SC_CON_EXCLUDE)
            name = sc_pg_choose_name(s->c, s->m, part->schema, part->name,
                                     sc_pg_cols_addition(a, NULL, sc_constraint_exclusion(k)), "excl", true, s->chosen);
        else if (k->kind == SC_CON_FOREIGN_KEY && !sc_partition_fk_late(s->m, anc, k))
            name = !has_own_constraint(part, k->name)
                       ? k->name
                       : sc_pg_choose_con_name(s->c, s->m, part->schema, part->name,
                                               sc_pg_cols_addition(a, &k->columns, NULL), "fkey", s->chosen);
        if (name)
            record(s, part, k->name, false, name);
    }
}

/* A partition's copies of its ancestors' keys and FKs, the farthest
 * ancestor's first (its parent's index list holds the parent's copies of
 * them before its own keys). */
static void copy_keys(copies_sim *s, const sc_table *part)
{
    const sc_table *chain[64];
    int n = 0;
    for (const sc_table *p = part; p->parent_name && n < 64;) {
        p = sc_model_table(s->m, p->parent_schema, p->parent_name);
        if (!p)
            break;
        chain[n++] = p;
    }
    while (n-- > 0)
        copy_keys_of(s, part, chain[n]);
}

/* A foreign key added once the partitions exist (sc_partition_fk_late):
 * ALTER TABLE t ADD CONSTRAINT copies it onto each partition in the order
 * of their bounds, under its name unless the partition has a constraint of
 * that name (then part_cols_fkey, ChooseConstraintName), and onto theirs. */
static void copy_fk_late(copies_sim *s, const sc_table *t, const sc_constraint *k, int depth)
{
    const sc_vec *v = sc_strmap_get(s->kids, tkey(&s->k, t->schema, t->name));
    for (size_t i = 0; v && i < v->n && depth < 64; i++) {
        const sc_table *part = v->items[i];
        const char *name = !has_own_constraint(part, k->name)
                               ? k->name
                               : sc_pg_choose_con_name(s->c, s->m, part->schema, part->name,
                                                       sc_pg_cols_addition(s->c->a, &k->columns, NULL), "fkey",
                                                       s->chosen);
        record(s, part, k->name, false, name);
        if (part->partition_key)
            copy_fk_late(s, part, k, depth + 1);
    }
}

/* ---- 3. indexes */

/* parts5: a partition's own index that matches ix (DefineIndex's
 * CompareIndexInfo: same method, uniqueness, elements, INCLUDE and
 * predicate) and is not yet attached: the parent's CREATE INDEX, which
 * `compile` writes after the partitions' own, attaches it instead of making
 * a copy, and it keeps its name (nor is the partition's copy made again
 * below it). */
static const sc_index *adopt(copies_sim *s, const sc_table *part, const sc_index *ix)
{
    for (size_t i = 0; i < part->indexes.n; i++) {
        const sc_index *own = SC_VEC_AT(part->indexes, i, sc_index);
        const char *key = sc_keybuf_printf(&s->k, "%s\x1f%s\x1f%s", part->schema ? part->schema : SC_DEFAULT_SCHEMA,
                                           part->name, own->name);
        if (!sc_strmap_has(s->adopted, key) && sc_index_same(s->c, NULL, own, ix)) {
            sc_strmap_put(s->adopted, key, (void *)own);
            return own;
        }
    }
    return NULL;
}

static void copy_index(copies_sim *s, const sc_table *t, const sc_index *ix, const char *cols, int depth)
{
    const sc_vec *v = sc_strmap_get(s->kids, tkey(&s->k, t->schema, t->name));
    for (size_t i = 0; v && i < v->n && depth < 64; i++) {
        const sc_table *part = v->items[i];
        const sc_index *own = adopt(s, part, ix);
        if (own) {
            record(s, part, ix->name, true, own->name);
            continue;
        }
        const char *name = sc_pg_choose_name(s->c, s->m, part->schema, part->name, cols, "idx", false, s->chosen);
        record(s, part, ix->name, true, name);
        if (part->partition_key)
            copy_index(s, part, ix, cols, depth + 1);
    }
}

static int depth_of(const sc_model *m, const sc_table *t)
{
    int n = 0;
    while (t && t->parent_name && n < 64) {
        t = sc_model_table(m, t->parent_schema, t->parent_name);
        n++;
    }
    return n;
}

static sc_strmap *simulate(sc_dctx *c, const sc_model *m)
{
    copies_sim s = {.c = c, .m = m, .map = sc_strmap_new(), .chosen = sc_strmap_new(), .state = sc_strmap_new(),
                    .adopted = sc_strmap_new()};
    build_kids(&s);
    for (size_t i = 0; i < m->tables.n; i++)
        visit(&s, m->tables.items[i], 0);
    int maxdepth = 0;
    for (size_t i = 0; i < s.order.n; i++) {
        const sc_table *t = s.order.items[i];
        if (t->parent_name)
            copy_keys(&s, t);
        int d = depth_of(m, t);
        maxdepth = d > maxdepth ? d : maxdepth;
    }
    for (size_t i = 0; i < s.order.n; i++) {
        const sc_table *t = s.order.items[i];
        for (size_t j = 0; t->partition_key && j < t->constraints.n; j++) {
            const sc_constraint *k = SC_VEC_AT(t->constraints, j, sc_constraint);
            if (sc_partition_fk_late(m, t, k))
                copy_fk_late(&s, t, k, 0);
        }
    }
    for (int depth = maxdepth; depth >= 0; depth--) {
        for (size_t i = 0; i < s.order.n; i++) {
            const sc_table *t = s.order.items[i];
            if (!t->partition_key || depth_of(m, t) != depth)
                continue;
            for (size_t j = 0; j < t->indexes.n; j++) {
                const sc_index *ix = SC_VEC_AT(t->indexes, j, sc_index);
                copy_index(&s, t, ix, sc_pg_cols_addition(c->a, NULL, ix), 0);
            }
        }
    }
    sc_strmap_free(s.chosen);
    sc_strmap_free(s.kids);
    sc_strmap_free(s.kclasses);
    sc_strmap_free(s.adopted);
    sc_strmap_free(s.state);
    sc_keybuf_free(&s.k);
    return s.map;
}

/* parts5: a partition read from the catalog has its copies' names as made
 * (sc_table_copies), each under its parent's index or constraint name,
 * which is a copy of the grandparent's in turn for a sub-partition: the
 * name of the ancestor's own one it stands for, walking up. */
static const char *read_src(const sc_model *m, const sc_table *part, char kind, const char *name, int depth)
{
    const sc_names *copies = sc_table_copies(part);
    for (size_t i = 0; copies && i < copies->n && depth < 64; i++) {
        const char *e = copies->items[i], *sep = strchr(e, '\x1f');
        if (e[0] != kind || !sep || strcmp(sep + 1, name))
            continue;
        const char *psrc = sc_arena_printf(m->arena, "%.*s", (int)(sep - e - 1), e + 1);
        const sc_table *p = part->parent_name ? sc_model_table(m, part->parent_schema, part->parent_name) : NULL;
        const sc_names *pc = p ? sc_table_copies(p) : NULL;
        for (size_t j = 0; pc && j < pc->n; j++) {
            const char *pe = pc->items[j], *ps = strchr(pe, '\x1f');
            if (pe[0] == kind && ps && !strcmp(ps + 1, psrc))
                return read_src(m, p, kind, psrc, depth + 1);
        }
        return psrc;   /* the parent's own */
    }
    return NULL;
}

static const char *read_copy(const sc_model *m, const sc_table *part, const char *src, bool index)
{
    const sc_names *copies = sc_table_copies(part);
    for (size_t i = 0; copies && i < copies->n; i++) {
        const char *e = copies->items[i], *sep = strchr(e, '\x1f');
        if (e[0] != (index ? 'i' : 'k') || !sep)
            continue;
        const char *root = read_src(m, part, e[0], sep + 1, 0);
        if (root && !strcmp(root, src))
            return sep + 1;
    }
    return NULL;
}

const char *sc_pg_copy_name(sc_dctx *c, const sc_model *m, const sc_table *part, const char *src, bool index)
{
    const char *read = c->pg_foresee ? NULL : read_copy(m, part, src, index);
    if (read)
        return read;
    int side = m == c->from ? 0 : 1;
    if (!c->pg_copies[side])
        c->pg_copies[side] = simulate(c, m);
    sc_keybuf k = {0};
    const char *key = sc_keybuf_printf(&k, "%s\x1f%s\x1f%c%s", part->schema ? part->schema : SC_DEFAULT_SCHEMA,
                                       part->name, index ? 'i' : 'k', src);
    const char *r = sc_strmap_get(c->pg_copies[side], key);
    sc_keybuf_free(&k);
    return r;
}

const char *sc_pg_adopted_src(sc_dctx *c, const sc_model *m, const sc_table *part, const char *name)
{
    const sc_table *a = part;
    for (int depth = 0; a && a->parent_name && depth < 64; depth++) {
        a = sc_model_table(m, a->parent_schema, a->parent_name);
        for (size_t i = 0; a && i < a->indexes.n; i++) {
            const char *src = SC_VEC_AT(a->indexes, i, sc_index)->name;
            const char *copy = sc_pg_copy_name(c, m, part, src, true);
            if (copy && !strcmp(copy, name))
                return src;
        }
    }
    return NULL;
}
