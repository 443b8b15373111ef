/* strbuf.h - growable heap string, used by the emitters to build SQL/DSL. */
#ifndef SC_STRBUF_H
#define SC_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sc_strbuf {
    char *s;
    size_t len, cap;
} sc_strbuf;

#define SC_STRBUF_INIT {NULL, 0, 0}

void sc_sb_putc(sc_strbuf *b, char c);
void sc_sb_puts(sc_strbuf *b, const char *s);
void sc_sb_putn(sc_strbuf *b, const char *s, size_t n);
void sc_sb_printf(sc_strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sc_sb_vprintf(sc_strbuf *b, const char *fmt, va_list ap);
/* Pads with spaces up to column `width` counted from the last newline. */
void sc_sb_pad_to(sc_strbuf *b, size_t line_start, size_t width);
/* Returns the string (never NULL; "" when empty) and resets b; caller frees. */
char *sc_sb_take(sc_strbuf *b);
void sc_sb_free(sc_strbuf *b);
const char *sc_sb_cstr(sc_strbuf *b);   /* "" when empty; stays owned by b */

#endif
