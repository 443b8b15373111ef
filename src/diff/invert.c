/* invert.c - each operation's inverse, hazard class and transaction needs. */
#include <string.h>

#include "diff/diff_int.h"
#include "model/strbuf.h"

static const char *const kind_names[SC_OP__COUNT] = {
    [SC_OP_NOP] = "nop",
    [SC_OP_CREATE_SCHEMA] = "create_schema", [SC_OP_DROP_SCHEMA] = "drop_schema",
    [SC_OP_CREATE_ENUM] = "create_enum", [SC_OP_DROP_ENUM] = "drop_enum",
    [SC_OP_ALTER_ENUM] = "alter_enum",
    [SC_OP_CREATE_SEQUENCE] = "create_sequence", [SC_OP_DROP_SEQUENCE] = "drop_sequence",
    [SC_OP_SEQUENCE_OWNER] = "sequence_owner", [SC_OP_ALTER_SEQUENCE] = "alter_sequence",
    [SC_OP_CREATE_TABLE] = "create_table", [SC_OP_DROP_TABLE] = "drop_table",
    [SC_OP_RENAME_TABLE] = "rename_table",
    [SC_OP_ADD_COLUMN] = "add_column", [SC_OP_DROP_COLUMN] = "drop_column",
    [SC_OP_RENAME_COLUMN] = "rename_column", [SC_OP_ALTER_COLUMN] = "alter_column",
    [SC_OP_ADD_CONSTRAINT] = "add_constraint", [SC_OP_DROP_CONSTRAINT] = "drop_constraint",
    [SC_OP_CREATE_INDEX] = "create_index", [SC_OP_DROP_INDEX] = "drop_index",
    [SC_OP_RENAME_CONSTRAINT] = "rename_constraint", [SC_OP_RENAME_INDEX] = "rename_index",
    [SC_OP_TABLE_COMMENT] = "table_comment", [SC_OP_INDEX_COMMENT] = "index_comment",
    [SC_OP_ENUM_COMMENT] = "enum_comment", [SC_OP_TABLE_OPTIONS] = "table_options",
    [SC_OP_CREATE_VIEW] = "create_view", [SC_OP_DROP_VIEW] = "drop_view",
    [SC_OP_REPLACE_VIEW] = "replace_view", [SC_OP_RENAME_VIEW] = "rename_view",
    [SC_OP_VIEW_COMMENT] = "view_comment",
    [SC_OP_CREATE_VIEW_INDEX] = "create_view_index", [SC_OP_DROP_VIEW_INDEX] = "drop_view_index",
    [SC_OP_CREATE_POLICY] = "create_policy", [SC_OP_DROP_POLICY] = "drop_policy",
    [SC_OP_ALTER_POLICY] = "alter_policy", [SC_OP_POLICY_COMMENT] = "policy_comment",
    [SC_OP_TABLE_RLS] = "row_level_security",
    /* domains, composite and range types */
    [SC_OP_CREATE_UTYPE] = "create_type", [SC_OP_DROP_UTYPE] = "drop_type",
    [SC_OP_ALTER_DOMAIN] = "alter_domain", [SC_OP_ALTER_COMPOSITE] = "alter_type",
    [SC_OP_REBUILD_UTYPE] = "rebuild_type", [SC_OP_UTYPE_COMMENT] = "type_comment",
    /* extensions and collations */
    [SC_OP_CREATE_EXTENSION] = "create_extension", [SC_OP_DROP_EXTENSION] = "drop_extension",
    [SC_OP_ALTER_EXTENSION] = "alter_extension",
    [SC_OP_CREATE_COLLATION] = "create_collation", [SC_OP_DROP_COLLATION] = "drop_collation",
    [SC_OP_REPLACE_COLLATION] = "replace_collation",
    /* functions and triggers */
    [SC_OP_CREATE_FUNCTION] = "create_function", [SC_OP_DROP_FUNCTION] = "drop_function",
    [SC_OP_REPLACE_FUNCTION] = "replace_function", [SC_OP_CREATE_TRIGGER] = "create_trigger",
    [SC_OP_DROP_TRIGGER] = "drop_trigger", [SC_OP_TRIGGER_STATE] = "trigger_state",
    /* table constraints (issue 12) */
    [SC_OP_VALIDATE_CONSTRAINT] = "validate_constraint",
    [SC_OP_CONSTRAINT_COMMENT] = "constraint_comment", [SC_OP_SEQUENCE_COMMENT] = "sequence_comment",
    [SC_OP_SCHEMA_COMMENT] = "schema_comment",
    /* privileges and ownership */
    [SC_OP_GRANT] = "grant", [SC_OP_OWNER] = "owner", [SC_OP_DEFAULT_PRIVS] = "default_privileges",
    /* partitioning and inheritance */
    [SC_OP_TABLE_PARENTS] = "table_parents",
    [SC_OP_CON_INDEX] = "constraint_index",   /* issue 12 */
    [SC_OP_INDEX_STORAGE] = "index_storage",   /* issue 12 (privs2) */
    [SC_OP_TABLE_INDEX_PROPS] = "table_index_props",   /* tblprops6 */
    [SC_OP_REFRESH_VIEW] = "refresh_materialized_view",   /* callers4 */
    /* issue 12 */
    [SC_OP_FUNCTION_COMMENT] = "function_comment", [SC_OP_TRIGGER_COMMENT] = "trigger_comment",
    [SC_OP_COLLATION_COMMENT] = "collation_comment",
};

