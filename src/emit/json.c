/* json.c - the model as JSON (format: docs/json.md).
 *
 * Canonical: every key is always present (null when unset), in a fixed
 * order, objects in model order (sorted), so that the same model always gives
 * the same bytes and sc_load_json() reads back exactly this model. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "emit/emit.h"
#include "emit/json_names.h"
#include "emit/json_utype.h"
#include "emit/json_ext.h"
#include "model/strbuf.h"

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *names(const sc_names *n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n->n; i++)
        json_array_append_new(a, json_string(n->items[i]));
    return a;
}

static void set(json_t *o, const char *k, json_t *v)
{
    json_object_set_new(o, k, v);
}

static json_t *type_json(const sc_type *t)
{
    json_t *o = json_object();
    set(o, "schema", str_or_null(t->schema));
    set(o, "name", str_or_null(t->name));
    set(o, "mods", str_or_null(t->mods));
    set(o, "array_dims", json_integer(t->array_dims));
    set(o, "user", json_boolean(t->is_user));
    if (t->declared)   /* SQLite's declared text: only models read from SQLite have it */
        set(o, "declared", json_string(t->declared));
    return o;
}

static json_t *column_json(const sc_column *c)
{
    json_t *o = json_object();
    set(o, "name", json_string(c->name));
    set(o, "type", type_json(&c->type));
    set(o, "not_null", json_boolean(c->not_null));
    set(o, "default", str_or_null(c->default_expr));
    set(o, "identity", str_or_null(sc_json_identity(c->identity)));
    if (c->identity && sc_column_identity_opts(c)) {   /* issue 12: only when not the defaults */
        const sc_identity_opts *io = sc_column_identity_opts(c);
        json_t *x = json_object();
        set(x, "start", json_integer(io->start));
        set(x, "increment", json_integer(io->increment));
        set(x, "min_value", json_integer(io->min_value));
        set(x, "max_value", json_integer(io->max_value));
        set(x, "cache", json_integer(io->cache));
        set(x, "cycle", json_boolean(io->cycle));
        set(o, "identity_options", x);
    }
    set(o, "generated", str_or_null(c->generated));
    if (c->generated && c->generated_virtual)   /* SQLite's VIRTUAL; absent: STORED */
        set(o, "generated_virtual", json_true());
    if (c->sqlite_implicit_not_null)   /* SQLite: a key column that does not declare NOT NULL */
        set(o, "sqlite_implicit_not_null", json_true());
    set(o, "collation", str_or_null(sc_column_collation(c)));
    if (c->storage)   /* issue 12: written only when set */
        set(o, "storage", json_string(sc_storage_name(c->storage)));
    if (c->compression)
        set(o, "compression", json_string(sc_compression_name(c->compression)));
    if (sc_column_statistics(c) >= 0)   /* tblprops6: written only when set */
        set(o, "statistics", json_integer(sc_column_statistics(c)));
    if (sc_column_options(c)->n)   /* attopts7: written only when set */
        set(o, "options", names(sc_column_options(c)));
    set(o, "comment", str_or_null(sc_column_comment(c)));
    set(o, "renamed_from", str_or_null(sc_column_renamed_from(c)));
    if (sc_column_with_options(c))   /* privs3: written only when set */
        set(o, "with_options", json_true());
    return o;
}

/* An index's elements, or an exclusion constraint's (with "op"). */
static json_t *elems_json(const sc_index_elem *elems, size_t n)
{
    json_t *els = json_array();
    for (size_t i = 0; i < n; i++) {
        const sc_index_elem *e = &elems[i];
        json_t *eo = json_object();
        set(eo, "column", str_or_null(e->column));
        set(eo, "expr", str_or_null(e->expr));
        set(eo, "collation", str_or_null(sc_index_elem_collation(e)));
        set(eo, "opclass", str_or_null(sc_index_elem_opclass(e)));
        if (sc_index_elem_opclass_params(e)->n)   /* issue 12: written only when there are some */
            set(eo, "opclass_params", names(sc_index_elem_opclass_params(e)));
        set(eo, "desc", json_boolean(e->desc));
        set(eo, "nulls", str_or_null(sc_json_nulls(e->nulls)));
        if (sc_index_elem_op(e))   /* issue 12 */
            set(eo, "op", json_string(sc_index_elem_op(e)));
        json_array_append_new(els, eo);
    }
    return els;
}

