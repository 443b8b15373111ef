/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         SC_YYSTYPE
#define YYLTYPE         SC_YYLTYPE
/* Substitute the variable and function names.  */
#define yyparse         sc_yyparse
#define yylex           sc_yylex
#define yyerror         sc_yyerror
#define yydebug         sc_yydebug
#define yynerrs         sc_yynerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "schemac.tab.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_IDENT = 3,                      /* "identifier"  */
  YYSYMBOL_QIDENT = 4,                     /* "quoted identifier"  */
  YYSYMBOL_STRING = 5,                     /* "string literal"  */
  YYSYMBOL_ESTRING = 6,                    /* "escape string literal"  */
  YYSYMBOL_DOLQSTRING = 7,                 /* "dollar-quoted string"  */
  YYSYMBOL_NUMBER = 8,                     /* "number"  */
  YYSYMBOL_OP = 9,                         /* "operator"  */
  YYSYMBOL_NL = 10,                        /* "end of line"  */
  YYSYMBOL_K_ACTION = 11,                  /* "action"  */
  YYSYMBOL_K_ALL = 12,                     /* "all"  */
  YYSYMBOL_K_ALWAYS = 13,                  /* "always"  */
  YYSYMBOL_K_AS = 14,                      /* "as"  */
  YYSYMBOL_K_ASC = 15,                     /* "asc"  */
  YYSYMBOL_K_AUTOINCREMENT = 16,           /* "autoincrement"  */
  YYSYMBOL_K_BY = 17,                      /* "by"  */
  YYSYMBOL_K_CACHE = 18,                   /* "cache"  */
  YYSYMBOL_K_CASCADE = 19,                 /* "cascade"  */
  YYSYMBOL_K_CASCADED = 20,                /* "cascaded"  */
  YYSYMBOL_K_CHECK = 21,                   /* "check"  */
  YYSYMBOL_K_COLLATE = 22,                 /* "collate"  */
  YYSYMBOL_K_COLLATION = 23,               /* "collation"  */
  YYSYMBOL_K_COLUMN = 24,                  /* "column"  */
  YYSYMBOL_K_COMMENT = 25,                 /* "comment"  */
  YYSYMBOL_K_COMPRESSION = 26,             /* "compression"  */
  YYSYMBOL_K_CONSTRAINT = 27,              /* "constraint"  */
  YYSYMBOL_K_CYCLE = 28,                   /* "cycle"  */
  YYSYMBOL_K_DATA = 29,                    /* "data"  */
  YYSYMBOL_K_DEFAULT = 30,                 /* "default"  */
  YYSYMBOL_K_DEFERRABLE = 31,              /* "deferrable"  */
  YYSYMBOL_K_DEFERRED = 32,                /* "deferred"  */
  YYSYMBOL_K_DELETE = 33,                  /* "delete"  */
  YYSYMBOL_K_DESC = 34,                    /* "desc"  */
  YYSYMBOL_K_DISABLED = 35,                /* "disabled"  */
  YYSYMBOL_K_DISTINCT = 36,                /* "distinct"  */
  YYSYMBOL_K_DOMAIN = 37,                  /* "domain"  */
  YYSYMBOL_K_ENUM = 38,                    /* "enum"  */
  YYSYMBOL_K_EXCLUDE = 39,                 /* "exclude"  */
  YYSYMBOL_K_EXTENSION = 40,               /* "extension"  */
  YYSYMBOL_K_FALSE = 41,                   /* "false"  */
  YYSYMBOL_K_FIRST = 42,                   /* "first"  */
  YYSYMBOL_K_FOR = 43,                     /* "for"  */
  YYSYMBOL_K_FORCED = 44,                  /* "forced"  */
  YYSYMBOL_K_FOREIGN = 45,                 /* "foreign"  */
  YYSYMBOL_K_FROM = 46,                    /* "from"  */
  YYSYMBOL_K_FULL = 47,                    /* "full"  */
  YYSYMBOL_K_GENERATED = 48,               /* "generated"  */
  YYSYMBOL_K_IDENTITY = 49,                /* "identity"  */
  YYSYMBOL_K_IMMEDIATE = 50,               /* "immediate"  */
  YYSYMBOL_K_IN = 51,                      /* "in"  */
  YYSYMBOL_K_INCLUDE = 52,                 /* "include"  */
  YYSYMBOL_K_INCREMENT = 53,               /* "increment"  */
  YYSYMBOL_K_INDEX = 54,                   /* "index"  */
  YYSYMBOL_K_INHERIT = 55,                 /* "inherit"  */
  YYSYMBOL_K_INHERITS = 56,                /* "inherits"  */
  YYSYMBOL_K_INITIALLY = 57,               /* "initially"  */
  YYSYMBOL_K_INSERT = 58,                  /* "insert"  */
  YYSYMBOL_K_KEY = 59,                     /* "key"  */
  YYSYMBOL_K_LAST = 60,                    /* "last"  */
  YYSYMBOL_K_LEVEL = 61,                   /* "level"  */
  YYSYMBOL_K_LOCAL = 62,                   /* "local"  */
  YYSYMBOL_K_MATCH = 63,                   /* "match"  */
  YYSYMBOL_K_MATERIALIZED = 64,            /* "materialized"  */
  YYSYMBOL_K_MAXVALUE = 65,                /* "maxvalue"  */
  YYSYMBOL_K_MINVALUE = 66,                /* "minvalue"  */
  YYSYMBOL_K_NO = 67,                      /* "no"  */
  YYSYMBOL_K_NOT = 68,                     /* "not"  */
  YYSYMBOL_K_NULL = 69,                    /* "null"  */
  YYSYMBOL_K_NULLS = 70,                   /* "nulls"  */
  YYSYMBOL_K_OF = 71,                      /* "of"  */
  YYSYMBOL_K_ON = 72,                      /* "on"  */
  YYSYMBOL_K_OPTION = 73,                  /* "option"  */
  YYSYMBOL_K_OWNED = 74,                   /* "owned"  */
  YYSYMBOL_K_PARTITION = 75,               /* "partition"  */
  YYSYMBOL_K_PERMISSIVE = 76,              /* "permissive"  */
  YYSYMBOL_K_POLICY = 77,                  /* "policy"  */
  YYSYMBOL_K_PRECISION = 78,               /* "precision"  */
  YYSYMBOL_K_PRIMARY = 79,                 /* "primary"  */
  YYSYMBOL_K_RANGE = 80,                   /* "range"  */
  YYSYMBOL_K_REFERENCES = 81,              /* "references"  */
  YYSYMBOL_K_RENAMED = 82,                 /* "renamed"  */
  YYSYMBOL_K_RESTRICT = 83,                /* "restrict"  */
  YYSYMBOL_K_RESTRICTIVE = 84,             /* "restrictive"  */
  YYSYMBOL_K_ROW = 85,                     /* "row"  */
  YYSYMBOL_K_ROWID = 86,                   /* "rowid"  */
  YYSYMBOL_K_SCHEMA = 87,                  /* "schema"  */
  YYSYMBOL_K_SECURITY = 88,                /* "security"  */
  YYSYMBOL_K_SELECT = 89,                  /* "select"  */
  YYSYMBOL_K_SEQUENCE = 90,                /* "sequence"  */
  YYSYMBOL_K_SET = 91,                     /* "set"  */
  YYSYMBOL_K_SIMPLE = 92,                  /* "simple"  */
  YYSYMBOL_K_SQLITE = 93,                  /* "sqlite"  */
  YYSYMBOL_K_START = 94,                   /* "start"  */
  YYSYMBOL_K_STORAGE = 95,                 /* "storage"  */
  YYSYMBOL_K_STORED = 96,                  /* "stored"  */
  YYSYMBOL_K_STRICT = 97,                  /* "strict"  */
  YYSYMBOL_K_TABLE = 98,                   /* "table"  */
  YYSYMBOL_K_TABLESPACE = 99,              /* "tablespace"  */
  YYSYMBOL_K_TIME = 100,                   /* "time"  */
  YYSYMBOL_K_TO = 101,                     /* "to"  */
  YYSYMBOL_K_TRUE = 102,                   /* "true"  */
  YYSYMBOL_K_TYPE = 103,                   /* "type"  */
  YYSYMBOL_K_UNIQUE = 104,                 /* "unique"  */
  YYSYMBOL_K_UNLOGGED = 105,               /* "unlogged"  */
  YYSYMBOL_K_UPDATE = 106,                 /* "update"  */
  YYSYMBOL_K_USING = 107,                  /* "using"  */
  YYSYMBOL_K_VALUES = 108,                 /* "values"  */
  YYSYMBOL_K_VARYING = 109,                /* "varying"  */
  YYSYMBOL_K_VERSION = 110,                /* "version"  */
  YYSYMBOL_K_VIEW = 111,                   /* "view"  */
  YYSYMBOL_K_VIRTUAL = 112,                /* "virtual"  */
  YYSYMBOL_K_WHERE = 113,                  /* "where"  */
  YYSYMBOL_K_WITH = 114,                   /* "with"  */
  YYSYMBOL_K_WITHOUT = 115,                /* "without"  */
  YYSYMBOL_K_ZONE = 116,                   /* "zone"  */
  YYSYMBOL_K_NOT_DEFERRABLE = 117,         /* "not deferrable"  */
  YYSYMBOL_RAWSQL = 118,                   /* "SQL statement"  */
  YYSYMBOL_K_NOT_VALID = 119,              /* "not valid"  */
  YYSYMBOL_120_ = 120,                     /* '{'  */
  YYSYMBOL_121_ = 121,                     /* '}'  */
  YYSYMBOL_122_ = 122,                     /* ','  */
  YYSYMBOL_123_ = 123,                     /* '.'  */
  YYSYMBOL_124_ = 124,                     /* '-'  */
  YYSYMBOL_125_ = 125,                     /* '('  */
  YYSYMBOL_126_ = 126,                     /* ')'  */
  YYSYMBOL_127_ = 127,                     /* ';'  */
  YYSYMBOL_128_ = 128,                     /* '['  */
  YYSYMBOL_129_ = 129,                     /* ']'  */
  YYSYMBOL_YYACCEPT = 130,                 /* $accept  */
  YYSYMBOL_file = 131,                     /* file  */
  YYSYMBOL_top_item = 132,                 /* top_item  */
  YYSYMBOL_schema_def = 133,               /* schema_def  */
  YYSYMBOL_134_1 = 134,                    /* $@1  */
  YYSYMBOL_schema_body = 135,              /* schema_body  */
  YYSYMBOL_136_2 = 136,                    /* $@2  */
  YYSYMBOL_block_items = 137,              /* block_items  */
  YYSYMBOL_enum_def = 138,                 /* enum_def  */
  YYSYMBOL_opt_labels = 139,               /* opt_labels  */
  YYSYMBOL_labels = 140,                   /* labels  */
  YYSYMBOL_opt_comment = 141,              /* opt_comment  */
  YYSYMBOL_sequence_def = 142,             /* sequence_def  */
  YYSYMBOL_143_3 = 143,                    /* $@3  */
  YYSYMBOL_sequence_body = 144,            /* sequence_body  */
  YYSYMBOL_seq_opts = 145,                 /* seq_opts  */
  YYSYMBOL_seq_opt = 146,                  /* seq_opt  */
  YYSYMBOL_opt_with = 147,                 /* opt_with  */
  YYSYMBOL_opt_by = 148,                   /* opt_by  */
  YYSYMBOL_signed = 149,                   /* signed  */
  YYSYMBOL_extension_def = 150,            /* extension_def  */
  YYSYMBOL_151_4 = 151,                    /* $@4  */
  YYSYMBOL_ext_opts = 152,                 /* ext_opts  */
  YYSYMBOL_collation_def = 153,            /* collation_def  */
  YYSYMBOL_154_5 = 154,                    /* $@5  */
  YYSYMBOL_coll_opts = 155,                /* coll_opts  */
  YYSYMBOL_coll_opt = 156,                 /* coll_opt  */
  YYSYMBOL_table_def = 157,                /* table_def  */
  YYSYMBOL_158_6 = 158,                    /* $@6  */
  YYSYMBOL_159_7 = 159,                    /* $@7  */
  YYSYMBOL_160_8 = 160,                    /* $@8  */
  YYSYMBOL_161_9 = 161,                    /* $@9  */
  YYSYMBOL_rel_clauses = 162,              /* rel_clauses  */
  YYSYMBOL_rel_clause = 163,               /* rel_clause  */
  YYSYMBOL_inherit_list = 164,             /* inherit_list  */
  YYSYMBOL_part_bound = 165,               /* part_bound  */
  YYSYMBOL_rel_body = 166,                 /* rel_body  */
  YYSYMBOL_rawparen = 167,                 /* rawparen  */
  YYSYMBOL_table_body = 168,               /* table_body  */
  YYSYMBOL_items = 169,                    /* items  */
  YYSYMBOL_sep = 170,                      /* sep  */
  YYSYMBOL_item = 171,                     /* item  */
  YYSYMBOL_172_10 = 172,                   /* $@10  */
  YYSYMBOL_opt_forced = 173,               /* opt_forced  */
  YYSYMBOL_policy_opts = 174,              /* policy_opts  */
  YYSYMBOL_policy_opt = 175,               /* policy_opt  */
  YYSYMBOL_policy_cmd = 176,               /* policy_cmd  */
  YYSYMBOL_role_list = 177,                /* role_list  */
  YYSYMBOL_sqlite_opts = 178,              /* sqlite_opts  */
  YYSYMBOL_sqlite_opt = 179,               /* sqlite_opt  */
  YYSYMBOL_column = 180,                   /* column  */
  YYSYMBOL_181_11 = 181,                   /* $@11  */
  YYSYMBOL_type = 182,                     /* type  */
  YYSYMBOL_type_base = 183,                /* type_base  */
  YYSYMBOL_opt_mods = 184,                 /* opt_mods  */
  YYSYMBOL_mod_list = 185,                 /* mod_list  */
  YYSYMBOL_type_tail = 186,                /* type_tail  */
  YYSYMBOL_opt_array = 187,                /* opt_array  */
  YYSYMBOL_attrs = 188,                    /* attrs  */
  YYSYMBOL_attr = 189,                     /* attr  */
  YYSYMBOL_opt_id_opts = 190,              /* opt_id_opts  */
  YYSYMBOL_191_12 = 191,                   /* $@12  */
  YYSYMBOL_id_opts = 192,                  /* id_opts  */
  YYSYMBOL_id_opt = 193,                   /* id_opt  */
  YYSYMBOL_default_val = 194,              /* default_val  */
  YYSYMBOL_fk_opts = 195,                  /* fk_opts  */
  YYSYMBOL_fk_action = 196,                /* fk_action  */
  YYSYMBOL_view_def = 197,                 /* view_def  */
  YYSYMBOL_198_13 = 198,                   /* $@13  */
  YYSYMBOL_view_kind = 199,                /* view_kind  */
  YYSYMBOL_opt_view_columns = 200,         /* opt_view_columns  */
  YYSYMBOL_view_with = 201,                /* view_with  */
  YYSYMBOL_view_opts = 202,                /* view_opts  */
  YYSYMBOL_view_opt = 203,                 /* view_opt  */
  YYSYMBOL_view_query = 204,               /* view_query  */
  YYSYMBOL_view_clauses = 205,             /* view_clauses  */
  YYSYMBOL_view_clause = 206,              /* view_clause  */
  YYSYMBOL_view_body = 207,                /* view_body  */
  YYSYMBOL_view_items_all = 208,           /* view_items_all  */
  YYSYMBOL_view_items = 209,               /* view_items  */
  YYSYMBOL_view_item = 210,                /* view_item  */
  YYSYMBOL_excl_elems = 211,               /* excl_elems  */
  YYSYMBOL_excl_elem = 212,                /* excl_elem  */
  YYSYMBOL_excl_op = 213,                  /* excl_op  */
  YYSYMBOL_excl_op_toks = 214,             /* excl_op_toks  */
  YYSYMBOL_excl_op_tok = 215,              /* excl_op_tok  */
  YYSYMBOL_index_item = 216,               /* index_item  */
  YYSYMBOL_ix_elems = 217,                 /* ix_elems  */
  YYSYMBOL_ix_elem = 218,                  /* ix_elem  */
  YYSYMBOL_ix_target = 219,                /* ix_target  */
  YYSYMBOL_opt_collate = 220,              /* opt_collate  */
  YYSYMBOL_opclass = 221,                  /* opclass  */
  YYSYMBOL_opclass_part = 222,             /* opclass_part  */
  YYSYMBOL_opt_params = 223,               /* opt_params  */
  YYSYMBOL_params = 224,                   /* params  */
  YYSYMBOL_param = 225,                    /* param  */
  YYSYMBOL_param_value = 226,              /* param_value  */
  YYSYMBOL_opt_dir = 227,                  /* opt_dir  */
  YYSYMBOL_opt_nulls = 228,                /* opt_nulls  */
  YYSYMBOL_ix_opts = 229,                  /* ix_opts  */
  YYSYMBOL_opt_ix_with = 230,              /* opt_ix_with  */
  YYSYMBOL_opt_tablespace = 231,           /* opt_tablespace  */
  YYSYMBOL_opt_nulls_distinct = 232,       /* opt_nulls_distinct  */
  YYSYMBOL_opt_using = 233,                /* opt_using  */
  YYSYMBOL_opt_include = 234,              /* opt_include  */
  YYSYMBOL_opt_where = 235,                /* opt_where  */
  YYSYMBOL_qname = 236,                    /* qname  */
  YYSYMBOL_opt_name = 237,                 /* opt_name  */
  YYSYMBOL_paren_names = 238,              /* paren_names  */
  YYSYMBOL_opt_paren_names = 239,          /* opt_paren_names  */
  YYSYMBOL_name_list = 240,                /* name_list  */
  YYSYMBOL_colname = 241,                  /* colname  */
  YYSYMBOL_name = 242,                     /* name  */
  YYSYMBOL_kw_name = 243,                  /* kw_name  */
  YYSYMBOL_utype_def = 244,                /* utype_def  */
  YYSYMBOL_245_14 = 245,                   /* $@14  */
  YYSYMBOL_246_15 = 246,                   /* $@15  */
  YYSYMBOL_247_16 = 247,                   /* $@16  */
  YYSYMBOL_domain_clauses = 248,           /* domain_clauses  */
  YYSYMBOL_domain_clause = 249,            /* domain_clause  */
  YYSYMBOL_opt_type_attrs = 250,           /* opt_type_attrs  */
  YYSYMBOL_type_attrs = 251,               /* type_attrs  */
  YYSYMBOL_type_attr = 252,                /* type_attr  */
  YYSYMBOL_range_opts = 253,               /* range_opts  */
  YYSYMBOL_range_opt = 254,                /* range_opt  */
  YYSYMBOL_paren = 255,                    /* paren  */
  YYSYMBOL_call_args = 256,                /* call_args  */
  YYSYMBOL_raw = 257,                      /* raw  */
  YYSYMBOL_raw_tok = 258,                  /* raw_tok  */
  YYSYMBOL_collation_ref = 259             /* collation_ref  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 32 "grammar/schemac.y"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/keywords.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N)                         \
    do {                                                    \
        if (N) {                                            \
            (Cur).start = YYRHSLOC(Rhs, 1).start;           \
            (Cur).end = YYRHSLOC(Rhs, N).end;               \
        } else {                                            \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; \
        }                                                   \
    } while (0)

static int sc_yylex(SC_YYSTYPE *lval, sc_span *lloc, sc_pstate *ps)
{
    return sc_lex_next(lval, lloc, ps);
}

static void sc_yyerror(sc_span *loc, sc_pstate *ps, const char *msg)
{
    sc_lex_error(ps, loc->start, loc->end - loc->start, msg);
}

static sc_qn qn1(const char *name, sc_span s)
{
    sc_qn q = {NULL, name, s};
    return q;
}

static sc_qn qn2(const char *schema, const char *name, sc_span s)
{
    sc_qn q = {schema, name, s};
    return q;
}

static sc_index_elem elem_of(sc_pstate *ps, const char *column, const char *expr, sc_span s)
{
    sc_index_elem e;
    memset(&e, 0, sizeof e);
    e.column = column;
    e.expr = expr;
    e.loc = sc_pb_loc(ps, s);
    return e;
}

#line 420 "build2/gen/schemac.tab.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
# define YYCOPY_NEEDED 1
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined SC_YYLTYPE_IS_TRIVIAL && SC_YYLTYPE_IS_TRIVIAL \
             && defined SC_YYSTYPE_IS_TRIVIAL && SC_YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  2
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   2899

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  130
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  130
/* YYNRULES -- Number of rules.  */
#define YYNRULES  581
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  912

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   374


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_uint8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
     125,   126,     2,     2,   122,   124,   123,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,   127,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,   128,     2,   129,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   120,     2,   121,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119
};

