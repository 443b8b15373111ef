/* config.c - schemac.ini (libinih), file names from file_template, slugs. */
#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "model/strbuf.h"
#include "parser/parser.h"
#include "revision/config.h"

static char *xstrdup(const char *s)
{
    if (!s)
        return NULL;
    char *r = strdup(s);
    if (!r)
        abort();
    return r;
}

static void set_str(char **dst, const char *v)
{
    free(*dst);
    *dst = xstrdup(v);
}

void sc_config_init(sc_config *c)
{
    memset(c, 0, sizeof *c);
    c->dir = xstrdup(".");
    c->script_location = xstrdup("migrations");
    c->file_template = xstrdup(SC_DEFAULT_FILE_TEMPLATE);
    c->version_table = xstrdup(SC_DEFAULT_VERSION_TABLE);
    c->compare_type = true;
    c->compare_server_default = true;
    c->transaction_per_migration = true;
    c->truncate_slug_length = 40;
}

void sc_config_free(sc_config *c)
{
    free((char *)c->src.text);
    free((char *)c->src.path);
    free(c->dir);
    free(c->script_location);
    free(c->schema);
    free(c->url);
    free(c->file_template);
    free(c->timezone);
    free(c->version_table);
    free(c->version_table_schema);
    free(c->include_schemas);
    memset(c, 0, sizeof *c);
}

void sc_config_set_url(sc_config *c, const char *url)
{
    if (url)
        set_str(&c->url, url);
}

/* ---- parsing ---------------------------------------------------------- */

typedef struct parse_state {
    sc_config *c;
    sc_diags *d;
    const char *text;
    size_t len;
    size_t cursor;       /* offset of the line after the last key found */
    unsigned seen;       /* bit per key, to report duplicates */
    int failed;
} parse_state;

static const char *const keys[] = {
    "script_location", "schema", "url", "file_template", "timezone", "version_table",
    "version_table_schema", "compare_type", "compare_server_default",
    "transaction_per_migration", "dialect", "truncate_slug_length", "include_schemas", NULL,
};

/* inih does not pass line numbers to the handler (INI_HANDLER_LINENO is 0 in
 * the system library), and calls it in file order: find the key's line by
 * scanning forward from the previous key. */
static sc_loc find_key(parse_state *ps, const char *name, bool *found)
{
    *found = true;
    size_t nl = strlen(name);
    size_t p = ps->cursor;
    while (p < ps->len) {
        size_t e = p;
        while (e < ps->len && ps->text[e] != '\n')
            e++;
        size_t k = p;
        while (k < e && (ps->text[k] == ' ' || ps->text[k] == '\t'))
            k++;
        if (e - k > nl && !strncmp(ps->text + k, name, nl)) {
            size_t q = k + nl;
            while (q < e && (ps->text[q] == ' ' || ps->text[q] == '\t'))
                q++;
            if (q < e && (ps->text[q] == '=' || ps->text[q] == ':')) {
                ps->cursor = e < ps->len ? e + 1 : e;
                return (sc_loc){&ps->c->src, (uint32_t)k, (uint32_t)nl};
            }
        }
        p = e + 1;
    }
    /* not found: an indented line that inih read as a continuation */
    *found = false;
    size_t q = ps->cursor;
    while (q < ps->len && (ps->text[q] == '\n' || ps->text[q] == ' ' || ps->text[q] == '\t'))
        q++;
    return (sc_loc){&ps->c->src, (uint32_t)(q < ps->len ? q : 0), 0};
}

static int parse_bool(const char *v, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", "1", NULL};
    static const char *const no[] = {"false", "no", "off", "0", NULL};
    for (int i = 0; yes[i]; i++)
        if (!strcasecmp(v, yes[i])) {
            *out = true;
            return 0;
        }
    for (int i = 0; no[i]; i++)
        if (!strcasecmp(v, no[i])) {
            *out = false;
            return 0;
        }
    return -1;
}

