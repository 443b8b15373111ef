/* srcmap.h - pages of a mapped source text given back while it is parsed
 * (memory, issue 10; the rest of srcmap.c is declared in model.h). */
#ifndef SC_SRCMAP_H
#define SC_SRCMAP_H

#include <stddef.h>

/* The whole pages of text[from, to) go back to the file's page cache (they
 * are read again from there if touched). text must be a read-only private
 * mapping (sc_model_adopt_mapped_src), never heap memory. */
void sc_src_page_out_range(const char *text, size_t from, size_t to);

#endif
