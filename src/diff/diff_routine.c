/* diff_routine.c - functions, procedures and triggers: pairing, comparing
 * and their operations.
 *
 * A function is the same object on both sides when its schema, name and
 * argument types are (overloads are distinct). Its definition is its
 * CREATE text, compared as text: both sides spell it as the server does
 * (pg_get_functiondef, through the scratch load for a declared schema).
 * A changed function is replaced in place (CREATE OR REPLACE) when
 * PostgreSQL allows it: same kind, same result type. Otherwise it is dropped
 * and created, and the triggers that run it with it (views that call it:
 * view_deps.c). A trigger is compared by its pg_get_triggerdef text (SQLite:
 * sqlite_schema.sql); a changed one is dropped and created, a state change
 * is ALTER TABLE ... ENABLE/DISABLE TRIGGER. */
#include <string.h>
#include <strings.h>

#include "diff/diff_int.h"
#include "diff/routine_deps.h"
#include "model/sqltok.h"
#include "model/strbuf.h"

const char *sc_routine_describe(sc_arena *a, const sc_op *op)
{
    sc_strbuf b = SC_STRBUF_INIT;
    if (op->kind >= SC_OP_CREATE_TRIGGER) {
        const sc_trigger *t = op->to ? op->to : op->from;
        sc_sb_ident(&b, t->name);
        sc_sb_puts(&b, " on ");
        sc_sb_qualified(&b, t->schema, t->table);
    } else {
        const sc_function *f = op->to ? op->to : op->from;
        sc_sb_qualified(&b, f->schema, f->name);
        sc_sb_printf(&b, "(%s)", f->args);
    }
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

static sc_op *fop(sc_dctx *c, sc_op_kind k, const sc_function *f, const sc_function *t)
{
    const sc_function *x = t ? t : f;
    sc_op *op = sc_new_op(c, k, x->schema, NULL, x->name);
    op->from = f;
    op->to = t;
    return op;
}

static sc_op *top(sc_dctx *c, sc_op_kind k, const sc_trigger *f, const sc_trigger *t)
{
    const sc_trigger *x = t ? t : f;
    sc_op *op = sc_new_op(c, k, x->schema, x->table, x->name);
    op->from = f;
    op->to = t;
    return op;
}

static bool same_text(sc_dctx *c, const char *x, const char *y)
{
    if (c->o->dialect == SC_DIALECT_SQLITE)   /* SQLite stores CREATE TRIGGER as written, but its first words */
        return sc_sqlite_text_same(x ? x : "", y ? y : "");
    return !strcmp(sc_routine_trim(c->a, x ? x : ""), sc_routine_trim(c->a, y ? y : ""));
}

static bool str_eq(const char *x, const char *y)
{
    return x == y || (x && y && !strcmp(x, y));
}

/* The from-side functions that are dropped (and maybe created again): the
 * triggers that run one of them go with it. key "schema.name" -> op */
typedef struct rctx {
    sc_dctx *c;
    sc_strmap *dropped;    /* "schema.name" of a function whose DROP runs -> the drop op */
    /* SQLite: each side's triggers by "schema.table.name" in ASCII lower
     * case, as SQLite matches names (built when first needed) */
    sc_strmap *ci_from, *ci_to;
    /* SQLite: every table the plan renames, its from-name in ASCII lower
     * case -> its to-name (built when first needed) */
    sc_strmap *lite_renames;
    /* SQLite: the `to` side's trigger names in ASCII lower case (built when
     * first needed) */
    sc_strmap *lite_to_names;
} rctx;

static char *ascii_lower(char *k)
{
    for (char *p = k; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return k;
}

static const char *ci_key(sc_arena *a, const sc_trigger *t)
{
    return ascii_lower(sc_arena_printf(a, "%s.%s\x1f%s", t->schema, t->table, t->name));
}

/* SQLite's ALTER TABLE ... RENAME rewrites the table's name in every
 * trigger of the schema, not only in its own: a trigger on another table
 * whose body names it is kept, as SQLite leaves it, when that is what the
 * target says (dropping and creating it would be needless work, and a
 * CREATE TRIGGER naming a table not yet renamed breaks the RENAME). */
static const sc_strmap *lite_renames(rctx *r)
{
    sc_dctx *c = r->c;
    if (r->lite_renames)
        return r->lite_renames;
    r->lite_renames = sc_strmap_new();
    for (size_t i = 0; i < c->pairs.n; i++) {
        const sc_tpair *p = SC_VEC_AT(c->pairs, i, sc_tpair);
        if (p->from && p->to && strcmp(p->from->name, p->to->name))
            sc_strmap_put(r->lite_renames, ascii_lower(sc_arena_strdup(c->a, p->from->name)), (void *)p->to->name);
    }
    return r->lite_renames;
}

static sc_strmap *ci_index(sc_arena *a, const sc_model *m)
{
    sc_strmap *map = sc_strmap_new();
    for (size_t i = 0; i < m->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(m->triggers, i, sc_trigger);
        sc_strmap_put(map, ci_key(a, t), (void *)t);
    }
    return map;
}

/* The trigger of model m (the `from` side when from, else `to`) that t
 * continues: same schema, table and name; on SQLite the case of the names
 * aside, so that a trigger renamed only in case is dropped and created under
 * the target's spelling rather than created next to itself, which SQLite
 * refuses ("trigger ... already exists"). */
static const sc_trigger *counterpart_on(rctx *r, const sc_trigger *t, const char *table, bool from)
{
    sc_dctx *c = r->c;
    const sc_model *m = from ? c->from : c->to;
    const sc_trigger *x = sc_model_trigger(m, t->schema, table, t->name);
    if (x || c->o->dialect != SC_DIALECT_SQLITE)
        return x;
    sc_strmap **map = from ? &r->ci_from : &r->ci_to;
    if (!*map)
        *map = ci_index(c->a, m);
    sc_trigger k = *t;
    k.table = table;
    return sc_strmap_get(*map, ci_key(c->a, &k));
}

/* The table t is on, renamed by the plan: its name on the other side (the
 * `from` side when from), or NULL when the plan does not rename it. */
static const char *renamed_table(sc_dctx *c, const sc_trigger *t, bool from)
{
    const sc_tpair *p = sc_strmap_get(from ? c->pair_by_to : c->pair_by_from, sc_dqname(c->a, t->schema, t->table));
    if (!p || !p->from || !p->to || !strcmp(p->from->name, p->to->name))
        return NULL;
    return from ? p->from->name : p->to->name;
}

static const sc_trigger *counterpart(rctx *r, const sc_trigger *t, bool from)
{
    const sc_trigger *x = counterpart_on(r, t, t->table, from);
    const char *other = x ? NULL : renamed_table(r->c, t, from);
    /* ALTER TABLE ... RENAME keeps the table's triggers, on both engines */
    return other ? counterpart_on(r, t, other, from) : x;
}

/* f's text as ALTER TABLE ... RENAME [COLUMN] leaves it when the plan
 * renames its table (old to new) or the table's columns (p->col_old2new):
 * each name that is the table's or a renamed column's (not a function's)
 * respelled, as PostgreSQL shows it (ON schema.new, UPDATE OF, WHEN) and
 * SQLite rewrites it (its ON and its body; `others`: the other tables the
 * plan renames, lower-case from-name -> to-name, which SQLite rewrites in
 * the body too). Text that does not tokenize is left as it is, and compares
 * as changed. */
static const char *on_renamed(sc_dctx *c, const char *sql, const char *old, const char *new, const sc_tpair *p,
                              const sc_strmap *others)
{
    bool lite = c->o->dialect == SC_DIALECT_SQLITE;
    sc_toks toks;
    sc_tok_err err;
    if (!sql || sc_sql_tokenize(sql, strlen(sql), c->o->dialect, &toks, &err) != 0)
        return sql;
    sc_strbuf b = SC_STRBUF_INIT;
    char name[256];
    for (size_t i = 0; i < toks.n; i++) {
        const sc_tok *k = &toks.items[i];
        bool word = k->kind == SC_TOK_IDENT || k->kind == SC_TOK_QUOTED_IDENT ||
                    (k->kind == SC_TOK_KEYWORD && k->kw != SC_PGKW_RESERVED);
        bool call = i + 1 < toks.n && sc_tok_op_is(sql, &toks.items[i + 1], "(");
        const char *to = NULL;
        if (word && !call && sc_tok_name(sql, k, name, sizeof name)) {
            if (strcmp(old, new) && (lite ? !strcasecmp(name, old) : !strcmp(name, old)))
                to = new;
            else if (p && p->col_old2new && (to = sc_strmap_get(p->col_old2new, name)))
                ;
            else if (others)
                to = sc_strmap_get(others, ascii_lower(name));
        }
        if (to)
            sc_sb_ident(&b, to);
        else
            sc_sb_putn(&b, sql + k->off, k->len);
    }
    sc_toks_free(&toks);
    const char *r = sc_arena_strdup(c->a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

/* f's text compared with t's: f as the renames of its table (SQLite: of
 * every table) leave it. */
static bool trigger_same(rctx *r, const sc_trigger *f, const sc_trigger *t)
{
    sc_dctx *c = r->c;
    const char *fs = f->sql;
    const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, t->schema, t->table));
    const sc_strmap *others = c->o->dialect == SC_DIALECT_SQLITE ? lite_renames(r) : NULL;
    if (strcmp(f->table, t->table) || (p && p->col_old2new) || (others && sc_strmap_count(others)))
        fs = on_renamed(c, fs, f->table, t->table, p, others);
    return same_text(c, fs, t->sql);
}

static void diff_functions(rctx *r)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < c->to->functions.n; i++) {
        const sc_function *t = SC_VEC_AT(c->to->functions, i, sc_function);
        const sc_function *f = sc_model_function(c->from, t->schema, t->name, t->args);
        if (!f) {
            fop(c, SC_OP_CREATE_FUNCTION, NULL, t);
            continue;
        }
        if (same_text(c, f->sql, t->sql))
            continue;
        if (f->procedure == t->procedure && str_eq(f->returns, t->returns) && !f->aggregate && !t->aggregate) {
            fop(c, SC_OP_REPLACE_FUNCTION, f, t);
            continue;
        }
        sc_op *d = fop(c, SC_OP_DROP_FUNCTION, f, NULL);
        sc_op *k = fop(c, SC_OP_CREATE_FUNCTION, NULL, t);
        d->note = k->note = f->procedure != t->procedure ? "re-created: a function becomes a procedure or back"
                            : f->aggregate || t->aggregate ? "re-created: an aggregate changes"
                                                           : "re-created: its result type changes, which CREATE OR "
                                                             "REPLACE cannot do";
        sc_op_dep(c, k, d);
        sc_strmap_put(r->dropped, sc_dqname(c->a, f->schema, f->name), d);
    }
    for (size_t i = 0; i < c->from->functions.n; i++) {
        const sc_function *f = SC_VEC_AT(c->from->functions, i, sc_function);
        if (!sc_model_function(c->to, f->schema, f->name, f->args)) {
            sc_op *d = fop(c, SC_OP_DROP_FUNCTION, f, NULL);
            sc_strmap_put(r->dropped, sc_dqname(c->a, f->schema, f->name), d);
        }
    }
}

