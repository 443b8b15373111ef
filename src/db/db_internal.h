/* db_internal.h - helpers shared by the files of src/db (not a public API). */
#ifndef SC_DB_INTERNAL_H
#define SC_DB_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

bool sc_url_is_pg_uri(const char *s);
bool sc_url_is_sqlite(const char *s);
bool sc_url_is_conninfo(const char *s);
/* The passwords a URL holds (as typed and percent-decoded): heap strings,
 * at most max of them; returns how many. */
size_t sc_url_secrets(const char *url, char **out, size_t max);
/* msg with the passwords of url masked where they stand (echoes of the
 * URL, and a password standing as a token of its own; not the same letters
 * inside a longer word): heap string. */
char *sc_url_scrub(const char *url, const char *msg);

#endif
