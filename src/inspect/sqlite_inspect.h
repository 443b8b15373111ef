/* sqlite_inspect.h - shared state of the SQLite inspector (internal to
 * src/inspect): sqlite.c reads tables and columns, sqlite_keys.c keys,
 * indexes, foreign keys, checks and enums. */
#ifndef SC_INSPECT_SQLITE_INSPECT_H
#define SC_INSPECT_SQLITE_INSPECT_H

#include <sqlite3.h>

#include "inspect/inspect.h"
#include "inspect/sqlite_scan.h"

/* What is known about one table while it is being read. */
typedef struct sq_tinfo {
    sc_table *t;
    sq_table scan;            /* the CREATE TABLE text, scanned */
    bool scanned;             /* false when the text could not be scanned */
    const char **pk_cols;     /* by pragma pk position (1-based), NULL holes */
    size_t npk;
    sc_vec declared;          /* const char*: each column's declared type, as written */
} sq_tinfo;

typedef struct sq_ctx {
    sqlite3 *db;
    sc_model *m;
    sc_arena *tmp;            /* scan results and bookkeeping, freed at the end */
    sc_diags *d;
    sc_vec tables;            /* sq_tinfo*, in sqlite_schema order */
    sc_strmap *by_name;       /* table name as stored -> sq_tinfo* */
    sc_strmap *by_lower;      /* lower-cased name -> sq_tinfo* (SQLite names are case-insensitive) */
    sc_strmap *index_scans;   /* index name -> sq_index* */
    sc_vec view_texts;        /* const char*: (name, CREATE VIEW text) pairs, sqlite_schema order */
} sq_ctx;

/* Prepares sql, or adds an SC_ERR_DB error and returns NULL. */
sqlite3_stmt *sq_prepare(sq_ctx *c, const char *sql);
/* After the last sqlite3_step: SQLITE_DONE is fine, else an SC_ERR_DB error. */
int sq_finish(sq_ctx *c, sqlite3_stmt *st, int rc);
/* A text column of the current row copied into the tmp arena, or NULL. */
const char *sq_col_text(sq_ctx *c, sqlite3_stmt *st, int i);

/* A table by the name another statement used for it (case-insensitive). */
sq_tinfo *sq_find_table(sq_ctx *c, const char *name);
/* The column of ti's scanned CREATE text named name (ASCII case aside), or NULL. */
const sq_column *sq_scanned_column(const sq_tinfo *ti, const char *name);
/* A column by a name some constraint used for it (case-insensitive), NULL if none. */
sc_column *sq_find_column(const sc_table *t, const char *name);

/* The model type of a column's declared type (text as the pragma gives
 * it; "" for none); owner and column name the column in a warning. */
void sq_declared_type(sq_ctx *c, const char *declared, sc_type *out, const char *owner,
                      const char *column);

/* sqlite_views.c: a view's text is noted while sqlite_schema is read, and
 * the views are built once the tables are (what they read is resolved
 * against them). Returns 0; a view SQLite cannot read is a warning. */
void sq_note_view(sq_ctx *c, const char *name, const char *sql);
int sq_read_views(sq_ctx *c);

/* sqlite_keys.c: each returns 0, or -1 with an error in c->d. */
int sq_read_primary_keys(sq_ctx *c);
int sq_read_indexes(sq_ctx *c);
int sq_read_foreign_keys(sq_ctx *c);
int sq_read_checks(sq_ctx *c);
/* Convention names that collide get _2, _3, ... as in the DSL. */
int sq_unique_names(sq_ctx *c);

/* true when the declared type names one of SQL's or SQLite's own types
 * (anything else with an IN-list check is an enum). */
bool sq_type_is_builtin(const char *declared);

#endif