/* SQLite: a trigger's name is the schema's, not its table's: a trigger of
 * a dropped table whose name a new trigger takes must be dropped before it
 * is created (DROP TABLE comes after, and "trigger ... already exists"). */
static bool lite_name_taken(rctx *r, const sc_trigger *f)
{
    sc_dctx *c = r->c;
    if (c->o->dialect != SC_DIALECT_SQLITE)
        return false;
    if (!r->lite_to_names) {
        r->lite_to_names = sc_strmap_new();
        for (size_t i = 0; i < c->to->triggers.n; i++) {
            const sc_trigger *t = SC_VEC_AT(c->to->triggers, i, sc_trigger);
            sc_strmap_put(r->lite_to_names, ascii_lower(sc_arena_strdup(c->a, t->name)), (void *)t);
        }
    }
    return sc_strmap_get(r->lite_to_names, ascii_lower(sc_arena_strdup(c->a, f->name))) != NULL;
}

/* Whether the plan drops t's table (DROP TABLE takes its triggers). */
static bool table_dropped(sc_dctx *c, const sc_trigger *t)
{
    return sc_model_table(c->from, t->schema, t->table) && !sc_strmap_get(c->pair_by_from, sc_dqname(c->a, t->schema, t->table)) &&
           !sc_model_view(c->to, t->schema, t->table);
}

