# lib.sh - helpers for the integration tests (sourced; POSIX sh).
#
# Each test prints TAP-style lines: "ok - name" or "not ok - name" followed
# by the evidence. Tests use the real servers: the PostgreSQL cluster that
# scripts/check.sh started (PGHOST/PGPORT in the environment) and real
# SQLite files under a temporary directory.

: "${SCHEMAC:?run through tests/run.sh}"
ROOT=${SCHEMAC_ROOT:-$(pwd)}
T=$(mktemp -d "${SCHEMAC_TEST_TMP:-/tmp}/t.XXXXXX")
chmod 755 "$T"
trap 'rm -rf "$T"' EXIT

ok() { echo "ok - $*"; }
not_ok() { echo "not ok - $*"; }
# skip NAME WHY: TAP's skip ("ok - NAME # SKIP WHY"); tests/run.sh counts it
# apart and lists it, never as a pass. Not for what make check can always
# provide (its PostgreSQL server): a missing server is a failure.
skip() { echo "ok - $1 # SKIP $2"; }

# check NAME CMD...: ok when CMD exits 0.
check() {
    _n=$1; shift
    if "$@" >"$T/check.out" 2>&1; then ok "$_n"; else not_ok "$_n"; sed 's/^/#   /' "$T/check.out"; fi
}

# check_eq NAME EXPECTED ACTUAL
check_eq() {
    if [ "$2" = "$3" ]; then ok "$1"; else
        not_ok "$1"; echo "#   expected: $2"; echo "#   actual:   $3"; fi
}

# check_files NAME EXPECTED_FILE ACTUAL_FILE: byte-identical, else a diff.
check_files() {
    if cmp -s "$2" "$3"; then ok "$1"; else
        not_ok "$1"; diff -u "$2" "$3" | head -n 60 | sed 's/^/#   /'; fi
}

# check_exit NAME CODE CMD...: ok when CMD exits with CODE.
check_exit() {
    _n=$1; _c=$2; shift 2
    "$@" >"$T/check.out" 2>&1
    _r=$?
    if [ "$_r" -eq "$_c" ]; then ok "$_n"; else
        not_ok "$_n (exit $_r, expected $_c)"; sed 's/^/#   /' "$T/check.out" | head -n 30; fi
}

# pg_newdb: creates a fresh database and prints its URL. The counter lives
# in a file because pg_newdb usually runs inside $(...), a subshell.
pg_newdb() {
    _pgdb_n=$(( $(cat "$T/.pgdb_n" 2>/dev/null || echo 0) + 1 ))
    echo "$_pgdb_n" >"$T/.pgdb_n"
    _db="t_$(basename "$T" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')_${_pgdb_n}"
    createdb "$_db" >/dev/null || return 1
    echo "postgresql:///$_db?host=$PGHOST&port=$PGPORT&user=${PGUSER:-postgres}"
}

# pg_exec URL SQL-FILE: loads a file with psql, stopping at the first error.
pg_exec() {
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null
}

sqlite_exec() {
    sqlite3 -bail "$1" <"$2" >/dev/null
}

# ---- roles for the privilege cases --------------------------------------------
# pg_test_roles: the roles tests/cases/priv_* grant to and make owners,
# created once per cluster (schemac never creates roles; roles are
# cluster-wide, so a second suite finds them there).
pg_test_roles() {
    for _r in sc_app sc_reporting sc_owner; do
        psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DO \$\$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '$_r') THEN
                CREATE ROLE $_r NOLOGIN;
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;   -- another suite made it meanwhile
        END \$\$" >/dev/null 2>&1 || echo "# could not create role $_r"
    done
}

# ---- the referee ---------------------------------------------------------------
# The convergence checks re-diff with schemac itself, which cannot see what it
# does not model. The referee compares the migrated database with the target
# outside schemac: PostgreSQL through pg_dump, SQLite through its catalog.

