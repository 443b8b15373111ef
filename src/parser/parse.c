/* parse.c - one DSL source text -> model objects (sc_parse_text).
 *
 * Also the scanner's front: every token passes through sc_lex_next(), which
 * keeps the bookkeeping the scanner rules cannot see on their own: which
 * parentheses and braces are open (for the "unbalanced" errors and because
 * newlines end items only inside a table body, outside parentheses). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/srcmap.h"
#include "model/utf8.h"
#include "parser/parser.h"
#include "parser/pstate.h"
#include "schemac.tab.h"
#define YYSTYPE SC_YYSTYPE
#define YYLTYPE sc_span
#include "schemac.lex.h"

void sc_lex_error(sc_pstate *ps, uint32_t off, uint32_t len, const char *msg)
{
    sc_loc loc = {ps->src, off, len ? len : 1};
    ps->nerrors++;
    sc_diag_add(ps->d, SC_SEV_ERROR, SC_ERR_INPUT, loc, "%s", msg);
}

/* A newline is a token only where it ends an item: in a table body, outside
 * parentheses, and not right after another separator or the '{'. */
bool sc_lex_newline(sc_pstate *ps)
{
    if (ps->nparens > 0 || ps->nbraces == 0 ||
        (ps->brace_kind[ps->nbraces - 1] != K_TABLE && ps->brace_kind[ps->nbraces - 1] != K_VIEW))
        return false;
    return ps->last_tok != NL && ps->last_tok != '{' && ps->last_tok != ',' && ps->last_tok != ';';
}

static void push_off(uint32_t **v, size_t *n, size_t *cap, uint32_t off)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = realloc(*v, *cap * sizeof **v);
        if (!*v)
            abort();
    }
    (*v)[(*n)++] = off;
}

static void push_brace(sc_pstate *ps, uint32_t off)
{
    size_t n = ps->nbraces, cap = ps->capbraces;
    push_off(&ps->brace_off, &n, &cap, off);
    if (cap != ps->capbraces) {
        ps->brace_kind = realloc(ps->brace_kind, cap * sizeof *ps->brace_kind);
        if (!ps->brace_kind)
            abort();
        ps->capbraces = cap;
    }
    ps->brace_kind[ps->nbraces] = ps->pending_kind;
    ps->nbraces = n;
    ps->pending_kind = 0;
}

/* Tokens after which the next word is an object's name. */
static bool names_follow(int tok)
{
    return tok == K_TABLE || tok == K_ENUM || tok == K_SEQUENCE || tok == K_SCHEMA || tok == K_VIEW ||
           tok == K_COLLATION || tok == K_EXTENSION || tok == '.';
}

int sc_lex_next(void *lval, sc_span *lloc, sc_pstate *ps)
{
    int t;
    if (ps->eof_seen) {
        lloc->start = lloc->end = ps->off;
        return SC_YYEOF;
    }
    t = sc_lxlex(lval, lloc, ps->scanner);
    /* functions, procedures, triggers: a top-level statement (lex_routine.c) */
    if (sc_lex_starts_raw(ps, t, *lloc, names_follow(ps->last_tok) ? K_TABLE : 0))
        t = sc_lex_raw_statement(lval, lloc, ps);
    switch (t) {
    case SC_YYEOF:
        ps->eof_seen = true;
        /* An open parenthesis swallows everything up to the end: say where it
         * is, unless an earlier error (an unterminated string) explains it. */
        if (ps->nerrors > 0) {
            lloc->start = lloc->end = ps->off;
            break;
        }
        if (ps->nparens > 0) {
            sc_lex_error(ps, ps->parens[ps->nparens - 1], 1,
                         "unbalanced parentheses: this \"(\" is never closed");
            return SC_YYerror;
        }
        if (ps->nbraces > 0) {
            sc_lex_error(ps, ps->brace_off[ps->nbraces - 1], 1,
                         "unbalanced braces: this \"{\" is never closed");
            return SC_YYerror;
        }
        lloc->start = lloc->end = ps->off;
        break;
    case '(':
        if (ps->nparens >= SC_MAX_NESTING) {
            /* Refused here rather than by the parser's stack ("memory
             * exhausted", at no place): the rest of the file is not read,
             * since every ")" after this would be an error of its own. */
            char msg[64];
            snprintf(msg, sizeof msg, "nested too deeply (at most %d parentheses)", SC_MAX_NESTING);
            sc_lex_error(ps, lloc->start, 1, msg);
            ps->eof_seen = true;
            return SC_YYerror;
        }
        push_off(&ps->parens, &ps->nparens, &ps->capparens, lloc->start);
        break;
    case ')':
        if (ps->nparens == 0) {
            sc_lex_error(ps, lloc->start, 1, "unbalanced parentheses: \")\" without a \"(\" before it");
            return SC_YYerror;
        }
        ps->nparens--;
        break;
    case '{':
        if (ps->nparens == 0)
            push_brace(ps, lloc->start);
        break;
    case '}':
        if (ps->nparens == 0) {
            if (ps->nbraces == 0) {
                sc_lex_error(ps, lloc->start, 1, "unbalanced braces: \"}\" without a \"{\" before it");
                return SC_YYerror;
            }
            ps->nbraces--;
        }
        break;
    case K_TABLE:
    case K_ENUM:
    case K_SEQUENCE:
    case K_SCHEMA:
    case K_VIEW:
    case K_COLLATION:
        /* only where such a keyword starts an object: the top level or a
         * schema block, and not as the object's name (`table view {`) */
        if (ps->nparens == 0 && (ps->nbraces == 0 || ps->brace_kind[ps->nbraces - 1] == K_SCHEMA) &&
            !names_follow(ps->last_tok))
            ps->pending_kind = t;
        break;
    default:
        break;
    }
    /* Remember how each table item begins, for the hint on keywords used
     * as column names (see the grammar's error report). */
    if (ps->nbraces > 0 && ps->brace_kind[ps->nbraces - 1] == K_TABLE && ps->nparens == 0 &&
        (ps->last_tok == NL || ps->last_tok == '{' || ps->last_tok == ',' || ps->last_tok == ';')) {
        ps->item_tok = t;
        ps->item_span = *lloc;
        ps->item_ntok = 0;
    }
    ps->item_ntok++;
    ps->last_tok = t;
    ps->prev_end = lloc->end;
    return t;
}