static int on_key(void *user, const char *section, const char *name, const char *value)
{
    parse_state *ps = user;
    sc_config *c = ps->c;
    bool found;
    sc_loc loc = find_key(ps, name, &found);
    if (!found) {
        sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                                  "an indented line continues the value of \"%s\"", name);
        sc_diag_hint(dg, "values are one line; remove the indentation if this is a key of its own");
        ps->failed = 1;
        return 1;
    }
    int k = -1;
    for (int i = 0; keys[i]; i++)
        if (!strcmp(keys[i], name))
            k = i;
    if (strcmp(section, "schemac") != 0) {
        sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                                  section[0] ? "key \"%s\" in unknown section [%s]"
                                             : "key \"%s\" outside of the [schemac] section%s",
                                  name, section);
        sc_diag_hint(dg, "schemac reads only the [schemac] section");
        ps->failed = 1;
        return 1;
    }
    if (k < 0) {
        const char *best = NULL;
        size_t bd = 4;
        for (int i = 0; keys[i]; i++) {
            size_t dd = sc_levenshtein(name, keys[i]);
            if (dd < bd) {
                bd = dd;
                best = keys[i];
            }
        }
        sc_diag *dg = sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                                  "unknown configuration key \"%s\"", name);
        if (best)
            sc_diag_hint(dg, "did you mean \"%s\"?", best);
        ps->failed = 1;
        return 1;
    }
    if (ps->seen & (1u << k)) {
        sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc, "duplicate configuration key \"%s\"", name);
        ps->failed = 1;
        return 1;
    }
    ps->seen |= 1u << k;
    const char *v = value ? value : "";
    if (!strcmp(name, "script_location")) {
        set_str(&c->script_location, v);
    } else if (!strcmp(name, "schema")) {
        set_str(&c->schema, v[0] ? v : NULL);
    } else if (!strcmp(name, "url")) {
        set_str(&c->url, v[0] ? v : NULL);
    } else if (!strcmp(name, "file_template")) {
        set_str(&c->file_template, v);
    } else if (!strcmp(name, "timezone")) {
        set_str(&c->timezone, v[0] ? v : NULL);
    } else if (!strcmp(name, "version_table")) {
        set_str(&c->version_table, v);
    } else if (!strcmp(name, "version_table_schema")) {
        set_str(&c->version_table_schema, v[0] ? v : NULL);
    } else if (!strcmp(name, "include_schemas")) {
        /* "declared" is the default: the absence of a value says it */
        set_str(&c->include_schemas, v[0] && strcmp(v, "declared") != 0 ? v : NULL);
    } else if (!strcmp(name, "dialect")) {
        if (!v[0]) {
            c->has_dialect = false;
        } else if (sc_dialect_from_name(v, &c->dialect) != 0) {
            sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                        "unknown dialect \"%s\" (postgresql or sqlite)", v);
            ps->failed = 1;
        } else {
            c->has_dialect = true;
        }
    } else if (!strcmp(name, "truncate_slug_length")) {
        char *end;
        long n = strtol(v, &end, 10);
        if (!v[0] || *end || n < 1 || n > 200) {
            sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                        "truncate_slug_length must be a number from 1 to 200, not \"%s\"", v);
            ps->failed = 1;
        } else {
            c->truncate_slug_length = (int)n;
        }
    } else {
        bool *b = !strcmp(name, "compare_type") ? &c->compare_type
                  : !strcmp(name, "compare_server_default") ? &c->compare_server_default
                  : &c->transaction_per_migration;
        if (parse_bool(v, b) != 0) {
            sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc,
                        "%s must be true or false, not \"%s\"", name, v);
            ps->failed = 1;
        }
    }
    return 1;
}

static char *join_dir(const char *dir, const char *p)
{
    if (!p)
        return NULL;
    if (p[0] == '/' || !strcmp(dir, "."))
        return xstrdup(p);
    size_t n = strlen(dir) + strlen(p) + 2;
    char *r = malloc(n);
    if (!r)
        abort();
    snprintf(r, n, "%s/%s", dir, p);
    return r;
}

