/* srcmap.c - source texts mapped from their files (issue 10, memory).
 *
 * A model keeps its source text for diagnostics (a caret under the line),
 * but once parsing and validation are done it is read only where a
 * diagnostic shows a line. Read into the heap, a 5,000-table schema's 3 MB
 * text stays resident next to both models of a diff for nothing; mapped
 * from its file, its pages can go back to the page cache (which holds them
 * anyway) and come back only where one is read. */
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "model/model.h"
#include "model/srcmap.h"

void sc_src_page_out_range(const char *text, size_t from, size_t to)
{
#ifdef MADV_DONTNEED
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0 || to <= from)
        return;
    /* the mapping starts on a page: whole pages inside [from, to) */
    uintptr_t p = (uintptr_t)page;
    uintptr_t a = ((uintptr_t)text + from + p - 1) / p * p, b = ((uintptr_t)text + to) / p * p;
    if (b > a)
        madvise((void *)a, b - a, MADV_DONTNEED);
#else
    (void)text;
    (void)from;
    (void)to;
#endif
}

const sc_src *sc_model_adopt_mapped_src(sc_model *m, const char *path, const char *text, size_t len)
{
    sc_src *s = sc_arena_alloc(m->arena, sizeof *s);
    s->path = sc_arena_strdup(m->arena, path);
    s->text = text;
    s->len = len;
    sc_vec_push(m->arena, &m->mapped, s);
    sc_vec_push(m->arena, &m->srcs, s);
    return s;
}

void sc_model_page_out_srcs(const sc_model *m)
{
#ifdef MADV_DONTNEED
    /* A private mapping never written: its pages are read again from the
     * file when touched. */
    for (size_t i = 0; i < m->mapped.n; i++) {
        const sc_src *s = SC_VEC_AT(m->mapped, i, sc_src);
        madvise((void *)s->text, s->len + 1, MADV_DONTNEED);
    }
#else
    (void)m;
#endif
}

void sc_model_unmap_srcs(sc_model *m)
{
    for (size_t i = 0; i < m->mapped.n; i++) {
        const sc_src *s = SC_VEC_AT(m->mapped, i, sc_src);
        munmap((void *)s->text, s->len + 1);
    }
    m->mapped.n = 0;
}