/* issue 12: an exclusion constraint's index part */
static json_t *exclusion_json(const sc_index *ix)
{
    json_t *o = json_object();
    set(o, "method", str_or_null(ix->method));
    set(o, "elements", elems_json(ix->elems, ix->nelems));
    set(o, "include", names(&ix->include));
    set(o, "where", str_or_null(ix->where));
    return o;
}

static json_t *constraint_json(const sc_constraint *c)
{
    json_t *o = json_object();
    set(o, "kind", json_string(sc_json_con_kind(c->kind)));
    set(o, "name", str_or_null(c->name));
    set(o, "name_explicit", json_boolean(c->name_explicit));
    set(o, "columns", names(&c->columns));
    set(o, "check", str_or_null(c->check_expr));
    if (c->kind == SC_CON_FOREIGN_KEY) {
        json_t *r = json_object();
        set(r, "schema", str_or_null(c->ref_schema));
        set(r, "table", str_or_null(c->ref_table));
        set(r, "columns", names(&c->ref_columns));
        set(r, "on_delete", json_string(sc_json_fk_action(c->on_delete)));
        set(r, "on_update", json_string(sc_json_fk_action(c->on_update)));
        set(r, "deferrable", json_boolean(c->deferrable));
        set(r, "initially_deferred", json_boolean(c->initially_deferred));
        if (c->match_full)
            set(r, "match_full", json_true());
        set(o, "references", r);
    } else {
        set(o, "references", json_null());
    }
    /* issue 12's options: written only when set, so other models stay as they were */
    if (c->kind != SC_CON_FOREIGN_KEY && c->deferrable)
        set(o, "deferrable", json_true());
    if (c->kind != SC_CON_FOREIGN_KEY && c->initially_deferred)
        set(o, "initially_deferred", json_true());
    if (c->nulls_not_distinct)
        set(o, "nulls_not_distinct", json_true());
    if (c->no_inherit)
        set(o, "no_inherit", json_true());
    if (c->not_valid)
        set(o, "not_valid", json_true());
    if (sc_constraint_comment(c))
        set(o, "comment", json_string(sc_constraint_comment(c)));
    /* issue 12: a key's index, an exclusion constraint */
    if (sc_constraint_index_options(c)->n)
        set(o, "index_options", names(sc_constraint_index_options(c)));
    if (sc_constraint_index_tablespace(c))
        set(o, "index_tablespace", json_string(sc_constraint_index_tablespace(c)));
    if (sc_constraint_exclusion(c))
        set(o, "exclusion", exclusion_json(sc_constraint_exclusion(c)));
    if (sc_constraint_clustered(c))   /* tblprops6 */
        set(o, "clustered", json_true());
    return o;
}

static json_t *index_json(const sc_index *ix)
{
    json_t *o = json_object();
    set(o, "name", str_or_null(ix->name));
    set(o, "name_explicit", json_boolean(ix->name_explicit));
    set(o, "unique", json_boolean(ix->unique));
    set(o, "method", str_or_null(ix->method));
    set(o, "elements", elems_json(ix->elems, ix->nelems));
    set(o, "include", names(&ix->include));
    if (ix->nulls_not_distinct)
        set(o, "nulls_not_distinct", json_true());
    if (sc_index_options(ix)->n)
        set(o, "options", names(sc_index_options(ix)));
    if (sc_index_tablespace(ix))
        set(o, "tablespace", json_string(sc_index_tablespace(ix)));
    set(o, "where", str_or_null(ix->where));
    set(o, "comment", str_or_null(sc_index_comment(ix)));
    if (sc_index_clustered(ix))   /* tblprops6 */
        set(o, "clustered", json_true());
    return o;
}

static json_t *policy_json(const sc_policy *p)
{
    json_t *o = json_object();
    set(o, "name", json_string(p->name));
    set(o, "restrictive", json_boolean(p->restrictive));
    set(o, "command", json_string(sc_json_policy_cmd(p->cmd)));
    set(o, "roles", names(&p->roles));
    set(o, "using", str_or_null(p->using_expr));
    set(o, "with_check", str_or_null(p->check_expr));
    set(o, "comment", str_or_null(p->comment));
    return o;
}

