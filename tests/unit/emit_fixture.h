/* emit_fixture.h - models built through the model API for the emitter
 * tests (test_emit_pg.c, test_emit_sqlite.c, test_json.c). */
#ifndef SC_TEST_EMIT_FIXTURE_H
#define SC_TEST_EMIT_FIXTURE_H

#include <stdarg.h>
#include <string.h>

#include "model/model.h"

#define FIX_UNUSED __attribute__((unused))

/* NULL-terminated list of names, kept in the model's arena. */
static FIX_UNUSED sc_names fx_names(sc_model *m, ...)
{
    va_list ap;
    size_t n = 0;
    va_start(ap, m);
    while (va_arg(ap, const char *))
        n++;
    va_end(ap);
    sc_names r = {sc_arena_alloc(m->arena, (n + 1) * sizeof(char *)), n};
    va_start(ap, m);
    for (size_t i = 0; i < n; i++)
        r.items[i] = sc_arena_strdup(m->arena, va_arg(ap, const char *));
    va_end(ap);
    return r;
}

static FIX_UNUSED sc_column *fx_col(sc_model *m, sc_table *t, const char *name, const char *type,
                                    const char *mods, bool not_null)
{
    sc_column *c = sc_table_add_column(m, t, name);
    c->type.name = sc_arena_strdup(m->arena, type);
    c->type.mods = sc_arena_strdup(m->arena, mods);
    c->not_null = not_null;
    return c;
}

static FIX_UNUSED void fx_user_type(sc_column *c, const char *schema)
{
    c->type.is_user = true;
    c->type.schema = schema;
}

static FIX_UNUSED sc_constraint *fx_pk(sc_model *m, sc_table *t, const char *name, sc_names cols)
{
    sc_constraint *k = sc_table_add_constraint(m, t, SC_CON_PRIMARY_KEY);
    k->name = name;
    k->columns = cols;
    return k;
}

static FIX_UNUSED sc_constraint *fx_fk(sc_model *m, sc_table *t, const char *name, sc_names cols,
                                       const char *ref_schema, const char *ref_table,
                                       sc_names ref_cols)
{
    sc_constraint *k = sc_table_add_constraint(m, t, SC_CON_FOREIGN_KEY);
    k->name = name;
    k->columns = cols;
    k->ref_schema = ref_schema;
    k->ref_table = ref_table;
    k->ref_columns = ref_cols;
    return k;
}

static FIX_UNUSED sc_index *fx_index(sc_model *m, sc_table *t, const char *name, size_t nelems)
{
    sc_index *ix = sc_table_add_index(m, t);
    ix->name = name;
    ix->nelems = nelems;
    ix->elems = sc_arena_alloc(m->arena, nelems * sizeof *ix->elems);
    return ix;
}

/* Every object kind both dialects can express: enums, identity, composite
 * and single PKs, unique, checks, FKs with actions and deferrable, unique,
 * partial, expression and descending indexes, defaults, generated column,
 * collation, comments, a reserved-word table and a mixed-case column. */
static FIX_UNUSED sc_model *fx_portable_model(void)
{
    sc_model *m = sc_model_new();
    sc_enum *e = sc_model_add_enum(m, NULL, "order_status");
    e->labels = fx_names(m, "pending", "paid", "it's shipped", NULL);
    e->comment = "where an order is";

    sc_table *cu = sc_model_add_table(m, NULL, "customers");
    sc_column *c = fx_col(m, cu, "id", "bigint", NULL, true);
    c->identity = SC_IDENTITY_BY_DEFAULT;
    fx_col(m, cu, "email", "character varying", "255", true);
    c = fx_col(m, cu, "Display Name", "text", NULL, false);
    sc_column_set_collation(m->arena, c, "C");
    sc_column_set_comment(m->arena, c, "shown on invoices");
    c = fx_col(m, cu, "created_at", "timestamp with time zone", NULL, true);
    c->default_expr = "now()";
    c = fx_col(m, cu, "score", "numeric", "10,2", false);
    c->default_expr = "0";
    c = fx_col(m, cu, "email_lower", "text", NULL, false);
    c->generated = "lower(email)";
    fx_pk(m, cu, "pk_customers", fx_names(m, "id", NULL));
    sc_constraint *k = sc_table_add_constraint(m, cu, SC_CON_UNIQUE);
    k->name = "uq_customers_email";
    k->columns = fx_names(m, "email", NULL);
    k = sc_table_add_constraint(m, cu, SC_CON_CHECK);
    k->name = "ck_customers_email";
    k->check_expr = "email <> ''";
    k->name_explicit = true;
    cu->comment = "people who buy";
    sc_index *ix = fx_index(m, cu, "ix_customers_created", 1);
    ix->elems[0].column = "created_at";
    ix->elems[0].desc = true;
    ix = fx_index(m, cu, "ix_customers_lower_email", 1);
    ix->unique = true;
    ix->elems[0].expr = "lower(email)";
    ix->where = "score > 0";
    sc_index_set_comment(m->arena, ix, "case-insensitive logins");

    /* "order" is reserved: quoted everywhere. */
    sc_table *o = sc_model_add_table(m, NULL, "order");
    c = fx_col(m, o, "id", "integer", NULL, true);
    c->identity = SC_IDENTITY_ALWAYS;
    fx_col(m, o, "customer_id", "bigint", NULL, true);
    c = fx_col(m, o, "status", "order_status", NULL, true);
    fx_user_type(c, "public");
    c->default_expr = "'pending'";
    c = fx_col(m, o, "paid", "boolean", NULL, true);
    c->default_expr = "false";
    fx_pk(m, o, "pk_order", fx_names(m, "id", NULL));
    k = fx_fk(m, o, "fk_order_customer_id_customers", fx_names(m, "customer_id", NULL), "public",
              "customers", fx_names(m, "id", NULL));
    k->on_delete = SC_FK_CASCADE;
    k->on_update = SC_FK_RESTRICT;
    k->deferrable = true;
    k->initially_deferred = true;

    /* Composite PK, FK to a composite-free table and to "order". */
    sc_table *it = sc_model_add_table(m, NULL, "order_items");
    fx_col(m, it, "order_id", "integer", NULL, true);
    fx_col(m, it, "line", "smallint", NULL, true);
    c = fx_col(m, it, "qty", "integer", NULL, true);
    c->default_expr = "1";
    fx_pk(m, it, "pk_order_items", fx_names(m, "order_id", "line", NULL));
    k = sc_table_add_constraint(m, it, SC_CON_CHECK);
    k->name = "ck_order_items_qty";
    k->check_expr = "qty > 0";
    k = fx_fk(m, it, "fk_order_items_order_id_order", fx_names(m, "order_id", NULL), "public",
              "order", fx_names(m, "id", NULL));
    k->on_delete = SC_FK_SET_NULL;
    sc_model_sort(m);
    return m;
}

