/* conn.c - one statement, one column: libpq and sqlite3 (see conn.h). */
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "revision/conn.h"

static char *dup_msg(const char *m)
{
    char *r = strdup(m && m[0] ? m : "unknown error");
    if (!r)
        abort();
    size_t n = strlen(r);
    while (n && (r[n - 1] == '\n' || r[n - 1] == ' '))
        r[--n] = '\0';
    return r;
}

void sc_rconn_rows_free(char **rows, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(rows[i]);
    free(rows);
}

/* `PRAGMA foreign_key_check` reports violations as rows and succeeds; in a
 * migration (the last step of a SQLite table rebuild in revisions written
 * before the rebuild got its own failing guard) a violation must fail the
 * revision, so rows from it are turned into an error. */
typedef struct fk_rows {
    size_t n;
    char first[256];
} fk_rows;

static int fk_row(void *arg, int ncol, char **val, char **col)
{
    (void)col;
    fk_rows *r = arg;
    if (r->n++ == 0 && ncol >= 3)
        snprintf(r->first, sizeof r->first, "row %s of table %s references %s",
                 val[1] ? val[1] : "?", val[0] ? val[0] : "?", val[2] ? val[2] : "?");
    return 0;
}

static bool is_fk_check(const char *sql)
{
    while (*sql == ' ' || *sql == '\t' || *sql == '\n' || *sql == '\r')
        sql++;
    static const char want[] = "pragma foreign_key_check";
    for (size_t i = 0; want[i]; i++, sql++) {
        char ch = *sql;
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        if (ch != want[i])
            return false;
    }
    return true;
}

int sc_rconn_exec(sc_rconn *c, const char *sql, char **msg)
{
    if (c->pg) {
        PGresult *r = PQexec(c->pg, sql);
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) {
            PQclear(r);
            return 0;
        }
        const char *primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        *msg = dup_msg(primary ? primary : PQerrorMessage(c->pg));
        PQclear(r);
        return -1;
    }
    char *err = NULL;
    fk_rows fk = {0, ""};
    bool check = is_fk_check(sql);
    if (sqlite3_exec(c->lite, sql, check ? fk_row : NULL, check ? &fk : NULL, &err) != SQLITE_OK) {
        const char *m = err ? err : sqlite3_errmsg(c->lite);
        /* the foreign key guard of a rebuild (migration_sqlite.c) says what
         * failed in its constraint's name: that is the message */
        static const char ck[] = "CHECK constraint failed: foreign key check failed:";
        if (!strncmp(m, ck, sizeof ck - 1))
            m += strlen("CHECK constraint failed: ");
        *msg = dup_msg(m);
        sqlite3_free(err);
        return -1;
    }
    if (fk.n) {
        char buf[400];
        snprintf(buf, sizeof buf, "foreign key check failed: %zu violation%s (%s)", fk.n,
                 fk.n == 1 ? "" : "s", fk.first);
        *msg = dup_msg(buf);
        return -1;
    }
    return 0;
}

static void push(char ***rows, size_t *n, const char *v)
{
    *rows = realloc(*rows, (*n + 1) * sizeof **rows);
    if (!*rows)
        abort();
    (*rows)[*n] = strdup(v ? v : "");
    if (!(*rows)[*n])
        abort();
    (*n)++;
}

int sc_rconn_query(sc_rconn *c, const char *sql, char ***rows, size_t *nrows, char **msg)
{
    *rows = NULL;
    *nrows = 0;
    if (c->pg) {
        PGresult *r = PQexec(c->pg, sql);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            const char *primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
            *msg = dup_msg(primary ? primary : PQerrorMessage(c->pg));
            PQclear(r);
            return -1;
        }
        for (int i = 0; i < PQntuples(r); i++)
            push(rows, nrows, PQgetisnull(r, i, 0) ? "" : PQgetvalue(r, i, 0));
        PQclear(r);
        return 0;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(c->lite, sql, -1, &st, NULL) != SQLITE_OK) {
        *msg = dup_msg(sqlite3_errmsg(c->lite));
        return -1;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        push(rows, nrows, (const char *)sqlite3_column_text(st, 0));
    if (rc != SQLITE_DONE) {
        *msg = dup_msg(sqlite3_errmsg(c->lite));
        sqlite3_finalize(st);
        sc_rconn_rows_free(*rows, *nrows);
        *rows = NULL;
        *nrows = 0;
        return -1;
    }
    sqlite3_finalize(st);
    return 0;
}