#if SC_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   138,   138,   139,   143,   144,   145,   146,   147,   149,
     151,   152,   154,   160,   160,   165,   166,   166,   171,   172,
     173,   174,   175,   177,   179,   185,   190,   191,   192,   196,
     197,   201,   202,   208,   208,   213,   214,   218,   219,   223,
     224,   225,   226,   227,   228,   229,   230,   233,   233,   234,
     234,   237,   238,   244,   244,   249,   250,   251,   252,   256,
     256,   261,   262,   263,   267,   268,   269,   270,   276,   276,
     279,   279,   284,   284,   286,   286,   291,   292,   296,   298,
     300,   304,   305,   309,   311,   312,   314,   318,   319,   325,
     330,   331,   335,   336,   337,   338,   341,   341,   341,   344,
     345,   347,   349,   351,   354,   356,   358,   360,   362,   364,
     366,   369,   371,   373,   375,   376,   378,   381,   383,   385,
     387,   387,   392,   393,   400,   401,   405,   406,   407,   408,
     409,   410,   411,   415,   416,   417,   418,   419,   424,   425,
     429,   430,   434,   435,   436,   440,   440,   446,   450,   451,
     452,   453,   457,   458,   462,   463,   467,   468,   469,   473,
     474,   475,   479,   480,   484,   485,   486,   487,   488,   489,
     491,   493,   495,   497,   499,   501,   502,   504,   506,   508,
     510,   512,   514,   516,   518,   519,   520,   521,   522,   528,
     529,   529,   534,   535,   539,   540,   541,   542,   543,   544,
     545,   549,   550,   551,   552,   553,   554,   555,   556,   562,
     563,   565,   567,   568,   569,   572,   576,   578,   579,   580,
     581,   582,   585,   587,   589,   590,   592,   596,   597,   598,
     599,   600,   611,   611,   617,   618,   622,   623,   627,   628,
     632,   633,   637,   641,   645,   646,   650,   651,   652,   654,
     656,   657,   661,   662,   667,   668,   672,   673,   674,   675,
     679,   680,   681,   682,   691,   692,   696,   700,   703,   708,
     709,   712,   712,   716,   718,   723,   724,   728,   735,   736,
     738,   740,   744,   745,   750,   751,   753,   757,   763,   763,
     766,   767,   772,   773,   777,   781,   782,   783,   784,   785,
     786,   790,   791,   792,   796,   797,   798,   802,   810,   811,
     815,   816,   820,   821,   822,   826,   827,   831,   832,   836,
     837,   843,   844,   848,   849,   853,   857,   858,   862,   863,
     868,   869,   870,   876,   877,   878,   879,   881,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   891,   891,   891,   891,
     891,   891,   891,   891,   891,   891,   903,   903,   905,   905,
     908,   908,   913,   914,   918,   919,   920,   921,   922,   923,
     926,   930,   931,   932,   936,   937,   941,   942,   947,   948,
     952,   958,   964,   968,   969,   973,   973,   973,   974,   974,
     974,   974,   974,   975,   975,   975,   975,   975,   975,   975,
     975,   976,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     978,   978,   978,   978,   978,   978,   978,   978,   978,   978,
     984,   985
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "identifier",
  "quoted identifier", "string literal", "escape string literal",
  "dollar-quoted string", "number", "operator", "end of line", "action",
  "all", "always", "as", "asc", "autoincrement", "by", "cache", "cascade",
  "cascaded", "check", "collate", "collation", "column", "comment",
  "compression", "constraint", "cycle", "data", "default", "deferrable",
  "deferred", "delete", "desc", "disabled", "distinct", "domain", "enum",
  "exclude", "extension", "false", "first", "for", "forced", "foreign",
  "from", "full", "generated", "identity", "immediate", "in", "include",
  "increment", "index", "inherit", "inherits", "initially", "insert",
  "key", "last", "level", "local", "match", "materialized", "maxvalue",
  "minvalue", "no", "not", "null", "nulls", "of", "on", "option", "owned",
  "partition", "permissive", "policy", "precision", "primary", "range",
  "references", "renamed", "restrict", "restrictive", "row", "rowid",
  "schema", "security", "select", "sequence", "set", "simple", "sqlite",
  "start", "storage", "stored", "strict", "table", "tablespace", "time",
  "to", "true", "type", "unique", "unlogged", "update", "using", "values",
  "varying", "version", "view", "virtual", "where", "with", "without",
  "zone", "not deferrable", "SQL statement", "not valid", "'{'", "'}'",
  "','", "'.'", "'-'", "'('", "')'", "';'", "'['", "']'", "$accept",
  "file", "top_item", "schema_def", "$@1", "schema_body", "$@2",
  "block_items", "enum_def", "opt_labels", "labels", "opt_comment",
  "sequence_def", "$@3", "sequence_body", "seq_opts", "seq_opt",
  "opt_with", "opt_by", "signed", "extension_def", "$@4", "ext_opts",
  "collation_def", "$@5", "coll_opts", "coll_opt", "table_def", "$@6",
  "$@7", "$@8", "$@9", "rel_clauses", "rel_clause", "inherit_list",
  "part_bound", "rel_body", "rawparen", "table_body", "items", "sep",
  "item", "$@10", "opt_forced", "policy_opts", "policy_opt", "policy_cmd",
  "role_list", "sqlite_opts", "sqlite_opt", "column", "$@11", "type",
  "type_base", "opt_mods", "mod_list", "type_tail", "opt_array", "attrs",
  "attr", "opt_id_opts", "$@12", "id_opts", "id_opt", "default_val",
  "fk_opts", "fk_action", "view_def", "$@13", "view_kind",
  "opt_view_columns", "view_with", "view_opts", "view_opt", "view_query",
  "view_clauses", "view_clause", "view_body", "view_items_all",
  "view_items", "view_item", "excl_elems", "excl_elem", "excl_op",
  "excl_op_toks", "excl_op_tok", "index_item", "ix_elems", "ix_elem",
  "ix_target", "opt_collate", "opclass", "opclass_part", "opt_params",
  "params", "param", "param_value", "opt_dir", "opt_nulls", "ix_opts",
  "opt_ix_with", "opt_tablespace", "opt_nulls_distinct", "opt_using",
  "opt_include", "opt_where", "qname", "opt_name", "paren_names",
  "opt_paren_names", "name_list", "colname", "name", "kw_name",
  "utype_def", "$@14", "$@15", "$@16", "domain_clauses", "domain_clause",
  "opt_type_attrs", "type_attrs", "type_attr", "range_opts", "range_opt",
  "paren", "call_args", "raw", "raw_tok", "collation_ref", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-715)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-290)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -715,   230,  -715,  2555,  2555,  2555,  2555,   -41,  2555,  2555,
    2555,  2555,    -8,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  2555,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,    12,
    -715,    40,  -715,  2555,    31,  -715,  -715,  -715,  -715,    63,
     101,  2555,  -715,  -715,  2555,  -715,    73,   -24,   198,  -715,
     100,   109,  -715,    17,   -36,   135,   157,  -715,  -715,  -715,
     253,   -38,  -715,  -715,  2555,  -715,   105,   175,    86,  -715,
     275,  -715,   275,  -715,   182,    50,    18,  -715,   202,  -715,
    -715,    17,  2555,   224,  -715,  1985,   274,  -715,    90,   249,
     250,  -715,  -715,   275,   347,   136,   266,  -715,   349,  -715,
     257,  -715,   234,  1521,  2555,  2555,  2555,  -715,  -715,  -715,
    -715,  2783,  -715,    18,    91,  -715,   232,   344,  -715,  -715,
    -715,  2099,  2555,  2555,  2555,    47,   290,  -715,  -715,  -715,
    -715,   352,  -715,   245,   246,   235,  -715,  -715,  -715,  -715,
    2555,   200,  -715,  2555,    28,  -715,   350,    28,    28,   351,
     252,  -715,  -715,  -715,    38,  -715,  2555,   365,  2555,  2669,
     312,  2555,  2555,   313,   327,   314,    25,  2213,   251,  -715,
    -715,  -715,    38,  -715,  -715,  2555,    96,  -715,   254,    76,
     256,  2555,  2555,   248,   258,  -715,   262,  -715,  2555,  -715,
    2555,   260,  -715,  -715,  -715,  -715,   261,  -715,   264,  -715,
     368,  -715,  -715,  -715,  -715,  -715,  -715,   382,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,    13,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,   383,  -715,  -715,    28,
    -715,  -715,  2555,  -715,    28,  -715,   261,  -715,    30,   389,
     269,   289,  2555,   273,  -715,  2555,  2555,   311,  -715,  -715,
     316,    25,  -715,  2555,   157,  2555,  -715,  -715,  2555,  -715,
    -715,  -715,  -715,   296,  -715,  -715,   396,    99,  -715,   384,
     275,  2783,  -715,  -715,   122,  -715,  -715,  -715,  -715,  -715,
    2555,   261,  -715,   884,   281,  -715,  -715,  -715,   288,  -715,
    -715,   261,   -44,   353,   354,   157,   291,  1641,   412,   157,
    1641,    36,   157,  -715,   112,  -715,  -715,   292,  -715,   130,
    -715,   409,  -715,  -715,  1011,    54,  2555,  2555,   275,  2555,
     337,  -715,  -715,  2555,  -715,  1138,    66,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  2555,   357,  -715,
     418,  1641,   157,   157,  -715,  1641,   155,  -715,   308,   384,
     111,  -715,   298,   345,   158,  -715,   106,   420,    75,  1756,
     261,   411,    36,  -715,  -715,   386,  -715,  -715,  1641,   357,
    2555,  -715,  1871,   499,  -715,   254,   254,   254,  -715,  -715,
    -715,  -715,   387,  -715,  -715,    62,  -715,  -715,  -715,  1265,
    -715,  -715,   157,    95,    21,   379,    58,     5,  2327,   261,
     310,  -715,  -715,  -715,   357,   315,   165,   358,  -715,   357,
     167,  1641,  -715,    37,   321,  2555,  -715,  -715,  1641,  2555,
    1641,   331,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,   261,  -715,   357,  -715,   180,
    -715,  -715,  -715,  -715,  -715,  -715,   433,  -715,  -715,  2555,
    2555,   437,  2441,  2555,    47,   237,    49,   374,  -715,   385,
    2555,   399,  2555,  -715,  -715,   348,  -715,  -715,  2555,   430,
     373,  -715,   431,   429,  2555,   333,    32,  -715,  -715,  -715,
    -715,  -715,  -715,  -715,  -715,   423,   195,   195,   361,  -715,
    -715,  2555,  -715,  1641,  -715,  2555,   357,  -715,  -715,  -715,
     357,   336,  -715,  -715,  -715,    34,  -715,   116,   124,    69,
     346,   340,  1392,   186,   157,  -715,  2555,  -715,   415,  -715,
    -715,   331,  -715,   261,  -715,  -715,  -715,  -715,    97,  -715,
     458,   445,   355,   448,  -715,  -715,  -715,  -715,   157,  2555,
    -715,   425,   254,  -715,   406,  -715,   408,  -715,   187,  -715,
      38,  2783,   478,   438,   436,  -715,    38,  -715,  -715,  -715,
     474,  -715,    41,  -715,  -715,  2555,   192,   193,   357,   157,
    -715,   357,  -715,  2555,  -715,  2555,  -715,  -715,  -715,  -715,
     417,   342,  -715,  -715,  -715,  -715,  -715,  -715,   157,   424,
    -715,  -715,   261,   434,  2555,  -715,     0,   484,  -715,   355,
    -715,   425,  -715,  -715,  -715,  -715,  -715,  -715,  -715,   475,
    -715,  2555,  -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,   376,   210,   128,  -715,  -715,  -715,   377,   357,
     357,  -715,    71,   390,   425,  -715,  -715,   157,   425,   355,
     -16,   452,  -715,   166,   425,   498,  -715,   357,   357,    34,
    -715,  -715,  -715,  -715,  -715,  -715,  -715,   469,   388,   410,
     425,   425,  -715,  -715,  -715,  -715,   355,    28,  -715,   350,
      28,    28,   480,   252,  -715,  -715,  -715,  -715,  -715,    51,
    -715,  2555,  2555,   397,   425,  -715,  -715,    28,  -715,  -715,
    -715,    28,  -715,   218,  -715,   261,   275,  -715,  -715,  -715,
    -715,  -715
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       2,     0,     1,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   234,    12,     3,     8,     4,     6,    10,
      11,     5,     7,     0,     9,   330,   331,   338,   339,   340,
     341,   342,   343,   344,   345,   346,   347,   348,   349,   350,
     351,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,   337,   362,   363,   364,   365,   366,   367,   368,   369,
     370,   371,   372,   373,   374,   375,   376,   377,   378,   379,
     380,   381,   382,   383,   384,   385,   386,   387,   388,   389,
     390,   391,   392,   335,   393,   394,   395,   396,   397,   336,
     398,   399,   400,   401,   402,   403,   404,   334,   405,   406,
     407,   408,   409,   410,   411,   412,   413,   414,   415,   416,
     417,   418,   419,   420,   421,   422,   423,   424,   425,     0,
     333,   321,   332,     0,     0,    53,   235,    13,    33,    72,
       0,     0,   232,    59,     0,   426,   152,   148,    26,    55,
      15,    35,    68,     0,     0,    74,   236,    61,   322,   432,
       0,   156,   150,   151,     0,    29,     0,    27,    54,    16,
      31,    37,    31,    92,     0,     0,    87,    76,     0,   428,
      70,     0,     0,   238,   237,     0,    31,   154,     0,     0,
       0,   159,   149,    31,    28,     0,     0,    18,     0,    14,
       0,    34,     0,     0,     0,     0,     0,    92,    77,    73,
     430,   441,    92,    87,     0,   328,     0,     0,    60,    63,
      62,     0,   323,     0,     0,     0,     0,   435,   440,   427,
     433,     0,   153,     0,     0,   147,    25,    30,    57,    58,
       0,     0,    32,     0,     0,    45,    49,     0,     0,     0,
      47,    36,    38,    69,     0,    96,   323,   350,     0,   323,
       0,   323,     0,     0,   395,     0,     0,   323,   423,    97,
      98,    93,    91,    99,   108,     0,     0,    81,     0,     0,
       0,     0,     0,     0,   442,   444,     0,    75,     0,   325,
       0,     0,    64,    67,    66,    65,     0,   324,   580,   437,
       0,   201,   202,   203,   206,   207,   205,     0,   453,   436,
     208,   434,   155,   157,   158,     0,    56,    17,    19,    21,
      24,    20,    22,    23,    39,    51,     0,    44,    50,     0,
      43,    42,     0,    48,     0,    95,     0,   114,     0,   416,
       0,   324,   323,     0,   120,   323,     0,     0,   142,   143,
       0,   117,   140,   323,     0,     0,    94,   145,     0,    80,
     453,    78,    86,     0,    79,    88,     0,     0,   448,   282,
      31,   443,    71,   329,     0,   240,   242,   453,   244,   438,
       0,     0,   204,     0,     0,   160,    52,    41,     0,    40,
     209,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   115,   122,   144,   141,     0,   209,     0,
     292,     0,   162,    82,     0,     0,     0,     0,    31,     0,
     446,   429,   445,     0,   239,     0,   252,   581,   439,   455,
     456,   457,   458,   459,   460,   461,   462,   474,   475,   476,
     477,   478,   479,   480,   481,   482,   483,   484,   485,   486,
     487,   488,   489,   490,   491,   492,   493,   494,   495,   496,
     497,   498,   499,   500,   501,   502,   503,   504,   505,   506,
     507,   508,   509,   510,   511,   512,   513,   514,   515,   516,
     517,   518,   519,   520,   521,   522,   523,   524,   525,   526,
     527,   528,   529,   530,   531,   532,   533,   534,   535,   536,
     537,   538,   539,   540,   541,   542,   543,   544,   545,   546,
     547,   548,   549,   550,   551,   552,   553,   554,   555,   556,
     557,   558,   559,   560,   561,   562,   563,   564,   565,   566,
     567,   568,   569,   570,   571,   572,   573,   574,   575,   576,
     577,   578,   579,   472,   473,   469,   470,   464,   465,   463,
     453,   451,   466,   467,   468,   454,   161,     0,    31,   209,
       0,     0,     0,     0,   209,     0,     0,   264,     0,   282,
     278,   281,     0,     0,     0,   275,     0,     0,     0,     0,
       0,     0,   121,   124,   209,     0,   123,   118,     0,    31,
       0,   116,     0,   146,    89,     0,     0,     0,   450,   449,
     431,   283,     0,   241,   243,     0,   256,   245,   233,     0,
      46,   212,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   213,   219,   102,    31,     0,     0,     0,   209,    31,
       0,     0,   209,     0,   284,     0,   453,   279,     0,     0,
       0,   315,   126,   127,   132,   133,   137,   135,   134,   136,
     128,   129,   139,   138,   130,     0,   125,    31,   119,     0,
     101,   293,   298,   295,   300,   299,     0,   294,   297,   323,
       0,     0,     0,     0,     0,     0,   189,     0,   165,     0,
       0,     0,     0,   209,   163,     0,    84,    85,     0,     0,
       0,   250,     0,     0,     0,     0,     0,   471,   225,   214,
     215,   220,   221,   218,   217,     0,     0,     0,     0,   224,
     226,     0,   106,     0,   209,     0,    31,   105,   209,   265,
      31,     0,   271,   272,   266,   267,   269,   290,   290,   301,
       0,     0,     0,     0,   326,   276,     0,   273,   317,   131,
     100,   315,   296,     0,   183,   187,   186,   185,     0,   166,
       0,     0,   189,     0,   190,   175,   164,   209,   326,     0,
     184,   168,     0,   447,     0,   247,     0,   251,     0,   253,
       0,     0,     0,     0,     0,   257,   255,   260,   216,   227,
       0,   228,     0,   210,   211,     0,     0,     0,    31,   326,
     104,    31,   109,     0,   270,     0,   285,   286,   302,   303,
     304,     0,   280,   452,   209,   327,   209,   316,     0,   312,
     274,   209,     0,     0,     0,   209,     0,     0,   176,   189,
     192,   167,   209,   188,    83,   248,   249,   246,   259,     0,
     261,     0,   258,   231,   230,   229,   223,   222,   209,   110,
     209,   111,     0,     0,     0,   277,   288,   289,   290,    31,
      31,   318,     0,   308,   169,   209,   209,   326,   172,   189,
     181,     0,   177,     0,   170,     0,   262,    31,    31,     0,
     291,   305,   306,   287,   112,   103,   314,     0,     0,   310,
     173,   171,   209,   178,   180,   182,   189,     0,   199,    49,
       0,     0,     0,    47,   191,   193,   263,   113,   107,     0,
     313,     0,     0,   319,   174,   179,   198,     0,   197,   196,
     200,     0,   268,     0,   311,     0,    31,   195,   194,   309,
     320,   307
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -715,  -715,  -715,  -715,  -715,  -715,  -715,  -715,   280,  -715,
    -715,  -151,   283,  -715,  -715,  -715,  -715,  -371,  -364,  -222,
    -715,  -715,  -715,   285,  -715,  -715,  -715,   286,  -715,  -715,
    -715,  -715,   356,  -102,  -715,  -715,   320,  -567,    -5,  -715,
    -238,  -715,  -715,  -715,  -715,   -54,  -715,  -715,  -715,   189,
    -715,  -715,  -207,  -715,  -715,  -715,  -715,  -715,  -715,  -715,
    -714,  -715,  -715,  -715,  -133,  -339,  -163,   304,  -715,  -715,
    -715,  -715,  -148,   127,  -715,  -715,  -715,  -715,  -715,  -715,
    -715,  -524,   -84,  -715,  -316,  -698,  -140,   -28,  -367,  -715,
      -7,  -715,  -240,  -683,  -687,   -27,  -715,  -715,  -715,  -177,
    -715,  -715,  -715,  -715,  -715,  -715,    -1,  -212,  -116,  -701,
    -715,  -188,    -6,  -715,   325,  -715,  -715,  -715,  -715,  -715,
    -715,  -715,   196,  -715,   151,  -214,  -161,  -338,  -715,  -402
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,    15,    16,   140,   160,   187,   231,    17,   156,
     157,   189,    18,   141,   162,   190,   242,   324,   319,   317,
      19,   139,   158,    20,   147,   175,   210,    21,   163,   202,
     143,   171,   166,   167,   266,   354,   199,   351,   192,   193,
     261,   262,   391,   577,   572,   573,   640,   641,   341,   342,
     263,   402,   135,   136,   151,   178,   181,   225,   583,   674,
     745,   810,   853,   885,   299,   548,   773,    22,   146,    23,
     173,   207,   364,   365,   368,   416,   597,   598,   685,   686,
     766,   556,   557,   714,   715,   716,   264,   564,   558,   559,
     410,   719,   720,   786,   399,   400,   657,   790,   835,   727,
     869,   893,   843,   728,   799,   906,   119,   286,   795,   796,
     204,   120,   121,   122,    24,   149,   201,   271,   176,   220,
     273,   274,   275,   357,   358,   561,   627,   373,   545,   289
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     125,   300,   127,   123,   124,   265,   325,   591,   128,   129,
     130,   191,   404,   272,   776,   320,   321,   784,   675,   676,
     677,   374,   132,   565,   346,   219,   314,   616,   808,   415,
     174,   620,   226,   760,   326,   787,   315,   330,   696,   333,
     711,   338,   245,   712,   168,   344,   712,   812,   245,   849,
     566,   381,   291,   292,   152,   293,   761,   762,   347,   579,
     712,   567,   742,   550,   198,   359,   743,   195,   691,   382,
     126,   824,   369,   164,   164,   383,   179,   180,   830,   568,
     874,   551,   679,   680,   788,   153,   251,   635,   294,   169,
     131,   681,   165,   165,   694,   852,   875,   377,   833,   154,
     585,   198,   379,   789,   723,   586,   352,   866,   636,   384,
     825,   697,   380,   692,   763,   144,   295,   137,   802,   353,
     389,   196,   339,   392,   682,   298,   695,   689,   148,   683,
     145,   397,   133,   637,   385,   873,   764,   569,   197,   867,
     340,   228,   375,   570,   229,   690,   872,   575,   182,   296,
     571,   138,   316,  -254,   259,   863,   576,   418,   713,   260,
     259,   713,   895,   134,   638,   260,   205,   549,   587,   211,
     861,   297,   298,   272,   744,   713,   803,   902,   804,   777,
     595,   639,   632,   142,   877,   814,   596,   684,   862,   268,
     633,   784,   270,   267,   878,   269,   185,   276,   150,   588,
     186,   805,   599,   155,   903,   285,   287,   288,   290,   411,
     614,   565,   221,   278,   769,   619,   222,   279,   348,   879,
     159,   407,   349,     3,   306,   408,   183,   137,   398,   161,
       2,   880,   881,   882,   625,   647,   626,     4,     5,  -288,
     287,   785,   328,   331,   413,   287,   334,  -289,   414,   785,
     740,   287,   580,     3,   741,   170,   581,   590,   734,   137,
     883,   177,   770,   725,     7,   356,   137,     4,     5,   554,
       6,   233,   363,   563,   366,   234,   574,   621,   771,   706,
     630,   622,   172,   710,   631,   235,   772,   621,   722,   621,
       9,   704,   884,   708,     7,   212,   213,   184,    10,   188,
     188,   214,   630,    11,   215,    12,   731,   194,   621,   413,
     236,    13,   794,   817,   580,   621,   378,     8,   827,   828,
       9,   307,   237,   238,   717,   718,   287,   200,    10,   287,
     393,   239,   580,    11,   751,    12,   860,   287,   206,   401,
     580,    13,   216,   217,   909,   836,   837,   403,    14,   223,
     224,   240,   227,   230,   232,   243,   644,   280,   281,   301,
     302,   303,   304,   305,   417,   778,   323,   318,   322,   781,
     327,   332,   335,   336,   360,   337,   345,   355,   241,   350,
     361,   560,   188,   362,   560,   367,   298,   370,   601,   371,
     372,   376,   386,   218,   387,   700,   388,   613,   390,   394,
     137,   356,   395,   288,   405,   406,   409,   366,   811,   602,
     546,   547,   552,   553,   603,   562,   555,   578,   582,   592,
     604,   615,   623,   628,   605,   634,   629,   606,   650,   607,
     648,   729,   645,   678,   693,   701,   617,   618,   726,   705,
     703,   732,   735,   746,   747,   749,   755,   733,   765,   752,
     300,   754,   756,   642,   759,   839,   601,   840,   757,   768,
     775,   783,   844,   702,   608,   626,   848,   798,   707,   791,
     609,   610,   806,   854,   611,   807,   612,   602,   809,   815,
     744,   816,   603,   820,   821,   823,   688,   834,   604,   857,
     343,   858,   605,   846,   842,   606,   730,   607,   851,   859,
     855,   876,   785,   886,   868,   890,   870,   871,   900,   892,
     905,   308,   901,   891,   309,   897,   310,   311,   646,   801,
     659,   660,   818,   277,   661,   662,   663,   203,   822,   664,
     396,   739,   608,   894,   774,   312,   758,   709,   609,   610,
     593,   600,   611,   889,   612,   560,   767,   665,   666,   560,
     649,   838,   624,   651,   800,   780,   313,   412,   589,   782,
     792,     0,     0,   643,     0,     0,     0,   667,   668,     0,
       0,     0,   560,   819,   401,     0,   658,     0,   669,     0,
     670,   671,     0,     0,     0,     0,     0,     0,   845,     0,
       0,     0,   850,     0,   672,     0,     0,     0,     0,     0,
       0,     0,   699,   673,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   560,     0,     0,     0,   721,
       0,     0,   560,     0,   560,     0,     0,   829,   724,     0,
     831,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   287,   288,   896,   737,   738,   898,   899,
       0,     0,     0,     0,     0,     0,   750,     0,     0,   748,
       0,     0,   753,     0,     0,   907,     0,     0,   366,   908,
       0,     0,   841,     0,     0,     0,     0,     0,   864,   865,
       0,   910,     0,     0,     0,   401,     0,   560,     0,     0,
       0,     0,     0,     0,   779,     0,   887,   888,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     797,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   813,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   911,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   826,
       0,     0,     0,     0,     0,     0,     0,   832,     0,   401,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   847,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   856,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   401,   904,   419,   420,   421,
     422,   423,   424,   425,   426,   427,   428,   429,   430,   431,
     432,   433,   434,   435,   436,   437,   438,   439,   440,   441,
     442,   443,   444,   445,   446,   447,   448,   449,   450,   451,
     452,   453,   454,   455,   456,   457,   458,   459,   460,   461,
     462,   463,   464,   465,   466,   467,   468,   469,   470,   471,
     472,   473,   474,   475,   476,   477,   478,   479,   480,   481,
     482,   483,   484,   485,   486,   487,   488,   489,   490,   491,
     492,   493,   494,   495,   496,   497,   498,   499,   500,   501,
     502,   503,   504,   505,   506,   507,   508,   509,   510,   511,
     512,   513,   514,   515,   516,   517,   518,   519,   520,   521,
     522,   523,   524,   525,   526,   527,   528,   529,   530,   531,
     532,   533,     0,   534,   535,   536,   537,   538,   539,   540,
     541,   542,   543,   544,   419,   420,   421,   422,   423,   424,
     425,   426,   427,   428,   429,   430,   431,   432,   433,   434,
     435,   436,   437,   438,   439,   440,   441,   442,   443,   444,
     445,   446,   447,   448,   449,   450,   451,   452,   453,   454,
     455,   456,   457,   458,   459,   460,   461,   462,   463,   464,
     465,   466,   467,   468,   469,   470,   471,   472,   473,   474,
     475,   476,   477,   478,   479,   480,   481,   482,   483,   484,
     485,   486,   487,   488,   489,   490,   491,   492,   493,   494,
     495,   496,   497,   498,   499,   500,   501,   502,   503,   504,
     505,   506,   507,   508,   509,   510,   511,   512,   513,   514,
     515,   516,   517,   518,   519,   520,   521,   522,   523,   524,
     525,   526,   527,   528,   529,   530,   531,   532,   533,     0,
     534,   535,   536,   537,   538,   539,   540,   584,   542,   543,
     544,   419,   420,   421,   422,   423,   424,   425,   426,   427,
     428,   429,   430,   431,   432,   433,   434,   435,   436,   437,
     438,   439,   440,   441,   442,   443,   444,   445,   446,   447,
     448,   449,   450,   451,   452,   453,   454,   455,   456,   457,
     458,   459,   460,   461,   462,   463,   464,   465,   466,   467,
     468,   469,   470,   471,   472,   473,   474,   475,   476,   477,
     478,   479,   480,   481,   482,   483,   484,   485,   486,   487,
     488,   489,   490,   491,   492,   493,   494,   495,   496,   497,
     498,   499,   500,   501,   502,   503,   504,   505,   506,   507,
     508,   509,   510,   511,   512,   513,   514,   515,   516,   517,
     518,   519,   520,   521,   522,   523,   524,   525,   526,   527,
     528,   529,   530,   531,   532,   533,     0,   534,   535,   536,
     537,   538,   539,   540,   594,   542,   543,   544,   419,   420,
     421,   422,   423,   424,   425,   426,   427,   428,   429,   430,
     431,   432,   433,   434,   435,   436,   437,   438,   439,   440,
     441,   442,   443,   444,   445,   446,   447,   448,   449,   450,
     451,   452,   453,   454,   455,   456,   457,   458,   459,   460,
     461,   462,   463,   464,   465,   466,   467,   468,   469,   470,
     471,   472,   473,   474,   475,   476,   477,   478,   479,   480,
     481,   482,   483,   484,   485,   486,   487,   488,   489,   490,
     491,   492,   493,   494,   495,   496,   497,   498,   499,   500,
     501,   502,   503,   504,   505,   506,   507,   508,   509,   510,
     511,   512,   513,   514,   515,   516,   517,   518,   519,   520,
     521,   522,   523,   524,   525,   526,   527,   528,   529,   530,
     531,   532,   533,     0,   534,   535,   536,   537,   538,   539,
     540,   687,   542,   543,   544,   419,   420,   421,   422,   423,
     424,   425,   426,   427,   428,   429,   430,   431,   432,   433,
     434,   435,   436,   437,   438,   439,   440,   441,   442,   443,
     444,   445,   446,   447,   448,   449,   450,   451,   452,   453,
     454,   455,   456,   457,   458,   459,   460,   461,   462,   463,
     464,   465,   466,   467,   468,   469,   470,   471,   472,   473,
     474,   475,   476,   477,   478,   479,   480,   481,   482,   483,
     484,   485,   486,   487,   488,   489,   490,   491,   492,   493,
     494,   495,   496,   497,   498,   499,   500,   501,   502,   503,
     504,   505,   506,   507,   508,   509,   510,   511,   512,   513,
     514,   515,   516,   517,   518,   519,   520,   521,   522,   523,
     524,   525,   526,   527,   528,   529,   530,   531,   532,   533,
       0,   534,   535,   536,   537,   538,   539,   540,   793,   542,
     543,   544,   244,     0,    25,    26,     0,     0,     0,     0,
       0,   245,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,   246,     0,    37,    38,   247,    40,   248,    41,
      42,     0,    43,    44,    45,    46,    47,    48,    49,    50,
     249,    52,     0,    53,    54,    55,   250,     0,    56,    57,
      58,    59,    60,    61,    62,   251,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,     0,
       0,    76,    77,    78,    79,    80,    81,    82,   252,    84,
     253,    85,     0,   254,    87,    88,   255,    90,    91,    92,
      93,    94,    95,    96,   256,    98,    99,   100,   101,   102,
     103,   104,   105,     0,   106,   257,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   258,   117,   118,     0,     0,
       0,     0,   -90,   259,    25,    26,     0,     0,   260,     0,
       0,     0,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,     0,     0,    37,    38,    39,    40,     0,    41,
      42,     0,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,     0,    53,    54,    55,     0,     0,    56,    57,
      58,    59,    60,    61,    62,     0,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,     0,
       0,    76,    77,    78,    79,    80,    81,    82,    83,    84,
       0,    85,     0,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,     0,   106,     0,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,     0,    25,
      26,     0,     0,     0,     0,     0,   298,    27,    28,    29,
      30,    31,    32,    33,    34,    35,    36,     0,     0,    37,
      38,    39,    40,     0,    41,    42,     0,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,     0,    53,    54,
      55,     0,     0,    56,    57,    58,    59,    60,    61,    62,
       0,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,     0,     0,    76,    77,    78,    79,
      80,    81,    82,    83,    84,     0,    85,     0,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,     0,   106,
       0,   107,   108,   109,   110,   111,   112,   113,   114,   115,
     116,   117,   118,     0,    25,    26,   652,     0,     0,   653,
       0,   172,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,     0,     0,    37,    38,    39,    40,     0,    41,
      42,     0,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,   654,    53,    54,    55,     0,     0,    56,    57,
      58,    59,    60,    61,    62,     0,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,     0,
       0,    76,    77,    78,    79,    80,    81,    82,    83,    84,
       0,    85,     0,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   655,   106,     0,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,    25,    26,
       0,     0,     0,     0,     0,   656,    27,    28,    29,    30,
      31,    32,    33,    34,    35,    36,     0,     0,    37,    38,
      39,    40,     0,    41,    42,     0,    43,    44,    45,    46,
      47,    48,    49,    50,    51,    52,     0,    53,    54,    55,
       0,     0,    56,    57,    58,    59,    60,    61,    62,     0,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,     0,     0,    76,    77,    78,    79,    80,
      81,    82,    83,    84,     0,    85,     0,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,     0,   106,     0,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
     117,   118,    25,    26,   282,     0,   208,   209,     0,     0,
      27,    28,    29,    30,    31,    32,    33,    34,    35,    36,
       0,     0,    37,    38,    39,    40,     0,    41,    42,     0,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
     283,    53,    54,    55,     0,     0,    56,    57,    58,    59,
      60,    61,    62,     0,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,     0,     0,    76,
      77,    78,    79,    80,    81,    82,    83,    84,     0,    85,
       0,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   284,   106,     0,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,    25,    26,     0,     0,
       0,     0,     0,     0,    27,    28,    29,    30,    31,    32,
      33,    34,    35,    36,     0,     0,    37,    38,    39,    40,
       0,    41,    42,     0,    43,    44,    45,    46,    47,    48,
      49,    50,    51,    52,     0,    53,    54,    55,     0,     0,
      56,    57,    58,    59,    60,    61,    62,   343,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,     0,     0,    76,    77,    78,    79,    80,    81,    82,
      83,    84,     0,    85,     0,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,     0,   106,     0,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,   117,   118,
      25,    26,     0,     0,     0,     0,     0,     0,    27,    28,
      29,    30,    31,    32,    33,    34,    35,    36,     0,     0,
      37,    38,    39,    40,     0,    41,    42,     0,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,     0,    53,
      54,    55,     0,     0,    56,    57,    58,    59,    60,    61,
      62,   698,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,     0,     0,    76,    77,    78,
      79,    80,    81,    82,    83,    84,     0,    85,     0,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,     0,
     106,     0,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,    25,    26,     0,     0,     0,     0,
       0,     0,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,     0,     0,    37,    38,    39,    40,     0,    41,
      42,   736,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,     0,    53,    54,    55,     0,     0,    56,    57,
      58,    59,    60,    61,    62,     0,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,     0,
       0,    76,    77,    78,    79,    80,    81,    82,    83,    84,
       0,    85,     0,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,     0,   106,     0,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,    25,    26,
       0,     0,     0,     0,     0,     0,    27,    28,    29,    30,
      31,    32,    33,    34,    35,    36,     0,     0,    37,    38,
      39,    40,     0,    41,    42,     0,    43,    44,    45,    46,
      47,    48,    49,    50,    51,    52,     0,    53,    54,    55,
       0,     0,    56,    57,    58,    59,    60,    61,    62,     0,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,     0,     0,    76,    77,    78,    79,    80,
      81,    82,    83,    84,     0,    85,     0,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,     0,   106,     0,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
     117,   118,    25,    26,     0,     0,     0,     0,     0,     0,
      27,    28,    29,    30,    31,    32,    33,    34,    35,    36,
       0,     0,    37,    38,    39,    40,     0,    41,    42,     0,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
       0,    53,    54,    55,     0,     0,    56,    57,    58,    59,
      60,    61,    62,     0,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,     0,     0,    76,
      77,    78,    79,    80,    81,    82,    83,    84,     0,    85,
       0,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,     0,   106,     0,   107,   108,   329,   110,   111,   112,
     113,   114,   115,   116,   117,   118,    25,    26,     0,     0,
       0,     0,     0,     0,    27,    28,    29,    30,    31,    32,
      33,    34,    35,    36,     0,     0,    37,    38,    39,    40,
       0,    41,    42,     0,    43,    44,    45,    46,    47,    48,
      49,    50,     0,    52,     0,    53,    54,    55,     0,     0,
      56,    57,    58,    59,    60,    61,    62,     0,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,     0,     0,    76,    77,    78,    79,    80,    81,    82,
       0,    84,     0,    85,     0,    86,    87,    88,     0,    90,
      91,    92,    93,    94,    95,    96,     0,    98,    99,   100,
     101,   102,   103,   104,   105,     0,   106,     0,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,   117,   118
};