static json_t *table_json(const sc_table *t)
{
    json_t *o = json_object();
    set(o, "schema", json_string(t->schema));
    set(o, "name", json_string(t->name));
    set(o, "comment", str_or_null(t->comment));
    set(o, "renamed_from", str_or_null(t->renamed_from));
    /* SQLite-only options: written only when set, so other models stay as they were */
    if (t->sqlite_autoincrement)
        set(o, "sqlite_autoincrement", json_true());
    if (t->sqlite_without_rowid)
        set(o, "sqlite_without_rowid", json_true());
    if (t->sqlite_strict)
        set(o, "sqlite_strict", json_true());
    /* PostgreSQL's (issue 12): written only when set, as the SQLite ones */
    if (t->unlogged)
        set(o, "unlogged", json_true());
    if (sc_table_options(t)->n)
        set(o, "options", names(sc_table_options(t)));
    char replica = sc_table_replica_identity(t);   /* tblprops6: only when not DEFAULT */
    if (replica != 'd')
        set(o, "replica_identity", json_string(replica == 'n' ? "nothing" : replica == 'f' ? "full" : "index"));
    if (replica == 'i')
        set(o, "replica_index", str_or_null(sc_table_replica_index(t)));
    /* partitioning and inheritance (issue 12 items 4-5): only when set */
    if (t->partition_key)
        set(o, "partition_by", json_string(t->partition_key));
    if (t->parent_name) {
        set(o, "partition_of", json_pack("{s:s, s:s}", "schema", t->parent_schema, "name", t->parent_name));
        set(o, "partition_bound", json_string(t->partition_bound ? t->partition_bound : "DEFAULT"));
    }
    if (t->inherits.n) {
        json_t *ih = json_array();
        for (size_t i = 0; i < t->inherits.n; i++)
            json_array_append_new(ih, json_pack("{s:s, s:s}", "schema", t->inherits_schemas.items[i],
                                                "name", t->inherits.items[i]));
        set(o, "inherits", ih);
    }
    json_t *a = json_array();
    for (size_t i = 0; i < t->columns.n; i++)
        json_array_append_new(a, column_json(SC_VEC_AT(t->columns, i, sc_column)));
    set(o, "columns", a);
    a = json_array();
    for (size_t i = 0; i < t->constraints.n; i++)
        json_array_append_new(a, constraint_json(SC_VEC_AT(t->constraints, i, sc_constraint)));
    set(o, "constraints", a);
    a = json_array();
    for (size_t i = 0; i < t->indexes.n; i++)
        json_array_append_new(a, index_json(SC_VEC_AT(t->indexes, i, sc_index)));
    set(o, "indexes", a);
    /* Row level security: written only when there is some, as the SQLite options */
    if (t->rls_enabled)
        set(o, "row_level_security", json_true());
    if (t->rls_forced)
        set(o, "force_row_level_security", json_true());
    if (t->policies.n) {
        a = json_array();
        for (size_t i = 0; i < t->policies.n; i++)
            json_array_append_new(a, policy_json(SC_VEC_AT(t->policies, i, sc_policy)));
        set(o, "policies", a);
    }
    return o;
}

static json_t *view_json(const sc_view *v)
{
    json_t *o = json_object();
    set(o, "schema", json_string(v->schema));
    set(o, "name", json_string(v->name));
    set(o, "materialized", json_boolean(v->materialized));
    set(o, "query", str_or_null(v->query));
    set(o, "column_list", names(&v->column_list));
    json_t *a = json_array();
    for (size_t i = 0; i < v->columns.n; i++) {
        const sc_view_column *c = SC_VEC_AT(v->columns, i, sc_view_column);
        json_t *co = json_object();
        set(co, "name", json_string(c->name));
        set(co, "type", c->type.name ? type_json(&c->type) : json_null());
        set(co, "comment", str_or_null(c->comment));
        json_array_append_new(a, co);
    }
    set(o, "columns", a);
    set(o, "check_option", str_or_null(sc_json_check_option(v->check_option)));
    set(o, "security_barrier", json_boolean(v->security_barrier));
    set(o, "security_invoker", json_boolean(v->security_invoker));
    set(o, "with_no_data", json_boolean(v->with_no_data));
    a = json_array();
    for (size_t i = 0; i < v->indexes.n; i++)
        json_array_append_new(a, index_json(SC_VEC_AT(v->indexes, i, sc_index)));
    set(o, "indexes", a);
    set(o, "comment", str_or_null(v->comment));
    set(o, "renamed_from", str_or_null(v->renamed_from));
    set(o, "sqlite_sql", str_or_null(v->sqlite_sql));
    if (v->refs_known) {
        a = json_array();
        for (size_t i = 0; i < v->refs.n; i++) {
            const sc_ref *r = SC_VEC_AT(v->refs, i, sc_ref);
            json_t *ro = json_object();
            set(ro, "kind", json_string(sc_json_ref_kind(r->kind)));
            set(ro, "schema", str_or_null(r->schema));
            set(ro, "name", json_string(r->name));
            set(ro, "column", str_or_null(r->column));
            json_array_append_new(a, ro);
        }
        set(o, "refs", a);
    } else {
        set(o, "refs", json_null());   /* not known: no catalog or parse tree said */
    }
    return o;
}