int sc_config_load(sc_config *c, const char *path, sc_diags *d)
{
    sc_config_init(c);
    size_t len;
    char *text = sc_read_file(path, &len, d);
    if (!text)
        return -1;
    c->src.path = xstrdup(path);
    c->src.text = text;
    c->src.len = len;
    const char *slash = strrchr(path, '/');
    if (slash) {
        free(c->dir);
        c->dir = strndup(path, slash == path ? 1 : (size_t)(slash - path));
    }
    /* inih cuts lines at INI_MAX_LINE bytes and reads the rest as another
     * line: refuse such lines instead of misreading them. */
    size_t ls = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || text[i] == '\n') {
            if (i - ls >= 199) {
                sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){&c->src, (uint32_t)ls, 1},
                            "line too long (%zu bytes; at most 198)", i - ls);
                return -1;
            }
            ls = i + 1;
        }
    }
    parse_state ps = {c, d, text, len, 0, 0, 0};
    int line = ini_parse_string(text, on_key, &ps);
    if (line > 0 && !ps.failed) {
        /* a syntax error (a line that is neither [section], key = value nor a comment) */
        size_t off = 0;
        for (int l = 1; l < line && off < len; off++)
            if (text[off] == '\n')
                l++;
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, (sc_loc){&c->src, (uint32_t)off, 1},
                    "expected \"[section]\" or \"key = value\"");
        return -1;
    }
    if (line < 0) {
        sc_error(d, SC_ERR_IO, "%s: cannot parse", path);
        return -1;
    }
    if (ps.failed)
        return -1;
    if (!c->version_table[0]) {
        sc_error(d, SC_ERR_INPUT, "%s: version_table must not be empty", path);
        return -1;
    }
    char *sl = join_dir(c->dir, c->script_location);
    free(c->script_location);
    c->script_location = sl;
    char *sch = join_dir(c->dir, c->schema);
    free(c->schema);
    c->schema = sch;
    return 0;
}

/* ---- slugs, times, file names ----------------------------------------- */

static int is_word(unsigned char ch) { return isalnum(ch) || ch == '_'; }

char *sc_slugify(const char *message, int max_len)
{
    sc_strbuf b = SC_STRBUF_INIT;
    const unsigned char *p = (const unsigned char *)(message ? message : "");
    while (*p) {
        if (!is_word(*p)) {
            p++;
            continue;
        }
        if (b.len)
            sc_sb_putc(&b, '_');
        while (is_word(*p))
            sc_sb_putc(&b, (char)tolower(*p++));
    }
    char *s = sc_sb_take(&b);
    if (max_len > 0 && strlen(s) > (size_t)max_len) {
        /* Alembic: slug[:n].rsplit("_", 1)[0] + "_" */
        s[max_len] = '\0';
        char *u = strrchr(s, '_');
        if (u)
            u[1] = '\0';
        else
            strcat(s, "_");   /* fits: s was longer than max_len */
    }
    return s;
}

int sc_config_time(const sc_config *c, time_t now, struct tm *out, long *offset_sec, sc_diags *d)
{
    const char *tz = c->timezone;
    if (!tz || !tz[0]) {
        localtime_r(&now, out);
    } else if (!strcasecmp(tz, "UTC") || !strcasecmp(tz, "GMT") || !strcmp(tz, "Etc/UTC")) {
        gmtime_r(&now, out);
    } else {
        char zf[512];
        struct stat st;
        snprintf(zf, sizeof zf, "/usr/share/zoneinfo/%s", tz);
        if (strstr(tz, "..") || tz[0] == '/' || stat(zf, &st) != 0 || !S_ISREG(st.st_mode)) {
            sc_error(d, SC_ERR_INPUT, "unknown timezone \"%s\" (no %s)", tz, zf);
            return -1;
        }
        /* localtime_r follows TZ: switch it for this one conversion. */
        char *old = getenv("TZ") ? xstrdup(getenv("TZ")) : NULL;
        setenv("TZ", tz, 1);
        tzset();
        localtime_r(&now, out);
        if (old)
            setenv("TZ", old, 1);
        else
            unsetenv("TZ");
        tzset();
        free(old);
    }
    *offset_sec = out->tm_gmtoff;
    return 0;
}