/* PostgreSQL refuses to change the type of a column, or drop it, while a
 * trigger's WHEN or UPDATE OF names it: the column the plan retypes or
 * drops that the trigger's text mentions (a word of it), or NULL. */
static const char *blocking_column(sc_dctx *c, const sc_trigger *f, sc_op **rebuild)
{
    *rebuild = NULL;
    if (f->sqlite)
        return NULL;
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        /* funcdeps2: the casts of an enum's or a type's rebuild, and the
         * parking of a type built on a rebuilt one, retype columns too */
        bool casts = op->kind == SC_OP_REBUILD_UTYPE || (op->kind == SC_OP_DROP_UTYPE && op->nuses) ||
                     (op->kind == SC_OP_ALTER_ENUM && c->rebuilt_enums &&
                      sc_strmap_get(c->rebuilt_enums, sc_dqname(c->a, op->schema, op->name)) == op);
        for (size_t k = 0; casts && k < op->nuses; k++) {
            const sc_tpair *p = sc_strmap_get(c->pair_by_to, sc_dqname(c->a, op->uses[k].schema, op->uses[k].table));
            const sc_column *cf = op->uses[k].col_from;
            if (p && cf && !strcmp(p->from->name, f->table) &&
                !strcmp(p->from->schema ? p->from->schema : SC_DEFAULT_SCHEMA, f->schema) &&
                sc_expr_reads(f->sql, cf->name)) {
                *rebuild = op;
                return cf->name;
            }
        }
        bool retype = op->kind == SC_OP_ALTER_COLUMN && (op->changes & (SC_CHG_TYPE | SC_CHG_COLLATION));
        if ((!retype && op->kind != SC_OP_DROP_COLUMN) || !op->t_from || !op->from)
            continue;
        const sc_column *col = op->from;
        if (!strcmp(op->t_from->name, f->table) &&
            !strcmp(op->t_from->schema ? op->t_from->schema : SC_DEFAULT_SCHEMA, f->schema) &&
            sc_expr_reads(f->sql, col->name))
            return col->name;
    }
    return NULL;
}

