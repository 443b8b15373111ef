/* fn_callers.h - callers4 (issue 11): the functions a routine's body calls
 * where the catalog does not say (PL/pgSQL, LANGUAGE sql with a string
 * body: pg_depend records no call from them), read with PostgreSQL's own
 * parser (libpg_query), and resolved to a model's functions.
 *
 * Conservative by design: what the text cannot decide (an overload by
 * argument types, a schema of the search path, a body that does not
 * parse, SQL built at run time for EXECUTE) counts as called, so that the
 * diff takes more objects around a replaced body, never fewer. */
#ifndef SC_DIFF_FN_CALLERS_H
#define SC_DIFF_FN_CALLERS_H

#include <stdbool.h>

#include "model/model.h"

/* One call found in a body: schema NULL when unqualified; nargs -1 when
 * the count says nothing (VARIADIC, count(*)). Arena strings. */
typedef struct sc_body_call {
    const char *schema, *name;
    int nargs;
} sc_body_call;

typedef enum {
    SC_BODY_NOT_FOLLOWED = 0,   /* C, internal, a SQL-standard body (pg_depend has it), no text */
    SC_BODY_READ,               /* calls[] holds every call of the body */
    SC_BODY_UNREAD              /* PL/pgSQL or SQL whose body does not parse: `text` is the body */
} sc_body_status;

/* What one CREATE FUNCTION / PROCEDURE text says about its calls. */
typedef struct sc_body_info {
    sc_body_status status;
    const char *language;       /* lower case; NULL when the text does not parse */
    const char *text;           /* the body (AS '...'), or the whole text when it does not parse */
    sc_vec calls;               /* sc_body_call* */
    sc_vec dynamic;             /* const char*: EXECUTE texts not constant (run-time SQL) */
    bool path_set;              /* SET search_path: path[] is the function's own */
    const char **path;
    size_t npath;
    /* the number of arguments a call may give it: [min_args, max_args];
     * max_args -1 for VARIADIC (any); min_args -1 when not known */
    int min_args, max_args;
} sc_body_info;

/* Reads create_sql (as declared or as pg_get_functiondef spells it) into
 * *out (arena a). Never fails: an unparseable text is SC_BODY_UNREAD. */
void sc_body_info_read(sc_arena *a, const char *create_sql, sc_body_info *out);

/* The calls of one SQL text (statements, or one expression as PL/pgSQL
 * writes them: "x > 0", "y := f(x)"), appended to calls (sc_body_call*;
 * dynamic EXECUTE not included); -1 when it does not parse. */
int sc_sql_calls(sc_arena *a, const char *sql, sc_vec *calls);

/* The functions of a model that bodies call, one entry per function on
 * first use (its info and callees). */
typedef struct sc_fn_callees sc_fn_callees;
sc_fn_callees *sc_fn_callees_new(const sc_model *m);
void sc_fn_callees_free(sc_fn_callees *cc);
/* The functions of the model (sc_function*, f itself left out) that f's
 * body may call; NULL when f's body is not one followed here (SQL-standard
 * bodies: pg_depend or their text, routine_deps.c). */
const sc_vec *sc_fn_callees_of(sc_fn_callees *cc, const sc_function *f);
/* A slot per function for a caller's walk over the calls (fn_replaced.c):
 * zeroed on first use. */
typedef struct sc_fn_memo {
    int state;
    const void *value;
    unsigned visit;
    int self;
} sc_fn_memo;
sc_fn_memo *sc_fn_callees_memo(sc_fn_callees *cc, const sc_function *f);

#endif
