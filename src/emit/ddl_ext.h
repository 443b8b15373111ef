/* ddl_ext.h - DDL of extensions and collations, and what a dialect refuses
 * to express (refuse.c). Builders append to b (conventions of ddl.h). */
#ifndef SC_DDL_EXT_H
#define SC_DDL_EXT_H

#include <stdbool.h>

#include "model/diag.h"
#include "model/model.h"
#include "model/strbuf.h"

/* CREATE EXTENSION IF NOT EXISTS name [WITH SCHEMA s] [VERSION 'v']; */
void sc_ddl_create_extension(sc_strbuf *b, const sc_extension *e);
void sc_ddl_drop_extension(sc_strbuf *b, const sc_extension *e);
/* ALTER EXTENSION ... SET SCHEMA / UPDATE TO, for what `to` declares and
 * differs from `from`. */
void sc_ddl_alter_extension(sc_strbuf *b, const sc_extension *from, const sc_extension *to);
/* CREATE COLLATION s.name (provider = ..., locale = ... | lc_collate = ..., lc_ctype = ...
 * [, deterministic = false]); */
void sc_ddl_create_collation(sc_strbuf *b, const sc_collation *c);
void sc_ddl_drop_collation(sc_strbuf *b, const sc_collation *c);
void sc_ddl_rename_collation(sc_strbuf *b, const sc_collation *c, const char *to);
/* issue 12: COMMENT ON COLLATION s.name IS ...; (NULL: IS NULL); the
 * CREATE above writes it after a collation that has one */
void sc_ddl_comment_collation(sc_strbuf *b, const sc_collation *c, const char *comment);
/* Every extension, then every collation of m (PostgreSQL; nothing for
 * SQLite, which refuses them first): for sc_emit_ddl, before the types. */
int sc_ddl_ext_objects(sc_strbuf *b, const sc_model *m, sc_dialect dialect, sc_diags *d);

#endif
