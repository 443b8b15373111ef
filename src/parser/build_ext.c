/* build_ext.c - the DSL's extensions and collations -> the model.
 *
 *   extension citext [with schema ext] [version '1.6']
 *   collation [s.]NAME { provider icu  locale 'und-u-ks-level2'  deterministic false }
 *   collation [s.]NAME { locale 'C' }                       -- libc, the default provider
 *   collation [s.]NAME { lc_collate 'C'  lc_ctype 'en_US.utf8' }
 *
 * A collation is kept as pg_collation holds it (model.h): libc's LOCALE
 * becomes lc_collate and lc_ctype. Errors point at the option. */
#include <string.h>

#include "parser/pstate.h"

void sc_pb_extension_begin(sc_pstate *ps, const char *name, sc_span s)
{
    sc_extension *e = sc_model_add_extension(ps->m, name);
    if (!e) {
        sc_pb_error(ps, s, "duplicate extension \"%s\"", name);
        const sc_extension *first = sc_model_extension(ps->m, name);
        if (first->loc.src)
            sc_diag_add(ps->d, SC_SEV_NOTE, SC_ERR_NONE, first->loc, "first defined here");
        e = sc_arena_alloc(ps->m->arena, sizeof *e);   /* parse on into a stand-in */
        e->name = name;
    }
    e->loc = sc_pb_loc(ps, s);
    ps->ext = e;
}

void sc_pb_extension_schema(sc_pstate *ps, const char *schema, sc_span s)
{
    if (ps->ext->schema) {
        sc_pb_error(ps, s, "extension \"%s\": the schema is given twice", ps->ext->name);
        return;
    }
    ps->ext->schema = schema;
    if (strcmp(schema, SC_DEFAULT_SCHEMA) != 0)
        sc_model_add_schema(ps->m, schema);   /* it exists implicitly, as a table's does */
}

void sc_pb_extension_version(sc_pstate *ps, const char *version, sc_span s)
{
    if (ps->ext->version) {
        sc_pb_error(ps, s, "extension \"%s\": the version is given twice", ps->ext->name);
        return;
    }
    if (!*version) {
        sc_pb_error(ps, s, "extension \"%s\": the version is empty", ps->ext->name);
        return;
    }
    ps->ext->version = version;
}

void sc_pb_collation_begin(sc_pstate *ps, const sc_qn *qn)
{
    const char *schema = sc_pb_schema_of(ps, qn);
    sc_collation *c = sc_model_add_collation(ps->m, schema, qn->name);
    if (!c) {
        sc_pb_error(ps, qn->span, "duplicate collation \"%s\"", qn->name);
        const sc_collation *first = sc_model_collation(ps->m, schema, qn->name);
        if (first->loc.src)
            sc_diag_add(ps->d, SC_SEV_NOTE, SC_ERR_NONE, first->loc, "first defined here");
        c = sc_arena_alloc(ps->m->arena, sizeof *c);
        c->schema = schema;
        c->name = qn->name;
    }
    if (strcmp(schema, SC_DEFAULT_SCHEMA) != 0)
        sc_model_add_schema(ps->m, schema);
    c->loc = sc_pb_loc(ps, qn->span);
    c->deterministic = true;
    ps->coll = c;
    ps->coll_span = qn->span;
}

/* The options, as CREATE COLLATION names them. */
enum { OPT_PROVIDER, OPT_LOCALE, OPT_LC_COLLATE, OPT_LC_CTYPE, OPT_DETERMINISTIC, NOPTS };
static const char *const opt_names[NOPTS] = {"provider", "locale", "lc_collate", "lc_ctype", "deterministic"};

static int opt_of(const char *name)
{
    for (int i = 0; i < NOPTS; i++)
        if (!strcmp(name, opt_names[i]))
            return i;
    return -1;
}

void sc_pb_collation_opt(sc_pstate *ps, const char *opt, sc_span opt_span, const char *val, sc_span val_span,
                         bool quoted)
{
    sc_collation *c = ps->coll;
    int k = opt_of(opt);
    if (k < 0) {
        sc_diag *dg = sc_pb_error(ps, opt_span, "collation \"%s\": unknown option \"%s\"", c->name, opt);
        sc_diag_hint(dg, "the options are provider, locale, lc_collate, lc_ctype and deterministic");
        return;
    }
    if (ps->coll_given & (1u << k)) {
        sc_pb_error(ps, opt_span, "collation \"%s\": option \"%s\" is given twice", c->name, opt);
        return;
    }
    ps->coll_given |= 1u << k;
    switch (k) {
    case OPT_PROVIDER:
        if (!strcmp(val, "icu"))
            c->icu = true;
        else if (strcmp(val, "libc") != 0) {
            sc_diag *dg = sc_pb_error(ps, val_span, "collation \"%s\": unknown provider \"%s\"", c->name, val);
            sc_diag_hint(dg, "the providers are icu and libc");
        }
        break;
    case OPT_DETERMINISTIC:
        if (quoted || (strcmp(val, "true") && strcmp(val, "false")))
            sc_pb_error(ps, val_span, "collation \"%s\": deterministic takes true or false", c->name);
        else
            c->deterministic = !strcmp(val, "true");
        break;
    default:
        if (!quoted) {
            sc_diag *dg = sc_pb_error(ps, val_span, "collation \"%s\": %s takes a string", c->name, opt);
            sc_diag_hint(dg, "write it quoted: %s '%s'", opt, val);
            break;
        }
        if (k == OPT_LOCALE)
            c->locale = val;
        else if (k == OPT_LC_COLLATE)
            c->lc_collate = val;
        else
            c->lc_ctype = val;
        break;
    }
}

/* The definition as a whole: what PostgreSQL would refuse, refused here
 * with the collation's place; then the canonical form. */
void sc_pb_collation_end(sc_pstate *ps, const char *comment)
{
    sc_collation *c = ps->coll;
    sc_span s = ps->coll_span;
    ps->coll_given = 0;
    ps->coll = NULL;
    c->comment = comment && *comment ? comment : NULL;   /* issue 12; '' is none, as PostgreSQL keeps it */
    if (c->icu) {
        if (c->lc_collate || c->lc_ctype)
            sc_pb_error(ps, s, "collation \"%s\": an ICU collation takes locale, not lc_collate or lc_ctype",
                        c->name);
        else if (!c->locale)
            sc_pb_error(ps, s, "collation \"%s\": an ICU collation needs a locale", c->name);
        return;
    }
    if (!c->deterministic)
        sc_pb_error(ps, s, "collation \"%s\": only an ICU collation (provider icu) may be nondeterministic",
                    c->name);
    if (c->locale && (c->lc_collate || c->lc_ctype)) {
        sc_pb_error(ps, s, "collation \"%s\": give locale, or lc_collate and lc_ctype, not both", c->name);
        return;
    }
    if (c->locale) {
        c->lc_collate = c->lc_ctype = c->locale;
        c->locale = NULL;
    }
    if (!c->lc_collate || !c->lc_ctype)
        sc_pb_error(ps, s, "collation \"%s\": a libc collation needs locale, or both lc_collate and lc_ctype",
                    c->name);
}