char *sc_config_filename(const sc_config *c, const char *rev, const char *message,
                         time_t now, sc_diags *d)
{
    struct tm tm;
    long off;
    if (sc_config_time(c, now, &tm, &off, d) != 0)
        return NULL;
    char *slug = sc_slugify(message, c->truncate_slug_length);
    sc_strbuf b = SC_STRBUF_INIT;
    const char *t = c->file_template;
    const char *err = NULL;
    while (*t && !err) {
        if (*t != '%') {
            sc_sb_putc(&b, *t++);
            continue;
        }
        t++;
        if (*t == '%' && t[1] != '(') {   /* "%%" not followed by a token: a literal % */
            sc_sb_putc(&b, '%');
            t++;
            continue;
        }
        if (*t == '%')                    /* "%%(" is the ini escape of "%(" */
            t++;
        if (*t != '(') {
            err = "expected \"%(name)\"";
            break;
        }
        const char *ns = ++t;
        while (*t && *t != ')')
            t++;
        if (!*t) {
            err = "unterminated \"%(\"";
            break;
        }
        char name[32];
        size_t nl = (size_t)(t - ns);
        if (nl >= sizeof name) {
            err = "unknown token";
            break;
        }
        memcpy(name, ns, nl);
        name[nl] = '\0';
        t++;
        /* flags, width, precision, conversion */
        char spec[32] = "%";
        size_t sl = 1;
        while (*t && strchr("-0 +#", *t) && sl < 8)
            spec[sl++] = *t++;
        while (isdigit((unsigned char)*t) && sl < 16)
            spec[sl++] = *t++;
        if (*t == '.') {
            spec[sl++] = *t++;
            while (isdigit((unsigned char)*t) && sl < 24)
                spec[sl++] = *t++;
        }
        char conv = *t ? *t++ : '\0';
        if (conv != 's' && conv != 'd' && conv != 'i') {
            err = "expected a conversion \"s\" or \"d\" after the token";
            break;
        }
        long num = 0;
        const char *str = NULL;
        if (!strcmp(name, "rev")) str = rev;
        else if (!strcmp(name, "slug")) str = slug;
        else if (!strcmp(name, "epoch")) num = (long)now;
        else if (!strcmp(name, "year")) num = tm.tm_year + 1900;
        else if (!strcmp(name, "month")) num = tm.tm_mon + 1;
        else if (!strcmp(name, "day")) num = tm.tm_mday;
        else if (!strcmp(name, "hour")) num = tm.tm_hour;
        else if (!strcmp(name, "minute")) num = tm.tm_min;
        else if (!strcmp(name, "second")) num = tm.tm_sec;
        else {
            sc_error(d, SC_ERR_INPUT,
                     "file_template: unknown token \"%%(%s)\" (rev, slug, epoch, year, month, day, hour, minute, second)",
                     name);
            sc_sb_free(&b);
            free(slug);
            return NULL;
        }
        if (str && conv != 's') {
            err = "rev and slug take the conversion \"s\"";
            break;
        }
        if (str) {
            spec[sl++] = 's';
            spec[sl] = '\0';
            sc_sb_printf(&b, spec, str);
        } else if (conv == 's') {
            spec[sl++] = 'l';
            spec[sl++] = 'd';
            spec[sl] = '\0';
            sc_sb_printf(&b, spec, num);
        } else {
            spec[sl++] = 'l';
            spec[sl++] = 'd';
            spec[sl] = '\0';
            sc_sb_printf(&b, spec, num);
        }
    }
    free(slug);
    if (err) {
        sc_error(d, SC_ERR_INPUT, "file_template \"%s\": %s", c->file_template, err);
        sc_sb_free(&b);
        return NULL;
    }
    if (strchr(sc_sb_cstr(&b), '/') || !b.len) {
        sc_error(d, SC_ERR_INPUT, "file_template \"%s\" gives the file name \"%s\", which is empty or names a folder",
                 c->file_template, sc_sb_cstr(&b));
        sc_sb_free(&b);
        return NULL;
    }
    sc_sb_puts(&b, ".sql");
    return sc_sb_take(&b);
}