/* memory (issue 10): how far behind the scanner a mapped text's pages stay
 * resident (the builder copies the spans of the tokens just parsed; one it
 * reads further back is read again from the page cache), and how much is
 * given back at once */
#define SC_PAGE_OUT_LAG ((size_t)256 * 1024)
#define SC_PAGE_OUT_STEP ((size_t)1024 * 1024)

size_t sc_lex_input(sc_pstate *ps, char *buf, size_t max)
{
    size_t n = ps->in_left < max ? ps->in_left : max;
    memcpy(buf, ps->in_next, n);
    ps->in_next += n;
    ps->in_left -= n;
    size_t done = (size_t)(ps->in_next - ps->src->text);
    if (ps->mapped && done > ps->paged_out + SC_PAGE_OUT_LAG + SC_PAGE_OUT_STEP) {
        sc_src_page_out_range(ps->src->text, ps->paged_out, done - SC_PAGE_OUT_LAG);
        ps->paged_out = done - SC_PAGE_OUT_LAG;
    }
    return n;
}

static int parse_src(sc_model *m, const sc_src *src, bool mapped, sc_diags *d)
{
    sc_pstate ps;
    memset(&ps, 0, sizeof ps);
    ps.m = m;
    ps.d = d;
    ps.src = src;
    ps.mapped = mapped;
    yyscan_t scanner;
    if (sc_lxlex_init_extra(&ps, &scanner) != 0) {
        sc_error(d, SC_ERR_IO, "%s: cannot start the scanner", src->path);
        return -1;
    }
    ps.scanner = scanner;
    /* Scan the model's text: locations point into the text that stays
     * alive. A UTF-8 byte order mark is skipped (offsets still count it). */
    size_t len = src->len;
    const char *text = src->text;
    uint32_t skip = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
    /* A .sch file is UTF-8 text: names and strings go to UTF-8 databases
     * and to JSON, which can hold nothing else, and into C strings, which
     * a NUL would cut short. Said once, where it first fails. */
    size_t bad = sc_utf8_invalid(text, len);
    const char *nul = memchr(text, '\0', bad);
    if (nul) {
        sc_lex_error(&ps, (uint32_t)(nul - text), 1, "NUL byte: a .sch file must be text");
    } else if (bad < len) {
        char msg[96];
        snprintf(msg, sizeof msg, "invalid UTF-8 (byte 0x%02x): a .sch file must be UTF-8 text",
                 (unsigned char)text[bad]);
        sc_lex_error(&ps, (uint32_t)bad, 1, msg);
    }
    ps.off = skip;
    if (ps.nerrors) {
        sc_lxlex_destroy(scanner);
        return -1;
    }
    ps.in_next = text + skip;
    ps.in_left = len - skip;
    if (mapped)   /* the checks above read it all: the scanner reads it again */
        sc_src_page_out_range(text, 0, len);
    YY_BUFFER_STATE buf = sc_lx_create_buffer(NULL, 1 << 16, scanner);
    sc_lx_switch_to_buffer(buf, scanner);
    int rc = sc_yyparse(&ps);
    sc_lx_delete_buffer(buf, scanner);
    sc_lxlex_destroy(scanner);
    for (size_t i = 0; i < ps.scratch.n; i++)
        sc_strmap_free(SC_VEC_AT(ps.scratch, i, sc_table)->column_map);
    sc_strmap_free(ps.idents);
    free(ps.parens);
    free(ps.brace_off);
    free(ps.brace_kind);
    if (rc != 0 && ps.nerrors == 0) {
        sc_loc none = {ps.src, 0, 1};
        sc_diag_add(d, SC_SEV_ERROR, SC_ERR_INPUT, none, "parser failed (out of memory)");
        ps.nerrors++;
    }
    return ps.nerrors ? -1 : 0;
}

int sc_parse_text(sc_model *m, const char *path, const char *text, size_t len, sc_diags *d)
{
    return parse_src(m, sc_model_add_src(m, path, text, len), false, d);
}

int sc_parse_text_owned(sc_model *m, const char *path, char *text, size_t len, sc_diags *d)
{
    return parse_src(m, sc_model_adopt_src(m, path, text, len), false, d);
}

int sc_parse_text_mapped(sc_model *m, const char *path, const char *text, size_t len, sc_diags *d)
{
    return parse_src(m, sc_model_adopt_mapped_src(m, path, text, len), true, d);
}
