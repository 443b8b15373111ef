/* build_utype.c - domains, composite and range types from the grammar.
 *
 * A domain's unnamed checks get PostgreSQL's own names (<domain>_check,
 * <domain>_check1, ...), so that a declared domain and the one the
 * database holds name them alike. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/pstate.h"

/* Parses the type text of span s into *out; false (and an error) when it
 * is not a type. */
static bool parse_type(sc_pstate *ps, sc_span s, sc_type *out)
{
    const char *err;
    if (sc_type_parse(ps->m->arena, sc_pb_text(ps, s), out, &err) != 0) {
        sc_pb_error(ps, s, "invalid type: %s", err);
        memset(out, 0, sizeof *out);
        out->name = "text";
        return false;
    }
    return true;
}

void sc_pb_utype_begin(sc_pstate *ps, sc_utype_kind kind, const sc_qn *qn)
{
    const char *schema = sc_pb_schema_of(ps, qn);
    sc_utype *u = sc_model_add_utype(ps->m, kind, schema, qn->name);
    if (!u) {
        const sc_utype *first = sc_model_utype(ps->m, schema, qn->name);
        sc_pb_error(ps, qn->span, "duplicate type \"%s\" (already a %s)", qn->name, sc_utype_kind_name(first->kind));
        sc_pb_note_first(ps, first->loc);
        u = sc_arena_alloc(ps->m->arena, sizeof *u);   /* parse on into a stand-in */
        u->kind = kind;
        u->schema = schema;
        u->name = qn->name;
    } else if (strcmp(schema, SC_DEFAULT_SCHEMA) != 0) {
        sc_model_add_schema(ps->m, schema);
    }
    u->loc = sc_pb_loc(ps, qn->span);
    ps->utype = u;
    ps->attr = NULL;
    memset(ps->utype_clause, 0, sizeof ps->utype_clause);
}

void sc_pb_domain_begin(sc_pstate *ps, const sc_qn *qn, sc_span type)
{
    sc_pb_utype_begin(ps, SC_UTYPE_DOMAIN, qn);
    ps->utype->base_loc = sc_pb_loc(ps, type);
    parse_type(ps, type, &ps->utype->base);
}

/* A clause written twice is a mistake, not an override. */
static bool once(sc_pstate *ps, int which, sc_span s, const char *what)
{
    if (ps->utype_clause[which].end) {
        sc_pb_error(ps, s, "domain \"%s\": %s given twice", ps->utype->name, what);
        sc_pb_note_first(ps, sc_pb_loc(ps, ps->utype_clause[which]));
        return false;
    }
    ps->utype_clause[which] = s;
    return true;
}

void sc_pb_domain_not_null(sc_pstate *ps, bool not_null, sc_span s)
{
    if (once(ps, 0, s, "NULL / NOT NULL"))
        ps->utype->not_null = not_null;
}

void sc_pb_domain_default(sc_pstate *ps, const char *expr, sc_span s)
{
    if (once(ps, 1, s, "a default"))
        ps->utype->default_expr = expr;
}

void sc_pb_domain_collate(sc_pstate *ps, const char *collation, sc_span s)
{
    if (once(ps, 2, s, "a collation"))
        ps->utype->collation = collation;
}

void sc_pb_domain_check(sc_pstate *ps, const char *name, const char *expr, bool not_valid, sc_span s)
{
    sc_utype *u = ps->utype;
    for (size_t i = 0; name && i < u->checks.n; i++) {
        const sc_domain_check *k = SC_VEC_AT(u->checks, i, sc_domain_check);
        if (k->name && !strcmp(k->name, name)) {
            sc_pb_error(ps, s, "duplicate check \"%s\" in domain \"%s\"", name, u->name);
            sc_pb_note_first(ps, k->loc);
            return;
        }
    }
    sc_domain_check *k = sc_utype_add_check(ps->m, u, NULL, NULL);
    k->name = name;
    k->expr = expr;
    k->not_valid = not_valid;
    k->loc = sc_pb_loc(ps, s);
}

void sc_pb_domain_not_valid(sc_pstate *ps, sc_span s)
{
    sc_utype *u = ps->utype;
    sc_domain_check *k = u->checks.n ? SC_VEC_AT(u->checks, u->checks.n - 1, sc_domain_check) : NULL;
    if (!k || k->not_valid) {
        sc_pb_error(ps, s, "domain \"%s\": NOT VALID belongs after a check", u->name);
        return;
    }
    k->not_valid = true;
}

