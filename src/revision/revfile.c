/* revfile.c - reading and writing revision files (see revfile.h). */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/strbuf.h"
#include "parser/parser.h"
#include "revision/revfile.h"

bool sc_rev_id_valid(const char *s)
{
    size_t i = 0;
    for (; s[i]; i++)
        if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i]))
            return false;
    return i == SC_REV_ID_LEN;
}

void sc_rev_id_new(char out[SC_REV_ID_LEN + 1])
{
    unsigned char raw[SC_REV_ID_LEN / 2];
    FILE *f = fopen("/dev/urandom", "rb");
    if (!f || fread(raw, 1, sizeof raw, f) != sizeof raw)
        abort();   /* no entropy source: nothing sensible to do */
    fclose(f);
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(out + 2 * i, 3, "%02x", raw[i]);
}

void sc_rev_free(sc_rev *r)
{
    for (size_t i = 0; i < r->nparents; i++)
        free(r->parents[i]);
    free(r->parents);
    free(r->message);
    free(r->create_date);
    free(r->dialect);
    if (r->src) {
        free((char *)r->src->path);
        free((char *)r->src->text);
        free(r->src);
    }
    free(r->pidx);
    free(r->cidx);
    memset(r, 0, sizeof *r);
}

static char *dupn(const char *s, size_t n)
{
    char *r = strndup(s, n);
    if (!r)
        abort();
    return r;
}

static sc_loc at(sc_rev *r, size_t off, size_t len)
{
    return (sc_loc){r->src, (uint32_t)off, (uint32_t)len};
}

/* Parses the "Revises:" value: ids separated by commas and/or spaces. */
static int parse_parents(sc_rev *r, const char *v, size_t vlen, size_t voff, sc_diags *d)
{
    size_t i = 0;
    if ((vlen == 6 && !strncmp(v, "<base>", 6)) || (vlen == 4 && !strncasecmp(v, "none", 4)))
        return 0;
    while (i < vlen) {
        while (i < vlen && (v[i] == ',' || v[i] == ' ' || v[i] == '\t'))
            i++;
        size_t s = i;
        while (i < vlen && v[i] != ',' && v[i] != ' ' && v[i] != '\t')
            i++;
        if (i == s)
            break;
        char *id = dupn(v + s, i - s);
        if (!sc_rev_id_valid(id)) {
            sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, voff + s, i - s),
                                      "malformed header: \"%s\" is not a revision id", id);
            sc_diag_hint(dg, "revision ids are 12 lowercase hex digits; several parents are separated by commas");
            free(id);
            return -1;
        }
        for (size_t k = 0; k < r->nparents; k++)
            if (!strcmp(r->parents[k], id)) {
                sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, voff + s, i - s),
                            "malformed header: %s is listed twice under \"Revises\"", id);
                free(id);
                return -1;
            }
        r->parents = realloc(r->parents, (r->nparents + 1) * sizeof *r->parents);
        if (!r->parents)
            abort();
        r->parents[r->nparents++] = id;
    }
    return 0;
}

