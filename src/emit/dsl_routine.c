/* dsl_routine.c - functions, procedures and triggers in the DSL writer:
 * each is its CREATE statement, ended by ';' (docs/dsl.md), and a trigger
 * that is not simply enabled gets the ALTER TABLE that sets its state; one
 * with a comment gets its COMMENT ON after it (issue 12). */
#include "emit/ddl.h"
#include "model/strbuf.h"

void sc_dsl_routines(sc_strbuf *b, const sc_model *m, bool sep);
void sc_dsl_routines(sc_strbuf *b, const sc_model *m, bool sep)
{
    for (size_t i = 0; i < m->functions.n; i++) {
        if (sep || i)
            sc_sb_putc(b, '\n');
        const sc_function *f = SC_VEC_AT(m->functions, i, sc_function);
        sc_sb_puts(b, f->sql);
        sc_sb_puts(b, ";\n");
        if (f->comment)   /* issue 12: PostgreSQL's own statement, as the CREATE is */
            sc_ddl_comment_function(b, f, f->comment);
    }
    for (size_t i = 0; i < m->triggers.n; i++) {
        const sc_trigger *t = SC_VEC_AT(m->triggers, i, sc_trigger);
        if (sep || m->functions.n || i)
            sc_sb_putc(b, '\n');
        sc_sb_puts(b, t->sql);
        sc_sb_puts(b, ";\n");
        if (!t->sqlite && t->enabled && t->enabled != SC_TRIGGER_ORIGIN)
            sc_ddl_trigger_state(b, t);
        if (t->comment)   /* a SQLite trigger's too: the DSL holds it as it holds a SQLite table's */
            sc_ddl_comment_trigger(b, t, NULL, t->comment);
    }
}
