/* utf8.h - checking that a text is UTF-8. */
#ifndef SC_UTF8_H
#define SC_UTF8_H

#include <stddef.h>

/* Length of the well-formed UTF-8 sequence at s[0..n) (1 for ASCII, NUL
 * included), or 0 when s[0] starts no such sequence: a stray continuation
 * byte, an overlong form, a surrogate, beyond U+10FFFF, or cut short. */
size_t sc_utf8_len(const unsigned char *s, size_t n);

/* Offset of the first byte of s[0..n) that is not UTF-8, or n. */
size_t sc_utf8_invalid(const char *s, size_t n);

#endif
