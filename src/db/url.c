/* url.c - the URL helpers of the public API (db.h), each a reading of the
 * one classification (source.c): nothing here looks at a URL's text. */
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "db/db_internal.h"
#include "db/source.h"

const char *sc_url_from_env(void)
{
    const char *u = getenv("DATABASE_URL");
    if (u && u[0])
        return u;
    /* psql's variables: an empty URI leaves every parameter to libpq, which
     * reads them (and .pgpass, PGSERVICE's service file). */
    static const char *const vars[] = {"PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE",
                                       "PGSERVICE", NULL};
    for (int i = 0; vars[i]; i++)
        if (getenv(vars[i]) && getenv(vars[i])[0])
            return "postgresql://";
    return NULL;
}

bool sc_url_is_database(const char *s)
{
    sc_source src;
    sc_source_classify_text(&src, s);
    bool r = sc_source_is_database(&src);
    sc_source_free(&src);
    return r;
}

char *sc_url_mask(const char *url)
{
    sc_source src;
    sc_source_classify_text(&src, url);
    char *m = src.masked;
    src.masked = NULL;
    sc_source_free(&src);
    return m;
}

char *sc_url_scrub(const char *url, const char *msg)
{
    sc_source src;
    sc_source_classify_text(&src, url);
    char *s = sc_source_scrub(&src, msg);
    sc_source_free(&src);
    return s;
}