void sc_pb_utype_attr(sc_pstate *ps, const char *name, sc_span name_span, sc_span type, const char *collation)
{
    sc_utype *u = ps->utype;
    for (size_t i = 0; i < u->attrs.n; i++) {
        const sc_type_attr *at = SC_VEC_AT(u->attrs, i, sc_type_attr);
        if (!strcmp(at->name, name)) {
            sc_pb_error(ps, name_span, "duplicate attribute \"%s\" in type \"%s\"", name, u->name);
            sc_pb_note_first(ps, at->loc);
            ps->attr = NULL;
            return;
        }
    }
    sc_type_attr *at = sc_utype_add_attr(ps->m, u, name);
    at->loc = sc_pb_loc(ps, name_span);
    at->type_loc = sc_pb_loc(ps, type);
    at->collation = collation;
    parse_type(ps, type, &at->type);
    ps->attr = at;
}

void sc_pb_utype_attr_renamed(sc_pstate *ps, const char *old)
{
    if (ps->attr)
        ps->attr->renamed_from = old;
}

/* An option's value as SQL names it: blanks out, unquoted words folded to
 * lower case, quoted ones kept with their quotes ("C", app.f). */
static const char *option_value(sc_pstate *ps, sc_span s)
{
    const char *t = ps->src->text;
    char *r = sc_arena_alloc(ps->m->arena, s.end - s.start + 1);
    size_t k = 0;
    bool quoted = false;
    for (uint32_t i = s.start; i < s.end; i++) {
        char c = t[i];
        if (c == '"')
            quoted = !quoted;
        if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))
            continue;
        r[k++] = !quoted && c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    r[k] = 0;
    return r;
}

void sc_pb_range_option(sc_pstate *ps, const char *name, sc_span name_span, sc_span op, sc_span value)
{
    sc_utype *u = ps->utype;
    if (op.end != op.start + 1 || ps->src->text[op.start] != '=') {
        sc_pb_error(ps, op, "expected \"=\" after range option \"%s\"", name);
        return;
    }
    static const char *const names[] = {"subtype", "subtype_opclass", "collation", "canonical", "subtype_diff",
                                        "multirange_type_name"};
    const char **slots[] = {NULL, &u->subtype_opclass, &u->collation, &u->canonical, &u->subtype_diff,
                            &u->multirange};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(name, names[i]))
            continue;
        bool given = i == 0 ? u->base.name != NULL : *slots[i] != NULL;
        if (given) {
            sc_pb_error(ps, name_span, "range type \"%s\": option %s given twice", u->name, name);
            return;
        }
        if (i == 0) {
            u->base_loc = sc_pb_loc(ps, value);
            parse_type(ps, value, &u->base);
        } else {
            const char *v = option_value(ps, value);
            /* collation names are kept unquoted, as columns keep theirs */
            size_t n = strlen(v);
            if (i == 2 && n >= 2 && v[0] == '"' && v[n - 1] == '"')
                v = sc_arena_strndup(ps->m->arena, v + 1, n - 2);
            *slots[i] = v;
        }
        return;
    }
    sc_pb_error(ps, name_span,
                "unknown range option \"%s\" (subtype, subtype_opclass, collation, canonical, subtype_diff, "
                "multirange_type_name)", name);
}

/* PostgreSQL's names for unnamed domain checks: <domain>_check, then
 * <domain>_check1, ... (ChooseConstraintName), cut to 63 bytes. */
static void name_checks(sc_pstate *ps, sc_utype *u)
{
    int next = 0;
    for (size_t i = 0; i < u->checks.n; i++) {
        sc_domain_check *k = SC_VEC_AT(u->checks, i, sc_domain_check);
        if (k->name)
            continue;
        for (;;) {
            char suffix[24];
            if (next)
                snprintf(suffix, sizeof suffix, "_check%d", next);
            else
                snprintf(suffix, sizeof suffix, "_check");
            next++;
            size_t ln = strlen(u->name), ls = strlen(suffix);
            if (ln + ls > SC_PG_NAMEDATALEN)
                ln = SC_PG_NAMEDATALEN - ls;
            const char *cand = sc_arena_printf(ps->m->arena, "%.*s%s", (int)ln, u->name, suffix);
            bool taken = false;
            for (size_t j = 0; j < u->checks.n && !taken; j++) {
                const sc_domain_check *o = SC_VEC_AT(u->checks, j, sc_domain_check);
                taken = o->name && !strcmp(o->name, cand);
            }
            if (!taken) {
                k->name = cand;
                break;
            }
        }
    }
}

void sc_pb_utype_end(sc_pstate *ps, const char *comment)
{
    sc_utype *u = ps->utype;
    if (!u)
        return;
    u->comment = comment;
    if (u->kind == SC_UTYPE_DOMAIN)
        name_checks(ps, u);
    if (u->kind == SC_UTYPE_RANGE && !u->base.name) {
        ps->nerrors++;
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, u->loc, "range type \"%s\" needs a subtype (subtype = TYPE)",
                    u->name);
    }
    ps->utype = NULL;
    ps->attr = NULL;
}
