/* db_internal.h - helpers shared by the files of src/db (not a public API). */
#ifndef SC_DB_INTERNAL_H
#define SC_DB_INTERNAL_H

/* msg with the passwords of url masked where they stand (sc_source_scrub
 * of url's classification): heap string. */
char *sc_url_scrub(const char *url, const char *msg);

#endif
