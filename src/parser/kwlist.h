/* kwlist.h - the keywords of the schema DSL: the one list.
 *
 * Adding a keyword is one line here. Everything else follows from it:
 *   - the scanner recognises the words of this list (keywords.c, looked up
 *     from the identifier rule of grammar/schemac.l);
 *   - the grammar's %token declarations, its kw_name rule (keywords that are
 *     names) and its raw_tok rule (every keyword is plain text inside
 *     parentheses) are written into $(BUILD)/gen/schemac.y from this list
 *     by scripts/gen-grammar.sh, which also checks the list (sorted,
 *     unique, token named K_ + the word in capitals) and fails the build
 *     otherwise;
 *   - the DSL writer quotes names by their kind (src/emit/dsl.c).
 * As PostgreSQL's src/include/parser/kwlist.h, this file has no include
 * guard: define SC_KEYWORD(text, token, kind) and include it.
 *
 * kind:
 *   SC_KW_NAME        a name wherever the grammar takes one, unquoted
 *   SC_KW_NOT_COLUMN  a name, but a column's name needs "quotes" (the word
 *                     starts a table item that is not a column: sqlite)
 *   SC_KW_RESERVED    a name only in "quotes": the word starts a column
 *                     attribute or a table item, or is a value
 *
 * "not deferrable" is one token of two words (K_NOT_DEFERRABLE): it has its
 * own scanner rule and is not listed here.
 */
