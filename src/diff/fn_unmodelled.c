/* fn_unmodelled.c - fns7 (issue 11): never silent about what calls a
 * function the plan drops, re-creates or replaces where the plan cannot
 * take it around the change.
 *
 * The catalog (pg_depend, the from model's fn_users) names callers that
 * schemac does not model: an operator (CREATE OPERATOR ... FUNCTION f), a
 * cast (CREATE CAST ... WITH FUNCTION f), an operator family's support
 * function; and callers it does not compare: a default, generated column,
 * check, index, policy, trigger, domain, SQL-standard body or view of a
 * schema left out (`--schema a`). PostgreSQL's DROP FUNCTION fails while
 * any of them exists ("cannot drop function ... because other objects
 * depend on it"; DROP ... CASCADE would drop them), and a body replaced in
 * place changes what they compute. Each gets a warning that names it and
 * says so; the plan is left as it is. Library code: the warnings go to the
 * diff's diagnostics (c->d). */
#include "diff/diff_int.h"
#include "model/strbuf.h"

static const char *key_of(sc_arena *a, const char *schema, const char *name, const char *args)
{
    return sc_function_key(a, schema, name, args);
}

/* The from side's fn_users by the function they call: key -> sc_vec*. */
static sc_strmap *by_function(sc_dctx *c)
{
    sc_strmap *m = sc_strmap_new();
    for (size_t i = 0; i < c->from->fn_users.n; i++) {
        const sc_fn_user *u = c->from->fn_users.items[i];
        sc_vec_map_push(m, c->tmp, key_of(c->tmp, u->fschema, u->fname, u->fargs), (void *)u);
    }
    return m;
}

static bool unmodelled(const sc_fn_user *u)
{
    return u->kind == SC_FNU_OPERATOR || u->kind == SC_FNU_CAST || u->kind == SC_FNU_OPFAMILY;
}

/* A caller of a kind the plan takes around the change, but not in the
 * from model: of a schema not compared. */
static bool outside(const sc_dctx *c, const sc_fn_user *u)
{
    switch (u->kind) {
    case SC_FNU_VIEW:
        return true;   /* listed only when its schema is not compared */
    case SC_FNU_FUNCTION:
        return !sc_model_function(c->from, u->schema, u->table, u->name);
    case SC_FNU_DOMAIN_CHECK:
    case SC_FNU_DOMAIN_DEFAULT:
        return !sc_model_utype(c->from, u->schema, u->table);
    case SC_FNU_READS:
        return false;   /* a body that reads a table: not a caller */
    default:
        return !unmodelled(u) && !sc_model_table(c->from, u->schema, u->table);
    }
}

/* "operator public.=== (integer, integer)", "column b.orders.fee's default" */
static const char *describe(sc_arena *a, const sc_fn_user *u)
{
    sc_strbuf b = SC_STRBUF_INIT;
    switch (u->kind) {
    case SC_FNU_OPERATOR:
        sc_sb_printf(&b, "operator %s.%s %s", u->schema, u->table, u->name ? u->name : "");
        break;
    case SC_FNU_CAST:
        sc_sb_printf(&b, "cast (%s)", u->table);
        break;
    case SC_FNU_OPFAMILY:
        sc_sb_printf(&b, "operator family %s.%s using %s (a support function)", u->schema, u->table,
                     u->name ? u->name : "?");
        break;
    case SC_FNU_VIEW:
        sc_sb_puts(&b, "view ");
        sc_sb_qualified(&b, u->schema, u->table);
        break;
    case SC_FNU_FUNCTION:
        sc_sb_puts(&b, "function ");
        sc_sb_qualified(&b, u->schema, u->table);
        sc_sb_printf(&b, "(%s)", u->name ? u->name : "");
        break;
    case SC_FNU_DOMAIN_CHECK:
    case SC_FNU_DOMAIN_DEFAULT:
        sc_sb_puts(&b, u->kind == SC_FNU_DOMAIN_CHECK ? "a check of domain " : "the default of domain ");
        sc_sb_qualified(&b, u->schema, u->table);
        break;
    default: {
        static const struct {
            char k;
            const char *what;
        } kinds[] = {{SC_FNU_DEFAULT, "the default of column"}, {SC_FNU_GENERATED, "generated column"},
                     {SC_FNU_CHECK, "check"}, {SC_FNU_INDEX, "index"}, {SC_FNU_POLICY, "policy"},
                     {SC_FNU_TRIGGER, "trigger"}};
        const char *what = "an object of";
        for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
            if (kinds[i].k == (char)u->kind)
                what = kinds[i].what;
        bool col = u->kind == SC_FNU_DEFAULT || u->kind == SC_FNU_GENERATED;
        sc_sb_printf(&b, "%s ", what);
        sc_sb_qualified(&b, u->schema, u->table);
        if (u->name) {
            sc_sb_puts(&b, col ? "." : " ");
            sc_sb_ident(&b, u->name);
        }
    }
    }
    const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return r;
}

static void warn(sc_dctx *c, const sc_op *op, const sc_fn_user *u, bool drop)
{
    const sc_function *f = op->from;
    const char *fn = sc_routine_describe(c->tmp, op);
    const char *who = describe(c->tmp, u);
    bool um = unmodelled(u);
    const char *why = um ? "which schemac does not model" : "in a schema not compared";
    if (drop)
        sc_diag_add(c->d, SC_SEV_WARNING, SC_ERR_UNSUPPORTED, (sc_loc){0},
                    "function %s is dropped%s, but %s, %s, calls it: PostgreSQL's DROP FUNCTION fails while "
                    "it exists (DROP ... CASCADE would drop it); %s", fn,
                    sc_model_function(c->to, f->schema, f->name, f->args) ? " and created again" : "", who, why,
                    um ? "drop it before the script and create it again after" : "compare that schema too, or take it "
                    "around the change yourself");
    else
        sc_diag_add(c->d, SC_SEV_WARNING, SC_ERR_UNSUPPORTED, (sc_loc){0},
                    "the body of function %s is replaced, but %s, %s, calls it: what it computed with the old "
                    "body (an index, a stored generated column) is not computed again", fn, who, why);
}

void sc_fn_unmodelled_users(sc_dctx *c)
{
    if (c->o->dialect != SC_DIALECT_POSTGRESQL || !c->from->fn_users_known || !c->d)
        return;
    sc_strmap *m = NULL;
    for (size_t i = 0; i < c->ops.n; i++) {
        const sc_op *op = SC_VEC_AT(c->ops, i, sc_op);
        bool drop = op->kind == SC_OP_DROP_FUNCTION;
        if ((!drop && op->kind != SC_OP_REPLACE_FUNCTION) || !op->from)
            continue;
        const sc_function *f = op->from;
        if (!m)
            m = by_function(c);
        const sc_vec *v = sc_strmap_get(m, key_of(c->tmp, f->schema, f->name, f->args));
        for (size_t k = 0; v && k < v->n; k++) {
            const sc_fn_user *u = v->items[k];
            /* a replaced body breaks no caller: said where values were computed */
            bool said = unmodelled(u) || (outside(c, u) && (drop || u->kind == SC_FNU_GENERATED ||
                                                             u->kind == SC_FNU_INDEX));
            if (said)
                warn(c, op, u, drop);
        }
    }
    if (m)
        sc_strmap_free(m);
}
