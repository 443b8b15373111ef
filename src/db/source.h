/* source.h - what a name given for one side of a comparison is, decided once.
 *
 * A user names a schema file, a folder of them, a JSON model, a SQLite URL,
 * a PostgreSQL URI or a libpq key=value string. sc_source_classify() reads
 * the text once and records everything later steps need: the kind, the
 * masked spelling for messages, the passwords (to scrub libpq's messages
 * of them), and SQLite's file path. Nothing after it looks at the text's
 * prefixes again.
 *
 * Ownership: an sc_source owns every string it points to (text is a copy);
 * sc_source_free() releases them. */
#ifndef SC_SOURCE_H
#define SC_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#include "model/model.h"

typedef enum sc_source_kind {
    SC_SOURCE_NONE,          /* NULL or "" */
    SC_SOURCE_SCH,           /* a .sch file, "-" (standard input), or a path that does not exist */
    SC_SOURCE_FOLDER,        /* a folder of .sch files */
    SC_SOURCE_JSON,          /* a model in JSON (the name ends in .json) */
    SC_SOURCE_SQLITE,        /* sqlite:///relative.db, sqlite:////absolute.db */
    SC_SOURCE_PG_URI,        /* postgresql://... or postgres://... */
    SC_SOURCE_PG_CONNINFO,   /* libpq's key=value string: "host=... dbname=..." */
    SC_SOURCE_OTHER_URL,     /* another scheme://...: no database schemac opens, masked as a URI */
} sc_source_kind;

#define SC_SOURCE_MAX_SECRETS 8

typedef struct sc_source {
    sc_source_kind kind;
    char *text;       /* as given: never printed (it may hold a password) */
    char *masked;     /* text with every password replaced by "***": what messages show */
    /* SQLite: the file (a pointer into text: "app.db", "/abs/app.db",
     * ":memory:"); NULL when the URL names none (sqlite://host/x). */
    const char *sqlite_path;
    /* The passwords text holds, as typed and (when percent-encoded) decoded. */
    char *secrets[SC_SOURCE_MAX_SECRETS];
    size_t nsecrets;
} sc_source;

/* Classifies text (NULL: SC_SOURCE_NONE). A name that is no URL nor
 * conninfo string is a file: a folder when stat says so, JSON by its
 * suffix, else a .sch file (whose loader reports it when it is missing). */
void sc_source_classify(sc_source *s, const char *text);
/* The same, without looking at the file system: a name that is no database
 * is SC_SOURCE_SCH or SC_SOURCE_JSON (for masking arbitrary text). */
void sc_source_classify_text(sc_source *s, const char *text);
/* A copy of src (every string duplicated). */
void sc_source_copy(sc_source *dst, const sc_source *src);
void sc_source_free(sc_source *s);

/* SQLite, PostgreSQL URI or conninfo. */
bool sc_source_is_database(const sc_source *s);
/* The dialect of a database source (PostgreSQL unless SQLite). */
sc_dialect sc_source_dialect(const sc_source *s);
/* A name for the kind in messages ("a SQLite URL", "a folder", ...). */
const char *sc_source_kind_name(sc_source_kind k);

/* msg with s's passwords masked where they stand: every echo of the whole
 * text (replaced by the masked form), and a password standing as a token of
 * its own in a quoted fragment (libpq quotes the piece of a URL it rejects:
 * "p%zz"). The same letters inside a longer word are not the password: with
 * the password "connect", "could not connect" stays readable. Heap. */
char *sc_source_scrub(const sc_source *s, const char *msg);

#endif