# pg_schema_dump URL: `pg_dump --schema-only`, normalised so that two
# databases with the same schema print the same text: the SET lines and
# set_config (session settings of the dump), the dump's comments (they name
# the dump's versions and repeat each object's name), blank lines and the
# \restrict / \unrestrict lines (their key is random per run) are dropped;
# the statements are sorted, since pg_dump orders objects partly by OID, i.e.
# by when they were created, which a migration legitimately changes. A
# statement is the lines up to one that ends in ";". The database's name
# appears nowhere without --create. A statement made while a tablespace is
# the default (SET default_tablespace) is written after a line naming it, so
# that an index's tablespace is compared; so is a table's or materialized
# view's access method other than heap (SET default_table_access_method).
# Two more, narrowly:
#   - the lines of a CREATE TABLE (columns, inline constraints) are sorted:
#     ALTER TABLE ADD COLUMN appends, and schemac, like Alembic and migra,
#     does not rebuild a table to move a column (its position is not compared);
#   - DEFAULT CURRENT_TIMESTAMP reads DEFAULT now(): the same function for
#     PostgreSQL (transaction_timestamp()), kept as spelled, and one value for
#     schemac (tests/cases/no_change_spellings), so it is never migrated.
#   - with REFEREE_PRIVILEGES set (the privilege cases), owners and
#     privileges are dumped too (GRANT, ALTER ... OWNER TO, ALTER DEFAULT
#     PRIVILEGES), as the statements they are, sorted with the others; a
#     grant pg_dump writes under SET SESSION AUTHORIZATION (another grantor
#     than the owner) keeps that role with it.
pg_schema_dump() {
    _pd_opts="--no-owner --no-privileges"
    [ -n "${REFEREE_PRIVILEGES:-}" ] && _pd_opts=
    pg_dump --schema-only $_pd_opts -d "$1" >"$T/pgdump.raw" 2>"$T/pgdump.err" || {
        echo "pg_dump failed: $(cat "$T/pgdump.err")"; return 1; }
    awk '
        # a CREATE TABLE body: its lines sorted, without their commas
        function flush(    i, j, t, out, e) {
            # e: the line that closes the body (the INHERITS (...) of a child
            # or the PARTITION BY ... of a partitioned table may follow it)
            e = n
            if (n > 3 && l[n] !~ /^\)/ && l[n - 1] ~ /^\)$/) e = n - 1
            if (e > 2 && l[1] ~ /^CREATE (UNLOGGED )?TABLE .* \($/ && l[e] ~ /^\)/) {
                for (i = 2; i < e; i++) sub(/,$/, "", l[i])
                for (i = 3; i < e; i++) {
                    t = l[i]
                    for (j = i - 1; j >= 2 && l[j] > t; j--) l[j + 1] = l[j]
                    l[j + 1] = t
                }
            }
            out = l[1]
            for (i = 2; i <= n; i++) out = out "\001" l[i]
            if (ts != "" && ts != "\047\047") out = "-- tablespace " ts "\001" out
            if (am != "" && am != "heap") out = "-- access method " am "\001" out
            if (auth != "") out = "-- granted by " auth "\001" out
            print out; n = 0
        }
        # the tablespace of what follows (of an index): kept with each statement
        /^SET default_tablespace = / { ts = $0; sub(/^SET default_tablespace = /, "", ts); sub(/;$/, "", ts); next }
        # the access method of what follows (a table or materialized view)
        /^SET default_table_access_method = / { am = $0; sub(/^SET default_table_access_method = /, "", am); sub(/;$/, "", am); next }
        # a grant made by another role (pg_dump: under SET SESSION
        # AUTHORIZATION role): its grantor kept with each statement
        /^SET SESSION AUTHORIZATION / { auth = $4; sub(/;$/, "", auth); next }
        /^RESET SESSION AUTHORIZATION;/ { auth = ""; next }
        /^SET / || /^SELECT pg_catalog\.set_config\(/ || /^--/ || /^[ \t]*$/ { next }
        /^\\(un)?restrict / { next }
        { gsub(/ DEFAULT CURRENT_TIMESTAMP/, " DEFAULT now()"); l[++n] = $0 }
        /;[ \t]*$/ { flush() }
        END { if (n) flush() }
    ' "$T/pgdump.raw" | LC_ALL=C sort | tr '\001' '\n'
}

