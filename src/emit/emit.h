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

/* A storage parameter's name, the first KL bytes of ITEM ("name=value"),
 * each dotted part (toast.NAME) written by PUT (ddl_table.c). */
struct sc_strbuf;
void sc_emit_param_key(struct sc_strbuf *b, const char *item, size_t kl, void (*put)(struct sc_strbuf *, const char *));

/* The model as JSON (format in docs/json.md). Heap string, ends in "\n". */
char *sc_emit_json(const sc_model *m);
/* memory (issue 10): the same text handed to sink in parts, in order, never
 * held whole; returns 0, or the first non-zero the sink returned (it is
 * not called again after that). */
typedef int (*sc_emit_sink)(const char *s, size_t n, void *arg);
int sc_emit_json_to(const sc_model *m, sc_emit_sink sink, void *arg);

/* The model as .sch DSL that compiles back to the same model. Heap string. */
char *sc_emit_dsl(const sc_model *m);

#endif
