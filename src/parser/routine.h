/* routine.h - a CREATE FUNCTION / PROCEDURE / TRIGGER statement (or the
 * ALTER TABLE ... ENABLE/DISABLE TRIGGER that sets a trigger's state, or a
 * COMMENT ON one of them) into
 * the model (routine_sql.c). The DSL, the JSON reader and the catalog
 * readers that have only the text all go through here. */
#ifndef SC_PARSER_ROUTINE_H
#define SC_PARSER_ROUTINE_H

#include "model/model.h"

/* Adds what `sql` declares to m. `at` is where the text is in its source
 * (a located error points into it), or no location. Returns 0, or -1 with
 * an SC_ERR_INPUT error in d. */
int sc_routine_read(sc_model *m, const char *sql, sc_loc at, sc_diags *d);

/* The identity (argument types, ", "-separated, format_type spelling) and
 * the result type of a CREATE FUNCTION text, without a server: arena
 * strings, NULL when sql is not one. */
int sc_routine_signature(sc_arena *a, const char *sql, const char **args, const char **returns);

/* ---- privileges and ownership (build_privilege.c) ---------------------- */
struct json_t;
/* A GRANT, ALTER ... OWNER TO or ALTER DEFAULT PRIVILEGES statement (st:
 * libpg_query's parse tree of it) into m->privs. Returns 1 when st is none
 * of them, else 0, or -1 with a located error in d. */
int sc_privilege_read(sc_model *m, struct json_t *st, sc_loc at, sc_diags *d);
/* Every grant and owner names an object m declares (and a column of it),
 * every default privilege a declared schema; 0, or -1 with located errors. */
int sc_privileges_validate(const sc_model *m, sc_diags *d);
/* Each trigger is on a table or view of m: 0, or -1 with an error each
 * (the DSL's finish step, and the JSON reader's: routine_sql.c). */
int sc_routines_validate(const sc_model *m, sc_diags *d);

/* ---- comments (routine_comment.c; issue 12) ------------------------------ */
/* A COMMENT ON FUNCTION|PROCEDURE|AGGREGATE|ROUTINE|TRIGGER statement (st:
 * libpg_query's parse tree) kept in m->routine_comments. Returns 1 when st
 * is no COMMENT ON, else 0, or -1 with a located error (another kind of
 * object: its comment is a clause of its DSL declaration). */
int sc_routine_comment_read(sc_model *m, struct json_t *st, sc_loc at, sc_diags *d);
/* Each comment kept on the object it names, once every file is read:
 * 0, or -1 with a located error for each that names no declared object of
 * its kind, or one that has a comment already. */
int sc_routine_comments_apply(sc_model *m, sc_diags *d);
/* A TypeName node as a function's identity spells it ("integer"). */
const char *sc_routine_typename(sc_arena *a, struct json_t *tn);

#endif
