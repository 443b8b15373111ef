/* naming.c - placeholder: its owner replaces this file. */
#include "model/model.h"

const char *sc_name_pk(sc_arena *a, const sc_table *t) { return sc_arena_printf(a, "pk_%s", t->name); }
const char *sc_name_unique(sc_arena *a, const sc_table *t, const sc_names *cols) { (void)cols; return sc_arena_printf(a, "uq_%s", t->name); }
const char *sc_name_index(sc_arena *a, const sc_table *t, const sc_index *ix) { (void)ix; return sc_arena_printf(a, "ix_%s", t->name); }
const char *sc_name_check(sc_arena *a, const sc_table *t, const char *expr, int ordinal) { (void)expr; return sc_arena_printf(a, "ck_%s_%d", t->name, ordinal); }
const char *sc_name_fk(sc_arena *a, const sc_table *t, const sc_constraint *fk) { (void)fk; return sc_arena_printf(a, "fk_%s", t->name); }
const char *sc_name_truncate(sc_arena *a, const char *name) { return sc_arena_strdup(a, name); }