static void diff_triggers(rctx *r)
{
    sc_dctx *c = r->c;
    for (size_t i = 0; i < c->to->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(c->to->triggers, i, sc_trigger);
        const sc_trigger *f = counterpart(r, t, true);
        sc_op *fdrop = f && f->func_name ? sc_strmap_get(r->dropped, sc_dqname(c->a, f->func_schema, f->func_name))
                                         : NULL;
        sc_op *rebuild = NULL;
        const char *col = f ? blocking_column(c, f, &rebuild) : NULL;
        /* SQLite: a name that differs in case only is the target's spelling to take */
        if (f && trigger_same(r, f, t) && !fdrop && !col && !strcmp(f->name, t->name)) {
            if (f->enabled != t->enabled)
                top(c, SC_OP_TRIGGER_STATE, f, t);
            continue;
        }
        if (f) {
            sc_op *d = top(c, SC_OP_DROP_TRIGGER, f, NULL);
            sc_op *k = top(c, SC_OP_CREATE_TRIGGER, NULL, t);
            sc_op_dep(c, k, d);
            if (fdrop)
                d->note = k->note = sc_arena_printf(c->a, "re-created: runs %s, which is re-created",
                                                    sc_routine_describe(c->a, fdrop));
            else if (col && trigger_same(r, f, t))
                d->note = k->note = sc_arena_printf(c->a, "re-created: names %s.%s, %s", f->table, col,
                                                    rebuild ? "whose type is rebuilt" : "which changes");
            if (rebuild) {   /* funcdeps2: around the rebuild's casts */
                sc_op_dep(c, rebuild, d);
                sc_op_dep(c, k, sc_rd_unpark_of(c, rebuild));
            }
            continue;
        }
        top(c, SC_OP_CREATE_TRIGGER, NULL, t);
    }
    for (size_t i = 0; i < c->from->triggers.n; i++) {
        const sc_trigger *f = SC_VEC_AT(c->from->triggers, i, sc_trigger);
        if (!counterpart(r, f, false) && (!table_dropped(c, f) || lite_name_taken(r, f)))
            top(c, SC_OP_DROP_TRIGGER, f, NULL);
    }
}

