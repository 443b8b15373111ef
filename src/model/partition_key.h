/* partition_key.h - the elements of a partition key, `RANGE (a, lower(b)
 * COLLATE "x" text_pattern_ops)` (parts7, issue 12). Owned by
 * model/partition_key.c; read by the diff's bound order and the
 * pipeline's probe of key expressions' types. */
#ifndef SC_MODEL_PARTITION_KEY_H
#define SC_MODEL_PARTITION_KEY_H

#include <stddef.h>

#include "model/arena.h"

#define SC_PKEY_MAX 32   /* PostgreSQL's PARTITION_MAX_KEYS */

/* One element, as PostgreSQL's grammar has it (part_elem): a column, a
 * function call or a parenthesized expression, then an optional COLLATE
 * and an optional operator class. */
typedef struct sc_pkey_elem {
    const char *expr;       /* the element without its operator class (COLLATE kept): SQL */
    const char *column;     /* a plain column's name (unquoted, folded), else NULL */
    const char *collation;  /* COLLATE's, as the model spells collations (sc_collation_ref), else NULL */
    const char *opclass;    /* the operator class as written, else NULL */
} sc_pkey_elem;

/* The elements of key (NULL or unreadable: 0), at most SC_PKEY_MAX, their
 * texts in a. */
size_t sc_partition_key_elems(sc_arena *a, const char *key, sc_pkey_elem *out);

/* Whether an operator class orders text by its bytes (text_pattern_ops and
 * its kin), as the "C" collation does. */
bool sc_pkey_opclass_bytes(const char *opclass);

#endif
