/* dsl_partition.h - the DSL's partitioning and inheritance clauses of a
 * table header (dsl_partition.c, issue 12 items 4-5). */
#ifndef SC_DSL_PARTITION_H
#define SC_DSL_PARTITION_H

#include "model/model.h"
#include "model/strbuf.h"

/* " partition of P for values ...", " inherits (A, B)", " partition by
 * range (k)": what t has of them, names written by qualified (the DSL
 * writer's quoting). */
void sc_dsl_partition_clauses(sc_strbuf *b, const sc_table *t,
                              void (*qualified)(sc_strbuf *b, const char *schema, const char *name));

#endif
