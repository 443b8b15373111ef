/* config.h - schemac.ini, in the spirit of alembic.ini.
 *
 *   [schemac]
 *   script_location = migrations
 *   schema = schemas/
 *   url = sqlite:///app.db
 *   file_template = %%(year)d%%(month).2d%%(day).2d_%%(hour).2d%%(minute).2d_%%(rev)s_%%(slug)s
 *
 * Relative paths (script_location, schema) are relative to the directory of
 * the ini file. The URL is overridden by DATABASE_URL and then by --url (the
 * CLI applies those). A value may name environment variables as ${NAME}
 * (url = ${DATABASE_URL}: no password in the file). Lines may be of any
 * length. Unknown keys and sections, and values that cannot work (an unknown
 * timezone, a file_template that cannot render) are SC_ERR_INPUT errors with
 * the line number; the lines diagnostics echo have their passwords masked. */
#ifndef SC_REV_CONFIG_H
#define SC_REV_CONFIG_H

#include <stdbool.h>
#include <time.h>

#include "model/diag.h"
#include "model/model.h"

#define SC_DEFAULT_FILE_TEMPLATE \
    "%%(year)d%%(month).2d%%(day).2d_%%(hour).2d%%(minute).2d_%%(rev)s_%%(slug)s"
#define SC_DEFAULT_VERSION_TABLE "schemac_version"

typedef struct sc_config {
    sc_src src;                    /* the ini text (for error locations); text heap */
    char *dir;                     /* directory of the ini file ("." when none) */
    char *script_location;         /* resolved against dir */
    char *schema;                  /* resolved against dir; NULL when unset */
    char *url;                     /* NULL when unset */
    char *url_unset_env;           /* url = ${NAME} with NAME unset: NAME (heap) */
    char *file_template;
    char *timezone;                /* NULL: local time */
    char *version_table;
    char *version_table_schema;    /* NULL: the connection's default */
    bool compare_type, compare_server_default;
    bool compare_privileges;       /* privileges, owners, default privileges; default false */
    bool transaction_per_migration;  /* default true: one transaction per revision */
    bool has_dialect;
    sc_dialect dialect;
    int truncate_slug_length;      /* default 40, as Alembic */
    int connect_timeout;           /* seconds; 0: PGCONNECT_TIMEOUT or 10 (db.h) */
    /* PostgreSQL schemas that diff -m and check compare: NULL ("declared"):
     * public and those the declared schema uses; "all": every user schema
     * of the database too (Alembic's include_schemas=True); else a comma
     * list of names. */
    char *include_schemas;
} sc_config;

/* Defaults only (no file). */
void sc_config_init(sc_config *c);
/* Reads path into c (initialised with defaults first). Returns 0, or -1
 * with errors in d; c must be freed either way (it keeps the text that
 * error locations point into). */
int sc_config_load(sc_config *c, const char *path, sc_diags *d);
void sc_config_free(sc_config *c);
/* Replaces c->url (NULL keeps it). */
void sc_config_set_url(sc_config *c, const char *url);

/* Alembic's slug of a message: \w+ runs joined by "_", lower case, cut at
 * a word boundary beyond max_len. Heap string. */
char *sc_slugify(const char *message, int max_len);

/* The broken-down time of `now` in the configured timezone (NULL: local,
 * "UTC"). Returns 0, or -1 with an SC_ERR_INPUT error (unknown zone).
 * *offset_sec is the zone's offset from UTC. */
int sc_config_time(const sc_config *c, time_t now, struct tm *out, long *offset_sec, sc_diags *d);

/* Renders file_template with the tokens rev, slug, epoch, year, month, day,
 * hour, minute, second (Python %-format: %(name)s, %(name)d, %(name).2d,
 * %(name)02d; "%%" is the ini escape for "%"). Appends ".sql".
 * Returns a heap string, or NULL with an SC_ERR_INPUT error. */
char *sc_config_filename(const sc_config *c, const char *rev, const char *message,
                         time_t now, sc_diags *d);

#endif