const char *sc_op_kind_name(sc_op_kind k)
{
    return k < SC_OP__COUNT && kind_names[k] ? kind_names[k] : "?";
}

static sc_op_kind mirror(sc_op_kind k)
{
    switch (k) {
    case SC_OP_CREATE_SCHEMA: return SC_OP_DROP_SCHEMA;
    case SC_OP_DROP_SCHEMA: return SC_OP_CREATE_SCHEMA;
    case SC_OP_CREATE_ENUM: return SC_OP_DROP_ENUM;
    case SC_OP_DROP_ENUM: return SC_OP_CREATE_ENUM;
    case SC_OP_CREATE_SEQUENCE: return SC_OP_DROP_SEQUENCE;
    case SC_OP_DROP_SEQUENCE: return SC_OP_CREATE_SEQUENCE;
    case SC_OP_CREATE_TABLE: return SC_OP_DROP_TABLE;
    case SC_OP_DROP_TABLE: return SC_OP_CREATE_TABLE;
    case SC_OP_ADD_COLUMN: return SC_OP_DROP_COLUMN;
    case SC_OP_DROP_COLUMN: return SC_OP_ADD_COLUMN;
    case SC_OP_ADD_CONSTRAINT: return SC_OP_DROP_CONSTRAINT;
    case SC_OP_DROP_CONSTRAINT: return SC_OP_ADD_CONSTRAINT;
    case SC_OP_CREATE_INDEX: return SC_OP_DROP_INDEX;
    case SC_OP_DROP_INDEX: return SC_OP_CREATE_INDEX;
    case SC_OP_CREATE_VIEW: return SC_OP_DROP_VIEW;
    case SC_OP_DROP_VIEW: return SC_OP_CREATE_VIEW;
    case SC_OP_CREATE_VIEW_INDEX: return SC_OP_DROP_VIEW_INDEX;
    case SC_OP_DROP_VIEW_INDEX: return SC_OP_CREATE_VIEW_INDEX;
    case SC_OP_CREATE_POLICY: return SC_OP_DROP_POLICY;
    case SC_OP_DROP_POLICY: return SC_OP_CREATE_POLICY;
    /* domains, composite and range types */
    case SC_OP_CREATE_UTYPE: return SC_OP_DROP_UTYPE;
    case SC_OP_DROP_UTYPE: return SC_OP_CREATE_UTYPE;
    /* extensions and collations */
    case SC_OP_CREATE_EXTENSION: return SC_OP_DROP_EXTENSION;
    case SC_OP_DROP_EXTENSION: return SC_OP_CREATE_EXTENSION;
    case SC_OP_CREATE_COLLATION: return SC_OP_DROP_COLLATION;
    case SC_OP_DROP_COLLATION: return SC_OP_CREATE_COLLATION;
    /* functions and triggers */
    case SC_OP_CREATE_FUNCTION: return SC_OP_DROP_FUNCTION;
    case SC_OP_DROP_FUNCTION: return SC_OP_CREATE_FUNCTION;
    case SC_OP_CREATE_TRIGGER: return SC_OP_DROP_TRIGGER;
    case SC_OP_DROP_TRIGGER: return SC_OP_CREATE_TRIGGER;
    default: return k;   /* renames and alters invert by swapping sides */
    }
}

