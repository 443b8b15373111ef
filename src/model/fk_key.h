/* fk_key.h - which key of its target table a foreign key stands on.
 *
 * PostgreSQL accepts a foreign key only onto columns that a primary key, a
 * unique constraint or a plain unique index (no predicate, no expression)
 * covers exactly: the same set of columns, in any order
 * (transformFkeyCheckAttrs). The FK then depends on that key's index
 * (pg_depend): DROP INDEX or DROP CONSTRAINT of it fails while the FK
 * exists, and CREATE TABLE ... REFERENCES fails before it exists.
 * Read by model/validate.c (a FK onto no key is refused), emit/ddl.c (a FK
 * onto a unique index alone is added once the indexes exist) and
 * diff/fk_keys.c (a kept FK goes around a drop of its key). */
#ifndef SC_FK_KEY_H
#define SC_FK_KEY_H

#include <stdbool.h>

#include "model/model.h"

/* Key constraint k (primary key or unique) covers exactly ref_cols. */
bool sc_fk_key_covers(const sc_constraint *k, const sc_names *ref_cols);
/* Index ix is unique, has no predicate nor expression, and its key
 * columns are exactly ref_cols. */
bool sc_fk_index_covers(const sc_index *ix, const sc_names *ref_cols);
/* Some primary key, unique constraint or unique index of target covers
 * ref_cols. */
bool sc_fk_references_key(const sc_table *target, const sc_names *ref_cols);
/* No primary key or unique constraint of target covers ref_cols, but a
 * unique index does: the first such index, else NULL. */
const sc_index *sc_fk_unique_index(const sc_table *target, const sc_names *ref_cols);

#endif
