# schemac - schema-diff autogenerator and DDL compiler.
#
#   make            build $(BUILD)/schemac
#   make demo       install missing packages, build, run the SQLite demo
#   make check      install missing packages, build (plain and ASan+UBSan),
#                   start a throwaway PostgreSQL, run every test
#   make bench      timings of parse / inspect / diff on generated schemas
#   make fuzz       build the libFuzzer targets (clang, ASan+UBSan) into
#                   build-fuzz/ and run each for FUZZ_SECONDS (default 60)
#   make install PREFIX=/usr/local DESTDIR=
#   make clean
#
# BUILD=dir picks the build directory (several builds can live side by side);
# SAN=1 builds with AddressSanitizer and UndefinedBehaviorSanitizer.

BUILD   ?= build
PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
PKGS    := libpq sqlite3 jansson inih libcrypto
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS  ?= -O2 -g
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SANFLAGS := $(if $(SAN),$(SANITIZE))
# FUZZ=1 (with CC=clang): the library instrumented for libFuzzer, see `make fuzz`.
ifdef FUZZ
SANFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
endif
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(SANFLAGS) \
             -Isrc -I$(BUILD)/gen $(PKG_CFLAGS) -MMD -MP
# flex and bison output is not ours to fix: keep -Werror for the rest.
GEN_CFLAGS = $(filter-out -Wmissing-prototypes -Wshadow -Wstrict-prototypes,$(ALL_CFLAGS)) \
             -Wno-unused-function -Wno-sign-compare -Wno-unused-parameter
# libpg_query (Debian's libpg-query-dev: PostgreSQL's own parser) ships no .pc file.
LDLIBS  = $(SANFLAGS) $(PKG_LIBS) -lpg_query -lm -pthread

GRAMMAR_Y := $(wildcard grammar/*.y)
GRAMMAR_L := $(wildcard grammar/*.l)
GEN_C   := $(patsubst grammar/%.y,$(BUILD)/gen/%.tab.c,$(GRAMMAR_Y)) \
           $(patsubst grammar/%.l,$(BUILD)/gen/%.lex.c,$(GRAMMAR_L))
GEN_H   := $(GEN_C:.c=.h)
GEN_O   := $(GEN_C:.c=.o)

LIB_SRC := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_O   := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC)) $(GEN_O)
CLI_O   := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(CLI_SRC))
LIB     := $(BUILD)/libschemac.a
BIN     := $(BUILD)/schemac

UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
TOOLS_SRC := $(sort $(wildcard tests/tools/*.c))
TOOLS_BIN := $(patsubst tests/tools/%.c,$(BUILD)/tools/%,$(TOOLS_SRC))
# The fuzz targets: libFuzzer binaries in a FUZZ=1 build, and in every build
# a replayer of each (the same code with a plain main()) that the test
# suite runs on the inputs the fuzzers once crashed on (tests/fuzz/regress/).
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRC))
REPLAY_BIN := $(patsubst tests/fuzz/%.c,$(BUILD)/replay/%,$(FUZZ_SRC))
FUZZ_SECONDS ?= 60

# generated sources are kept (make would delete the intermediate grammar)
.SECONDARY:

.PHONY: all deps demo check unit bench install clean fuzz fuzz-build
.DEFAULT_GOAL := all

all: $(BIN)

$(BIN): $(CLI_O) $(LIB)
	$(CC) -o $@ $(CLI_O) $(LIB) $(LDLIBS)

$(LIB): $(LIB_O)
	@rm -f $@
	ar rcs $@ $^

# Generated sources must exist before anything includes their headers.
$(BUILD)/obj/%.o: src/%.c | $(GEN_H)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The grammar bison reads: grammar/X.y with the keywords of the one list
# (src/parser/kwlist.h) written in; the #line directives point back at grammar/.
$(BUILD)/gen/%.y: grammar/%.y src/parser/kwlist.h scripts/gen-grammar.sh
	@mkdir -p $(dir $@)
	scripts/gen-grammar.sh src/parser/kwlist.h $< $@

$(BUILD)/gen/%.tab.c $(BUILD)/gen/%.tab.h: $(BUILD)/gen/%.y
	bison -Wall -Werror --defines=$(BUILD)/gen/$*.tab.h -o $(BUILD)/gen/$*.tab.c $<
	sed -i 's|^#line \([0-9]*\) "$(BUILD)/gen/$*.y"|#line \1 "grammar/$*.y"|' $(BUILD)/gen/$*.tab.c

$(BUILD)/gen/%.lex.c $(BUILD)/gen/%.lex.h: grammar/%.l $(patsubst grammar/%.y,$(BUILD)/gen/%.tab.h,$(GRAMMAR_Y))
	@mkdir -p $(dir $@)
	flex --header-file=$(BUILD)/gen/$*.lex.h -o $(BUILD)/gen/$*.lex.c $<

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(GEN_H)
	$(CC) $(GEN_CFLAGS) -c -o $@ $<

unit: $(UNIT_BIN) $(TOOLS_BIN) $(REPLAY_BIN)

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(LIB) $(LDLIBS) $(CMOCKA_LIBS)

$(BUILD)/tools/%: tests/tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/replay/%: tests/fuzz/%.c tests/fuzz/replay_main.c tests/fuzz/fuzz_util.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/replay_main.c $(LIB) $(LDLIBS)

$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz_util.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -Itests/fuzz -o $@ $< $(LIB) $(LDLIBS)

fuzz-build: $(FUZZ_BIN)

fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang FUZZ=1 fuzz-build
	@scripts/fuzz.sh build-fuzz $(FUZZ_SECONDS)

deps:
	@scripts/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo.sh $(BIN)

check: deps
	@scripts/check.sh

bench: deps
	@$(MAKE) --no-print-directory all unit
	@scripts/bench.sh $(BUILD)

# the program, its manual page (every command on one page) and the bash and
# zsh completions
install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/schemac
	install -m 644 docs/schemac.1 $(DESTDIR)$(PREFIX)/share/man/man1/schemac.1
	install -m 644 scripts/completion/schemac.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/schemac
	install -m 644 scripts/completion/_schemac $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_schemac

clean:
	rm -rf build build-* demo.db demo

-include $(shell find $(BUILD) -name '*.d' -type f 2>/dev/null)