sc_op *sc_op_invert(sc_arena *a, const sc_op *op, const sc_diff_opts *o)
{
    sc_op *r = sc_arena_alloc(a, sizeof *r);
    *r = *op;
    r->kind = mirror(op->kind);
    r->from = op->to;
    r->to = op->from;
    r->t_from = op->t_to;
    r->t_to = op->t_from;
    r->v_from = op->v_to;
    r->v_to = op->v_from;
    r->default_part_from = op->default_part_to;   /* parts7 */
    r->default_part_to = op->default_part_from;
    r->deps = NULL;
    r->ndeps = r->capdeps = 0;
    if (op->kind == SC_OP_RENAME_TABLE || op->kind == SC_OP_RENAME_COLUMN || op->kind == SC_OP_RENAME_VIEW ||
        op->kind == SC_OP_RENAME_CONSTRAINT || op->kind == SC_OP_RENAME_INDEX) {
        r->name = op->old_name;
        r->old_name = op->name;
        if (op->kind == SC_OP_RENAME_TABLE)
            r->table = op->old_name;
    }
    /* funcdeps: DROP_UTYPE / CREATE_UTYPE with uses park and unpark columns */
    if ((op->kind == SC_OP_ALTER_ENUM || op->kind == SC_OP_REBUILD_UTYPE || op->kind == SC_OP_DROP_UTYPE ||
         op->kind == SC_OP_CREATE_UTYPE) && op->nuses) {
        r->uses = sc_arena_alloc(a, op->nuses * sizeof *r->uses);
        for (size_t i = 0; i < op->nuses; i++) {
            r->uses[i] = op->uses[i];
            r->uses[i].col = op->uses[i].col_from;
            r->uses[i].col_from = op->uses[i].col;
        }
    }
    /* partmig: what the table joins, read backwards, is what it leaves */
    if (op->kind == SC_OP_TABLE_PARENTS) {
        unsigned lj = SC_CHG_PARENTS_LEAVE | SC_CHG_PARENTS_JOIN;
        r->changes = (op->changes & ~lj) | (op->changes & SC_CHG_PARENTS_LEAVE ? SC_CHG_PARENTS_JOIN : 0) |
                     (op->changes & SC_CHG_PARENTS_JOIN ? SC_CHG_PARENTS_LEAVE : 0);
        r->note = NULL;
    }
    /* tblprops6: the half that writes is the other one read backwards */
    if (op->kind == SC_OP_TABLE_INDEX_PROPS)
        r->changes = op->changes ^ SC_CHG_IXP_SET;
    sc_op_classify(a, r, o);
    return r;
}

bool sc_op_silent(const sc_op *op)
{
    return op->kind == SC_OP_TABLE_INDEX_PROPS && !(op->changes & SC_CHG_IXP_SET);
}

bool sc_enum_only_adds(const sc_enum *from, const sc_enum *to)
{
    size_t j = 0;
    for (size_t i = 0; i < to->labels.n && j < from->labels.n; i++)
        if (!strcmp(to->labels.items[i], from->labels.items[j]))
            j++;
    return j == from->labels.n;
}

static bool enum_removes(const sc_enum *from, const sc_enum *to)
{
    for (size_t i = 0; i < from->labels.n; i++) {
        bool found = false;
        for (size_t j = 0; j < to->labels.n && !found; j++)
            found = !strcmp(from->labels.items[i], to->labels.items[j]);
        if (!found)
            return true;
    }
    return false;
}

static const char *tq(sc_arena *a, const sc_op *op)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_qualified(&b, op->schema, op->table ? op->table : op->name);
    char *s = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}

static const char *cq(sc_arena *a, const char *name)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_ident(&b, name);
    char *s = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}