void sc_diff_routines(sc_dctx *c)
{
    if (!c->from->functions.n && !c->to->functions.n && !c->from->triggers.n && !c->to->triggers.n)
        return;
    rctx r = {c, sc_strmap_new(), NULL, NULL, NULL, NULL};
    diff_functions(&r);
    diff_triggers(&r);
    sc_strmap_free(r.dropped);
    sc_strmap_free(r.ci_from);
    sc_strmap_free(r.ci_to);
    sc_strmap_free(r.lite_renames);
    sc_strmap_free(r.lite_to_names);
}

/* DROP VIEW takes the view's triggers (INSTEAD OF, on both engines): a
 * view re-created by the plan gets them back, dropped before it and created
 * after it, unless they have ops of their own already. */
void sc_routine_view_triggers(sc_dctx *c)
{
    for (size_t i = 0; i < c->to->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(c->to->triggers, i, sc_trigger);
        sc_vstate *s = sc_strmap_get(c->vs_by_to, sc_dqname(c->a, t->schema, t->table));
        if (!s || !s->from || !s->drop || !s->create || s->drop->kind == SC_OP_NOP)
            continue;
        const sc_trigger *f = sc_model_trigger(c->from, s->from->schema, s->from->name, t->name);
        bool own = false;
        for (size_t j = 0; j < c->ops.n && !own; j++) {
            const sc_op *op = SC_VEC_AT(c->ops, j, sc_op);
            own = (op->kind == SC_OP_CREATE_TRIGGER && op->to == t) || (op->kind == SC_OP_DROP_TRIGGER && f && op->from == f);
        }
        if (own || !f)
            continue;
        sc_op *d = top(c, SC_OP_DROP_TRIGGER, f, NULL);
        sc_op *k = top(c, SC_OP_CREATE_TRIGGER, NULL, t);
        d->note = k->note = sc_arena_printf(c->a, "re-created: on view %s, which is re-created", t->table);
        sc_op_dep(c, k, d);
    }
}

/* ---- edges ------------------------------------------------------------------ */

static bool op_on(const sc_op *op, const sc_table *t, const char *schema, const char *table)
{
    return t && !strcmp(t->name, table) && !strcmp(t->schema ? t->schema : SC_DEFAULT_SCHEMA, schema);
    (void)op;
}

static bool names_function(const sc_op *op, const char *schema, const char *name)
{
    const sc_function *f = op->to ? op->to : op->from;
    return !strcmp(f->schema, schema) && !strcmp(f->name, name);
}

/* funcdeps2: op `after` already waits for `before`. */
static bool op_needs(const sc_op *after, const sc_op *before)
{
    for (size_t i = 0; i < after->ndeps; i++)
        if (after->deps[i] == before->seq)
            return true;
    return false;
}