static json_t *sequence_json(const sc_sequence *s)
{
    json_t *o = json_object();
    set(o, "schema", json_string(s->schema));
    set(o, "name", json_string(s->name));
    set(o, "type", str_or_null(s->type));
    set(o, "start", json_integer(s->start));
    set(o, "increment", json_integer(s->increment));
    set(o, "min_value", s->has_min ? json_integer(s->min_value) : json_null());
    set(o, "max_value", s->has_max ? json_integer(s->max_value) : json_null());
    set(o, "cache", json_integer(s->cache));
    set(o, "cycle", json_boolean(s->cycle));
    if (s->comment)   /* issue 12: written only when set */
        set(o, "comment", json_string(s->comment));
    if (s->owned_by_table && s->owned_by_column) {
        json_t *ob = json_object();
        set(ob, "table", json_string(s->owned_by_table));
        set(ob, "column", json_string(s->owned_by_column));
        set(o, "owned_by", ob);
    } else {
        set(o, "owned_by", json_null());
    }
    return o;
}

/* Appends v as jansson prints it inside a document `depth` levels deep:
 * every line break gets the indentation of that depth (string values never
 * hold a raw line break: JSON escapes them). */
static void put_value(sc_strbuf *b, json_t *v, int depth)
{
    char *s = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
    json_decref(v);
    if (!s)
        abort();   /* only on out-of-memory */
    for (const char *p = s; *p; p++) {
        sc_sb_putc(b, *p);
        if (*p == '\n')
            for (int i = 0; i < depth; i++)
                sc_sb_puts(b, "  ");
    }
    free(s);
}

static void put_member(sc_strbuf *b, const char *key, json_t *v, bool last)
{
    sc_sb_printf(b, "  \"%s\": ", key);
    put_value(b, v, 1);
    sc_sb_puts(b, last ? "\n" : ",\n");
}

/* The document is written a table at a time, so that only one table's tree
 * exists at once: the whole tree of a 5,000-table model took 290 MB. The
 * bytes are those of dumping the whole tree (JSON_INDENT(2)). */
json_t *sc_json_functions(const sc_model *m);   /* json_routine.c */
json_t *sc_json_privileges(const sc_model *m);   /* json_privilege.c */
json_t *sc_json_triggers(const sc_model *m);
/* memory (issue 10): with a sink, the text so far is handed to it once it
 * passes this size, a table or a view at a time, rather than held whole
 * (the JSON of 5,000 tables is 40 MB). */
#define SC_JSON_SPILL (64 * 1024)
typedef struct json_out {
    sc_emit_sink sink;
    void *arg;
    int rc;
} json_out;

static void spill(sc_strbuf *b, json_out *out)
{
    if (!out || b->len < SC_JSON_SPILL)
        return;
    if (out->rc == 0)
        out->rc = out->sink(b->s, b->len, out->arg);
    b->len = 0;
}