void sc_op_classify(sc_arena *a, sc_op *op, const sc_diff_opts *o)
{
    bool pg = o->dialect == SC_DIALECT_POSTGRESQL;
    op->hazard = SC_HAZ_NONE;
    op->hazard_msg = NULL;
    op->no_transaction = false;
    switch (op->kind) {
    case SC_OP_DROP_TABLE:
        op->hazard = SC_HAZ_DATA_LOSS;
        op->hazard_msg = sc_arena_printf(a, "drops table %s and all its rows", tq(a, op));
        break;
    case SC_OP_DROP_COLUMN: {
        const sc_column *col = op->from;
        if (!col->generated) {
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "drops column %s.%s and its data", tq(a, op), cq(a, op->name));
        }
        break;
    }
    case SC_OP_ADD_COLUMN: {
        const sc_column *col = op->to;
        if (col->generated && op->t_from && sc_table_column(op->t_from, col->name) &&
            !sc_table_column(op->t_from, col->name)->generated) {
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "%s.%s becomes a generated column: its data is replaced",
                                             tq(a, op), cq(a, col->name));
        } else if (op->t_from && col->not_null && !col->default_expr && !col->identity && !col->generated) {
            /* existing rows would get NULL: both engines refuse */
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "adds NOT NULL column %s.%s without a default: fails if %s has rows: "
                                             "give it a default or add it nullable, fill it, then set NOT NULL",
                                             tq(a, op), cq(a, col->name), tq(a, op));
        }
        break;
    }
    case SC_OP_ALTER_COLUMN: {
        const sc_column *f = op->from, *t = op->to;
        const char *narrows = NULL, *not_null = NULL;
        if ((op->changes & SC_CHG_TYPE) && sc_type_narrows(&f->type, &t->type))
            narrows = sc_arena_printf(a, "type of %s.%s changes from %s to %s: values may not fit",
                                      tq(a, op), cq(a, op->name), sc_type_sql(a, &f->type),
                                      sc_type_sql(a, &t->type));
        /* a default does not fill the NULLs already there: both are said */
        if ((op->changes & SC_CHG_NULL) && t->not_null)
            not_null = sc_arena_printf(a, "%s.%s becomes NOT NULL: fails if it holds NULLs",
                                       tq(a, op), cq(a, op->name));
        if (narrows || not_null) {
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = narrows && not_null ? sc_arena_printf(a, "%s; and %s", narrows, not_null)
                                                 : narrows ? narrows : not_null;
        }
        break;
    }
    case SC_OP_ALTER_ENUM: {
        const sc_enum *f = op->from, *t = op->to;
        if (pg && sc_enum_only_adds(f, t)) {
            /* ADD VALUE: a new value cannot be used in the transaction that adds it */
            op->no_transaction = true;
        } else if (enum_removes(f, t)) {
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "enum %s loses values: rows holding them make the change fail",
                                             cq(a, t->name));
        } else {
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "enum %s is rebuilt to reorder its values", cq(a, t->name));
        }
        break;
    }
    case SC_OP_CREATE_INDEX:
    case SC_OP_DROP_INDEX:
        if (pg && o->concurrently)
            op->no_transaction = true;
        break;
    case SC_OP_CREATE_VIEW:
        /* a materialized view dropped and created again: its rows are
         * computed anew (or, WITH NO DATA, gone until it is refreshed) */
        if (op->v_to && op->v_to->materialized && op->note) {
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "materialized view %s is re-created: %s", tq(a, op),
                                             op->v_to->with_no_data
                                                 ? "it holds no rows until REFRESH MATERIALIZED VIEW"
                                                 : "its query runs again to fill it");
        }
        break;
    case SC_OP_REFRESH_VIEW:
        /* fns5: not CONCURRENTLY (it needs a unique index and cannot run
         * in a transaction block): the view is locked while it refills */
        op->hazard = SC_HAZ_DATA_LOSS;
        op->hazard_msg = sc_arena_printf(a, "REFRESH MATERIALIZED VIEW %s holds an ACCESS EXCLUSIVE lock on it "
                                            "while its query runs again: every read of it waits until then",
                                         tq(a, op));
        break;
    /* domains, composite and range types */
    case SC_OP_ALTER_DOMAIN:
    case SC_OP_ALTER_COMPOSITE:
    case SC_OP_REBUILD_UTYPE:
        sc_utype_classify(a, op);
        break;
    /* extensions and collations */
    case SC_OP_DROP_EXTENSION:
        op->hazard = SC_HAZ_DATA_LOSS;
        op->hazard_msg = sc_arena_printf(a, "drops extension %s and every object it installed: it fails while "
                                            "columns, indexes or views still use them", cq(a, op->name));
        break;
    case SC_OP_ALTER_EXTENSION: {
        /* going back: dropped and created where the server has no update
         * path down (sc_ddl_alter_extension) */
        const sc_extension *f = op->from, *t = op->to;
        if (f->version && t->version && strcmp(f->version, t->version) &&
            !sc_extension_version_up(f->version, t->version)) {
            op->hazard = SC_HAZ_DATA_LOSS;
            op->hazard_msg = sc_arena_printf(a, "extension %s goes from version %s to %s: where PostgreSQL has no "
                                                "update path that way (most extensions have none back), it is "
                                                "dropped and created at %s, which fails while columns, indexes or "
                                                "views use its objects", cq(a, op->name), f->version, t->version,
                                             t->version);
        }
        break;
    }
    case SC_OP_DROP_COLLATION:
        op->hazard = SC_HAZ_DATA_LOSS;
        op->hazard_msg = sc_arena_printf(a, "drops collation %s: it fails while a column or index uses it",
                                         tq(a, op));
        break;
    case SC_OP_REPLACE_COLLATION:
        op->hazard = SC_HAZ_DATA_LOSS;
        op->hazard_msg = sc_arena_printf(a, "collation %s is re-created with another definition: the columns "
                                            "that use it are rewritten and their indexes rebuilt, and values "
                                            "that were distinct may compare equal", tq(a, op));
        break;
    case SC_OP_CREATE_TABLE:   /* parts7: a partition beside a DEFAULT one */
        op->hazard_msg = pg ? sc_partition_create_hazard(a, op) : NULL;
        op->hazard = op->hazard_msg ? SC_HAZ_DATA_LOSS : SC_HAZ_NONE;
        break;
    case SC_OP_TABLE_PARENTS:   /* partitioning and inheritance (diff_partition.c) */
        op->hazard_msg = sc_partition_hazard(a, op);
        op->hazard = op->hazard_msg ? SC_HAZ_DATA_LOSS : SC_HAZ_NONE;
        break;
    default:
        break;
    }
}