void sc_routine_edges(sc_dctx *c)
{
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        /* issue 12: a trigger's comment, as its state, after its table's renames */
        if (op->kind != SC_OP_CREATE_TRIGGER && op->kind != SC_OP_DROP_TRIGGER && op->kind != SC_OP_TRIGGER_STATE &&
            op->kind != SC_OP_TRIGGER_COMMENT)
            continue;
        bool create = op->kind != SC_OP_DROP_TRIGGER;
        const sc_trigger *t = create ? op->to : op->from;
        for (size_t j = 0; j < c->ops.n; j++) {
            sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
            if (o == op || o->kind == SC_OP_NOP)
                continue;
            /* the table (or view) the trigger is on */
            if (create && (op_on(o, o->t_to, t->schema, t->table) ||
                           (o->v_to && !strcmp(o->v_to->schema, t->schema) && !strcmp(o->v_to->name, t->table) &&
                            o->kind != SC_OP_DROP_VIEW)))
                sc_op_dep(c, op, o);
            if (!create && (op_on(o, o->t_from, t->schema, t->table) ||
                            (o->v_from && !strcmp(o->v_from->schema, t->schema) &&
                             !strcmp(o->v_from->name, t->table))))
                sc_op_dep(c, o, op);
            /* the function it runs */
            if (t->func_name && !t->sqlite) {
                if (create && (o->kind == SC_OP_CREATE_FUNCTION || o->kind == SC_OP_REPLACE_FUNCTION) &&
                    names_function(o, t->func_schema, t->func_name))
                    sc_op_dep(c, op, o);
                if (!create && o->kind == SC_OP_DROP_FUNCTION && names_function(o, t->func_schema, t->func_name))
                    sc_op_dep(c, o, op);
            }
            /* a schema created before, dropped after */
            if (create && o->kind == SC_OP_CREATE_SCHEMA && !strcmp(o->name, t->schema))
                sc_op_dep(c, op, o);
        }
    }
    /* views that call a function: created after it, dropped before */
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool create = op->kind == SC_OP_CREATE_VIEW || op->kind == SC_OP_REPLACE_VIEW;
        const sc_view *v = create ? op->v_to : op->kind == SC_OP_DROP_VIEW ? op->v_from : NULL;
        for (size_t k = 0; v && k < v->refs.n; k++) {
            const sc_ref *ref = SC_VEC_AT(v->refs, k, sc_ref);
            if (ref->kind != SC_REF_FUNCTION)
                continue;
            for (size_t j = 0; j < c->ops.n; j++) {
                sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
                bool fn = o->kind >= SC_OP_CREATE_FUNCTION && o->kind <= SC_OP_REPLACE_FUNCTION &&
                          names_function(o, ref->schema, ref->name);
                if (fn && create && o->kind != SC_OP_DROP_FUNCTION)
                    sc_op_dep(c, op, o);
                if (fn && !create && o->kind == SC_OP_DROP_FUNCTION)
                    sc_op_dep(c, o, op);
            }
        }
    }
    /* a SQL-standard body reads tables when it is created, and holds them
     * as a view does: created after the tables' changes, dropped before */
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool mk = op->kind == SC_OP_CREATE_FUNCTION || op->kind == SC_OP_REPLACE_FUNCTION;
        const sc_function *f = mk ? op->to : op->kind == SC_OP_DROP_FUNCTION ? op->from : NULL;
        if (!f || !f->sql_body)
            continue;
        const char *body = sc_routine_body_after_create(f->sql);
        for (size_t j = 0; j < c->ops.n; j++) {
            sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
            if (o->kind == SC_OP_NOP || o == op)
                continue;
            /* funcdeps2: only the tables the body names; not an op that
             * needs the function itself (a generated column, a default, a
             * check calling it, put back after it is created) */
            if (mk && o->t_to && o->kind != SC_OP_DROP_TABLE && sc_expr_reads(body, o->t_to->name) &&
                !op_needs(o, op))
                sc_op_dep(c, op, o);
            if (!mk && o->t_from && o->kind != SC_OP_CREATE_TABLE && sc_expr_reads(body, o->t_from->name) &&
                !op_needs(op, o))
                sc_op_dep(c, o, op);
            /* funcdeps2: and the views it names, as a view reads a view */
            bool vmk = o->kind == SC_OP_CREATE_VIEW || o->kind == SC_OP_REPLACE_VIEW;
            if (mk && vmk && o->v_to && sc_expr_reads(body, o->v_to->name) && !op_needs(o, op))
                sc_op_dep(c, op, o);
            if (!mk && o->kind == SC_OP_DROP_VIEW && o->v_from && sc_expr_reads(body, o->v_from->name) &&
                !op_needs(op, o))
                sc_op_dep(c, o, op);
        }
    }
    /* functions: after their schema is created, before it is dropped */
    for (size_t i = 0; i < c->ops.n; i++) {
        sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        if (op->kind != SC_OP_CREATE_FUNCTION && op->kind != SC_OP_DROP_FUNCTION && op->kind != SC_OP_REPLACE_FUNCTION)
            continue;
        for (size_t j = 0; j < c->ops.n; j++) {
            sc_op *o = SC_VEC_AT(c->ops, j, sc_op);
            if (o->kind == SC_OP_CREATE_SCHEMA && op->kind != SC_OP_DROP_FUNCTION && !strcmp(o->name, op->schema))
                sc_op_dep(c, op, o);
            if (o->kind == SC_OP_DROP_SCHEMA && op->kind == SC_OP_DROP_FUNCTION && !strcmp(o->name, op->schema))
                sc_op_dep(c, o, op);
            /* enums its arguments may use */
            if (op->kind != SC_OP_DROP_FUNCTION && (o->kind == SC_OP_CREATE_ENUM || o->kind == SC_OP_ALTER_ENUM))
                sc_op_dep(c, op, o);
        }
    }
}
