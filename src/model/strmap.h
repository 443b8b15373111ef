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
void sc_strmap_free(sc_strmap *m);
/* Keys are copied. Returns the previous value, or NULL. */
void *sc_strmap_put(sc_strmap *m, const char *key, void *value);
void *sc_strmap_get(const sc_strmap *m, const char *key);
bool sc_strmap_has(const sc_strmap *m, const char *key);
size_t sc_strmap_count(const sc_strmap *m);

#endif