bool sc_op_is_view_kind(sc_op_kind k)
{
    switch (k) {
    case SC_OP_CREATE_VIEW:
    case SC_OP_DROP_VIEW:
    case SC_OP_REPLACE_VIEW:
    case SC_OP_RENAME_VIEW:
    case SC_OP_VIEW_COMMENT:
    case SC_OP_CREATE_VIEW_INDEX:
    case SC_OP_DROP_VIEW_INDEX:
    case SC_OP_REFRESH_VIEW:   /* callers4 */
        return true;
    default:
        return false;
    }
}

/* A view op whose view is materialized: its summary line says so, as the
 * SQL it stands for does (CREATE MATERIALIZED VIEW), not "view" (a
 * refresh's kind name says it already). */
static bool on_matview(const sc_op *op)
{
    const sc_view *v = op->v_to ? op->v_to : op->v_from;
    return sc_op_is_view_kind(op->kind) && op->kind != SC_OP_REFRESH_VIEW && v && v->materialized;
}

const char *sc_op_describe(sc_arena *a, const sc_op *op)
{
    const char *k = sc_op_kind_name(op->kind);
    sc_strbuf b = SC_STRBUF_INIT;
    bool mat = on_matview(op);
    for (const char *p = k; *p; p++) {
        if (mat && !strncmp(p, "view", 4) && (p == k || p[-1] == '_')) {
            sc_sb_puts(&b, "materialized view");
            p += 3;
            continue;
        }
        sc_sb_putc(&b, *p == '_' ? ' ' : *p);
    }
    sc_sb_putc(&b, ' ');
    if (sc_is_privilege_op(op->kind)) {   /* privileges and ownership */
        sc_sb_free(&b);
        return sc_privilege_describe(a, op);
    }
    if (sc_is_object_comment_op(op->kind)) {   /* issue 12 */
        sc_sb_free(&b);
        return sc_object_comment_describe(a, op);
    }
    if (op->kind >= SC_OP_CREATE_FUNCTION && op->kind <= SC_OP_TRIGGER_STATE) {   /* functions, triggers */
        sc_sb_puts(&b, sc_routine_describe(a, op));
        const char *r = sc_arena_strdup(a, sc_sb_cstr(&b));
        sc_sb_free(&b);
        return r;
    }
    switch (op->kind) {
    case SC_OP_CREATE_SCHEMA:
    case SC_OP_DROP_SCHEMA:
        sc_sb_ident(&b, op->name);
        break;
    case SC_OP_CREATE_ENUM:
    case SC_OP_DROP_ENUM:
    case SC_OP_ALTER_ENUM:
    case SC_OP_ENUM_COMMENT:
    case SC_OP_SEQUENCE_COMMENT:
    case SC_OP_SCHEMA_COMMENT:
    case SC_OP_CREATE_SEQUENCE:
    case SC_OP_DROP_SEQUENCE:
    case SC_OP_SEQUENCE_OWNER:
    case SC_OP_ALTER_SEQUENCE:
    case SC_OP_CREATE_TABLE:
    case SC_OP_DROP_TABLE:
    case SC_OP_TABLE_COMMENT:
    case SC_OP_TABLE_OPTIONS:
    case SC_OP_TABLE_RLS:
    case SC_OP_TABLE_PARENTS:   /* partitioning and inheritance */
    case SC_OP_TABLE_INDEX_PROPS:   /* tblprops6 */
    case SC_OP_CREATE_VIEW:
    case SC_OP_DROP_VIEW:
    case SC_OP_REPLACE_VIEW:
    case SC_OP_VIEW_COMMENT:
    /* domains, composite and range types */
    case SC_OP_CREATE_UTYPE:
    case SC_OP_DROP_UTYPE:
    case SC_OP_ALTER_DOMAIN:
    case SC_OP_ALTER_COMPOSITE:
    case SC_OP_REBUILD_UTYPE:
    case SC_OP_UTYPE_COMMENT:
    /* extensions and collations */
    case SC_OP_CREATE_COLLATION:
    case SC_OP_DROP_COLLATION:
    case SC_OP_REPLACE_COLLATION:
        sc_sb_qualified(&b, op->schema, op->name);
        break;
    case SC_OP_CREATE_EXTENSION:
    case SC_OP_DROP_EXTENSION:
    case SC_OP_ALTER_EXTENSION:
        sc_sb_ident(&b, op->name);
        break;
    case SC_OP_REFRESH_VIEW:   /* callers4: named as it is when refreshed */
        sc_sb_qualified(&b, op->v_to->schema, op->v_to->name);
        break;
    case SC_OP_RENAME_VIEW:
        sc_sb_qualified(&b, op->schema, op->old_name);
        sc_sb_puts(&b, " to ");
        sc_sb_ident(&b, op->name);
        break;
    case SC_OP_RENAME_TABLE:
        sc_sb_qualified(&b, op->schema, op->old_name);
        sc_sb_puts(&b, " to ");
        sc_sb_ident(&b, op->name);
        break;
    case SC_OP_RENAME_COLUMN:
    case SC_OP_RENAME_CONSTRAINT:
    case SC_OP_RENAME_INDEX:
        sc_sb_qualified(&b, op->schema, op->table);
        sc_sb_putc(&b, '.');
        sc_sb_ident(&b, op->old_name);
        sc_sb_puts(&b, " to ");
        sc_sb_ident(&b, op->name);
        break;
    default:
        sc_sb_qualified(&b, op->schema, op->table);
        sc_sb_putc(&b, '.');
        sc_sb_ident(&b, op->name ? op->name : "");
        break;
    }
    if (op->kind == SC_OP_ALTER_COLUMN) {
        static const char *const what[] = {"type", "nullability", "default", "identity",
                                           "collation", "comment", "enum", "identity options"};
        sc_sb_puts(&b, " (");
        bool first = true;
        for (int i = 0; i < 8; i++)
            if (op->changes & (1u << i)) {
                sc_sb_printf(&b, "%s%s", first ? "" : ", ", what[i]);
                first = false;
            }
        if (op->changes & SC_CHG_STORAGE) {
            sc_sb_printf(&b, "%sstorage", first ? "" : ", ");
            first = false;
        }
        if (op->changes & SC_CHG_STATISTICS) {   /* tblprops6 */
            sc_sb_printf(&b, "%sstatistics", first ? "" : ", ");
            first = false;
        }
        if (op->changes & SC_CHG_COLUMN_OPTIONS)   /* attopts7 */
            sc_sb_printf(&b, "%sstatistics options", first ? "" : ", ");
        sc_sb_putc(&b, ')');
    }
    if (op->kind == SC_OP_TABLE_INDEX_PROPS)   /* tblprops6 */
        sc_sb_printf(&b, " (%s%s%s)", op->changes & SC_CHG_IXP_REPLICA ? "replica identity" : "",
                     (op->changes & SC_CHG_IXP_REPLICA) && (op->changes & SC_CHG_IXP_CLUSTER) ? ", " : "",
                     op->changes & SC_CHG_IXP_CLUSTER ? "cluster on" : "");

    if (op->note)   /* why a view is dropped and created again */
        sc_sb_printf(&b, " (%s)", op->note);
    char *s = sc_arena_strdup(a, sc_sb_cstr(&b));
    sc_sb_free(&b);
    return s;
}