/* Two tables that reference each other, and one that references itself. */
static FIX_UNUSED sc_model *fx_cycle_model(void)
{
    sc_model *m = sc_model_new();
    sc_table *a = sc_model_add_table(m, NULL, "a");
    sc_table *b = sc_model_add_table(m, NULL, "b");
    fx_col(m, a, "id", "integer", NULL, true);
    fx_col(m, a, "b_id", "integer", NULL, false);
    fx_col(m, a, "parent_id", "integer", NULL, false);
    fx_pk(m, a, "pk_a", fx_names(m, "id", NULL));
    fx_fk(m, a, "fk_a_b_id_b", fx_names(m, "b_id", NULL), "public", "b", fx_names(m, "id", NULL));
    fx_fk(m, a, "fk_a_parent_id_a", fx_names(m, "parent_id", NULL), "public", "a",
          fx_names(m, "id", NULL));
    fx_col(m, b, "id", "integer", NULL, true);
    fx_col(m, b, "a_id", "integer", NULL, false);
    fx_pk(m, b, "pk_b", fx_names(m, "id", NULL));
    fx_fk(m, b, "fk_b_a_id_a", fx_names(m, "a_id", NULL), "public", "a", fx_names(m, "id", NULL));
    sc_model_sort(m);
    return m;
}

/* What only PostgreSQL has: schemas, arrays, sequences, gin, INCLUDE,
 * opclass, NULLS LAST, a mixed-case enum in another schema. */
static FIX_UNUSED sc_model *fx_pg_only_model(void)
{
    sc_model *m = sc_model_new();
    sc_model_add_schema(m, "app");
    sc_enum *e = sc_model_add_enum(m, "app", "Mood");
    e->labels = fx_names(m, "ok", "great", NULL);
    sc_sequence *s = sc_model_add_sequence(m, "app", "invoice_no");
    s->start = 1000;
    s->increment = 5;
    s->type = "integer";
    s->owned_by_table = "posts";
    s->owned_by_column = "invoice";
    sc_table *p = sc_model_add_table(m, "app", "posts");
    sc_column *c = fx_col(m, p, "id", "bigint", NULL, true);
    c->identity = SC_IDENTITY_ALWAYS;
    c = fx_col(m, p, "tags", "text", NULL, false);
    c->type.array_dims = 1;
    c = fx_col(m, p, "mood", "Mood", NULL, false);
    fx_user_type(c, "app");
    c = fx_col(m, p, "invoice", "integer", NULL, true);
    c->default_expr = "nextval('app.invoice_no'::regclass)";
    c = fx_col(m, p, "at", "timestamp with time zone", "3", false);
    fx_pk(m, p, "pk_posts", fx_names(m, "id", NULL));
    sc_index *ix = fx_index(m, p, "ix_posts_tags", 1);
    ix->method = "gin";
    ix->elems[0].column = "tags";
    ix = fx_index(m, p, "ix_posts_at", 1);
    ix->elems[0].column = "at";
    ix->elems[0].nulls = SC_NULLS_LAST;
    ix->include = fx_names(m, "mood", NULL);
    ix = fx_index(m, p, "ix_posts_mood", 1);
    ix->elems[0].column = "mood";
    sc_index_elem_set_opclass(m->arena, &ix->elems[0], "enum_ops");
    sc_model_sort(m);
    return m;
}

#endif