static const yytype_int16 yycheck[] =
{
       6,   215,     8,     4,     5,   193,   244,   409,     9,    10,
      11,   162,   350,   201,   701,   237,   238,   715,   585,   586,
     587,     8,    23,   390,   262,   176,   233,   551,   742,   367,
     146,   555,   183,     1,   246,   718,     8,   249,    33,   251,
       3,    16,    10,     9,    80,   257,     9,   748,    10,    49,
      14,    21,     5,     6,    78,     8,    24,    25,   265,   398,
       9,    25,    13,   107,   166,   272,    17,    17,    47,    39,
     111,    30,   286,    56,    56,    45,   114,   115,   779,    43,
      96,   125,    20,    21,    15,   109,    54,    12,    41,   125,
      98,    29,    75,    75,    36,   809,   112,   319,   785,   123,
      46,   203,   324,    34,   628,    51,    30,    36,    33,    79,
      69,   106,   326,    92,    82,    14,    69,   123,    21,    43,
     332,    71,    97,   335,    62,   125,    68,    32,   134,    67,
     131,   343,   120,    58,   104,   849,   104,   101,   120,    68,
     115,     5,   129,   107,     8,    50,   847,    35,   154,   102,
     114,   120,   124,   121,   122,   838,    44,   371,   124,   127,
     122,   124,   876,   123,    89,   127,   172,   381,   114,   175,
      42,   124,   125,   361,   125,   124,    79,   126,    81,   703,
     114,   106,    76,   120,    18,   752,   120,   125,    60,   195,
      84,   889,   197,   194,    28,   196,   110,   202,   125,   406,
     114,   104,   540,     5,   891,   211,   212,   213,   214,   360,
     549,   578,   122,   122,    19,   554,   126,   126,   122,    53,
     120,   122,   126,    23,   230,   126,   121,   233,   344,   120,
       0,    65,    66,    67,   123,   574,   125,    37,    38,   123,
     246,   125,   248,   249,   122,   251,   252,   123,   126,   125,
      13,   257,   122,    23,    17,   120,   126,   408,   660,   265,
      94,     8,    67,   630,    64,   271,   272,    37,    38,   385,
      40,    14,   278,   389,   280,    18,   392,   122,    83,   618,
     122,   126,   125,   622,   126,    28,    91,   122,   626,   122,
      90,   126,   126,   126,    64,    21,    22,   122,    98,    25,
      25,    27,   122,   103,    30,   105,   126,   125,   122,   122,
      53,   111,   126,   126,   122,   122,   322,    87,   126,   126,
      90,   121,    65,    66,     3,     4,   332,   125,    98,   335,
     336,    74,   122,   103,   673,   105,   126,   343,   114,   345,
     122,   111,    68,    69,   126,     3,     4,   348,   118,   100,
     100,    94,     5,    87,     5,   121,   570,   125,    14,    69,
       8,   116,   116,   128,   370,   704,   114,    17,    17,   708,
       5,    59,    59,    46,   126,    61,   125,   121,   121,   125,
     122,   387,    25,   121,   390,   125,   125,   123,    31,    21,
       8,     8,     3,   119,   125,   609,   107,   548,   125,    88,
     406,   407,    86,   409,   108,     9,    22,   413,   747,    52,
     129,   123,    59,    59,    57,     3,   125,   125,     9,    82,
      63,     3,   114,   125,    67,     5,    81,    70,   579,    72,
      44,   645,    21,    46,    55,   125,   552,   553,   107,    81,
     125,     8,     5,    69,    59,    46,    73,   659,   686,   101,
     664,    21,    21,   569,   121,   794,    31,   796,    29,    36,
      99,   125,   801,   614,   107,   125,   805,    52,   619,   123,
     113,   114,    14,   812,   117,    30,   119,    52,    30,    73,
     125,    73,    57,     5,    46,    11,   602,    70,    63,   828,
      54,   830,    67,    59,    70,    70,   647,    72,    14,   123,
      25,    49,   125,     5,   114,    36,   845,   846,    28,    99,
     113,   231,   883,   125,   231,   879,   231,   231,   572,   733,
      21,    22,   760,   203,    25,    26,    27,   171,   766,    30,
     341,   664,   107,   872,   697,   231,   684,   621,   113,   114,
     413,   547,   117,   859,   119,   551,   686,    48,    49,   555,
     578,   791,   559,   580,   731,   706,   231,   361,   407,   710,
     721,    -1,    -1,   569,    -1,    -1,    -1,    68,    69,    -1,
      -1,    -1,   578,   761,   580,    -1,   582,    -1,    79,    -1,
      81,    82,    -1,    -1,    -1,    -1,    -1,    -1,   802,    -1,
      -1,    -1,   806,    -1,    95,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   608,   104,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   621,    -1,    -1,    -1,   625,
      -1,    -1,   628,    -1,   630,    -1,    -1,   778,   629,    -1,
     781,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   659,   660,   877,   662,   663,   880,   881,
      -1,    -1,    -1,    -1,    -1,    -1,   672,    -1,    -1,   670,
      -1,    -1,   678,    -1,    -1,   897,    -1,    -1,   684,   901,
      -1,    -1,   798,    -1,    -1,    -1,    -1,    -1,   839,   840,
      -1,   905,    -1,    -1,    -1,   701,    -1,   703,    -1,    -1,
      -1,    -1,    -1,    -1,   705,    -1,   857,   858,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     726,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   749,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   906,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   775,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   783,    -1,   785,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   804,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   821,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   891,   892,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    17,    18,    19,    20,    21,    22,    23,    24,    25,
      26,    27,    28,    29,    30,    31,    32,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,    53,    54,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   115,
     116,   117,    -1,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,     3,     4,     5,     6,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    17,    18,
      19,    20,    21,    22,    23,    24,    25,    26,    27,    28,
      29,    30,    31,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,   117,    -1,
     119,   120,   121,   122,   123,   124,   125,   126,   127,   128,
     129,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    18,    19,    20,    21,
      22,    23,    24,    25,    26,    27,    28,    29,    30,    31,
      32,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   115,   116,   117,    -1,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,    -1,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,     3,     4,     5,     6,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    17,
      18,    19,    20,    21,    22,    23,    24,    25,    26,    27,
      28,    29,    30,    31,    32,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,    52,    53,    54,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   114,   115,   116,   117,
      -1,   119,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,     1,    -1,     3,     4,    -1,    -1,    -1,    -1,
      -1,    10,    11,    12,    13,    14,    15,    16,    17,    18,
      19,    20,    21,    -1,    23,    24,    25,    26,    27,    28,
      29,    -1,    31,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    -1,    42,    43,    44,    45,    -1,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    -1,
      -1,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    -1,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,    -1,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,    -1,    -1,
      -1,    -1,   121,   122,     3,     4,    -1,    -1,   127,    -1,
      -1,    -1,    11,    12,    13,    14,    15,    16,    17,    18,
      19,    20,    -1,    -1,    23,    24,    25,    26,    -1,    28,
      29,    -1,    31,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    -1,    42,    43,    44,    -1,    -1,    47,    48,
      49,    50,    51,    52,    53,    -1,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    -1,
      -1,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      -1,    80,    -1,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,    -1,   103,    -1,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,    -1,     3,
       4,    -1,    -1,    -1,    -1,    -1,   125,    11,    12,    13,
      14,    15,    16,    17,    18,    19,    20,    -1,    -1,    23,
      24,    25,    26,    -1,    28,    29,    -1,    31,    32,    33,
      34,    35,    36,    37,    38,    39,    40,    -1,    42,    43,
      44,    -1,    -1,    47,    48,    49,    50,    51,    52,    53,
      -1,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    -1,    -1,    70,    71,    72,    73,
      74,    75,    76,    77,    78,    -1,    80,    -1,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,    97,    98,    99,   100,   101,    -1,   103,
      -1,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   115,   116,    -1,     3,     4,     5,    -1,    -1,     8,
      -1,   125,    11,    12,    13,    14,    15,    16,    17,    18,
      19,    20,    -1,    -1,    23,    24,    25,    26,    -1,    28,
      29,    -1,    31,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    -1,    -1,    47,    48,
      49,    50,    51,    52,    53,    -1,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    -1,
      -1,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      -1,    80,    -1,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,    -1,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,     3,     4,
      -1,    -1,    -1,    -1,    -1,   124,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    -1,    -1,    23,    24,
      25,    26,    -1,    28,    29,    -1,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    -1,    42,    43,    44,
      -1,    -1,    47,    48,    49,    50,    51,    52,    53,    -1,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    -1,    -1,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    -1,    80,    -1,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,    -1,   103,    -1,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,     3,     4,     5,    -1,   121,   122,    -1,    -1,
      11,    12,    13,    14,    15,    16,    17,    18,    19,    20,
      -1,    -1,    23,    24,    25,    26,    -1,    28,    29,    -1,
      31,    32,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    -1,    -1,    47,    48,    49,    50,
      51,    52,    53,    -1,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    -1,    -1,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    -1,    80,
      -1,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,    -1,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,     3,     4,    -1,    -1,
      -1,    -1,    -1,    -1,    11,    12,    13,    14,    15,    16,
      17,    18,    19,    20,    -1,    -1,    23,    24,    25,    26,
      -1,    28,    29,    -1,    31,    32,    33,    34,    35,    36,
      37,    38,    39,    40,    -1,    42,    43,    44,    -1,    -1,
      47,    48,    49,    50,    51,    52,    53,    54,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    -1,    -1,    70,    71,    72,    73,    74,    75,    76,
      77,    78,    -1,    80,    -1,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
      97,    98,    99,   100,   101,    -1,   103,    -1,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
       3,     4,    -1,    -1,    -1,    -1,    -1,    -1,    11,    12,
      13,    14,    15,    16,    17,    18,    19,    20,    -1,    -1,
      23,    24,    25,    26,    -1,    28,    29,    -1,    31,    32,
      33,    34,    35,    36,    37,    38,    39,    40,    -1,    42,
      43,    44,    -1,    -1,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    -1,    -1,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    -1,    80,    -1,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,    -1,
     103,    -1,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,     3,     4,    -1,    -1,    -1,    -1,
      -1,    -1,    11,    12,    13,    14,    15,    16,    17,    18,
      19,    20,    -1,    -1,    23,    24,    25,    26,    -1,    28,
      29,    30,    31,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    -1,    42,    43,    44,    -1,    -1,    47,    48,
      49,    50,    51,    52,    53,    -1,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    -1,
      -1,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      -1,    80,    -1,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,    -1,   103,    -1,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,     3,     4,
      -1,    -1,    -1,    -1,    -1,    -1,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    -1,    -1,    23,    24,
      25,    26,    -1,    28,    29,    -1,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    -1,    42,    43,    44,
      -1,    -1,    47,    48,    49,    50,    51,    52,    53,    -1,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    -1,    -1,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    -1,    80,    -1,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,    -1,   103,    -1,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,     3,     4,    -1,    -1,    -1,    -1,    -1,    -1,
      11,    12,    13,    14,    15,    16,    17,    18,    19,    20,
      -1,    -1,    23,    24,    25,    26,    -1,    28,    29,    -1,
      31,    32,    33,    34,    35,    36,    37,    38,    39,    40,
      -1,    42,    43,    44,    -1,    -1,    47,    48,    49,    50,
      51,    52,    53,    -1,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    -1,    -1,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    -1,    80,
      -1,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,    -1,   103,    -1,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,     3,     4,    -1,    -1,
      -1,    -1,    -1,    -1,    11,    12,    13,    14,    15,    16,
      17,    18,    19,    20,    -1,    -1,    23,    24,    25,    26,
      -1,    28,    29,    -1,    31,    32,    33,    34,    35,    36,
      37,    38,    -1,    40,    -1,    42,    43,    44,    -1,    -1,
      47,    48,    49,    50,    51,    52,    53,    -1,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    -1,    -1,    70,    71,    72,    73,    74,    75,    76,
      -1,    78,    -1,    80,    -1,    82,    83,    84,    -1,    86,
      87,    88,    89,    90,    91,    92,    -1,    94,    95,    96,
      97,    98,    99,   100,   101,    -1,   103,    -1,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,   131,     0,    23,    37,    38,    40,    64,    87,    90,
      98,   103,   105,   111,   118,   132,   133,   138,   142,   150,
     153,   157,   197,   199,   244,     3,     4,    11,    12,    13,
      14,    15,    16,    17,    18,    19,    20,    23,    24,    25,
      26,    28,    29,    31,    32,    33,    34,    35,    36,    37,
      38,    39,    40,    42,    43,    44,    47,    48,    49,    50,
      51,    52,    53,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    70,    71,    72,    73,
      74,    75,    76,    77,    78,    80,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,    97,    98,    99,   100,   101,   103,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   114,   115,   116,   236,
     241,   242,   243,   236,   236,   242,   111,   242,   236,   236,
     236,    98,   236,   120,   123,   182,   183,   242,   120,   151,
     134,   143,   120,   160,    14,   236,   198,   154,   242,   245,
     125,   184,    78,   109,   123,     5,   139,   140,   152,   120,
     135,   120,   144,   158,    56,    75,   162,   163,    80,   125,
     120,   161,   125,   200,   238,   155,   248,     8,   185,   114,
     115,   186,   242,   121,   122,   110,   114,   136,    25,   141,
     145,   141,   168,   169,   125,    17,    71,   120,   163,   166,
     125,   246,   159,   162,   240,   242,   114,   201,   121,   122,
     156,   242,    21,    22,    27,    30,    68,    69,   119,   141,
     249,   122,   126,   100,   100,   187,   141,     5,     5,     8,
      87,   137,     5,    14,    18,    28,    53,    65,    66,    74,
      94,   121,   146,   121,     1,    10,    21,    25,    27,    39,
      45,    54,    77,    79,    82,    85,    93,   104,   114,   122,
     127,   170,   171,   180,   216,   241,   164,   236,   242,   236,
     168,   247,   241,   250,   251,   252,   168,   166,   122,   126,
     125,    14,     5,    41,   102,   242,   237,   242,   242,   259,
     242,     5,     6,     8,    41,    69,   102,   124,   125,   194,
     255,    69,     8,   116,   116,   128,   242,   121,   138,   142,
     153,   157,   197,   244,   182,     8,   124,   149,    17,   148,
     149,   149,    17,   114,   147,   170,   237,     5,   242,   107,
     237,   242,    59,   237,   242,    59,    46,    61,    16,    97,
     115,   178,   179,    54,   237,   125,   170,   182,   122,   126,
     125,   167,    30,    43,   165,   121,   242,   253,   254,   182,
     126,   122,   121,   242,   202,   203,   242,   125,   204,   255,
     123,    21,     8,   257,     8,   129,     8,   149,   242,   149,
     255,    21,    39,    45,    79,   104,     3,   125,   107,   237,
     125,   172,   237,   242,    88,    86,   179,   237,   238,   224,
     225,   242,   181,   236,   257,   108,     9,   122,   126,    22,
     220,   141,   252,   122,   126,   257,   205,   242,   255,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,    17,    18,    19,    20,    21,    22,    23,
      24,    25,    26,    27,    28,    29,    30,    31,    32,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,    49,    50,    51,    52,    53,
      54,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   115,   116,   117,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   258,   129,   123,   195,   255,
     107,   125,    59,    59,   238,   125,   211,   212,   218,   219,
     242,   255,     3,   238,   217,   218,    14,    25,    43,   101,
     107,   114,   174,   175,   238,    35,    44,   173,   125,   195,
     122,   126,     9,   188,   126,    46,    51,   114,   182,   254,
     141,   259,    82,   203,   126,   114,   120,   206,   207,   257,
     242,    31,    52,    57,    63,    67,    70,    72,   107,   113,
     114,   117,   119,   141,   195,     3,   211,   238,   238,   195,
     211,   122,   126,   114,   220,   123,   125,   256,   125,    81,
     122,   126,    76,    84,     5,    12,    33,    58,    89,   106,
     176,   177,   238,   242,   255,    21,   175,   195,    44,   217,
     141,   225,     5,     8,    41,   102,   124,   226,   242,    21,
      22,    25,    26,    27,    30,    48,    49,    68,    69,    79,
      81,    82,    95,   104,   189,   167,   167,   167,    46,    20,
      21,    29,    62,    67,   125,   208,   209,   126,   238,    32,
      50,    47,    92,    55,    36,    68,    33,   106,    54,   242,
     255,   125,   141,   125,   126,    81,   195,   141,   126,   212,
     195,     3,     9,   124,   213,   214,   215,     3,     4,   221,
     222,   242,   257,   211,   236,   218,   107,   229,   233,   255,
     141,   126,     8,   237,   259,     5,    30,   242,   242,   194,
      13,    17,    13,    17,   125,   190,    69,    59,   236,    46,
     242,   195,   101,   242,    21,    73,    21,    29,   202,   121,
       1,    24,    25,    82,   104,   170,   210,   216,    36,    19,
      67,    83,    91,   196,   196,    99,   224,   211,   195,   236,
     141,   195,   141,   125,   215,   125,   223,   223,    15,    34,
     227,   123,   256,   126,   126,   238,   239,   242,    52,   234,
     229,   255,    21,    79,    81,   104,    14,    30,   190,    30,
     191,   195,   239,   242,   167,    73,    73,   126,   170,   241,
       5,    46,   170,    11,    30,    69,   242,   126,   126,   141,
     239,   141,   242,   224,    70,   228,     3,     4,   222,   195,
     195,   238,    70,   232,   195,   255,    59,   236,   195,    49,
     255,    14,   190,   192,   195,    25,   242,   195,   195,   123,
     126,    42,    60,   223,   141,   141,    36,    68,   114,   230,
     195,   195,   239,   190,    96,   112,    49,    18,    28,    53,
      65,    66,    67,    94,   126,   193,     5,   141,   141,   214,
      36,   125,    99,   231,   195,   190,   149,   148,   149,   149,
      28,   147,   126,   224,   242,   113,   235,   149,   149,   126,
     255,   141
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   130,   131,   131,   132,   132,   132,   132,   132,   132,
     132,   132,   132,   134,   133,   135,   136,   135,   137,   137,
     137,   137,   137,   137,   137,   138,   139,   139,   139,   140,
     140,   141,   141,   143,   142,   144,   144,   145,   145,   146,
     146,   146,   146,   146,   146,   146,   146,   147,   147,   148,
     148,   149,   149,   151,   150,   152,   152,   152,   152,   154,
     153,   155,   155,   155,   156,   156,   156,   156,   158,   157,
     159,   157,   160,   157,   161,   157,   162,   162,   163,   163,
     163,   164,   164,   165,   165,   165,   165,   166,   166,   167,
     168,   168,   169,   169,   169,   169,   170,   170,   170,   171,
     171,   171,   171,   171,   171,   171,   171,   171,   171,   171,
     171,   171,   171,   171,   171,   171,   171,   171,   171,   171,
     172,   171,   173,   173,   174,   174,   175,   175,   175,   175,
     175,   175,   175,   176,   176,   176,   176,   176,   177,   177,
     178,   178,   179,   179,   179,   181,   180,   182,   183,   183,
     183,   183,   184,   184,   185,   185,   186,   186,   186,   187,
     187,   187,   188,   188,   189,   189,   189,   189,   189,   189,
     189,   189,   189,   189,   189,   189,   189,   189,   189,   189,
     189,   189,   189,   189,   189,   189,   189,   189,   189,   190,
     191,   190,   192,   192,   193,   193,   193,   193,   193,   193,
     193,   194,   194,   194,   194,   194,   194,   194,   194,   195,
     195,   195,   195,   195,   195,   195,   195,   195,   195,   195,
     195,   195,   195,   195,   195,   195,   195,   196,   196,   196,
     196,   196,   198,   197,   199,   199,   200,   200,   201,   201,
     202,   202,   203,   204,   205,   205,   206,   206,   206,   206,
     206,   206,   207,   207,   208,   208,   209,   209,   209,   209,
     210,   210,   210,   210,   211,   211,   212,   213,   213,   214,
     214,   215,   215,   216,   216,   217,   217,   218,   219,   219,
     219,   219,   220,   220,   221,   221,   221,   221,   222,   222,
     223,   223,   224,   224,   225,   226,   226,   226,   226,   226,
     226,   227,   227,   227,   228,   228,   228,   229,   230,   230,
     231,   231,   232,   232,   232,   233,   233,   234,   234,   235,
     235,   236,   236,   237,   237,   238,   239,   239,   240,   240,
     241,   241,   241,   242,   242,   242,   242,   242,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   243,   243,   243,   243,
     243,   243,   243,   243,   243,   243,   245,   244,   246,   244,
     247,   244,   248,   248,   249,   249,   249,   249,   249,   249,
     249,   250,   250,   250,   251,   251,   252,   252,   253,   253,
     254,   255,   256,   257,   257,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     259,   259
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     0,     5,     0,     0,     4,     0,     2,
       2,     2,     2,     2,     2,     6,     0,     1,     2,     1,
       3,     0,     2,     0,     5,     0,     3,     0,     2,     2,
       3,     3,     2,     2,     2,     1,     5,     0,     1,     0,
       1,     1,     2,     0,     4,     0,     4,     3,     3,     0,
       6,     0,     2,     2,     2,     2,     2,     2,     0,     6,
       0,     7,     0,     5,     0,     6,     1,     2,     4,     4,
       4,     1,     3,     6,     4,     4,     1,     0,     3,     3,
       1,     2,     0,     2,     3,     3,     1,     1,     1,     1,
       6,     5,     5,     9,     7,     6,     6,    10,     1,     7,
       8,     8,     9,    10,     2,     3,     4,     2,     4,     5,
       0,     4,     0,     1,     1,     2,     2,     2,     2,     2,
       2,     3,     2,     1,     1,     1,     1,     1,     1,     1,
       1,     2,     1,     1,     2,     0,     4,     4,     1,     3,
       2,     2,     0,     3,     1,     3,     0,     3,     3,     0,
       3,     4,     0,     2,     2,     1,     2,     3,     2,     4,
       4,     5,     4,     5,     6,     2,     3,     4,     5,     6,
       5,     4,     5,     2,     2,     2,     2,     2,     3,     0,
       0,     4,     0,     2,     3,     3,     2,     2,     2,     1,
       2,     1,     1,     1,     2,     1,     1,     1,     1,     0,
       4,     4,     2,     2,     3,     3,     4,     3,     3,     2,
       3,     3,     5,     5,     3,     3,     3,     1,     1,     2,
       2,     2,     0,     9,     1,     2,     0,     1,     0,     4,
       1,     3,     1,     3,     0,     2,     4,     3,     4,     4,
       2,     3,     0,     3,     1,     2,     0,     2,     3,     3,
       1,     2,     3,     4,     1,     3,     3,     1,     6,     1,
       2,     1,     1,     6,     7,     1,     3,     5,     1,     2,
       4,     1,     0,     2,     0,     2,     2,     4,     1,     1,
       0,     3,     1,     3,     3,     1,     2,     1,     1,     1,
       1,     0,     1,     1,     0,     2,     2,     7,     0,     4,
       0,     2,     0,     3,     2,     0,     2,     0,     2,     0,
       2,     1,     3,     0,     1,     3,     0,     1,     1,     3,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     0,     6,     0,     8,
       0,     9,     0,     2,     2,     1,     2,     2,     3,     4,
       1,     0,     1,     2,     1,     3,     3,     6,     1,     3,
       3,     3,     3,     0,     2,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     3,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     3
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = SC_YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == SC_YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        YY_LAC_DISCARD ("YYBACKUP");                              \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, ps, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use SC_YYerror or SC_YYUNDEF. */
#define YYERRCODE SC_YYUNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if SC_YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined SC_YYLTYPE_IS_TRIVIAL && SC_YYLTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, ps); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, sc_pstate *ps)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (ps);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, sc_pstate *ps)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, ps);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, sc_pstate *ps)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), ps);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, ps); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !SC_YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !SC_YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Given a state stack such that *YYBOTTOM is its bottom, such that
   *YYTOP is either its top or is YYTOP_EMPTY to indicate an empty
   stack, and such that *YYCAPACITY is the maximum number of elements it
   can hold without a reallocation, make sure there is enough room to
   store YYADD more elements.  If not, allocate a new stack using
   YYSTACK_ALLOC, copy the existing elements, and adjust *YYBOTTOM,
   *YYTOP, and *YYCAPACITY to reflect the new capacity and memory
   location.  If *YYBOTTOM != YYBOTTOM_NO_FREE, then free the old stack
   using YYSTACK_FREE.  Return 0 if successful or if no reallocation is
   required.  Return YYENOMEM if memory is exhausted.  */
static int
yy_lac_stack_realloc (YYPTRDIFF_T *yycapacity, YYPTRDIFF_T yyadd,
#if SC_YYDEBUG
                      char const *yydebug_prefix,
                      char const *yydebug_suffix,
#endif
                      yy_state_t **yybottom,
                      yy_state_t *yybottom_no_free,
                      yy_state_t **yytop, yy_state_t *yytop_empty)
{
  YYPTRDIFF_T yysize_old =
    *yytop == yytop_empty ? 0 : *yytop - *yybottom + 1;
  YYPTRDIFF_T yysize_new = yysize_old + yyadd;
  if (*yycapacity < yysize_new)
    {
      YYPTRDIFF_T yyalloc = 2 * yysize_new;
      yy_state_t *yybottom_new;
      /* Use YYMAXDEPTH for maximum stack size given that the stack
         should never need to grow larger than the main state stack
         needs to grow without LAC.  */
      if (YYMAXDEPTH < yysize_new)
        {
          YYDPRINTF ((stderr, "%smax size exceeded%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (YYMAXDEPTH < yyalloc)
        yyalloc = YYMAXDEPTH;
      yybottom_new =
        YY_CAST (yy_state_t *,
                 YYSTACK_ALLOC (YY_CAST (YYSIZE_T,
                                         yyalloc * YYSIZEOF (*yybottom_new))));
      if (!yybottom_new)
        {
          YYDPRINTF ((stderr, "%srealloc failed%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (*yytop != yytop_empty)
        {
          YYCOPY (yybottom_new, *yybottom, yysize_old);
          *yytop = yybottom_new + (yysize_old - 1);
        }
      if (*yybottom != yybottom_no_free)
        YYSTACK_FREE (*yybottom);
      *yybottom = yybottom_new;
      *yycapacity = yyalloc;
    }
  return 0;
}

/* Establish the initial context for the current lookahead if no initial
   context is currently established.

   We define a context as a snapshot of the parser stacks.  We define
   the initial context for a lookahead as the context in which the
   parser initially examines that lookahead in order to select a
   syntactic action.  Thus, if the lookahead eventually proves
   syntactically unacceptable (possibly in a later context reached via a
   series of reductions), the initial context can be used to determine
   the exact set of tokens that would be syntactically acceptable in the
   lookahead's place.  Moreover, it is the context after which any
   further semantic actions would be erroneous because they would be
   determined by a syntactically unacceptable token.

   YY_LAC_ESTABLISH should be invoked when a reduction is about to be
   performed in an inconsistent state (which, for the purposes of LAC,
   includes consistent states that don't know they're consistent because
   their default reductions have been disabled).  Iff there is a
   lookahead token, it should also be invoked before reporting a syntax
   error.  This latter case is for the sake of the debugging output.

   For parse.lac=full, the implementation of YY_LAC_ESTABLISH is as
   follows.  If no initial context is currently established for the
   current lookahead, then check if that lookahead can eventually be
   shifted if syntactic actions continue from the current context.
   Report a syntax error if it cannot.  */
#define YY_LAC_ESTABLISH                                                \
do {                                                                    \
  if (!yy_lac_established)                                              \
    {                                                                   \
      YYDPRINTF ((stderr,                                               \
                  "LAC: initial context established for %s\n",          \
                  yysymbol_name (yytoken)));                            \
      yy_lac_established = 1;                                           \
      switch (yy_lac (yyesa, &yyes, &yyes_capacity, yyssp, yytoken))    \
        {                                                               \
        case YYENOMEM:                                                  \
          YYNOMEM;                                                      \
        case 1:                                                         \
          goto yyerrlab;                                                \
        }                                                               \
    }                                                                   \
} while (0)

/* Discard any previous initial lookahead context because of Event,
   which may be a lookahead change or an invalidation of the currently
   established initial context for the current lookahead.

   The most common example of a lookahead change is a shift.  An example
   of both cases is syntax error recovery.  That is, a syntax error
   occurs when the lookahead is syntactically erroneous for the
   currently established initial context, so error recovery manipulates
   the parser stacks to try to find a new initial context in which the
   current lookahead is syntactically acceptable.  If it fails to find
   such a context, it discards the lookahead.  */
#if SC_YYDEBUG
# define YY_LAC_DISCARD(Event)                                           \
do {                                                                     \
  if (yy_lac_established)                                                \
    {                                                                    \
      YYDPRINTF ((stderr, "LAC: initial context discarded due to "       \
                  Event "\n"));                                          \
      yy_lac_established = 0;                                            \
    }                                                                    \
} while (0)
#else
# define YY_LAC_DISCARD(Event) yy_lac_established = 0
#endif

/* Given the stack whose top is *YYSSP, return 0 iff YYTOKEN can
   eventually (after perhaps some reductions) be shifted, return 1 if
   not, or return YYENOMEM if memory is exhausted.  As preconditions and
   postconditions: *YYES_CAPACITY is the allocated size of the array to
   which *YYES points, and either *YYES = YYESA or *YYES points to an
   array allocated with YYSTACK_ALLOC.  yy_lac may overwrite the
   contents of either array, alter *YYES and *YYES_CAPACITY, and free
   any old *YYES other than YYESA.  */
static int
yy_lac (yy_state_t *yyesa, yy_state_t **yyes,
        YYPTRDIFF_T *yyes_capacity, yy_state_t *yyssp, yysymbol_kind_t yytoken)
{
  yy_state_t *yyes_prev = yyssp;
  yy_state_t *yyesp = yyes_prev;
  /* Reduce until we encounter a shift and thereby accept the token.  */
  YYDPRINTF ((stderr, "LAC: checking lookahead %s:", yysymbol_name (yytoken)));
  if (yytoken == YYSYMBOL_YYUNDEF)
    {
      YYDPRINTF ((stderr, " Always Err\n"));
      return 1;
    }
  while (1)
    {
      int yyrule = yypact[+*yyesp];
      if (yypact_value_is_default (yyrule)
          || (yyrule += yytoken) < 0 || YYLAST < yyrule
          || yycheck[yyrule] != yytoken)
        {
          /* Use the default action.  */
          yyrule = yydefact[+*yyesp];
          if (yyrule == 0)
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
        }
      else
        {
          /* Use the action from yytable.  */
          yyrule = yytable[yyrule];
          if (yytable_value_is_error (yyrule))
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
          if (0 < yyrule)
            {
              YYDPRINTF ((stderr, " S%d\n", yyrule));
              return 0;
            }
          yyrule = -yyrule;
        }
      /* By now we know we have to simulate a reduce.  */
      YYDPRINTF ((stderr, " R%d", yyrule - 1));
      {
        /* Pop the corresponding number of values from the stack.  */
        YYPTRDIFF_T yylen = yyr2[yyrule];
        /* First pop from the LAC stack as many tokens as possible.  */
        if (yyesp != yyes_prev)
          {
            YYPTRDIFF_T yysize = yyesp - *yyes + 1;
            if (yylen < yysize)
              {
                yyesp -= yylen;
                yylen = 0;
              }
            else
              {
                yyesp = yyes_prev;
                yylen -= yysize;
              }
          }
        /* Only afterwards look at the main stack.  */
        if (yylen)
          yyesp = yyes_prev -= yylen;
      }
      /* Push the resulting state of the reduction.  */
      {
        yy_state_fast_t yystate;
        {
          const int yylhs = yyr1[yyrule] - YYNTOKENS;
          const int yyi = yypgoto[yylhs] + *yyesp;
          yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyesp
                     ? yytable[yyi]
                     : yydefgoto[yylhs]);
        }
        if (yyesp == yyes_prev)
          {
            yyesp = *yyes;
            YY_IGNORE_USELESS_CAST_BEGIN
            *yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        else
          {
            if (yy_lac_stack_realloc (yyes_capacity, 1,
#if SC_YYDEBUG
                                      " (", ")",
#endif
                                      yyes, yyesa, &yyesp, yyes_prev))
              {
                YYDPRINTF ((stderr, "\n"));
                return YYENOMEM;
              }
            YY_IGNORE_USELESS_CAST_BEGIN
            *++yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        YYDPRINTF ((stderr, " G%d", yystate));
      }
    }
}

/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yy_state_t *yyesa;
  yy_state_t **yyes;
  YYPTRDIFF_T *yyes_capacity;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;

  int yyx;
  for (yyx = 0; yyx < YYNTOKENS; ++yyx)
    {
      yysymbol_kind_t yysym = YY_CAST (yysymbol_kind_t, yyx);
      if (yysym != YYSYMBOL_YYerror && yysym != YYSYMBOL_YYUNDEF)
        switch (yy_lac (yyctx->yyesa, yyctx->yyes, yyctx->yyes_capacity, yyctx->yyssp, yysym))
          {
          case YYENOMEM:
            return YYENOMEM;
          case 1:
            continue;
          default:
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = yysym;
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}

/* The location of the lookahead of this context.  */
static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx)
{
  return yyctx->yylloc;
}

/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, sc_pstate *ps);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, sc_pstate *ps)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (ps);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  switch (yykind)
    {
    case YYSYMBOL_IDENT: /* "identifier"  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2586 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_QIDENT: /* "quoted identifier"  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2592 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_STRING: /* "string literal"  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2598 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_ESTRING: /* "escape string literal"  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2604 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_DOLQSTRING: /* "dollar-quoted string"  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2610 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_NUMBER: /* "number"  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2616 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_labels: /* opt_labels  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2622 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_labels: /* labels  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2628 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_comment: /* opt_comment  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2634 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_signed: /* signed  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2640 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_part_bound: /* part_bound  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2646 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_rawparen: /* rawparen  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2652 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_forced: /* opt_forced  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).flag); }
#line 2658 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_policy_cmd: /* policy_cmd  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).ival); }
#line 2664 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_role_list: /* role_list  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2670 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_default_val: /* default_val  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2676 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_fk_opts: /* fk_opts  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).fk); }
#line 2682 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_fk_action: /* fk_action  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).act); }
#line 2688 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_view_kind: /* view_kind  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).flag); }
#line 2694 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_excl_elems: /* excl_elems  */
#line 130 "grammar/schemac.y"
            { sc_elems_free(((*yyvaluep).elems)); }
#line 2700 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_excl_elem: /* excl_elem  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).elem); }
#line 2706 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_excl_op: /* excl_op  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2712 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_ix_elems: /* ix_elems  */
#line 130 "grammar/schemac.y"
            { sc_elems_free(((*yyvaluep).elems)); }
#line 2718 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_ix_elem: /* ix_elem  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).elem); }
#line 2724 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_ix_target: /* ix_target  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).elem); }
#line 2730 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_collate: /* opt_collate  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2736 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opclass: /* opclass  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).elem); }
#line 2742 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opclass_part: /* opclass_part  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2748 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_params: /* opt_params  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2754 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_params: /* params  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2760 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_param: /* param  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2766 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_param_value: /* param_value  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2772 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_dir: /* opt_dir  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).flag); }
#line 2778 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_nulls: /* opt_nulls  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).ival); }
#line 2784 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_ix_opts: /* ix_opts  */
#line 131 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).ix).include); sc_names_free(((*yyvaluep).ix).options); }
#line 2790 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_ix_with: /* opt_ix_with  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2796 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_tablespace: /* opt_tablespace  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2802 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_nulls_distinct: /* opt_nulls_distinct  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).flag); }
#line 2808 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_using: /* opt_using  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2814 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_include: /* opt_include  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2820 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_where: /* opt_where  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2826 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_qname: /* qname  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).qn); }
#line 2832 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_name: /* opt_name  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2838 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_paren_names: /* paren_names  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2844 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_opt_paren_names: /* opt_paren_names  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2850 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_name_list: /* name_list  */
#line 129 "grammar/schemac.y"
            { sc_names_free(((*yyvaluep).names)); }
#line 2856 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_colname: /* colname  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2862 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_name: /* name  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2868 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_paren: /* paren  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2874 "build2/gen/schemac.tab.c"
        break;

    case YYSYMBOL_collation_ref: /* collation_ref  */
#line 133 "grammar/schemac.y"
            { (void)((*yyvaluep).str); }
#line 2880 "build2/gen/schemac.tab.c"
        break;

      default:
        break;
    }
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (sc_pstate *ps)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined SC_YYLTYPE_IS_TRIVIAL && SC_YYLTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

    yy_state_t yyesa[20];
    yy_state_t *yyes = yyesa;
    YYPTRDIFF_T yyes_capacity = 20 < YYMAXDEPTH ? 20 : YYMAXDEPTH;

  /* Whether LAC context is established.  A Boolean.  */
  int yy_lac_established = 0;
  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = SC_YYEMPTY; /* Cause a token to be read.  */

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == SC_YYEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, ps);
    }

  if (yychar <= SC_YYEOF)
    {
      yychar = SC_YYEOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == SC_YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = SC_YYUNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    {
      YY_LAC_ESTABLISH;
      goto yydefault;
    }
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      YY_LAC_ESTABLISH;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = SC_YYEMPTY;
  YY_LAC_DISCARD ("shift");
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  {
    int yychar_backup = yychar;
    switch (yyn)
      {
  case 12: /* top_item: "SQL statement"  */
#line 154 "grammar/schemac.y"
                                    { sc_pb_routine(ps, (yylsp[0])); }
#line 3196 "build2/gen/schemac.tab.c"
    break;

  case 13: /* $@1: %empty  */
#line 160 "grammar/schemac.y"
                                    { sc_pb_schema(ps, (yyvsp[0].str), (yylsp[0])); ps->block_name = (yyvsp[0].str); }
#line 3202 "build2/gen/schemac.tab.c"
    break;

  case 14: /* schema_def: "schema" name $@1 schema_body opt_comment  */
#line 161 "grammar/schemac.y"
                                    { sc_pb_schema_comment(ps, (yyvsp[-3].str), (yyvsp[0].str), (yylsp[-3])); }
#line 3208 "build2/gen/schemac.tab.c"
    break;

  case 16: /* $@2: %empty  */
#line 166 "grammar/schemac.y"
                                    { ps->block = ps->block_name; }
#line 3214 "build2/gen/schemac.tab.c"
    break;

  case 17: /* schema_body: '{' $@2 block_items '}'  */
#line 167 "grammar/schemac.y"
                                    { ps->block = NULL; }
#line 3220 "build2/gen/schemac.tab.c"
    break;

  case 25: /* enum_def: "enum" qname '{' opt_labels '}' opt_comment  */
#line 186 "grammar/schemac.y"
                                    { sc_pb_enum(ps, &(yyvsp[-4].qn), (yyvsp[-2].names), (yyvsp[0].str)); }
#line 3226 "build2/gen/schemac.tab.c"
    break;

  case 26: /* opt_labels: %empty  */
#line 190 "grammar/schemac.y"
                                    { (yyval.names) = NULL; }
#line 3232 "build2/gen/schemac.tab.c"
    break;

  case 29: /* labels: "string literal"  */
#line 196 "grammar/schemac.y"
                                    { (yyval.names) = sc_names_new((yyvsp[0].str), (yylsp[0])); }
#line 3238 "build2/gen/schemac.tab.c"
    break;

  case 30: /* labels: labels ',' "string literal"  */
#line 197 "grammar/schemac.y"
                                    { (yyval.names) = sc_names_add((yyvsp[-2].names), (yyvsp[0].str), (yylsp[0])); }
#line 3244 "build2/gen/schemac.tab.c"
    break;

  case 31: /* opt_comment: %empty  */
#line 201 "grammar/schemac.y"
                                    { (yyval.str) = NULL; }
#line 3250 "build2/gen/schemac.tab.c"
    break;

  case 32: /* opt_comment: "comment" "string literal"  */
#line 202 "grammar/schemac.y"
                                    { (yyval.str) = (yyvsp[0].str); }
#line 3256 "build2/gen/schemac.tab.c"
    break;

  case 33: /* $@3: %empty  */
#line 208 "grammar/schemac.y"
                                    { sc_pb_sequence_begin(ps, &(yyvsp[0].qn)); }
#line 3262 "build2/gen/schemac.tab.c"
    break;

  case 34: /* sequence_def: "sequence" qname $@3 sequence_body opt_comment  */
#line 209 "grammar/schemac.y"
                                    { if ((yyvsp[0].str) && ps->seq) ps->seq->comment = (yyvsp[0].str); }
#line 3268 "build2/gen/schemac.tab.c"
    break;

  case 39: /* seq_opt: "as" type  */
#line 223 "grammar/schemac.y"
                                    { sc_pb_seq_type(ps, (yylsp[0])); }
#line 3274 "build2/gen/schemac.tab.c"
    break;

  case 40: /* seq_opt: "start" opt_with signed  */
#line 224 "grammar/schemac.y"
                                    { sc_pb_seq(ps)->start = strtoll((yyvsp[0].str), NULL, 10); }
#line 3280 "build2/gen/schemac.tab.c"
    break;

  case 41: /* seq_opt: "increment" opt_by signed  */
#line 225 "grammar/schemac.y"
                                    { sc_pb_seq(ps)->increment = strtoll((yyvsp[0].str), NULL, 10); }
#line 3286 "build2/gen/schemac.tab.c"
    break;

  case 42: /* seq_opt: "minvalue" signed  */
#line 226 "grammar/schemac.y"
                                    { sc_pb_seq(ps)->min_value = strtoll((yyvsp[0].str), NULL, 10); sc_pb_seq(ps)->has_min = true; }
#line 3292 "build2/gen/schemac.tab.c"
    break;

  case 43: /* seq_opt: "maxvalue" signed  */
#line 227 "grammar/schemac.y"
                                    { sc_pb_seq(ps)->max_value = strtoll((yyvsp[0].str), NULL, 10); sc_pb_seq(ps)->has_max = true; }
#line 3298 "build2/gen/schemac.tab.c"
    break;

  case 44: /* seq_opt: "cache" signed  */
#line 228 "grammar/schemac.y"
                                    { sc_pb_seq(ps)->cache = strtoll((yyvsp[0].str), NULL, 10); }
#line 3304 "build2/gen/schemac.tab.c"
    break;

  case 45: /* seq_opt: "cycle"  */
#line 229 "grammar/schemac.y"
                                    { sc_pb_seq(ps)->cycle = true; }
#line 3310 "build2/gen/schemac.tab.c"
    break;

  case 46: /* seq_opt: "owned" "by" name '.' name  */
#line 230 "grammar/schemac.y"
                                    { sc_pb_seq(ps)->owned_by_table = (yyvsp[-2].str); sc_pb_seq(ps)->owned_by_column = (yyvsp[0].str); }
#line 3316 "build2/gen/schemac.tab.c"
    break;

  case 52: /* signed: '-' "number"  */
#line 238 "grammar/schemac.y"
                                    { (void)(yyvsp[0].str); (yyval.str) = sc_pb_text(ps, (yyloc)); }
#line 3322 "build2/gen/schemac.tab.c"
    break;

  case 53: /* $@4: %empty  */
#line 244 "grammar/schemac.y"
                                    { sc_pb_extension_begin(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3328 "build2/gen/schemac.tab.c"
    break;

  case 56: /* ext_opts: ext_opts "with" "schema" name  */
#line 250 "grammar/schemac.y"
                                    { sc_pb_extension_schema(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3334 "build2/gen/schemac.tab.c"
    break;

  case 57: /* ext_opts: ext_opts "version" "string literal"  */
#line 251 "grammar/schemac.y"
                                    { sc_pb_extension_version(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3340 "build2/gen/schemac.tab.c"
    break;

  case 58: /* ext_opts: ext_opts "version" "number"  */
#line 252 "grammar/schemac.y"
                                    { sc_pb_extension_version(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3346 "build2/gen/schemac.tab.c"
    break;

  case 59: /* $@5: %empty  */
#line 256 "grammar/schemac.y"
                                    { sc_pb_collation_begin(ps, &(yyvsp[-1].qn)); }
#line 3352 "build2/gen/schemac.tab.c"
    break;

  case 60: /* collation_def: "collation" qname '{' $@5 coll_opts '}'  */
#line 257 "grammar/schemac.y"
                                    { sc_pb_collation_end(ps); }
#line 3358 "build2/gen/schemac.tab.c"
    break;

  case 64: /* coll_opt: name "string literal"  */
#line 267 "grammar/schemac.y"
                                    { sc_pb_collation_opt(ps, (yyvsp[-1].str), (yylsp[-1]), (yyvsp[0].str), (yylsp[0]), true); }
#line 3364 "build2/gen/schemac.tab.c"
    break;

  case 65: /* coll_opt: name name  */
#line 268 "grammar/schemac.y"
                                    { sc_pb_collation_opt(ps, (yyvsp[-1].str), (yylsp[-1]), (yyvsp[0].str), (yylsp[0]), false); }
#line 3370 "build2/gen/schemac.tab.c"
    break;

  case 66: /* coll_opt: name "true"  */
#line 269 "grammar/schemac.y"
                                    { sc_pb_collation_opt(ps, (yyvsp[-1].str), (yylsp[-1]), "true", (yylsp[0]), false); }
#line 3376 "build2/gen/schemac.tab.c"
    break;

  case 67: /* coll_opt: name "false"  */
#line 270 "grammar/schemac.y"
                                    { sc_pb_collation_opt(ps, (yyvsp[-1].str), (yylsp[-1]), "false", (yylsp[0]), false); }
#line 3382 "build2/gen/schemac.tab.c"
    break;

  case 68: /* $@6: %empty  */
#line 276 "grammar/schemac.y"
                                    { sc_pb_table_begin(ps, &(yyvsp[-1].qn)); }
#line 3388 "build2/gen/schemac.tab.c"
    break;

  case 69: /* table_def: "table" qname '{' $@6 table_body '}'  */
#line 277 "grammar/schemac.y"
                                    { sc_pb_table_end(ps); }
#line 3394 "build2/gen/schemac.tab.c"
    break;

  case 70: /* $@7: %empty  */
#line 279 "grammar/schemac.y"
                                    { sc_pb_table_begin(ps, &(yyvsp[-1].qn)); if (ps->table) ps->table->unlogged = true; }
#line 3400 "build2/gen/schemac.tab.c"
    break;

  case 71: /* table_def: "unlogged" "table" qname '{' $@7 table_body '}'  */
#line 280 "grammar/schemac.y"
                                    { sc_pb_table_end(ps); }
#line 3406 "build2/gen/schemac.tab.c"
    break;

  case 72: /* $@8: %empty  */
#line 284 "grammar/schemac.y"
                                    { sc_pb_table_begin(ps, &(yyvsp[0].qn)); }
#line 3412 "build2/gen/schemac.tab.c"
    break;

  case 73: /* table_def: "table" qname $@8 rel_clauses rel_body  */
#line 285 "grammar/schemac.y"
                                    { sc_pb_table_end(ps); }
#line 3418 "build2/gen/schemac.tab.c"
    break;

  case 74: /* $@9: %empty  */
#line 286 "grammar/schemac.y"
                                    { sc_pb_table_begin(ps, &(yyvsp[0].qn)); if (ps->table) ps->table->unlogged = true; }
#line 3424 "build2/gen/schemac.tab.c"
    break;

  case 75: /* table_def: "unlogged" "table" qname $@9 rel_clauses rel_body  */
#line 287 "grammar/schemac.y"
                                    { sc_pb_table_end(ps); }
#line 3430 "build2/gen/schemac.tab.c"
    break;

  case 78: /* rel_clause: "partition" "by" name rawparen  */
#line 297 "grammar/schemac.y"
                                    { sc_pb_partition_by(ps, (yyvsp[-1].str), (yyvsp[0].str), (yyloc)); }
#line 3436 "build2/gen/schemac.tab.c"
    break;

  case 79: /* rel_clause: "partition" "of" qname part_bound  */
#line 299 "grammar/schemac.y"
                                    { sc_pb_partition_of(ps, &(yyvsp[-1].qn), (yyvsp[0].str), (yyloc)); }
#line 3442 "build2/gen/schemac.tab.c"
    break;

  case 81: /* inherit_list: qname  */
#line 304 "grammar/schemac.y"
                                    { sc_pb_inherits(ps, &(yyvsp[0].qn)); }
#line 3448 "build2/gen/schemac.tab.c"
    break;

  case 82: /* inherit_list: inherit_list ',' qname  */
#line 305 "grammar/schemac.y"
                                    { sc_pb_inherits(ps, &(yyvsp[0].qn)); }
#line 3454 "build2/gen/schemac.tab.c"
    break;

  case 83: /* part_bound: "for" "values" "from" rawparen "to" rawparen  */
#line 310 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_bound(ps, "FROM", (yyvsp[-2].str), (yyvsp[0].str)); }
#line 3460 "build2/gen/schemac.tab.c"
    break;

  case 84: /* part_bound: "for" "values" "in" rawparen  */
#line 311 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_bound(ps, "IN", (yyvsp[0].str), NULL); }
#line 3466 "build2/gen/schemac.tab.c"
    break;

  case 85: /* part_bound: "for" "values" "with" rawparen  */
#line 313 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_bound(ps, "WITH", (yyvsp[0].str), NULL); }
#line 3472 "build2/gen/schemac.tab.c"
    break;

  case 86: /* part_bound: "default"  */
#line 314 "grammar/schemac.y"
                                    { (yyval.str) = "DEFAULT"; }
#line 3478 "build2/gen/schemac.tab.c"
    break;

  case 89: /* rawparen: '(' raw ')'  */
#line 325 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_inner(ps, (yylsp[-2]), (yylsp[0])); }
#line 3484 "build2/gen/schemac.tab.c"
    break;

  case 95: /* items: items error sep  */
#line 338 "grammar/schemac.y"
                                    { yyerrok; }
#line 3490 "build2/gen/schemac.tab.c"
    break;

  case 100: /* item: "primary" "key" opt_name paren_names fk_opts opt_comment  */
#line 346 "grammar/schemac.y"
                                    { sc_pb_key(ps, SC_CON_PRIMARY_KEY, (yyvsp[-3].str), (yyvsp[-2].names), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3496 "build2/gen/schemac.tab.c"
    break;

  case 101: /* item: "unique" opt_name paren_names fk_opts opt_comment  */
#line 348 "grammar/schemac.y"
                                    { sc_pb_key(ps, SC_CON_UNIQUE, (yyvsp[-3].str), (yyvsp[-2].names), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3502 "build2/gen/schemac.tab.c"
    break;

  case 102: /* item: "check" opt_name paren fk_opts opt_comment  */
#line 350 "grammar/schemac.y"
                                    { sc_pb_check(ps, (yyvsp[-3].str), (yyvsp[-2].str), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3508 "build2/gen/schemac.tab.c"
    break;

  case 103: /* item: "foreign" "key" opt_name paren_names "references" qname opt_paren_names fk_opts opt_comment  */
#line 352 "grammar/schemac.y"
                                    { sc_pb_fk(ps, (yyvsp[-6].str), (yyvsp[-5].names), &(yyvsp[-3].qn), (yyvsp[-2].names), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3514 "build2/gen/schemac.tab.c"
    break;

  case 104: /* item: "constraint" name "primary" "key" paren_names fk_opts opt_comment  */
#line 355 "grammar/schemac.y"
                                    { sc_pb_key(ps, SC_CON_PRIMARY_KEY, (yyvsp[-5].str), (yyvsp[-2].names), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3520 "build2/gen/schemac.tab.c"
    break;

  case 105: /* item: "constraint" name "unique" paren_names fk_opts opt_comment  */
#line 357 "grammar/schemac.y"
                                    { sc_pb_key(ps, SC_CON_UNIQUE, (yyvsp[-4].str), (yyvsp[-2].names), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3526 "build2/gen/schemac.tab.c"
    break;

  case 106: /* item: "constraint" name "check" paren fk_opts opt_comment  */
#line 359 "grammar/schemac.y"
                                    { sc_pb_check(ps, (yyvsp[-4].str), (yyvsp[-2].str), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3532 "build2/gen/schemac.tab.c"
    break;

  case 107: /* item: "constraint" name "foreign" "key" paren_names "references" qname opt_paren_names fk_opts opt_comment  */
#line 361 "grammar/schemac.y"
                                    { sc_pb_fk(ps, (yyvsp[-8].str), (yyvsp[-5].names), &(yyvsp[-3].qn), (yyvsp[-2].names), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3538 "build2/gen/schemac.tab.c"
    break;

  case 109: /* item: "exclude" opt_name '(' excl_elems ')' fk_opts opt_comment  */
#line 365 "grammar/schemac.y"
                                    { sc_pb_exclude(ps, (yyvsp[-5].str), NULL, (yylsp[-6]), (yyvsp[-3].elems), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3544 "build2/gen/schemac.tab.c"
    break;

  case 110: /* item: "constraint" name "exclude" '(' excl_elems ')' fk_opts opt_comment  */
#line 367 "grammar/schemac.y"
                                    { sc_pb_exclude(ps, (yyvsp[-6].str), NULL, (yylsp[-7]), (yyvsp[-3].elems), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3550 "build2/gen/schemac.tab.c"
    break;

  case 111: /* item: "exclude" "using" "identifier" '(' excl_elems ')' fk_opts opt_comment  */
#line 370 "grammar/schemac.y"
                                    { sc_pb_exclude(ps, NULL, (yyvsp[-5].str), (yylsp[-5]), (yyvsp[-3].elems), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3556 "build2/gen/schemac.tab.c"
    break;

  case 112: /* item: "exclude" name "using" "identifier" '(' excl_elems ')' fk_opts opt_comment  */
#line 372 "grammar/schemac.y"
                                    { sc_pb_exclude(ps, (yyvsp[-7].str), (yyvsp[-5].str), (yylsp[-5]), (yyvsp[-3].elems), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3562 "build2/gen/schemac.tab.c"
    break;

  case 113: /* item: "constraint" name "exclude" "using" "identifier" '(' excl_elems ')' fk_opts opt_comment  */
#line 374 "grammar/schemac.y"
                                    { sc_pb_exclude(ps, (yyvsp[-8].str), (yyvsp[-5].str), (yylsp[-5]), (yyvsp[-3].elems), &(yyvsp[-1].fk), (yyloc)); sc_pb_con_comment(ps, (yyvsp[0].str)); }
#line 3568 "build2/gen/schemac.tab.c"
    break;

  case 114: /* item: "comment" "string literal"  */
#line 375 "grammar/schemac.y"
                                    { if (ps->table) ps->table->comment = (yyvsp[0].str); }
#line 3574 "build2/gen/schemac.tab.c"
    break;

  case 115: /* item: "renamed" "from" name  */
#line 376 "grammar/schemac.y"
                                    { if (ps->table) ps->table->renamed_from = (yyvsp[0].str); }
#line 3580 "build2/gen/schemac.tab.c"
    break;

  case 116: /* item: "with" '(' params ')'  */
#line 378 "grammar/schemac.y"
                                    { if (ps->table) ps->table->options = sc_pb_take_names(ps, (yyvsp[-1].names), NULL);
                                      else sc_names_free((yyvsp[-1].names)); }
#line 3587 "build2/gen/schemac.tab.c"
    break;

  case 118: /* item: "row" "level" "security" opt_forced  */
#line 384 "grammar/schemac.y"
                                    { sc_pb_rls(ps, true, (yyvsp[0].flag), (yyloc)); }
#line 3593 "build2/gen/schemac.tab.c"
    break;

  case 119: /* item: "row" "level" "security" "disabled" "forced"  */
#line 386 "grammar/schemac.y"
                                    { sc_pb_rls(ps, false, true, (yyloc)); }
#line 3599 "build2/gen/schemac.tab.c"
    break;

  case 120: /* $@10: %empty  */
#line 387 "grammar/schemac.y"
                                    { sc_pb_policy_begin(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3605 "build2/gen/schemac.tab.c"
    break;

  case 122: /* opt_forced: %empty  */
#line 392 "grammar/schemac.y"
                                    { (yyval.flag) = false; }
#line 3611 "build2/gen/schemac.tab.c"
    break;

  case 123: /* opt_forced: "forced"  */
#line 393 "grammar/schemac.y"
                                    { (yyval.flag) = true; }
#line 3617 "build2/gen/schemac.tab.c"
    break;

  case 126: /* policy_opt: "as" "permissive"  */
#line 405 "grammar/schemac.y"
                                    { if (sc_pb_policy_clause(ps, SC_PB_POLICY_AS, (yyloc))) ps->policy->restrictive = false; }
#line 3623 "build2/gen/schemac.tab.c"
    break;

  case 127: /* policy_opt: "as" "restrictive"  */
#line 406 "grammar/schemac.y"
                                    { if (sc_pb_policy_clause(ps, SC_PB_POLICY_AS, (yyloc))) ps->policy->restrictive = true; }
#line 3629 "build2/gen/schemac.tab.c"
    break;

  case 128: /* policy_opt: "for" policy_cmd  */
#line 407 "grammar/schemac.y"
                                    { if (sc_pb_policy_clause(ps, SC_PB_POLICY_FOR, (yyloc))) ps->policy->cmd = (sc_policy_cmd)(yyvsp[0].ival); }
#line 3635 "build2/gen/schemac.tab.c"
    break;

  case 129: /* policy_opt: "to" role_list  */
#line 408 "grammar/schemac.y"
                                    { if (sc_pb_policy_clause(ps, SC_PB_POLICY_TO, (yyloc))) sc_pb_policy_roles(ps, (yyvsp[0].names)); else sc_names_free((yyvsp[0].names)); }
#line 3641 "build2/gen/schemac.tab.c"
    break;

  case 130: /* policy_opt: "using" paren  */
#line 409 "grammar/schemac.y"
                                    { if (sc_pb_policy_clause(ps, SC_PB_POLICY_USING, (yyloc))) ps->policy->using_expr = (yyvsp[0].str); }
#line 3647 "build2/gen/schemac.tab.c"
    break;

  case 131: /* policy_opt: "with" "check" paren  */
#line 410 "grammar/schemac.y"
                                    { if (sc_pb_policy_clause(ps, SC_PB_POLICY_CHECK, (yyloc))) ps->policy->check_expr = (yyvsp[0].str); }
#line 3653 "build2/gen/schemac.tab.c"
    break;

  case 132: /* policy_opt: "comment" "string literal"  */
#line 411 "grammar/schemac.y"
                                    { if (sc_pb_policy_clause(ps, SC_PB_POLICY_COMMENT, (yyloc))) ps->policy->comment = (yyvsp[0].str); }
#line 3659 "build2/gen/schemac.tab.c"
    break;

  case 133: /* policy_cmd: "all"  */
#line 415 "grammar/schemac.y"
                                    { (yyval.ival) = SC_POLICY_ALL; }
#line 3665 "build2/gen/schemac.tab.c"
    break;

  case 134: /* policy_cmd: "select"  */
#line 416 "grammar/schemac.y"
                                    { (yyval.ival) = SC_POLICY_SELECT; }
#line 3671 "build2/gen/schemac.tab.c"
    break;

  case 135: /* policy_cmd: "insert"  */
#line 417 "grammar/schemac.y"
                                    { (yyval.ival) = SC_POLICY_INSERT; }
#line 3677 "build2/gen/schemac.tab.c"
    break;

  case 136: /* policy_cmd: "update"  */
#line 418 "grammar/schemac.y"
                                    { (yyval.ival) = SC_POLICY_UPDATE; }
#line 3683 "build2/gen/schemac.tab.c"
    break;

  case 137: /* policy_cmd: "delete"  */
#line 419 "grammar/schemac.y"
                                    { (yyval.ival) = SC_POLICY_DELETE; }
#line 3689 "build2/gen/schemac.tab.c"
    break;

  case 138: /* role_list: name  */
#line 424 "grammar/schemac.y"
                                    { (yyval.names) = sc_names_new((yyvsp[0].str), (yylsp[0])); }
#line 3695 "build2/gen/schemac.tab.c"
    break;

  case 142: /* sqlite_opt: "autoincrement"  */
#line 434 "grammar/schemac.y"
                                    { sc_pb_sqlite_option(ps, SC_PB_SQLITE_AUTOINCREMENT, (yyloc)); }
#line 3701 "build2/gen/schemac.tab.c"
    break;

  case 143: /* sqlite_opt: "strict"  */
#line 435 "grammar/schemac.y"
                                    { sc_pb_sqlite_option(ps, SC_PB_SQLITE_STRICT, (yyloc)); }
#line 3707 "build2/gen/schemac.tab.c"
    break;

  case 144: /* sqlite_opt: "without" "rowid"  */
#line 436 "grammar/schemac.y"
                                    { sc_pb_sqlite_option(ps, SC_PB_SQLITE_WITHOUT_ROWID, (yyloc)); }
#line 3713 "build2/gen/schemac.tab.c"
    break;

  case 145: /* $@11: %empty  */
#line 440 "grammar/schemac.y"
                                    { sc_pb_column(ps, (yyvsp[-1].str), (yylsp[-1]), (yylsp[0])); }
#line 3719 "build2/gen/schemac.tab.c"
    break;

  case 148: /* type_base: name  */
#line 450 "grammar/schemac.y"
                                    { (void)(yyvsp[0].str); }
#line 3725 "build2/gen/schemac.tab.c"
    break;

  case 149: /* type_base: name '.' name  */
#line 451 "grammar/schemac.y"
                                    { (void)(yyvsp[-2].str); (void)(yyvsp[0].str); }
#line 3731 "build2/gen/schemac.tab.c"
    break;

  case 150: /* type_base: name "precision"  */
#line 452 "grammar/schemac.y"
                                    { (void)(yyvsp[-1].str); }
#line 3737 "build2/gen/schemac.tab.c"
    break;

  case 151: /* type_base: name "varying"  */
#line 453 "grammar/schemac.y"
                                    { (void)(yyvsp[-1].str); }
#line 3743 "build2/gen/schemac.tab.c"
    break;

  case 154: /* mod_list: "number"  */
#line 462 "grammar/schemac.y"
                                    { sc_pb_type_mod(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3749 "build2/gen/schemac.tab.c"
    break;

  case 155: /* mod_list: mod_list ',' "number"  */
#line 463 "grammar/schemac.y"
                                    { sc_pb_type_mod(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3755 "build2/gen/schemac.tab.c"
    break;

  case 161: /* opt_array: opt_array '[' "number" ']'  */
#line 475 "grammar/schemac.y"
                                    { (void)(yyvsp[-1].str); }
#line 3761 "build2/gen/schemac.tab.c"
    break;

  case 164: /* attr: "not" "null"  */
#line 484 "grammar/schemac.y"
                                    { ps->col->not_null = true; ps->col->sqlite_implicit_not_null = false; }
#line 3767 "build2/gen/schemac.tab.c"
    break;

  case 165: /* attr: "null"  */
#line 485 "grammar/schemac.y"
                                    { sc_pb_col_null(ps); }
#line 3773 "build2/gen/schemac.tab.c"
    break;

  case 166: /* attr: "default" default_val  */
#line 486 "grammar/schemac.y"
                                    { sc_pb_col_default(ps, (yyvsp[0].str)); }
#line 3779 "build2/gen/schemac.tab.c"
    break;

  case 167: /* attr: "primary" "key" fk_opts  */
#line 487 "grammar/schemac.y"
                                    { sc_pb_col_key(ps, SC_CON_PRIMARY_KEY, NULL, &(yyvsp[0].fk), (yyloc)); }
#line 3785 "build2/gen/schemac.tab.c"
    break;

  case 168: /* attr: "unique" fk_opts  */
#line 488 "grammar/schemac.y"
                                    { sc_pb_col_key(ps, SC_CON_UNIQUE, NULL, &(yyvsp[0].fk), (yyloc)); }
#line 3791 "build2/gen/schemac.tab.c"
    break;

  case 169: /* attr: "check" opt_name paren fk_opts  */
#line 490 "grammar/schemac.y"
                                    { sc_pb_col_check(ps, (yyvsp[-2].str), (yyvsp[-1].str), &(yyvsp[0].fk), (yyloc)); }
#line 3797 "build2/gen/schemac.tab.c"
    break;

  case 170: /* attr: "references" qname opt_paren_names fk_opts  */
#line 492 "grammar/schemac.y"
                                    { sc_pb_col_ref(ps, NULL, &(yyvsp[-2].qn), (yyvsp[-1].names), &(yyvsp[0].fk), (yyloc)); }
#line 3803 "build2/gen/schemac.tab.c"
    break;

  case 171: /* attr: "constraint" name "primary" "key" fk_opts  */
#line 494 "grammar/schemac.y"
                                    { sc_pb_col_key(ps, SC_CON_PRIMARY_KEY, (yyvsp[-3].str), &(yyvsp[0].fk), (yyloc)); }
#line 3809 "build2/gen/schemac.tab.c"
    break;

  case 172: /* attr: "constraint" name "unique" fk_opts  */
#line 496 "grammar/schemac.y"
                                    { sc_pb_col_key(ps, SC_CON_UNIQUE, (yyvsp[-2].str), &(yyvsp[0].fk), (yyloc)); }
#line 3815 "build2/gen/schemac.tab.c"
    break;

  case 173: /* attr: "constraint" name "check" paren fk_opts  */
#line 498 "grammar/schemac.y"
                                    { sc_pb_col_check(ps, (yyvsp[-3].str), (yyvsp[-1].str), &(yyvsp[0].fk), (yyloc)); }
#line 3821 "build2/gen/schemac.tab.c"
    break;

  case 174: /* attr: "constraint" name "references" qname opt_paren_names fk_opts  */
#line 500 "grammar/schemac.y"
                                    { sc_pb_col_ref(ps, (yyvsp[-4].str), &(yyvsp[-2].qn), (yyvsp[-1].names), &(yyvsp[0].fk), (yyloc)); }
#line 3827 "build2/gen/schemac.tab.c"
    break;

  case 175: /* attr: "identity" opt_id_opts  */
#line 501 "grammar/schemac.y"
                                    { sc_pb_col_identity(ps, SC_IDENTITY_BY_DEFAULT); }
#line 3833 "build2/gen/schemac.tab.c"
    break;

  case 176: /* attr: "identity" "always" opt_id_opts  */
#line 503 "grammar/schemac.y"
                                    { sc_pb_col_identity(ps, SC_IDENTITY_ALWAYS); }
#line 3839 "build2/gen/schemac.tab.c"
    break;

  case 177: /* attr: "identity" "by" "default" opt_id_opts  */
#line 505 "grammar/schemac.y"
                                    { sc_pb_col_identity(ps, SC_IDENTITY_BY_DEFAULT); }
#line 3845 "build2/gen/schemac.tab.c"
    break;

  case 178: /* attr: "generated" "always" "as" "identity" opt_id_opts  */
#line 507 "grammar/schemac.y"
                                    { sc_pb_col_identity(ps, SC_IDENTITY_ALWAYS); }
#line 3851 "build2/gen/schemac.tab.c"
    break;

  case 179: /* attr: "generated" "by" "default" "as" "identity" opt_id_opts  */
#line 509 "grammar/schemac.y"
                                    { sc_pb_col_identity(ps, SC_IDENTITY_BY_DEFAULT); }
#line 3857 "build2/gen/schemac.tab.c"
    break;

  case 180: /* attr: "generated" "always" "as" paren "stored"  */
#line 511 "grammar/schemac.y"
                                    { ps->col->generated = (yyvsp[-1].str); }
#line 3863 "build2/gen/schemac.tab.c"
    break;

  case 181: /* attr: "generated" "always" "as" paren  */
#line 513 "grammar/schemac.y"
                                    { ps->col->generated = (yyvsp[0].str); ps->col->generated_virtual = true; }
#line 3869 "build2/gen/schemac.tab.c"
    break;

  case 182: /* attr: "generated" "always" "as" paren "virtual"  */
#line 515 "grammar/schemac.y"
                                    { ps->col->generated = (yyvsp[-1].str); ps->col->generated_virtual = true; }
#line 3875 "build2/gen/schemac.tab.c"
    break;

  case 183: /* attr: "collate" collation_ref  */
#line 516 "grammar/schemac.y"
                                    { sc_column_set_collation(ps->m->arena, ps->col, (yyvsp[0].str)); }
#line 3881 "build2/gen/schemac.tab.c"
    break;

  case 184: /* attr: "storage" name  */
#line 518 "grammar/schemac.y"
                                    { sc_pb_col_storage(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3887 "build2/gen/schemac.tab.c"
    break;

  case 185: /* attr: "compression" name  */
#line 519 "grammar/schemac.y"
                                    { sc_pb_col_compression(ps, (yyvsp[0].str), (yylsp[0])); }
#line 3893 "build2/gen/schemac.tab.c"
    break;

  case 186: /* attr: "compression" "default"  */
#line 520 "grammar/schemac.y"
                                    { ps->col->compression = 0; }
#line 3899 "build2/gen/schemac.tab.c"
    break;

  case 187: /* attr: "comment" "string literal"  */
#line 521 "grammar/schemac.y"
                                    { sc_column_set_comment(ps->m->arena, ps->col, (yyvsp[0].str)); }
#line 3905 "build2/gen/schemac.tab.c"
    break;

  case 188: /* attr: "renamed" "from" name  */
#line 522 "grammar/schemac.y"
                                    { sc_column_set_renamed_from(ps->m->arena, ps->col, (yyvsp[0].str)); }
#line 3911 "build2/gen/schemac.tab.c"
    break;

  case 190: /* $@12: %empty  */
#line 529 "grammar/schemac.y"
                                    { memset(&ps->idopt, 0, sizeof ps->idopt); }
#line 3917 "build2/gen/schemac.tab.c"
    break;

  case 191: /* opt_id_opts: '(' $@12 id_opts ')'  */
#line 530 "grammar/schemac.y"
                                    { ps->idopt_set = true; }
#line 3923 "build2/gen/schemac.tab.c"
    break;

  case 194: /* id_opt: "start" opt_with signed  */
#line 539 "grammar/schemac.y"
                                    { ps->idopt.v.start = strtoll((yyvsp[0].str), NULL, 10); ps->idopt.has_start = true; }
#line 3929 "build2/gen/schemac.tab.c"
    break;

  case 195: /* id_opt: "increment" opt_by signed  */
#line 540 "grammar/schemac.y"
                                    { ps->idopt.v.increment = strtoll((yyvsp[0].str), NULL, 10); ps->idopt.has_increment = true; }
#line 3935 "build2/gen/schemac.tab.c"
    break;

  case 196: /* id_opt: "minvalue" signed  */
#line 541 "grammar/schemac.y"
                                    { ps->idopt.v.min_value = strtoll((yyvsp[0].str), NULL, 10); ps->idopt.has_min = true; }
#line 3941 "build2/gen/schemac.tab.c"
    break;

  case 197: /* id_opt: "maxvalue" signed  */
#line 542 "grammar/schemac.y"
                                    { ps->idopt.v.max_value = strtoll((yyvsp[0].str), NULL, 10); ps->idopt.has_max = true; }
#line 3947 "build2/gen/schemac.tab.c"
    break;

  case 198: /* id_opt: "cache" signed  */
#line 543 "grammar/schemac.y"
                                    { ps->idopt.v.cache = strtoll((yyvsp[0].str), NULL, 10); ps->idopt.has_cache = true; }
#line 3953 "build2/gen/schemac.tab.c"
    break;

  case 199: /* id_opt: "cycle"  */
#line 544 "grammar/schemac.y"
                                    { ps->idopt.v.cycle = true; }
#line 3959 "build2/gen/schemac.tab.c"
    break;

  case 200: /* id_opt: "no" "cycle"  */
#line 545 "grammar/schemac.y"
                                    { ps->idopt.v.cycle = false; }
#line 3965 "build2/gen/schemac.tab.c"
    break;

  case 201: /* default_val: "string literal"  */
#line 549 "grammar/schemac.y"
                                    { (void)(yyvsp[0].str); (yyval.str) = sc_pb_text(ps, (yylsp[0])); }
#line 3971 "build2/gen/schemac.tab.c"
    break;

  case 204: /* default_val: '-' "number"  */
#line 552 "grammar/schemac.y"
                                    { (void)(yyvsp[0].str); (yyval.str) = sc_pb_text(ps, (yyloc)); }
#line 3977 "build2/gen/schemac.tab.c"
    break;

  case 205: /* default_val: "true"  */
#line 553 "grammar/schemac.y"
                                    { (yyval.str) = "true"; }
#line 3983 "build2/gen/schemac.tab.c"
    break;

  case 206: /* default_val: "false"  */
#line 554 "grammar/schemac.y"
                                    { (yyval.str) = "false"; }
#line 3989 "build2/gen/schemac.tab.c"
    break;

  case 207: /* default_val: "null"  */
#line 555 "grammar/schemac.y"
                                    { (yyval.str) = "NULL"; }
#line 3995 "build2/gen/schemac.tab.c"
    break;

  case 209: /* fk_opts: %empty  */
#line 562 "grammar/schemac.y"
                                    { memset(&(yyval.fk), 0, sizeof (yyval.fk)); }
#line 4001 "build2/gen/schemac.tab.c"
    break;

  case 210: /* fk_opts: fk_opts "on" "delete" fk_action  */
#line 564 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-3].fk); (yyval.fk).on_delete = (yyvsp[0].act); (yyval.fk).action_span = (yylsp[-2]); (yyval.fk).action_span.end = (yylsp[0]).end; }
#line 4007 "build2/gen/schemac.tab.c"
    break;

  case 211: /* fk_opts: fk_opts "on" "update" fk_action  */
#line 566 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-3].fk); (yyval.fk).on_update = (yyvsp[0].act); (yyval.fk).action_span = (yylsp[-2]); (yyval.fk).action_span.end = (yylsp[0]).end; }
#line 4013 "build2/gen/schemac.tab.c"
    break;

  case 212: /* fk_opts: fk_opts "deferrable"  */
#line 567 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-1].fk); (yyval.fk).deferrable = true; (yyval.fk).defer_span = (yylsp[0]); }
#line 4019 "build2/gen/schemac.tab.c"
    break;

  case 213: /* fk_opts: fk_opts "not deferrable"  */
#line 568 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-1].fk); (yyval.fk).not_deferrable = true; (yyval.fk).not_deferrable_span = (yylsp[0]); (yyval.fk).defer_span = (yylsp[0]); }
#line 4025 "build2/gen/schemac.tab.c"
    break;

  case 214: /* fk_opts: fk_opts "initially" "deferred"  */
#line 570 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).initially_deferred = true; (yyval.fk).deferred_span = (yylsp[-1]); (yyval.fk).deferred_span.end = (yylsp[0]).end;
                                      (yyval.fk).defer_span = (yyval.fk).deferred_span; }
#line 4032 "build2/gen/schemac.tab.c"
    break;

  case 215: /* fk_opts: fk_opts "initially" "immediate"  */
#line 573 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).initially_deferred = false; (yyval.fk).defer_span = (yylsp[-1]); (yyval.fk).defer_span.end = (yylsp[0]).end; }
#line 4038 "build2/gen/schemac.tab.c"
    break;

  case 216: /* fk_opts: fk_opts "nulls" "not" "distinct"  */
#line 577 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-3].fk); (yyval.fk).nulls_not_distinct = true; (yyval.fk).nnd_span = (yylsp[-2]); (yyval.fk).nnd_span.end = (yylsp[0]).end; }
#line 4044 "build2/gen/schemac.tab.c"
    break;

  case 217: /* fk_opts: fk_opts "nulls" "distinct"  */
#line 578 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).nulls_not_distinct = false; (yyval.fk).nnd_span = (yylsp[-1]); (yyval.fk).nnd_span.end = (yylsp[0]).end; }
#line 4050 "build2/gen/schemac.tab.c"
    break;

  case 218: /* fk_opts: fk_opts "no" "inherit"  */
#line 579 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).no_inherit = true; (yyval.fk).inherit_span = (yylsp[-1]); (yyval.fk).inherit_span.end = (yylsp[0]).end; }
#line 4056 "build2/gen/schemac.tab.c"
    break;

  case 219: /* fk_opts: fk_opts "not valid"  */
#line 580 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-1].fk); (yyval.fk).not_valid = true; (yyval.fk).valid_span = (yylsp[0]); }
#line 4062 "build2/gen/schemac.tab.c"
    break;

  case 220: /* fk_opts: fk_opts "match" "full"  */
#line 581 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).match_full = true; (yyval.fk).match_span = (yylsp[-1]); (yyval.fk).match_span.end = (yylsp[0]).end; }
#line 4068 "build2/gen/schemac.tab.c"
    break;

  case 221: /* fk_opts: fk_opts "match" "simple"  */
#line 582 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).match_full = false; (yyval.fk).match_span = (yylsp[-1]); (yyval.fk).match_span.end = (yylsp[0]).end; }
#line 4074 "build2/gen/schemac.tab.c"
    break;

  case 222: /* fk_opts: fk_opts "with" '(' params ')'  */
#line 585 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-4].fk); (yyval.fk).index_options = sc_pb_take_names(ps, (yyvsp[-1].names), NULL);
                                      (yyval.fk).ixopt_span = (yylsp[-3]); (yyval.fk).ixopt_span.end = (yylsp[0]).end; }
#line 4081 "build2/gen/schemac.tab.c"
    break;

  case 223: /* fk_opts: fk_opts "using" "index" "tablespace" name  */
#line 588 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-4].fk); (yyval.fk).index_tablespace = (yyvsp[0].str); (yyval.fk).ixopt_span = (yylsp[-3]); (yyval.fk).ixopt_span.end = (yylsp[0]).end; }
#line 4087 "build2/gen/schemac.tab.c"
    break;

  case 224: /* fk_opts: fk_opts "using" name  */
#line 589 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).method = (yyvsp[0].str); (yyval.fk).excl_span = (yylsp[-1]); (yyval.fk).excl_span.end = (yylsp[0]).end; }
#line 4093 "build2/gen/schemac.tab.c"
    break;

  case 225: /* fk_opts: fk_opts "include" paren_names  */
#line 590 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).include = sc_pb_take_names(ps, (yyvsp[0].names), &(yyval.fk).include_locs);
                                      (yyval.fk).excl_span = (yylsp[-1]); (yyval.fk).excl_span.end = (yylsp[0]).end; }
#line 4100 "build2/gen/schemac.tab.c"
    break;

  case 226: /* fk_opts: fk_opts "where" paren  */
#line 592 "grammar/schemac.y"
                                    { (yyval.fk) = (yyvsp[-2].fk); (yyval.fk).where = (yyvsp[0].str); (yyval.fk).excl_span = (yylsp[-1]); (yyval.fk).excl_span.end = (yylsp[0]).end; }
#line 4106 "build2/gen/schemac.tab.c"
    break;

  case 227: /* fk_action: "cascade"  */
#line 596 "grammar/schemac.y"
                                    { (yyval.act) = SC_FK_CASCADE; }
#line 4112 "build2/gen/schemac.tab.c"
    break;

  case 228: /* fk_action: "restrict"  */
#line 597 "grammar/schemac.y"
                                    { (yyval.act) = SC_FK_RESTRICT; }
#line 4118 "build2/gen/schemac.tab.c"
    break;

  case 229: /* fk_action: "set" "null"  */
#line 598 "grammar/schemac.y"
                                    { (yyval.act) = SC_FK_SET_NULL; }
#line 4124 "build2/gen/schemac.tab.c"
    break;

  case 230: /* fk_action: "set" "default"  */
#line 599 "grammar/schemac.y"
                                    { (yyval.act) = SC_FK_SET_DEFAULT; }
#line 4130 "build2/gen/schemac.tab.c"
    break;

  case 231: /* fk_action: "no" "action"  */
#line 600 "grammar/schemac.y"
                                    { (yyval.act) = SC_FK_NO_ACTION; }
#line 4136 "build2/gen/schemac.tab.c"
    break;

  case 232: /* $@13: %empty  */
#line 611 "grammar/schemac.y"
                                    { sc_pb_view_begin(ps, (yyvsp[-1].flag), &(yyvsp[0].qn)); }
#line 4142 "build2/gen/schemac.tab.c"
    break;

  case 233: /* view_def: view_kind qname $@13 opt_view_columns view_with "as" view_query view_clauses view_body  */
#line 613 "grammar/schemac.y"
                                    { sc_pb_view_end(ps); }
#line 4148 "build2/gen/schemac.tab.c"
    break;

  case 234: /* view_kind: "view"  */
#line 617 "grammar/schemac.y"
                                    { (yyval.flag) = false; }
#line 4154 "build2/gen/schemac.tab.c"
    break;

  case 235: /* view_kind: "materialized" "view"  */
#line 618 "grammar/schemac.y"
                                    { (yyval.flag) = true; }
#line 4160 "build2/gen/schemac.tab.c"
    break;

  case 237: /* opt_view_columns: paren_names  */
#line 623 "grammar/schemac.y"
                                    { sc_pb_view_columns(ps, (yyvsp[0].names)); }
#line 4166 "build2/gen/schemac.tab.c"
    break;

  case 242: /* view_opt: name  */
#line 637 "grammar/schemac.y"
                                    { sc_pb_view_option(ps, (yyvsp[0].str), (yylsp[0])); }
#line 4172 "build2/gen/schemac.tab.c"
    break;

  case 243: /* view_query: '(' raw ')'  */
#line 641 "grammar/schemac.y"
                                    { sc_pb_view_query(ps, (yylsp[-2]), (yylsp[0])); }
#line 4178 "build2/gen/schemac.tab.c"
    break;

  case 247: /* view_clause: "with" "check" "option"  */
#line 651 "grammar/schemac.y"
                                    { sc_pb_view_check(ps, SC_CHECK_OPTION_CASCADED, (yyloc)); }
#line 4184 "build2/gen/schemac.tab.c"
    break;

  case 248: /* view_clause: "with" "cascaded" "check" "option"  */
#line 653 "grammar/schemac.y"
                                    { sc_pb_view_check(ps, SC_CHECK_OPTION_CASCADED, (yyloc)); }
#line 4190 "build2/gen/schemac.tab.c"
    break;

  case 249: /* view_clause: "with" "local" "check" "option"  */
#line 655 "grammar/schemac.y"
                                    { sc_pb_view_check(ps, SC_CHECK_OPTION_LOCAL, (yyloc)); }
#line 4196 "build2/gen/schemac.tab.c"
    break;

  case 250: /* view_clause: "with" "data"  */
#line 656 "grammar/schemac.y"
                                    { sc_pb_view_data(ps, false, (yyloc)); }
#line 4202 "build2/gen/schemac.tab.c"
    break;

  case 251: /* view_clause: "with" "no" "data"  */
#line 657 "grammar/schemac.y"
                                    { sc_pb_view_data(ps, true, (yyloc)); }
#line 4208 "build2/gen/schemac.tab.c"
    break;

  case 259: /* view_items: view_items error sep  */
#line 675 "grammar/schemac.y"
                                    { yyerrok; }
#line 4214 "build2/gen/schemac.tab.c"
    break;

  case 261: /* view_item: "comment" "string literal"  */
#line 680 "grammar/schemac.y"
                                    { sc_pb_view_comment(ps, (yyvsp[0].str)); }
#line 4220 "build2/gen/schemac.tab.c"
    break;

  case 262: /* view_item: "renamed" "from" name  */
#line 681 "grammar/schemac.y"
                                    { sc_pb_view_renamed(ps, (yyvsp[0].str)); }
#line 4226 "build2/gen/schemac.tab.c"
    break;

  case 263: /* view_item: "column" colname "comment" "string literal"  */
#line 683 "grammar/schemac.y"
                                    { sc_pb_view_column(ps, (yyvsp[-2].str), (yylsp[-2]), (yyvsp[0].str)); }
#line 4232 "build2/gen/schemac.tab.c"
    break;

  case 264: /* excl_elems: excl_elem  */
#line 691 "grammar/schemac.y"
                                    { (yyval.elems) = sc_elems_add(NULL, &(yyvsp[0].elem)); }
#line 4238 "build2/gen/schemac.tab.c"
    break;

  case 265: /* excl_elems: excl_elems ',' excl_elem  */
#line 692 "grammar/schemac.y"
                                    { (yyval.elems) = sc_elems_add((yyvsp[-2].elems), &(yyvsp[0].elem)); }
#line 4244 "build2/gen/schemac.tab.c"
    break;

  case 266: /* excl_elem: ix_elem "with" excl_op  */
#line 696 "grammar/schemac.y"
                                    { (yyval.elem) = (yyvsp[-2].elem); (yyval.elem).op = (yyvsp[0].str); }
#line 4250 "build2/gen/schemac.tab.c"
    break;

  case 267: /* excl_op: excl_op_toks  */
#line 700 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_excl_op(ps, (yylsp[0])); }
#line 4256 "build2/gen/schemac.tab.c"
    break;

  case 268: /* excl_op: "identifier" '(' name '.' excl_op_toks ')'  */
#line 704 "grammar/schemac.y"
                                    { (void)(yyvsp[-5].str); (void)(yyvsp[-3].str); (yyval.str) = sc_pb_excl_op(ps, (yyloc)); }
#line 4262 "build2/gen/schemac.tab.c"
    break;

  case 273: /* index_item: "index" opt_name '(' ix_elems ')' ix_opts  */
#line 717 "grammar/schemac.y"
                                    { sc_pb_index(ps, false, (yyvsp[-4].str), (yyvsp[-2].elems), &(yyvsp[0].ix), (yyloc)); }
#line 4268 "build2/gen/schemac.tab.c"
    break;

  case 274: /* index_item: "unique" "index" opt_name '(' ix_elems ')' ix_opts  */
#line 719 "grammar/schemac.y"
                                    { sc_pb_index(ps, true, (yyvsp[-4].str), (yyvsp[-2].elems), &(yyvsp[0].ix), (yyloc)); }
#line 4274 "build2/gen/schemac.tab.c"
    break;

  case 275: /* ix_elems: ix_elem  */
#line 723 "grammar/schemac.y"
                                    { (yyval.elems) = sc_elems_add(NULL, &(yyvsp[0].elem)); }
#line 4280 "build2/gen/schemac.tab.c"
    break;

  case 276: /* ix_elems: ix_elems ',' ix_elem  */
#line 724 "grammar/schemac.y"
                                    { (yyval.elems) = sc_elems_add((yyvsp[-2].elems), &(yyvsp[0].elem)); }
#line 4286 "build2/gen/schemac.tab.c"
    break;

  case 277: /* ix_elem: ix_target opt_collate opclass opt_dir opt_nulls  */
#line 729 "grammar/schemac.y"
                                    { (yyval.elem) = (yyvsp[-4].elem); (yyval.elem).collation = (yyvsp[-3].str); (yyval.elem).opclass = (yyvsp[-2].elem).opclass;
                                      (yyval.elem).opclass_params = (yyvsp[-2].elem).opclass_params; (yyval.elem).desc = (yyvsp[-1].flag);
                                      (yyval.elem).nulls = (sc_nulls)(yyvsp[0].ival); }
#line 4294 "build2/gen/schemac.tab.c"
    break;

  case 278: /* ix_target: name  */
#line 735 "grammar/schemac.y"
                                    { (yyval.elem) = elem_of(ps, (yyvsp[0].str), NULL, (yylsp[0])); }
#line 4300 "build2/gen/schemac.tab.c"
    break;

  case 279: /* ix_target: name call_args  */
#line 736 "grammar/schemac.y"
                                    { (void)(yyvsp[-1].str); (yyval.elem) = elem_of(ps, NULL, sc_pb_text(ps, (yyloc)), (yyloc));
                                      sc_pb_sql_check(ps, (yyloc), false); }
#line 4307 "build2/gen/schemac.tab.c"
    break;

  case 280: /* ix_target: name '.' name call_args  */
#line 738 "grammar/schemac.y"
                                    { (void)(yyvsp[-3].str); (void)(yyvsp[-1].str); (yyval.elem) = elem_of(ps, NULL, sc_pb_text(ps, (yyloc)), (yyloc));
                                      sc_pb_sql_check(ps, (yyloc), false); }
#line 4314 "build2/gen/schemac.tab.c"
    break;

  case 281: /* ix_target: paren  */
#line 740 "grammar/schemac.y"
                                    { (yyval.elem) = elem_of(ps, NULL, (yyvsp[0].str), (yylsp[0])); }
#line 4320 "build2/gen/schemac.tab.c"
    break;

  case 282: /* opt_collate: %empty  */
#line 744 "grammar/schemac.y"
                                    { (yyval.str) = NULL; }
#line 4326 "build2/gen/schemac.tab.c"
    break;

  case 283: /* opt_collate: "collate" collation_ref  */
#line 745 "grammar/schemac.y"
                                    { (yyval.str) = (yyvsp[0].str); }
#line 4332 "build2/gen/schemac.tab.c"
    break;

  case 284: /* opclass: %empty  */
#line 750 "grammar/schemac.y"
                                    { memset(&(yyval.elem), 0, sizeof (yyval.elem)); }
#line 4338 "build2/gen/schemac.tab.c"
    break;

  case 285: /* opclass: "identifier" opt_params  */
#line 751 "grammar/schemac.y"
                                    { memset(&(yyval.elem), 0, sizeof (yyval.elem)); (yyval.elem).opclass = (yyvsp[-1].str);
                                      (yyval.elem).opclass_params = sc_pb_take_names(ps, (yyvsp[0].names), NULL); }
#line 4345 "build2/gen/schemac.tab.c"
    break;

  case 286: /* opclass: "quoted identifier" opt_params  */
#line 753 "grammar/schemac.y"
                                    { memset(&(yyval.elem), 0, sizeof (yyval.elem)); (yyval.elem).opclass = (yyvsp[-1].str);
                                      (yyval.elem).opclass_params = sc_pb_take_names(ps, (yyvsp[0].names), NULL); }
#line 4352 "build2/gen/schemac.tab.c"
    break;

  case 287: /* opclass: opclass_part '.' opclass_part opt_params  */
#line 758 "grammar/schemac.y"
                                    { memset(&(yyval.elem), 0, sizeof (yyval.elem));
                                      (yyval.elem).opclass = sc_collation_ref(ps->m->arena, (yyvsp[-3].str), (yyvsp[-1].str));
                                      (yyval.elem).opclass_params = sc_pb_take_names(ps, (yyvsp[0].names), NULL); }
#line 4360 "build2/gen/schemac.tab.c"
    break;

  case 290: /* opt_params: %empty  */
#line 766 "grammar/schemac.y"
                                    { (yyval.names) = NULL; }
#line 4366 "build2/gen/schemac.tab.c"
    break;

  case 291: /* opt_params: '(' params ')'  */
#line 767 "grammar/schemac.y"
                                    { (yyval.names) = (yyvsp[-1].names); }
#line 4372 "build2/gen/schemac.tab.c"
    break;

  case 292: /* params: param  */
#line 772 "grammar/schemac.y"
                                    { (yyval.names) = sc_names_new((yyvsp[0].str), (yylsp[0])); }
#line 4378 "build2/gen/schemac.tab.c"
    break;

  case 293: /* params: params ',' param  */
#line 773 "grammar/schemac.y"
                                    { (yyval.names) = sc_names_add((yyvsp[-2].names), (yyvsp[0].str), (yylsp[0])); }
#line 4384 "build2/gen/schemac.tab.c"
    break;

  case 294: /* param: name "operator" param_value  */
#line 777 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_param(ps, (yyvsp[-2].str), (yylsp[-1]), (yyvsp[0].str)); }
#line 4390 "build2/gen/schemac.tab.c"
    break;

  case 296: /* param_value: '-' "number"  */
#line 782 "grammar/schemac.y"
                                    { (void)(yyvsp[0].str); (yyval.str) = sc_pb_text(ps, (yyloc)); }
#line 4396 "build2/gen/schemac.tab.c"
    break;

  case 299: /* param_value: "true"  */
#line 785 "grammar/schemac.y"
                                    { (yyval.str) = "true"; }
#line 4402 "build2/gen/schemac.tab.c"
    break;

  case 300: /* param_value: "false"  */
#line 786 "grammar/schemac.y"
                                    { (yyval.str) = "false"; }
#line 4408 "build2/gen/schemac.tab.c"
    break;

  case 301: /* opt_dir: %empty  */
#line 790 "grammar/schemac.y"
                                    { (yyval.flag) = false; }
#line 4414 "build2/gen/schemac.tab.c"
    break;

  case 302: /* opt_dir: "asc"  */
#line 791 "grammar/schemac.y"
                                    { (yyval.flag) = false; }
#line 4420 "build2/gen/schemac.tab.c"
    break;

  case 303: /* opt_dir: "desc"  */
#line 792 "grammar/schemac.y"
                                    { (yyval.flag) = true; }
#line 4426 "build2/gen/schemac.tab.c"
    break;

  case 304: /* opt_nulls: %empty  */
#line 796 "grammar/schemac.y"
                                    { (yyval.ival) = SC_NULLS_DEFAULT; }
#line 4432 "build2/gen/schemac.tab.c"
    break;

  case 305: /* opt_nulls: "nulls" "first"  */
#line 797 "grammar/schemac.y"
                                    { (yyval.ival) = SC_NULLS_FIRST; }
#line 4438 "build2/gen/schemac.tab.c"
    break;

  case 306: /* opt_nulls: "nulls" "last"  */
#line 798 "grammar/schemac.y"
                                    { (yyval.ival) = SC_NULLS_LAST; }
#line 4444 "build2/gen/schemac.tab.c"
    break;

  case 307: /* ix_opts: opt_using opt_include opt_nulls_distinct opt_ix_with opt_tablespace opt_where opt_comment  */
#line 803 "grammar/schemac.y"
                                    { (yyval.ix).method = (yyvsp[-6].str); (yyval.ix).include = (yyvsp[-5].names); (yyval.ix).nulls_not_distinct = (yyvsp[-4].flag);
                                      (yyval.ix).nnd_span = (yylsp[-4]); (yyval.ix).options = (yyvsp[-3].names); (yyval.ix).tablespace = (yyvsp[-2].str);
                                      (yyval.ix).where = (yyvsp[-1].str); (yyval.ix).comment = (yyvsp[0].str); }
#line 4452 "build2/gen/schemac.tab.c"
    break;

  case 308: /* opt_ix_with: %empty  */
#line 810 "grammar/schemac.y"
                                    { (yyval.names) = NULL; }
#line 4458 "build2/gen/schemac.tab.c"
    break;

  case 309: /* opt_ix_with: "with" '(' params ')'  */
#line 811 "grammar/schemac.y"
                                    { (yyval.names) = (yyvsp[-1].names); }
#line 4464 "build2/gen/schemac.tab.c"
    break;

  case 310: /* opt_tablespace: %empty  */
#line 815 "grammar/schemac.y"
                                    { (yyval.str) = NULL; }
#line 4470 "build2/gen/schemac.tab.c"
    break;

  case 311: /* opt_tablespace: "tablespace" name  */
#line 816 "grammar/schemac.y"
                                    { (yyval.str) = (yyvsp[0].str); }
#line 4476 "build2/gen/schemac.tab.c"
    break;

  case 312: /* opt_nulls_distinct: %empty  */
#line 820 "grammar/schemac.y"
                                    { (yyval.flag) = false; }
#line 4482 "build2/gen/schemac.tab.c"
    break;

  case 313: /* opt_nulls_distinct: "nulls" "not" "distinct"  */
#line 821 "grammar/schemac.y"
                                    { (yyval.flag) = true; }
#line 4488 "build2/gen/schemac.tab.c"
    break;

  case 314: /* opt_nulls_distinct: "nulls" "distinct"  */
#line 822 "grammar/schemac.y"
                                    { (yyval.flag) = false; }
#line 4494 "build2/gen/schemac.tab.c"
    break;

  case 315: /* opt_using: %empty  */
#line 826 "grammar/schemac.y"
                                    { (yyval.str) = NULL; }
#line 4500 "build2/gen/schemac.tab.c"
    break;

  case 316: /* opt_using: "using" name  */
#line 827 "grammar/schemac.y"
                                    { (yyval.str) = (yyvsp[0].str); }
#line 4506 "build2/gen/schemac.tab.c"
    break;

  case 317: /* opt_include: %empty  */
#line 831 "grammar/schemac.y"
                                    { (yyval.names) = NULL; }
#line 4512 "build2/gen/schemac.tab.c"
    break;

  case 318: /* opt_include: "include" paren_names  */
#line 832 "grammar/schemac.y"
                                    { (yyval.names) = (yyvsp[0].names); }
#line 4518 "build2/gen/schemac.tab.c"
    break;

  case 319: /* opt_where: %empty  */
#line 836 "grammar/schemac.y"
                                    { (yyval.str) = NULL; }
#line 4524 "build2/gen/schemac.tab.c"
    break;

  case 320: /* opt_where: "where" paren  */
#line 837 "grammar/schemac.y"
                                    { (yyval.str) = (yyvsp[0].str); }
#line 4530 "build2/gen/schemac.tab.c"
    break;

  case 321: /* qname: name  */
#line 843 "grammar/schemac.y"
                                    { (yyval.qn) = qn1((yyvsp[0].str), (yylsp[0])); }
#line 4536 "build2/gen/schemac.tab.c"
    break;

  case 322: /* qname: name '.' name  */
#line 844 "grammar/schemac.y"
                                    { (yyval.qn) = qn2((yyvsp[-2].str), (yyvsp[0].str), (yyloc)); }
#line 4542 "build2/gen/schemac.tab.c"
    break;

  case 323: /* opt_name: %empty  */
#line 848 "grammar/schemac.y"
                                    { (yyval.str) = NULL; }
#line 4548 "build2/gen/schemac.tab.c"
    break;

  case 325: /* paren_names: '(' name_list ')'  */
#line 853 "grammar/schemac.y"
                                    { (yyval.names) = (yyvsp[-1].names); }
#line 4554 "build2/gen/schemac.tab.c"
    break;

  case 326: /* opt_paren_names: %empty  */
#line 857 "grammar/schemac.y"
                                    { (yyval.names) = NULL; }
#line 4560 "build2/gen/schemac.tab.c"
    break;

  case 328: /* name_list: name  */
#line 862 "grammar/schemac.y"
                                    { (yyval.names) = sc_names_new((yyvsp[0].str), (yylsp[0])); }
#line 4566 "build2/gen/schemac.tab.c"
    break;

  case 329: /* name_list: name_list ',' name  */
#line 863 "grammar/schemac.y"
                                    { (yyval.names) = sc_names_add((yyvsp[-2].names), (yyvsp[0].str), (yylsp[0])); }
#line 4572 "build2/gen/schemac.tab.c"
    break;

  case 332: /* colname: kw_name  */
#line 870 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_lower(ps, (yylsp[0])); }
#line 4578 "build2/gen/schemac.tab.c"
    break;

  case 334: /* name: "sqlite"  */
#line 877 "grammar/schemac.y"
                                    { (yyval.str) = "sqlite"; }
#line 4584 "build2/gen/schemac.tab.c"
    break;

  case 335: /* name: "policy"  */
#line 878 "grammar/schemac.y"
                                    { (yyval.str) = "policy"; }
#line 4590 "build2/gen/schemac.tab.c"
    break;

  case 336: /* name: "row"  */
#line 879 "grammar/schemac.y"
                                    { (yyval.str) = "row"; }
#line 4596 "build2/gen/schemac.tab.c"
    break;

  case 337: /* name: "exclude"  */
#line 881 "grammar/schemac.y"
                                    { (yyval.str) = "exclude"; }
#line 4602 "build2/gen/schemac.tab.c"
    break;

  case 426: /* $@14: %empty  */
#line 903 "grammar/schemac.y"
                                    { sc_pb_domain_begin(ps, &(yyvsp[-1].qn), (yylsp[0])); }
#line 4608 "build2/gen/schemac.tab.c"
    break;

  case 427: /* utype_def: "domain" qname type $@14 domain_clauses opt_comment  */
#line 904 "grammar/schemac.y"
                                    { sc_pb_utype_end(ps, (yyvsp[0].str)); }
#line 4614 "build2/gen/schemac.tab.c"
    break;

  case 428: /* $@15: %empty  */
#line 905 "grammar/schemac.y"
                                    { sc_pb_utype_begin(ps, SC_UTYPE_COMPOSITE, &(yyvsp[-2].qn)); }
#line 4620 "build2/gen/schemac.tab.c"
    break;

  case 429: /* utype_def: "type" qname "as" '(' $@15 opt_type_attrs ')' opt_comment  */
#line 907 "grammar/schemac.y"
                                    { sc_pb_utype_end(ps, (yyvsp[0].str)); }
#line 4626 "build2/gen/schemac.tab.c"
    break;

  case 430: /* $@16: %empty  */
#line 908 "grammar/schemac.y"
                                    { sc_pb_utype_begin(ps, SC_UTYPE_RANGE, &(yyvsp[-3].qn)); }
#line 4632 "build2/gen/schemac.tab.c"
    break;

  case 431: /* utype_def: "type" qname "as" "range" '(' $@16 range_opts ')' opt_comment  */
#line 909 "grammar/schemac.y"
                                    { sc_pb_utype_end(ps, (yyvsp[0].str)); }
#line 4638 "build2/gen/schemac.tab.c"
    break;

  case 434: /* domain_clause: "not" "null"  */
#line 918 "grammar/schemac.y"
                                    { sc_pb_domain_not_null(ps, true, (yyloc)); }
#line 4644 "build2/gen/schemac.tab.c"
    break;

  case 435: /* domain_clause: "null"  */
#line 919 "grammar/schemac.y"
                                    { sc_pb_domain_not_null(ps, false, (yyloc)); }
#line 4650 "build2/gen/schemac.tab.c"
    break;

  case 436: /* domain_clause: "default" default_val  */
#line 920 "grammar/schemac.y"
                                    { sc_pb_domain_default(ps, (yyvsp[0].str), (yyloc)); }
#line 4656 "build2/gen/schemac.tab.c"
    break;

  case 437: /* domain_clause: "collate" collation_ref  */
#line 921 "grammar/schemac.y"
                                    { sc_pb_domain_collate(ps, (yyvsp[0].str), (yyloc)); }
#line 4662 "build2/gen/schemac.tab.c"
    break;

  case 438: /* domain_clause: "check" opt_name paren  */
#line 922 "grammar/schemac.y"
                                    { sc_pb_domain_check(ps, (yyvsp[-1].str), (yyvsp[0].str), false, (yyloc)); }
#line 4668 "build2/gen/schemac.tab.c"
    break;

  case 439: /* domain_clause: "constraint" name "check" paren  */
#line 924 "grammar/schemac.y"
                                    { sc_pb_domain_check(ps, (yyvsp[-2].str), (yyvsp[0].str), false, (yyloc)); }
#line 4674 "build2/gen/schemac.tab.c"
    break;

  case 440: /* domain_clause: "not valid"  */
#line 926 "grammar/schemac.y"
                                    { sc_pb_domain_not_valid(ps, (yyloc)); }
#line 4680 "build2/gen/schemac.tab.c"
    break;

  case 446: /* type_attr: colname type opt_collate  */
#line 941 "grammar/schemac.y"
                                    { sc_pb_utype_attr(ps, (yyvsp[-2].str), (yylsp[-2]), (yylsp[-1]), (yyvsp[0].str)); }
#line 4686 "build2/gen/schemac.tab.c"
    break;

  case 447: /* type_attr: colname type opt_collate "renamed" "from" name  */
#line 943 "grammar/schemac.y"
                                    { sc_pb_utype_attr(ps, (yyvsp[-5].str), (yylsp[-5]), (yylsp[-4]), (yyvsp[-3].str)); sc_pb_utype_attr_renamed(ps, (yyvsp[0].str)); }
#line 4692 "build2/gen/schemac.tab.c"
    break;

  case 450: /* range_opt: name "operator" type  */
#line 952 "grammar/schemac.y"
                                    { sc_pb_range_option(ps, (yyvsp[-2].str), (yylsp[-2]), (yylsp[-1]), (yylsp[0])); }
#line 4698 "build2/gen/schemac.tab.c"
    break;

  case 451: /* paren: '(' raw ')'  */
#line 958 "grammar/schemac.y"
                                    { (yyval.str) = sc_pb_inner(ps, (yylsp[-2]), (yylsp[0]));
                                      sc_pb_sql_check(ps, (sc_span){(yylsp[-2]).end, (yylsp[0]).start}, true); }
#line 4705 "build2/gen/schemac.tab.c"
    break;

  case 455: /* raw_tok: "identifier"  */
#line 973 "grammar/schemac.y"
            { (void)(yyvsp[0].str); }
#line 4711 "build2/gen/schemac.tab.c"
    break;

  case 456: /* raw_tok: "quoted identifier"  */
#line 973 "grammar/schemac.y"
                                   { (void)(yyvsp[0].str); }
#line 4717 "build2/gen/schemac.tab.c"
    break;

  case 457: /* raw_tok: "string literal"  */
#line 973 "grammar/schemac.y"
                                                          { (void)(yyvsp[0].str); }
#line 4723 "build2/gen/schemac.tab.c"
    break;

  case 458: /* raw_tok: "escape string literal"  */
#line 974 "grammar/schemac.y"
              { (void)(yyvsp[0].str); }
#line 4729 "build2/gen/schemac.tab.c"
    break;

  case 459: /* raw_tok: "dollar-quoted string"  */
#line 974 "grammar/schemac.y"
                                         { (void)(yyvsp[0].str); }
#line 4735 "build2/gen/schemac.tab.c"
    break;

  case 460: /* raw_tok: "number"  */
#line 974 "grammar/schemac.y"
                                                                { (void)(yyvsp[0].str); }
#line 4741 "build2/gen/schemac.tab.c"
    break;

  case 580: /* collation_ref: name  */
#line 984 "grammar/schemac.y"
                                    { (yyval.str) = (yyvsp[0].str); }
#line 4747 "build2/gen/schemac.tab.c"
    break;

  case 581: /* collation_ref: name '.' name  */
#line 985 "grammar/schemac.y"
                                    { (yyval.str) = sc_collation_ref(ps->m->arena, (yyvsp[-2].str), (yyvsp[0].str)); }
#line 4753 "build2/gen/schemac.tab.c"
    break;


#line 4757 "build2/gen/schemac.tab.c"

        default: break;
      }
    if (yychar_backup != yychar)
      YY_LAC_DISCARD ("yychar change");
  }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == SC_YYEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yyesa, &yyes, &yyes_capacity, yytoken, &yylloc};
        if (yychar != SC_YYEMPTY)
          YY_LAC_ESTABLISH;
        if (yyreport_syntax_error (&yyctx, ps) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= SC_YYEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == SC_YYEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, ps);
          yychar = SC_YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, ps);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  /* If the stack popping above didn't lose the initial context for the
     current lookahead token, the shift below will for sure.  */
  YY_LAC_DISCARD ("error recovery");

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, ps, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != SC_YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, ps);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, ps);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif
  if (yyes != yyesa)
    YYSTACK_FREE (yyes);

  return yyresult;
}

#line 988 "grammar/schemac.y"


/* At most 30 bytes of a token's text, as it may go into a message: a NUL
 * would end the message there, so control bytes are written \xNN here
 * (sc_diag_format escapes what else comes from the input). */
static void token_text(const char *text, uint32_t len, char *buf, size_t n)
{
    size_t o = 0;
    for (uint32_t i = 0; i < len && i < 30 && o + 5 < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x20 || c == 0x7f)
            o += (size_t)snprintf(buf + o, n - o, "\\x%02x", c);
        else
            buf[o++] = (char)c;
    }
    buf[o] = '\0';
}

/* "syntax error, unexpected X, expecting A or B": the unexpected token is
 * quoted from the source, the expected ones by their names. */
static void describe_token(sc_pstate *ps, yysymbol_kind_t k, const sc_span *s, char *buf, size_t n)
{
    char text[160];
    token_text(ps->src->text + s->start, s->end - s->start, text, sizeof text);
    const char *more = s->end - s->start > 30 ? "..." : "";
    switch (k) {
    case YYSYMBOL_YYEOF:
        snprintf(buf, n, "end of file");
        break;
    case YYSYMBOL_NL:
        snprintf(buf, n, "end of line");
        break;
    case YYSYMBOL_IDENT:
    case YYSYMBOL_NUMBER:
    case YYSYMBOL_OP:
        snprintf(buf, n, "%s \"%s\"", k == YYSYMBOL_IDENT ? "identifier" :
                 k == YYSYMBOL_NUMBER ? "number" : "character", text);
        break;
    case YYSYMBOL_QIDENT:
    case YYSYMBOL_STRING:
    case YYSYMBOL_ESTRING:
    case YYSYMBOL_DOLQSTRING:
        snprintf(buf, n, "%s %s%s", yysymbol_name(k), text, more);
        break;
    default:
        snprintf(buf, n, "\"%s\"", text);
    }
}

static bool is_keyword(yysymbol_kind_t k)
{
    const char *s = yysymbol_name(k);
    return k == YYSYMBOL_K_NOT_DEFERRABLE || k == YYSYMBOL_K_NOT_VALID || sc_keyword_find(s, strlen(s)) != NULL;
}

static void expected_name(yysymbol_kind_t k, char *buf, size_t n)
{
    const char *s = yysymbol_name(k);
    if (s[0] == '\'')
        snprintf(buf, n, "\"%c\"", s[1]);
    else if (is_keyword(k))
        snprintf(buf, n, "\"%s\"", s);
    else
        snprintf(buf, n, "%s", s);
}

/* `check text`, `index integer`: a column named like a word that starts a
 * table item. When the error comes within the first tokens of an item that
 * began with such a word followed by a name, say how to write the column. */
static void keyword_hint(sc_pstate *ps)
{
    switch (ps->item_tok) {
    case K_CHECK: case K_UNIQUE: case K_PRIMARY: case K_FOREIGN: case K_INDEX: case K_CONSTRAINT:
    case K_SQLITE:
        break;
    default:
        return;
    }
    if (ps->item_ntok > 4 || ps->d->n == 0)
        return;
    const sc_span *k = &ps->item_span;
    const char *t = ps->src->text;
    uint32_t p = k->end, q;
    while (p < ps->src->len && (t[p] == ' ' || t[p] == '\t'))
        p++;
    /* the word after the keyword must be a built-in type name */
    for (q = p; q < ps->src->len && (t[q] == '_' || ((t[q] | 0x20) >= 'a' && (t[q] | 0x20) <= 'z') ||
                                     (t[q] >= '0' && t[q] <= '9')); q++)
        ;
    if (q == p || q - p > 40)
        return;
    char word[48];
    snprintf(word, sizeof word, "%.*s", (int)(q - p), t + p);
    sc_arena *a = sc_arena_new();
    sc_type ty;
    const char *err;
    bool is_type = sc_type_parse(a, word, &ty, &err) == 0 && sc_type_is_builtin(&ty);
    sc_arena_free(a);
    if (!is_type)
        return;
    int n = (int)(k->end - k->start);
    sc_diag_hint(&ps->d->items[ps->d->n - 1],
                 "\"%.*s\" starts a table item; a column named %.*s is written \"%.*s\" (in double quotes)",
                 n, t + k->start, n, t + k->start, n, t + k->start);
}

/* `materialized view mv as (...) index ...`: a view's items after its
 * query without the braces they need. */
static void view_items_hint(sc_pstate *ps, yysymbol_kind_t tok)
{
    if (!ps->view || ps->d->n == 0 || (ps->nbraces > 0 && ps->brace_kind[ps->nbraces - 1] == K_VIEW))
        return;
    if (tok != YYSYMBOL_K_INDEX && tok != YYSYMBOL_K_UNIQUE && tok != YYSYMBOL_K_COMMENT &&
        tok != YYSYMBOL_K_COLUMN && tok != YYSYMBOL_K_RENAMED)
        return;
    sc_diag_hint(&ps->d->items[ps->d->n - 1],
                 "a view's indexes, comments and rename hint go in braces after its query: "
                 "view NAME as (...) { index ... }");
}

static int yyreport_syntax_error(const yypcontext_t *ctx, sc_pstate *ps)
{
    enum { MAXEXP = 16 };   /* the top level alone has 11, a view 13 */
    yysymbol_kind_t exp[MAXEXP];
    int nexp = yypcontext_expected_tokens(ctx, exp, MAXEXP);
    yysymbol_kind_t tok = yypcontext_token(ctx);
    sc_span s = *yypcontext_location(ctx);
    if (tok == YYSYMBOL_YYEOF) {
        s.start = ps->prev_end;
        s.end = s.start + 1;
    }
    char what[200], msg[800], one[48];
    describe_token(ps, tok, yypcontext_location(ctx), what, sizeof what);
    int used = snprintf(msg, sizeof msg, "syntax error, unexpected %s", what);
    for (int i = 0; i < nexp && used < (int)sizeof msg - 60; i++) {
        expected_name(exp[i], one, sizeof one);
        used += snprintf(msg + used, sizeof msg - (size_t)used, "%s%s",
                         i == 0 ? ", expecting " : " or ", one);
    }
    sc_lex_error(ps, s.start, s.end > s.start ? s.end - s.start : 1, msg);
    keyword_hint(ps);
    view_items_hint(ps, tok);
    return 0;
}
