/* dsl_utype.h - the DSL writer's pieces that dsl_utype.c shares with dsl.c
 * (internal to src/emit). */
#ifndef SC_DSL_UTYPE_H
#define SC_DSL_UTYPE_H

#include "model/model.h"
#include "model/strbuf.h"

/* dsl.c: a name quoted where the DSL needs it; schema.name (public left
 * out); a type; a default as a column's is written. */
void sc_dsl_ident(sc_strbuf *b, const char *name);
/* funcdeps: a collation reference ("schema"."name" kept as it is) */
void sc_dsl_collation(sc_strbuf *b, const char *collation);
void sc_dsl_qualified(sc_strbuf *b, const char *schema, const char *name);
void sc_dsl_type(sc_strbuf *b, const sc_type *t);
void sc_dsl_default(sc_strbuf *b, const char *e);

/* dsl_utype.c: every domain, composite and range type of m, one blank
 * line after them when there are any. */
void sc_dsl_utypes(sc_strbuf *b, const sc_model *m);
/* dsl_privilege.c: privileges and ownership, as their SQL statements, a
 * blank line before them when after_something. */
void sc_dsl_privileges(sc_strbuf *b, const sc_model *m, bool after_something);

#endif
