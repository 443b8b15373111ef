/* emit.h - model -> text: SQL DDL per dialect, JSON, and the DSL itself.
 *
 * Emitters only read a model; they know nothing of where it came from. All
 * output is deterministic: the same model gives byte-identical text. */
#ifndef SC_EMIT_H
#define SC_EMIT_H

#include "model/diag.h"
#include "model/model.h"

/* CREATE statements for the whole model in dependency order (schemas, enums,
 * sequences, tables in FK order with cycles broken by ALTER TABLE ... ADD
 * CONSTRAINT, indexes, comments). Returns a heap string, or NULL with an
 * SC_ERR_UNSUPPORTED error when the dialect cannot express something. */
char *sc_emit_ddl(const sc_model *m, sc_dialect dialect, sc_diags *d);

/* The model as JSON (format in docs/json.md). Heap string, ends in "\n". */
char *sc_emit_json(const sc_model *m);

/* The model as .sch DSL that compiles back to the same model. Heap string. */
char *sc_emit_dsl(const sc_model *m);

#endif
