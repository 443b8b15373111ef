/* diag_format.c - one diagnostic -> the text shown to the user.
 *
 * What comes from an input file is never written raw: control bytes, NUL,
 * DEL, C1 controls and bytes that are not UTF-8 are shown as \xNN, so that a
 * hostile or corrupt file cannot drive the terminal. The echoed source line
 * is cut around the caret when it is long (a minified file, an expression
 * thousands of parentheses deep), so that the error stays readable. */
#include "model/diag.h"

#include <stdio.h>
#include <string.h>

#include "model/strbuf.h"
#include "model/utf8.h"

/* Echoed lines longer than this many columns are cut around the caret. */
enum { LINE_MAX_COLS = 150, LINE_BEFORE_CARET = 60 };

/* Length of the UTF-8 character at s[0..n) that is fit to print, or 0 when
 * s[0] must be escaped (an ASCII or C1 control, DEL, an invalid sequence). */
static size_t printable_len(const unsigned char *s, size_t n)
{
    if (s[0] < 0x20 || s[0] == 0x7f)
        return 0;
    if (s[0] == 0xc2 && n > 1 && s[1] < 0xa0)   /* C1 controls, U+0080..U+009F */
        return 0;
    return sc_utf8_len(s, n);
}

/* Appends s[0..n) with everything unfit for a terminal as \xNN; `keep`
 * lists the control characters that pass (e.g. "\n\t"). Returns the width
 * in columns of what was appended (a character counts one). */
static size_t put_escaped(sc_strbuf *b, const char *s, size_t n, const char *keep)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t cols = 0;
    for (size_t i = 0; i < n;) {
        size_t len = printable_len(u + i, n - i);
        if (len == 0 && u[i] != '\0' && strchr(keep, u[i]))
            len = 1;
        if (len) {
            sc_sb_putn(b, s + i, len);
            cols += 1;
            i += len;
        } else {
            sc_sb_printf(b, "\\x%02x", u[i]);
            cols += 4;
            i++;
        }
    }
    return cols;
}

/* The caret line's indentation under text[from..to): a tab stays a tab (so
 * that the caret lines up as the terminal expands it), anything else is as
 * many spaces as put_escaped() gave it columns. */
static void put_indent(sc_strbuf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t len = printable_len(u + i, n - i);
        if (u[i] == '\t') {
            sc_sb_putc(b, '\t');
            i++;
        } else if (len) {
            sc_sb_putc(b, ' ');
            i += len;
        } else {
            sc_sb_puts(b, "    ");
            i++;
        }
    }
}

static const char *sev_name(sc_severity s)
{
    switch (s) {
    case SC_SEV_ERROR: return "error";
    case SC_SEV_WARNING: return "warning";
    default: return "note";
    }
}

/* Moves p back (or forward, dir 1) off UTF-8 continuation bytes, so that a
 * cut never splits a character. */
static uint32_t char_boundary(const char *t, uint32_t p, uint32_t lo, uint32_t hi, int dir)
{
    while (p > lo && p < hi && ((unsigned char)t[p] & 0xc0) == 0x80)
        p = dir > 0 ? p + 1 : p - 1;
    return p;
}

/* The source line of the location, cut to a window around it when long,
 * then the caret under the span (clipped to what is shown). */
static void put_source_line(sc_strbuf *b, const sc_diag *dg, int line)
{
    const sc_src *src = dg->loc.src;
    const char *t = src->text;
    uint32_t off = dg->loc.off > src->len ? (uint32_t)src->len : dg->loc.off;
    uint32_t start = off, end = off;
    while (start > 0 && t[start - 1] != '\n')
        start--;
    while (end < src->len && t[end] != '\n')
        end++;
    uint32_t from = start, to = end;
    if (end - start > LINE_MAX_COLS) {
        if (off - start > LINE_BEFORE_CARET)
            from = char_boundary(t, off - LINE_BEFORE_CARET, start, off, 1);
        if (end - from > LINE_MAX_COLS)
            to = char_boundary(t, from + LINE_MAX_COLS, from, end, -1);
    }
    sc_sb_printf(b, "%5d | ", line);
    size_t lead = 0;
    if (from > start) {
        sc_sb_puts(b, "...");
        lead = 3;
    }
    put_escaped(b, t + from, to - from, "\t");
    if (to < end)
        sc_sb_puts(b, "...");
    sc_sb_putc(b, '\n');
    sc_sb_puts(b, "      | ");
    for (size_t i = 0; i < lead; i++)
        sc_sb_putc(b, ' ');
    put_indent(b, t + from, off > from ? off - from : 0);
    sc_sb_putc(b, '^');
    /* the tildes cover the rest of the span as shown: one per column */
    uint32_t span_end = dg->loc.len > to - off ? to : off + dg->loc.len;
    if (off < span_end) {
        sc_strbuf tmp = SC_STRBUF_INIT;
        size_t cols = put_escaped(&tmp, t + off, span_end - off, "\t");
        sc_sb_free(&tmp);
        for (size_t i = 1; i < cols; i++)
            sc_sb_putc(b, '~');
    }
    sc_sb_putc(b, '\n');
}

char *sc_diag_format(const sc_diag *dg)
{
    sc_strbuf b = SC_STRBUF_INIT;
    const sc_src *src = dg->loc.src;
    int line = 0, col = 0;
    if (src) {
        sc_loc_linecol(src, dg->loc.off, &line, &col);
        put_escaped(&b, src->path, strlen(src->path), "");
        sc_sb_printf(&b, ":%d:%d: ", line, col);
    }
    sc_sb_printf(&b, "%s: ", sev_name(dg->sev));
    put_escaped(&b, dg->msg, strlen(dg->msg), "\n\t");
    sc_sb_putc(&b, '\n');
    if (src)
        put_source_line(&b, dg, line);
    if (dg->hint) {
        sc_sb_puts(&b, src ? "      hint: " : "  hint: ");
        put_escaped(&b, dg->hint, strlen(dg->hint), "\n\t");
        sc_sb_putc(&b, '\n');
    }
    return sc_sb_take(&b);
}
