/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

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

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_SC_YY_BUILD2_GEN_SCHEMAC_TAB_H_INCLUDED
# define YY_SC_YY_BUILD2_GEN_SCHEMAC_TAB_H_INCLUDED
/* Debug traces.  */
#ifndef SC_YYDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define SC_YYDEBUG 1
#  else
#   define SC_YYDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define SC_YYDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined SC_YYDEBUG */
#if SC_YYDEBUG
extern int sc_yydebug;
#endif
/* "%code requires" blocks.  */
#line 23 "build2/gen/schemac.y"

#include <stdbool.h>
#include "parser/pstate.h"

#line 62 "build2/gen/schemac.tab.h"

/* Token kinds.  */
#ifndef SC_YYTOKENTYPE
# define SC_YYTOKENTYPE
  enum sc_yytokentype
  {
    SC_YYEMPTY = -2,
    SC_YYEOF = 0,                  /* "end of file"  */
    SC_YYerror = 256,              /* error  */
    SC_YYUNDEF = 257,              /* "invalid token"  */
    IDENT = 258,                   /* "identifier"  */
    QIDENT = 259,                  /* "quoted identifier"  */
    STRING = 260,                  /* "string literal"  */
    ESTRING = 261,                 /* "escape string literal"  */
    DOLQSTRING = 262,              /* "dollar-quoted string"  */
    NUMBER = 263,                  /* "number"  */
    OP = 264,                      /* "operator"  */
    NL = 265,                      /* "end of line"  */
    K_ACTION = 266,                /* "action"  */
    K_ALL = 267,                   /* "all"  */
    K_ALWAYS = 268,                /* "always"  */
    K_AS = 269,                    /* "as"  */
    K_ASC = 270,                   /* "asc"  */
    K_AUTOINCREMENT = 271,         /* "autoincrement"  */
    K_BY = 272,                    /* "by"  */
    K_CACHE = 273,                 /* "cache"  */
    K_CASCADE = 274,               /* "cascade"  */
    K_CASCADED = 275,              /* "cascaded"  */
    K_CHECK = 276,                 /* "check"  */
    K_COLLATE = 277,               /* "collate"  */
    K_COLLATION = 278,             /* "collation"  */
    K_COLUMN = 279,                /* "column"  */
    K_COMMENT = 280,               /* "comment"  */
    K_COMPRESSION = 281,           /* "compression"  */
    K_CONSTRAINT = 282,            /* "constraint"  */
    K_CYCLE = 283,                 /* "cycle"  */
    K_DATA = 284,                  /* "data"  */
    K_DEFAULT = 285,               /* "default"  */
    K_DEFERRABLE = 286,            /* "deferrable"  */
    K_DEFERRED = 287,              /* "deferred"  */
    K_DELETE = 288,                /* "delete"  */
    K_DESC = 289,                  /* "desc"  */
    K_DISABLED = 290,              /* "disabled"  */
    K_DISTINCT = 291,              /* "distinct"  */
    K_DOMAIN = 292,                /* "domain"  */
    K_ENUM = 293,                  /* "enum"  */
    K_EXCLUDE = 294,               /* "exclude"  */
    K_EXTENSION = 295,             /* "extension"  */
    K_FALSE = 296,                 /* "false"  */
    K_FIRST = 297,                 /* "first"  */
    K_FOR = 298,                   /* "for"  */
    K_FORCED = 299,                /* "forced"  */
    K_FOREIGN = 300,               /* "foreign"  */
    K_FROM = 301,                  /* "from"  */
    K_FULL = 302,                  /* "full"  */
    K_GENERATED = 303,             /* "generated"  */
    K_IDENTITY = 304,              /* "identity"  */
    K_IMMEDIATE = 305,             /* "immediate"  */
    K_IN = 306,                    /* "in"  */
    K_INCLUDE = 307,               /* "include"  */
    K_INCREMENT = 308,             /* "increment"  */
    K_INDEX = 309,                 /* "index"  */
    K_INHERIT = 310,               /* "inherit"  */
    K_INHERITS = 311,              /* "inherits"  */
    K_INITIALLY = 312,             /* "initially"  */
    K_INSERT = 313,                /* "insert"  */
    K_KEY = 314,                   /* "key"  */
    K_LAST = 315,                  /* "last"  */
    K_LEVEL = 316,                 /* "level"  */
    K_LOCAL = 317,                 /* "local"  */
    K_MATCH = 318,                 /* "match"  */
    K_MATERIALIZED = 319,          /* "materialized"  */
    K_MAXVALUE = 320,              /* "maxvalue"  */
    K_MINVALUE = 321,              /* "minvalue"  */
    K_NO = 322,                    /* "no"  */
    K_NOT = 323,                   /* "not"  */
    K_NULL = 324,                  /* "null"  */
    K_NULLS = 325,                 /* "nulls"  */
    K_OF = 326,                    /* "of"  */
    K_ON = 327,                    /* "on"  */
    K_OPTION = 328,                /* "option"  */
    K_OWNED = 329,                 /* "owned"  */
    K_PARTITION = 330,             /* "partition"  */
    K_PERMISSIVE = 331,            /* "permissive"  */
    K_POLICY = 332,                /* "policy"  */
    K_PRECISION = 333,             /* "precision"  */
    K_PRIMARY = 334,               /* "primary"  */
    K_RANGE = 335,                 /* "range"  */
    K_REFERENCES = 336,            /* "references"  */
    K_RENAMED = 337,               /* "renamed"  */
    K_RESTRICT = 338,              /* "restrict"  */
    K_RESTRICTIVE = 339,           /* "restrictive"  */
    K_ROW = 340,                   /* "row"  */
    K_ROWID = 341,                 /* "rowid"  */
    K_SCHEMA = 342,                /* "schema"  */
    K_SECURITY = 343,              /* "security"  */
    K_SELECT = 344,                /* "select"  */
    K_SEQUENCE = 345,              /* "sequence"  */
    K_SET = 346,                   /* "set"  */
    K_SIMPLE = 347,                /* "simple"  */
    K_SQLITE = 348,                /* "sqlite"  */
    K_START = 349,                 /* "start"  */
    K_STORAGE = 350,               /* "storage"  */
    K_STORED = 351,                /* "stored"  */
    K_STRICT = 352,                /* "strict"  */
    K_TABLE = 353,                 /* "table"  */
    K_TABLESPACE = 354,            /* "tablespace"  */
    K_TIME = 355,                  /* "time"  */
    K_TO = 356,                    /* "to"  */
    K_TRUE = 357,                  /* "true"  */
    K_TYPE = 358,                  /* "type"  */
    K_UNIQUE = 359,                /* "unique"  */
    K_UNLOGGED = 360,              /* "unlogged"  */
    K_UPDATE = 361,                /* "update"  */
    K_USING = 362,                 /* "using"  */
    K_VALUES = 363,                /* "values"  */
    K_VARYING = 364,               /* "varying"  */
    K_VERSION = 365,               /* "version"  */
    K_VIEW = 366,                  /* "view"  */
    K_VIRTUAL = 367,               /* "virtual"  */
    K_WHERE = 368,                 /* "where"  */
    K_WITH = 369,                  /* "with"  */
    K_WITHOUT = 370,               /* "without"  */
    K_ZONE = 371,                  /* "zone"  */
    K_NOT_DEFERRABLE = 372,        /* "not deferrable"  */
    RAWSQL = 373,                  /* "SQL statement"  */
    K_NOT_VALID = 374              /* "not valid"  */
  };
  typedef enum sc_yytokentype sc_yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined SC_YYSTYPE && ! defined SC_YYSTYPE_IS_DECLARED
union SC_YYSTYPE
{
#line 82 "build2/gen/schemac.y"

    const char *str;
    sc_qn qn;
    sc_namelist *names;
    sc_elemlist *elems;
    sc_index_elem elem;
    sc_fkopts fk;
    sc_ixopts ix;
    sc_fk_action act;
    bool flag;
    int ival;

#line 211 "build2/gen/schemac.tab.h"

};
typedef union SC_YYSTYPE SC_YYSTYPE;
# define SC_YYSTYPE_IS_TRIVIAL 1
# define SC_YYSTYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef sc_span SC_YYLTYPE;




int sc_yyparse (sc_pstate *ps);

/* "%code provides" blocks.  */
#line 28 "build2/gen/schemac.y"

int sc_yyparse(sc_pstate *ps);

#line 232 "build2/gen/schemac.tab.h"

#endif /* !YY_SC_YY_BUILD2_GEN_SCHEMAC_TAB_H_INCLUDED  */