SC_KEYWORD("action", K_ACTION, SC_KW_NAME)
SC_KEYWORD("all", K_ALL, SC_KW_NAME)
SC_KEYWORD("always", K_ALWAYS, SC_KW_NAME)
SC_KEYWORD("as", K_AS, SC_KW_NAME)
SC_KEYWORD("asc", K_ASC, SC_KW_NAME)
SC_KEYWORD("autoincrement", K_AUTOINCREMENT, SC_KW_NAME)
SC_KEYWORD("by", K_BY, SC_KW_NAME)
SC_KEYWORD("cache", K_CACHE, SC_KW_NAME)
SC_KEYWORD("cascade", K_CASCADE, SC_KW_NAME)
SC_KEYWORD("cascaded", K_CASCADED, SC_KW_NAME)
SC_KEYWORD("check", K_CHECK, SC_KW_RESERVED)
SC_KEYWORD("collate", K_COLLATE, SC_KW_RESERVED)
SC_KEYWORD("column", K_COLUMN, SC_KW_NAME)
SC_KEYWORD("comment", K_COMMENT, SC_KW_NAME)
SC_KEYWORD("compression", K_COMPRESSION, SC_KW_NAME)
SC_KEYWORD("constraint", K_CONSTRAINT, SC_KW_RESERVED)
SC_KEYWORD("cycle", K_CYCLE, SC_KW_NAME)
SC_KEYWORD("data", K_DATA, SC_KW_NAME)
SC_KEYWORD("default", K_DEFAULT, SC_KW_RESERVED)
SC_KEYWORD("deferrable", K_DEFERRABLE, SC_KW_NAME)
SC_KEYWORD("deferred", K_DEFERRED, SC_KW_NAME)
SC_KEYWORD("delete", K_DELETE, SC_KW_NAME)
SC_KEYWORD("desc", K_DESC, SC_KW_NAME)
SC_KEYWORD("disabled", K_DISABLED, SC_KW_NAME)
SC_KEYWORD("distinct", K_DISTINCT, SC_KW_NAME)
SC_KEYWORD("enum", K_ENUM, SC_KW_NAME)
SC_KEYWORD("false", K_FALSE, SC_KW_RESERVED)
SC_KEYWORD("first", K_FIRST, SC_KW_NAME)
SC_KEYWORD("for", K_FOR, SC_KW_NAME)
SC_KEYWORD("forced", K_FORCED, SC_KW_NAME)
SC_KEYWORD("foreign", K_FOREIGN, SC_KW_RESERVED)
SC_KEYWORD("from", K_FROM, SC_KW_RESERVED)
SC_KEYWORD("full", K_FULL, SC_KW_NAME)
SC_KEYWORD("generated", K_GENERATED, SC_KW_NAME)
SC_KEYWORD("identity", K_IDENTITY, SC_KW_NAME)
SC_KEYWORD("immediate", K_IMMEDIATE, SC_KW_NAME)
SC_KEYWORD("include", K_INCLUDE, SC_KW_NAME)
SC_KEYWORD("increment", K_INCREMENT, SC_KW_NAME)
SC_KEYWORD("index", K_INDEX, SC_KW_RESERVED)
SC_KEYWORD("inherit", K_INHERIT, SC_KW_NAME)
SC_KEYWORD("initially", K_INITIALLY, SC_KW_NAME)
SC_KEYWORD("insert", K_INSERT, SC_KW_NAME)
SC_KEYWORD("key", K_KEY, SC_KW_NAME)
SC_KEYWORD("last", K_LAST, SC_KW_NAME)
SC_KEYWORD("level", K_LEVEL, SC_KW_NAME)
SC_KEYWORD("local", K_LOCAL, SC_KW_NAME)
SC_KEYWORD("match", K_MATCH, SC_KW_NAME)
SC_KEYWORD("materialized", K_MATERIALIZED, SC_KW_NAME)
SC_KEYWORD("maxvalue", K_MAXVALUE, SC_KW_NAME)
SC_KEYWORD("minvalue", K_MINVALUE, SC_KW_NAME)
SC_KEYWORD("no", K_NO, SC_KW_NAME)
SC_KEYWORD("not", K_NOT, SC_KW_RESERVED)
SC_KEYWORD("null", K_NULL, SC_KW_RESERVED)
SC_KEYWORD("nulls", K_NULLS, SC_KW_NAME)
SC_KEYWORD("on", K_ON, SC_KW_NAME)
SC_KEYWORD("option", K_OPTION, SC_KW_NAME)
SC_KEYWORD("owned", K_OWNED, SC_KW_NAME)
SC_KEYWORD("permissive", K_PERMISSIVE, SC_KW_NAME)
SC_KEYWORD("policy", K_POLICY, SC_KW_NOT_COLUMN)
SC_KEYWORD("precision", K_PRECISION, SC_KW_NAME)
SC_KEYWORD("primary", K_PRIMARY, SC_KW_RESERVED)
SC_KEYWORD("references", K_REFERENCES, SC_KW_RESERVED)
SC_KEYWORD("renamed", K_RENAMED, SC_KW_NAME)
SC_KEYWORD("restrict", K_RESTRICT, SC_KW_NAME)
SC_KEYWORD("restrictive", K_RESTRICTIVE, SC_KW_NAME)
SC_KEYWORD("row", K_ROW, SC_KW_NOT_COLUMN)
SC_KEYWORD("rowid", K_ROWID, SC_KW_NAME)
SC_KEYWORD("schema", K_SCHEMA, SC_KW_NAME)
SC_KEYWORD("security", K_SECURITY, SC_KW_NAME)
SC_KEYWORD("select", K_SELECT, SC_KW_NAME)
SC_KEYWORD("sequence", K_SEQUENCE, SC_KW_NAME)
SC_KEYWORD("set", K_SET, SC_KW_NAME)
SC_KEYWORD("simple", K_SIMPLE, SC_KW_NAME)
SC_KEYWORD("sqlite", K_SQLITE, SC_KW_NOT_COLUMN)
SC_KEYWORD("start", K_START, SC_KW_NAME)
SC_KEYWORD("storage", K_STORAGE, SC_KW_NAME)
SC_KEYWORD("stored", K_STORED, SC_KW_NAME)
SC_KEYWORD("strict", K_STRICT, SC_KW_NAME)
SC_KEYWORD("table", K_TABLE, SC_KW_NAME)
SC_KEYWORD("tablespace", K_TABLESPACE, SC_KW_NAME)
SC_KEYWORD("time", K_TIME, SC_KW_NAME)
SC_KEYWORD("to", K_TO, SC_KW_NAME)
SC_KEYWORD("true", K_TRUE, SC_KW_RESERVED)
SC_KEYWORD("unique", K_UNIQUE, SC_KW_RESERVED)
SC_KEYWORD("unlogged", K_UNLOGGED, SC_KW_NAME)
SC_KEYWORD("update", K_UPDATE, SC_KW_NAME)
SC_KEYWORD("using", K_USING, SC_KW_NAME)
SC_KEYWORD("varying", K_VARYING, SC_KW_NAME)
SC_KEYWORD("view", K_VIEW, SC_KW_NAME)
SC_KEYWORD("virtual", K_VIRTUAL, SC_KW_NAME)
SC_KEYWORD("where", K_WHERE, SC_KW_NAME)
SC_KEYWORD("with", K_WITH, SC_KW_NAME)
SC_KEYWORD("without", K_WITHOUT, SC_KW_NAME)
SC_KEYWORD("zone", K_ZONE, SC_KW_NAME)