# sqlite_schema_dump FILE: the sqlite_schema rows and, per table, PRAGMA
# table_xinfo, index_list, foreign_key_list and, per index, index_xinfo.
# Left out, because a migration legitimately changes them and no behaviour
# depends on them: rootpage; index_list's seq (the order indexes were made);
# foreign_key_list's id and seq (the order in which FKs are declared: each FK
# is one row, its columns in order); SQLite's own tables (sqlite_sequence,
# sqlite_stat*: made by the engine, and sqlite_sequence cannot be dropped once
# an AUTOINCREMENT table made it); the column order (table_xinfo's cid,
# index_xinfo's cid): ALTER TABLE ADD COLUMN appends, and schemac, like
# Alembic and migra, does not rebuild a table to move a column.
#
# NOT NULL is compared as declared, also on the rowid alias (a lone INTEGER
# PRIMARY KEY), where it changes no behaviour but is part of the text that
# schemac must neither invent nor drop (issue 13). A FK
# to the parent's primary key without its columns names them ("to" is NULL in
# the pragma, and means the primary key). The indexes SQLite makes for a
# UNIQUE or PRIMARY KEY constraint are named by their columns, not by their
# number (sqlite_autoindex_t_N counts the constraints in the order the CREATE
# TABLE lists them, which a rebuild changes). An index's WHERE predicate is
# compared without the parentheses schemac writes around it.
#
# The stored CREATE text is compared in a canonical form: for each object,
#   - lower-cased outside string literals: keywords, type names and
#     identifiers, even quoted ones, are case-insensitive in SQLite;
#   - identifier quotes ("x", `x`) dropped: RENAME rewrites a name into
#     quotes, and they change no meaning once the statement is parsed;
#   - each run of whitespace one space, none next to ( ) and , (a table
#     that schemac rebuilds gets schemac's layout of the statement);
#   - a parenthesis pair that wraps exactly the whole of another pair
#     dropped, "((e))" -> "(e)": the DSL keeps a check's parentheses as
#     written (check ((x >= 0))), and no expression changes meaning with one
#     pair less.
# A CREATE TABLE is not compared as a whole: the columns, keys, uniques and
# FKs are in the pragmas, and a rebuilt table legitimately spells them
# differently from hand-written DDL (a constraint inline or as a table
# constraint; named by schemac's convention or unnamed: in SQLite a
# constraint's name is only shown in error messages, and the DSL model names
# every constraint). What only the text says is compared, one line each: every
# CHECK expression, each column's COLLATE, each generation expression,
# AUTOINCREMENT, DEFERRABLE clauses, and the table options after the closing
# parenthesis (WITHOUT ROWID, STRICT). Not compared: ON CONFLICT clauses.
sqlite_schema_dump() {
    [ -f "$1" ] || { echo "no such SQLite file: $1"; return 1; }
    sqlite3 -bail -tabs "$1" >"$T/sqdump.out" 2>&1 <<'EOS' || { cat "$T/sqdump.out"; return 1; }
CREATE TEMP VIEW referee_objects AS
  SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'
  UNION ALL
  SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name LIKE 'sqlite\_autoindex\_%' ESCAPE '\';
CREATE TEMP VIEW referee_names AS
  SELECT m.name, CASE WHEN m.name LIKE 'sqlite\_autoindex\_%' ESCAPE '\'
                 THEN 'sqlite_autoindex ' || m.tbl_name || '(' ||
                      (SELECT group_concat(coalesce(x.name, x.cid)) FROM pragma_index_info(m.name) x) || ')'
                 ELSE m.name END AS shown
  FROM referee_objects m WHERE m.type = 'index';
SELECT 'object', type, coalesce(n.shown, m.name), tbl_name,
       replace(replace(replace(sql, char(10), ' '), char(13), ' '), char(9), ' ')
  FROM referee_objects m LEFT JOIN referee_names n USING (name);
SELECT 'column', m.name, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
  FROM referee_objects m, pragma_table_xinfo(m.name) p
  WHERE m.type = 'table';
SELECT 'index', m.name, coalesce(n.shown, p.name), p."unique", p.origin, p.partial
  FROM referee_objects m, pragma_index_list(m.name) p LEFT JOIN referee_names n ON n.name = p.name
  WHERE m.type = 'table';
SELECT 'index column', n.shown, p.seqno, p.name, p."desc", p.coll, p."key"
  FROM referee_objects m JOIN referee_names n USING (name), pragma_index_xinfo(m.name) p WHERE m.type = 'index';
SELECT 'foreign key', name, lower("table"), group_concat("from"), group_concat("to"), on_update, on_delete, match
  FROM (SELECT m.name, f.id, f.seq, f."table", f."from", f.on_update, f.on_delete, f.match,
               coalesce(f."to", (SELECT k.name FROM pragma_table_info(f."table") k WHERE k.pk = f.seq + 1)) AS "to"
        FROM referee_objects m, pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq)
  GROUP BY name, id;
EOS
    awk -F '\t' -v OFS='\t' '
        # canon(s): the canonical form above (the quote is \047: this is
        # inside the shell quotes)
        function canon(s,    out, i, c, n, q) {
            out = ""; n = length(s); q = 0
            for (i = 1; i <= n; i++) {
                c = substr(s, i, 1)
                if (q) {   # inside a string literal: verbatim
                    out = out c
                    if (c == "\047") q = 0
                    continue
                }
                if (c == "\047") { q = 1; out = out c; continue }
                if (c == "\"" || c == "`") continue
                if (c ~ /[ \t\r\n]/) {
                    if (out != "" && substr(out, length(out), 1) != " ") out = out " "
                    continue
                }
                if (c == "(" || c == ")" || c == ",") sub(/ $/, "", out)
                out = out tolower(c)
                if (c == "(" || c == ",") while (substr(s, i + 1, 1) ~ /[ \t\r\n]/) i++
            }
            sub(/ $/, "", out)
            return out
        }
        # pairs(s): mt[i] = where the parenthesis at i is closed or opened,
        # outside string literals
        function pairs(s,    i, c, n, q, sp, st) {
            split("", mt); n = length(s); q = 0; sp = 0
            for (i = 1; i <= n; i++) {
                c = substr(s, i, 1)
                if (q) { if (c == "\047") q = 0; continue }
                if (c == "\047") q = 1
                else if (c == "(") st[++sp] = i
                else if (c == ")" && sp > 0) { mt[st[sp]] = i; mt[i] = st[sp]; sp-- }
            }
        }
        # dedouble(s): "((e))" -> "(e)" where the inner pair wraps all of the outer
        function dedouble(s,    i, n, out, del) {
            pairs(s); n = length(s); split("", del)
            for (i = 1; i < n; i++)
                if (substr(s, i, 2) == "((" && (i in mt) && ((i + 1) in mt) && mt[i + 1] + 1 == mt[i]) {
                    del[i + 1] = 1; del[mt[i + 1]] = 1
                }
            out = ""
            for (i = 1; i <= n; i++) if (!(i in del)) out = out substr(s, i, 1)
            return out
        }
        # tabletext(t, s): what a CREATE TABLE says beyond the pragmas, one
        # line each, whether written on the column or as a table constraint
        function tabletext(t, s,    i, o, c, q, d, k, el, cur, j, w, rest, at, x) {
            o = index(s, "("); pairs(s)
            if (!o || !(o in mt)) { print "table text", t, "unreadable", s; return }
            print "table text", t, "options", substr(s, mt[o] + 1)
            k = 0; cur = ""; q = 0; d = 0
            for (i = o + 1; i < mt[o]; i++) {
                c = substr(s, i, 1)
                if (q) { if (c == "\047") q = 0 }
                else if (c == "\047") q = 1
                else if (c == "(") d++
                else if (c == ")") d--
                else if (c == "," && d == 0) { el[++k] = cur; cur = ""; continue }
                cur = cur c
            }
            el[++k] = cur
            for (j = 1; j <= k; j++) {
                w = el[j]; sub(/ .*/, "", w)
                if (w ~ /^(constraint|primary|unique|check|foreign)$/) w = ""
                rest = " " el[j]
                while ((at = match(rest, /[ (,]check\(/))) {
                    rest = substr(rest, at + 6); pairs(rest)
                    print "table text", t, "check", substr(rest, 2, mt[1] - 2)
                    rest = substr(rest, mt[1] + 1)
                }
                rest = " " el[j]
                if (w != "" && match(rest, / collate [^ ,()]+/))
                    print "table text", t, "collate", w, substr(rest, RSTART + 9, RLENGTH - 9)
                if (w != "" && (at = match(rest, / as\(/))) {
                    rest = substr(rest, at + 3); pairs(rest); x = substr(rest, mt[1] + 1)
                    print "table text", t, "generated", w, substr(rest, 1, mt[1]) (x ~ /^ stored/ ? " stored" : "")
                }
                if (el[j] ~ / autoincrement/) print "table text", t, "autoincrement"
                if (match(el[j], / (not )?deferrable.*/))
                    print "table text", t, "deferrable", substr(el[j], RSTART + 1)
            }
        }
        $1 == "object" && $2 == "table" {
            $5 = dedouble(canon($5)); tabletext($3, $5); sub(/\(.*/, "", $5)
        }
        # an index predicate in parentheses or not: schemac writes WHERE (p)
        $1 == "object" && $2 != "table" {
            $5 = dedouble(canon($5))
            if ($2 == "index" && (at = index($5, " where("))) {
                x = substr($5, at + 6); pairs(x)
                if (mt[1] == length(x)) $5 = substr($5, 1, at + 5) " " substr(x, 2, length(x) - 2)
            }
        }
        $1 == "column" { $4 = tolower($4); $6 = dedouble(canon($6)) }
        # Names are compared as spelled (issue 13: a name that differs only
        # in case takes the spelling of the target), except where a name is
        # a reference written in another object: the table a foreign key
        # references (lower-cased above) and the tbl_name of an index,
        # trigger or view (the table its CREATE text names, in the case
        # that text spells it; a table renamed only in case keeps the
        # statements that read it as they were, and SQLite resolves them).
        $1 == "object" && $2 != "table" { $4 = tolower($4) }
        { print }
    ' "$T/sqdump.out" | LC_ALL=C sort
}

# referee NAME ENGINE EXPECTED ACTUAL: the two databases (PostgreSQL URLs or
# SQLite files) have the same schema by pg_dump / the SQLite catalog; on a
# difference, the head of a unified diff of the two normalised dumps.
referee() {
    _rn=$1 _re=$2
    if [ "$_re" = pg ]; then _rd=pg_schema_dump; else _rd=sqlite_schema_dump; fi
    if ! $_rd "$3" >"$T/referee.expected" || ! $_rd "$4" >"$T/referee.actual"; then
        not_ok "$_rn (the schema could not be read)"
        sed 's/^/#   /' "$T/referee.expected" "$T/referee.actual" | head -n 10
        return 1
    fi
    if cmp -s "$T/referee.expected" "$T/referee.actual"; then ok "$_rn"; else
        not_ok "$_rn"
        diff -u "$T/referee.expected" "$T/referee.actual" | sed '1,2d' | head -n 40 | sed 's/^/#   /'
        return 1
    fi
}
