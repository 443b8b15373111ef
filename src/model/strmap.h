/* strmap.h - string -> pointer hash map (open addressing, FNV-1a).
 *
 * Every object of a model is found by its qualified name through one of
 * these, so that diffing and validating thousands of tables stays linear. */
#ifndef SC_STRMAP_H
#define SC_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct sc_strmap sc_strmap;

sc_strmap *sc_strmap_new(void);
/* A map that takes n keys without growing (memory, issue 10: a large map
 * grown by doubling holds its old and new slots at once, and the last
 * doubling may leave it near half empty). */
sc_strmap *sc_strmap_new_sized(size_t n);
void sc_strmap_free(sc_strmap *m);
/* Keys are copied (into the map's own pool: one allocation for many
 * keys, freed with the map). Returns the previous value, or NULL. */
void *sc_strmap_put(sc_strmap *m, const char *key, void *value);
void *sc_strmap_get(const sc_strmap *m, const char *key);
bool sc_strmap_has(const sc_strmap *m, const char *key);
size_t sc_strmap_count(const sc_strmap *m);

/* A key made of parts ("schema.name"), printed into a buffer reused from
 * one key to the next, for a lookup or a put (which copies it): no key is
 * allocated twice. The string is valid until the next call; free with
 * sc_keybuf_free. */
typedef struct sc_keybuf {
    char *p;
    size_t cap;
} sc_keybuf;
const char *sc_keybuf_printf(sc_keybuf *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sc_keybuf_free(sc_keybuf *k);

#endif