int sc_rev_parse(sc_rev *r, const char *path, char *text, size_t len, sc_diags *d)
{
    memset(r, 0, sizeof *r);
    r->src = calloc(1, sizeof *r->src);
    if (!r->src)
        abort();
    r->src->path = dupn(path, strlen(path));
    r->src->text = text;
    r->src->len = len;
    enum { HEADER, UP, DOWN } state = HEADER;
    bool have_id = false, have_revises = false;
    size_t up_marker = 0, last_line = 0;
    size_t nerr = d->nerrors;
    size_t p = 0;
    while (p < len) {
        size_t e = p;
        while (e < len && text[e] != '\n')
            e++;
        size_t next = e < len ? e + 1 : e;
        size_t s = p, t = e;
        while (s < t && (text[s] == ' ' || text[s] == '\t'))
            s++;
        while (t > s && (text[t - 1] == ' ' || text[t - 1] == '\t' || text[t - 1] == '\r'))
            t--;
        if (s < t)
            last_line = p;
        bool is_up = t - s == 13 && !strncmp(text + s, "-- migrate:up", 13);
        bool is_down = t - s == 15 && !strncmp(text + s, "-- migrate:down", 15);
        if (is_up || is_down) {
            if ((is_up && state != HEADER) || (is_down && state != UP)) {
                sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, s, t - s),
                            is_up ? "a second \"-- migrate:up\" marker"
                                  : state == HEADER ? "\"-- migrate:down\" before \"-- migrate:up\""
                                                    : "a second \"-- migrate:down\" marker");
                return -1;
            }
            if (is_up) {
                state = UP;
                up_marker = s;
                r->up_off = next;
            } else {
                state = DOWN;
                r->up_len = p - r->up_off;
                r->down_off = next;
            }
        } else if (state == HEADER && s < t) {
            if (t - s < 2 || text[s] != '-' || text[s + 1] != '-') {
                sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, s, t - s),
                                          "malformed header: SQL before \"-- migrate:up\"");
                sc_diag_hint(dg, "the header holds only comment lines (\"-- Revision ID: ...\"); "
                                 "the SQL goes after a \"-- migrate:up\" line");
                return -1;
            }
            /* "-- Key: value" */
            size_t k = s + 2;
            while (k < t && text[k] == ' ')
                k++;
            const char *colon = memchr(text + k, ':', t - k);
            if (colon) {
                size_t kl = (size_t)(colon - (text + k));
                size_t v = (size_t)(colon - text) + 1;
                while (v < t && text[v] == ' ')
                    v++;
                static const char *const names[] = {"Revision ID", "Revises", "Create Date", "Message", "Dialect"};
                int which = -1;
                for (int i = 0; i < 5; i++)
                    if (strlen(names[i]) == kl && !strncasecmp(text + k, names[i], kl))
                        which = i;
                if (which == 0) {
                    if (have_id) {
                        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, s, t - s),
                                    "malformed header: a second \"Revision ID\" line");
                        return -1;
                    }
                    have_id = true;
                    if (t - v != SC_REV_ID_LEN) {
                        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, v, t - v),
                                                  "malformed header: \"%.*s\" is not a revision id",
                                                  (int)(t - v), text + v);
                        sc_diag_hint(dg, "revision ids are 12 lowercase hex digits");
                        return -1;
                    }
                    memcpy(r->id, text + v, SC_REV_ID_LEN);
                    r->id[SC_REV_ID_LEN] = '\0';
                    if (!sc_rev_id_valid(r->id)) {
                        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, v, t - v),
                                                  "malformed header: \"%s\" is not a revision id", r->id);
                        sc_diag_hint(dg, "revision ids are 12 lowercase hex digits");
                        return -1;
                    }
                } else if (which == 1) {
                    if (have_revises) {
                        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, s, t - s),
                                    "malformed header: a second \"Revises\" line");
                        return -1;
                    }
                    have_revises = true;
                    r->revises_off = s;
                    r->revises_len = t - s;
                    if (parse_parents(r, text + v, t - v, v, d) != 0)
                        return -1;
                } else if (which >= 2) {
                    char **dst = which == 2 ? &r->create_date : which == 3 ? &r->message : &r->dialect;
                    free(*dst);
                    *dst = dupn(text + v, t - v);
                }
            }
        }
        p = next;
    }
    if (state == UP)
        r->up_len = len - r->up_off;
    else if (state == DOWN)
        r->down_len = len - r->down_off;
    if (!have_id) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, 0, 0),
                                  "malformed header: no \"-- Revision ID:\" line");
        sc_diag_hint(dg, "a revision file starts with \"-- Revision ID: <12 hex digits>\" and \"-- Revises: <parent ids>\"");
        return -1;
    }
    if (!have_revises) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, 0, 0),
                                  "malformed header: no \"-- Revises:\" line");
        sc_diag_hint(dg, "write \"-- Revises:\" with nothing after it for a first revision");
        return -1;
    }
    if (state == HEADER) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, last_line, 0),
                                  "no \"-- migrate:up\" section");
        sc_diag_hint(dg, "the SQL of a revision follows a \"-- migrate:up\" line, its inverse a \"-- migrate:down\" line");
        return -1;
    }
    if (state == UP) {
        sc_diag *dg = sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, at(r, up_marker, 13),
                                  "missing \"-- migrate:down\" section");
        sc_diag_hint(dg, "add a \"-- migrate:down\" line after the up SQL, followed by the SQL that "
                         "reverts it (it may be empty)");
        return -1;
    }
    if (!r->message)
        r->message = dupn("", 0);
    if (!r->create_date)
        r->create_date = dupn("", 0);
    if (!r->dialect)
        r->dialect = dupn("", 0);
    return d->nerrors > nerr ? -1 : 0;
}

int sc_rev_load(sc_rev *r, const char *path, sc_diags *d)
{
    size_t len;
    char *text = sc_read_file(path, &len, d);
    if (!text) {
        memset(r, 0, sizeof *r);
        return -1;
    }
    return sc_rev_parse(r, path, text, len, d);
}

/* Appends a section's SQL: trimmed of blank lines around it, newline-ended. */
static void put_section(sc_strbuf *b, const char *sql)
{
    if (!sql)
        return;
    while (*sql == '\n')
        sql++;
    size_t n = strlen(sql);
    while (n && (sql[n - 1] == '\n' || sql[n - 1] == ' '))
        n--;
    if (!n)
        return;
    sc_sb_putn(b, sql, n);
    sc_sb_putc(b, '\n');
}

char *sc_rev_render(const char *id, const char *const *parents, size_t nparents,
                    const char *create_date, const char *message, const char *dialect,
                    const char *up, const char *down)
{
    sc_strbuf b = SC_STRBUF_INIT;
    sc_sb_printf(&b, "-- Revision ID: %s\n-- Revises:", id);
    for (size_t i = 0; i < nparents; i++)
        sc_sb_printf(&b, "%s %s", i ? "," : "", parents[i]);
    sc_sb_printf(&b, "\n-- Create Date: %s\n-- Message: ", create_date ? create_date : "");
    /* one line: a newline in the message would end the comment */
    for (const char *m = message ? message : ""; *m; m++)
        sc_sb_putc(&b, *m == '\n' || *m == '\r' ? ' ' : *m);
    sc_sb_printf(&b, "\n-- Dialect: %s\n\n-- migrate:up\n", dialect ? dialect : "");
    put_section(&b, up);
    sc_sb_puts(&b, "\n-- migrate:down\n");
    put_section(&b, down);
    return sc_sb_take(&b);
}

int sc_rev_write_new(const char *path, const char *text, sc_diags *d)
{
    size_t n = strlen(path) + 32;
    char *tmp = malloc(n);
    if (!tmp)
        abort();
    snprintf(tmp, n, "%s.tmp%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
        sc_error(d, SC_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    size_t len = strlen(text), done = 0;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    int ok = done == len && fsync(fd) == 0;
    ok = close(fd) == 0 && ok;
    /* link() fails when the target exists: an existing revision is never replaced. */
    if (!ok || link(tmp, path) != 0) {
        int e = errno;
        sc_error(d, SC_ERR_IO, "cannot write %s: %s", path,
                 e == EEXIST ? "the file exists already" : strerror(e));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    unlink(tmp);
    free(tmp);
    return 0;
}