static char *emit_json(const sc_model *m, json_out *out)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_puts(&b, "{\n");
    put_member(&b, "format", json_string(SC_JSON_FORMAT), false);
    put_member(&b, "version", json_integer(SC_JSON_VERSION), false);
    json_t *a = json_array();
    for (size_t i = 0; i < m->schemas.n; i++)
        json_array_append_new(a, json_string(SC_VEC_AT(m->schemas, i, const char)));
    put_member(&b, "schemas", a, false);
    /* issue 12: {"schema": "comment"}, written only when there are some */
    json_t *sc = NULL;
    for (size_t i = 0; i <= m->schemas.n; i++) {   /* public (implicit) first */
        const char *name = i ? SC_VEC_AT(m->schemas, i - 1, const char) : SC_DEFAULT_SCHEMA;
        const char *cm = i && !strcmp(name, SC_DEFAULT_SCHEMA) ? NULL : sc_model_schema_comment(m, name);
        if (!cm)
            continue;
        if (!sc)
            sc = json_object();
        set(sc, name, json_string(cm));
    }
    if (sc)
        put_member(&b, "schema_comments", sc, false);
    a = json_array();
    for (size_t i = 0; i < m->enums.n; i++) {
        const sc_enum *e = SC_VEC_AT(m->enums, i, sc_enum);
        json_t *o = json_object();
        set(o, "schema", json_string(e->schema));
        set(o, "name", json_string(e->name));
        set(o, "labels", names(&e->labels));
        set(o, "comment", str_or_null(e->comment));
        json_array_append_new(a, o);
    }
    put_member(&b, "enums", a, false);
    a = json_array();
    for (size_t i = 0; i < m->sequences.n; i++)
        json_array_append_new(a, sequence_json(SC_VEC_AT(m->sequences, i, sc_sequence)));
    put_member(&b, "sequences", a, false);
    sc_sb_puts(&b, "  \"tables\": [");
    for (size_t i = 0; i < m->tables.n; i++) {
        sc_sb_puts(&b, i ? ",\n    " : "\n    ");
        put_value(&b, table_json(SC_VEC_AT(m->tables, i, sc_table)), 2);
        spill(&b, out);
    }
    sc_sb_puts(&b, m->tables.n ? "\n  ]" : "]");
    /* Views: written only when there are some, so that the JSON of a model
     * without views stays what it was before views existed. */
    if (m->views.n) {
        sc_sb_puts(&b, ",\n  \"views\": [");
        for (size_t i = 0; i < m->views.n; i++) {
            sc_sb_puts(&b, i ? ",\n    " : "\n    ");
            put_value(&b, view_json(SC_VEC_AT(m->views, i, sc_view)), 2);
            spill(&b, out);
        }
        sc_sb_puts(&b, "\n  ]");
    }
    /* domains, composite and range types: only when there are some, as views */
    if (m->utypes.n) {
        sc_sb_puts(&b, ",\n  \"types\": [");
        for (size_t i = 0; i < m->utypes.n; i++) {
            sc_sb_puts(&b, i ? ",\n    " : "\n    ");
            put_value(&b, sc_json_utype(SC_VEC_AT(m->utypes, i, sc_utype)), 2);
        }
        sc_sb_puts(&b, "\n  ]");
    }
    /* extensions and collations: only when there are some, as views */
    json_t *ext = sc_json_extensions(m), *coll = sc_json_collations(m);
    if (ext) {
        sc_sb_puts(&b, ",\n  \"extensions\": ");
        put_value(&b, ext, 1);
    }
    if (coll) {
        sc_sb_puts(&b, ",\n  \"collations\": ");
        put_value(&b, coll, 1);
    }
    /* functions and triggers (json_routine.c): only when there are some */
    if (m->functions.n) {
        sc_sb_puts(&b, ",\n  \"functions\": ");
        put_value(&b, sc_json_functions(m), 1);
    }
    if (m->triggers.n) {
        sc_sb_puts(&b, ",\n  \"triggers\": ");
        put_value(&b, sc_json_triggers(m), 1);
    }
    /* privileges and ownership (json_privilege.c): only when there are some */
    json_t *privs = sc_json_privileges(m);
    if (privs) {
        sc_sb_puts(&b, ",\n  \"privileges\": ");
        put_value(&b, privs, 1);
    }
    sc_sb_puts(&b, "\n}\n");
    return sc_sb_take(&b);
}

char *sc_emit_json(const sc_model *m)
{
    return emit_json(m, NULL);
}

int sc_emit_json_to(const sc_model *m, sc_emit_sink sink, void *arg)
{
    json_out out = {sink, arg, 0};
    char *rest = emit_json(m, &out);
    if (out.rc == 0 && *rest)
        out.rc = sink(rest, strlen(rest), arg);
    free(rest);
    return out.rc;
}
