/* pg_sql.c - the PostgreSQL inspector's catalog queries.
 *
 * A fixed number of bulk queries whatever the number of tables, in the style
 * of pg_dump: each reads one kind of object for all chosen schemas, ordered so
 * that the client can attach rows to their parents through oid hash maps.
 * They are sent as one simple-protocol string inside one REPEATABLE READ,
 * READ ONLY transaction: one round trip and one consistent snapshot.
 * "$S" stands for the name[] of the chosen schemas; "$C", after a filter
 * on relation c's schema, for nothing, or, when the chosen schemas are a
 * scratch load's, for the same filter again as one an index can take
 * (SCRATCH_RELS). Column positions are read by pg_build*.c: keep both in
 * step. */
#include <string.h>

#include "inspect/pg_internal.h"

/* Objects that belong to an extension are not the user's (pg_dump skips
 * them too). */
#define NOT_EXT(catalog, oidexpr)                                                   \
    " NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = '" catalog \
    "'::regclass AND x.objid = " oidexpr " AND x.deptype = 'e') "

#define NOT_EXT_NEG(catalog, oidexpr)                                           \
    " EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = '" catalog \
    "'::regclass AND x.objid = " oidexpr " AND x.deptype = 'e') "

/* schema.name as shown to the user: each part quoted where needed. */
#define QN(nsp, name) "pg_catalog.quote_ident(" nsp ") || '.' || pg_catalog.quote_ident(" name ")"

/* funcdeps (issue 11): the collation of pg_collation row `co` as the model
 * names it (sc_collation_ref): its bare name in pg_catalog or public, else
 * "schema"."name" */
#define COLLREF(co)                                                                                   \
    " CASE WHEN " co ".oid IS NULL THEN NULL WHEN " co ".collnamespace IN (11, (SELECT pn.oid"          \
    " FROM pg_catalog.pg_namespace pn WHERE pn.nspname = 'public')) THEN " co ".collname::text"        \
    " ELSE (SELECT '\"' || pg_catalog.replace(cn.nspname, '\"', '\"\"') || '\".\"'"                  \
    " || pg_catalog.replace(" co ".collname, '\"', '\"\"') || '\"' FROM pg_catalog.pg_namespace cn"   \
    " WHERE cn.oid = " co ".collnamespace) END "

/* privs2: an operator class as an index element names it, as COLLREF a
 * collation: its bare name in pg_catalog or public, else "schema"."name" */
#define OPCREF(opc)                                                                                    \
    " CASE WHEN " opc ".oid IS NULL THEN NULL WHEN " opc ".opcnamespace IN (11, (SELECT pn.oid"           \
    " FROM pg_catalog.pg_namespace pn WHERE pn.nspname = 'public')) THEN " opc ".opcname::text"         \
    " ELSE (SELECT '\"' || pg_catalog.replace(cn.nspname, '\"', '\"\"') || '\".\"'"                   \
    " || pg_catalog.replace(" opc ".opcname, '\"', '\"\"') || '\"' FROM pg_catalog.pg_namespace cn"    \
    " WHERE cn.oid = " opc ".opcnamespace) END "

/* Partitions are tables too (issue 12 item 4): what they inherit is
 * skipped below (attislocal, conislocal, attached indexes). */
#define USER_TABLE "c.relkind IN ('r', 'p') AND n.nspname = ANY ($S)$C"
/* Tables, views and materialized views: the relations with columns. */
#define USER_REL "c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY ($S)$C"

#include "inspect/pg_sql_unmodelled.h"

/* What "$C" stands for when reading back a scratch load: the relations of
 * the chosen schemas found through pg_depend's index (each relation but an
 * index depends on its schema), as oids that pg_class's index takes. A
 * schema's relations are otherwise found by scanning the whole of pg_class
 * (PostgreSQL has no index on relnamespace), and the planner then goes on
 * from every relation of the database: 5-40 ms a query among 5,000 tables
 * for the few relations of a scratch schema (a read-back of 50 tables:
 * 110 ms, 45 ms with it). The main read does without: it reads most of
 * pg_class anyway. */
#define SCRATCH_RELS                                                                                      \
    " AND c.oid = ANY (ARRAY(SELECT dd.objid FROM pg_catalog.pg_depend dd"                                 \
    " WHERE dd.classid = 'pg_catalog.pg_class'::regclass AND dd.refclassid = 'pg_catalog.pg_namespace'::regclass" \
    " AND dd.refobjid IN (SELECT nn.oid FROM pg_catalog.pg_namespace nn WHERE nn.nspname = ANY ($S))))"

/* The columns 0-15 of an index that PGQ_INDEXES and PGQ_EXCLUSIONS both
 * read (pg_build_index_elems), from pg_index i, its pg_class ic, pg_am am
 * and pg_tablespace ts: see PGQ_INDEXES for what each holds. */
#define INDEX_COLUMNS \
    "SELECT i.indexrelid, i.indrelid, ic.relname, i.indisunique, am.amname, i.indnkeyatts," \
    " pg_catalog.pg_get_expr(i.indpred, i.indrelid, true)," \
    " i.indkey, i.indoption, i.indcollation, i.indclass," \
    " CASE WHEN i.indexprs IS NOT NULL THEN ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, true)" \
    "   FROM pg_catalog.generate_series(0, i.indnkeyatts - 1) k WHERE i.indkey[k] = 0 ORDER BY k)::text[] END," \
    " i.indnullsnotdistinct, ic.reloptions::text[], ts.spcname," \
    " CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute xa WHERE xa.attrelid = i.indexrelid" \
    "   AND xa.attoptions IS NOT NULL)" \
    "  THEN ARRAY(SELECT CASE WHEN xa.attoptions IS NULL THEN '' ELSE pg_catalog.chr(31) || (" OPCREF("xo") ")" \
    "    || pg_catalog.chr(31) || pg_catalog.array_to_string(xa.attoptions, pg_catalog.chr(31)) END" \
    "   FROM pg_catalog.pg_attribute xa" \
    "   LEFT JOIN pg_catalog.pg_opclass xo ON xo.oid = i.indclass[xa.attnum - 1]" \
    "   WHERE xa.attrelid = i.indexrelid AND xa.attnum <= i.indnkeyatts" \
    "   ORDER BY xa.attnum)::text[] END"

static const char *const queries[PGQ_COUNT] = {
    [PGQ_SCHEMAS] =
        "SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY ($S)",

    /* 0 oid, 1 schema, 2 name, 3 labels */
    [PGQ_ENUMS] =
        "SELECT t.oid, n.nspname, t.typname,"
        " ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid"
        "       ORDER BY e.enumsortorder)::text[]"
        " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
        " WHERE t.typtype = 'e' AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "t.oid"),

    /* 0 oid, 1 schema, 2 name, 3 relkind, 4 relrowsecurity, 5 relforcerowsecurity,
     * 6 relpersistence, 7 reloptions; partitioning and inheritance (issue 12
     * items 4-5): 8 pg_get_partkeydef, 9 a partition's parent's schema,
     * 10 its name, 11 its bound (pg_get_expr), 12 the INHERITS parents'
     * schemas, 13 their names (text[], in inhseqno order; NULL for a
     * partition); a partition's copies (parts5): 14 of indexes, 15 of
     * constraints; tblprops6: 16 relreplident, 17 the name of its replica
     * identity index (indisreplident: at most one a table) */
    [PGQ_TABLES] =
        "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity,"
        /* and its TOAST table's parameters as toast.NAME=V, as CREATE
         * TABLE ... WITH takes them (pg_dump writes them so) */
        " c.relpersistence, pg_catalog.array_cat(c.reloptions, (SELECT pg_catalog.array_agg('toast.' || x)"
        "   FROM pg_catalog.unnest(tc.reloptions) x))::text[],"
        " CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,"
        " pn.nspname, pc.relname,"
        " CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END, ih.s, ih.n,"
        /* tblprops6: USING INDEX a partition's copy of its parent's index,
         * which the model does not hold, is named as not compared and read
         * as DEFAULT */
        " cpi.v, cpk.v, CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ri2"
        "  WHERE ri2.inhrelid = ri.indexrelid) THEN 'd' ELSE c.relreplident END, ric.relname"
        " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid"
        " LEFT JOIN pg_catalog.pg_index ri ON ri.indrelid = c.oid AND ri.indisreplident"
        " LEFT JOIN pg_catalog.pg_class ric ON ric.oid = ri.indexrelid"
        " LEFT JOIN pg_catalog.pg_inherits pi ON c.relispartition AND pi.inhrelid = c.oid"
        " LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent"
        " LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace"
        /* every INHERITS list from one pass over pg_inherits (not a
         * subquery per table: 5,000 tables) */
        " LEFT JOIN (SELECT xi.inhrelid, pg_catalog.array_agg(xn.nspname ORDER BY xi.inhseqno)::text[] AS s,"
        "   pg_catalog.array_agg(xc.relname ORDER BY xi.inhseqno)::text[] AS n"
        "   FROM pg_catalog.pg_inherits xi JOIN pg_catalog.pg_class xc ON xc.oid = xi.inhparent"
        "   JOIN pg_catalog.pg_namespace xn ON xn.oid = xc.relnamespace WHERE xc.relkind = 'r'"
        "   GROUP BY xi.inhrelid) ih ON ih.inhrelid = c.oid AND NOT c.relispartition"
        /* parts5: a partition's copies of its parent's indexes (attached)
         * and constraints (cloned), "i" / "k" parent's name \x1f copy's name */
        " LEFT JOIN (SELECT ix.indrelid AS rel, pg_catalog.array_agg('i' || pic.relname || E'\\x1f' || ic.relname)::text[] AS v"
        "   FROM pg_catalog.pg_inherits xi2 JOIN pg_catalog.pg_index ix ON ix.indexrelid = xi2.inhrelid"
        "   JOIN pg_catalog.pg_class ic ON ic.oid = xi2.inhrelid JOIN pg_catalog.pg_class pic ON pic.oid = xi2.inhparent"
        "   GROUP BY ix.indrelid) cpi ON cpi.rel = c.oid AND c.relispartition"
        " LEFT JOIN (SELECT k.conrelid AS rel, pg_catalog.array_agg('k' || pk.conname || E'\\x1f' || k.conname)::text[] AS v"
        "   FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_constraint pk ON pk.oid = k.conparentid"
        "   WHERE k.conparentid <> 0 AND k.conrelid <> 0 GROUP BY k.conrelid) cpk ON cpk.rel = c.oid AND c.relispartition"
        " WHERE " USER_TABLE " AND" NOT_EXT("pg_catalog.pg_class", "c.oid"),

    /* Views and materialized views: 0 oid, 1 schema, 2 name, 3 relkind,
     * 4 pg_get_viewdef (pretty), 5 reloptions, 6 relispopulated */
    [PGQ_VIEWS] =
        "SELECT c.oid, n.nspname, c.relname, c.relkind, pg_catalog.pg_get_viewdef(c.oid, true),"
        " c.reloptions::text[], c.relispopulated"
        " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY ($S)$C AND" NOT_EXT("pg_catalog.pg_class", "c.oid"),

    /* What each view reads, as its _RETURN rule's dependencies say: 0 view
     * oid, 1 'r' relation, 'c' column, 't' type, 'f' function, 2 schema,
     * 3 name (types: the element type of an array), 4 column name. Objects
     * of PostgreSQL's own schemas are left out: nothing the user declares
     * can change them. The dependencies are read once (a CTE), then each
     * kind named by its own join: one query joining every catalog to every
     * row ran its nested loops over each column read twice (5,000 refs:
     * 0.3 s). A column read is recorded without its relation: both said. */
    [PGQ_VIEW_REFS] =
        "WITH d AS MATERIALIZED (SELECT DISTINCT rw.ev_class AS v, d.refclassid AS cls, d.refobjid AS obj,"
        "  d.refobjsubid AS sub"
        " FROM pg_catalog.pg_depend d"
        " JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid"
        " JOIN pg_catalog.pg_class c ON c.oid = rw.ev_class"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.deptype = 'n'"
        " AND d.refclassid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_type'::regclass,"
        "  'pg_catalog.pg_proc'::regclass)"
        " AND NOT (d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = rw.ev_class)"
        " AND c.relkind IN ('v', 'm') AND n.nspname = ANY ($S))"
        " SELECT DISTINCT x.v, x.kind, x.nsp, x.name, x.col FROM ("
        "  SELECT d.v, 'r' AS kind, rn.nspname AS nsp, rc.relname AS name, NULL::name AS col"
        "  FROM d JOIN pg_catalog.pg_class rc ON rc.oid = d.obj"
        "  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace"
        "  WHERE d.cls = 'pg_catalog.pg_class'::regclass"
        " UNION ALL"
        "  SELECT d.v, 'c', rn.nspname, rc.relname, a.attname"
        "  FROM d JOIN pg_catalog.pg_class rc ON rc.oid = d.obj"
        "  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace"
        "  LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.obj AND a.attnum = d.sub"
        "  WHERE d.cls = 'pg_catalog.pg_class'::regclass AND d.sub > 0"
        " UNION ALL"
        "  SELECT d.v, 't', tn.nspname, bt.typname, NULL"
        "  FROM d JOIN pg_catalog.pg_type t ON t.oid = d.obj"
        "  JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0"
        "   THEN t.typelem ELSE t.oid END"
        "  JOIN pg_catalog.pg_namespace tn ON tn.oid = bt.typnamespace"
        "  WHERE d.cls = 'pg_catalog.pg_type'::regclass"
        " UNION ALL"
        "  SELECT d.v, 'f', pn.nspname, p.proname, NULL"
        "  FROM d JOIN pg_catalog.pg_proc p ON p.oid = d.obj"
        "  JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace"
        "  WHERE d.cls = 'pg_catalog.pg_proc'::regclass) x"
        " WHERE x.nsp NOT IN ('pg_catalog', 'information_schema')"
        " ORDER BY 1, 2, 3, 4, 5",

    /* 0 attrelid, 1 attnum, 2 name, 3 format_type, 4 not null, 5 default or
     * generated expr, 6 attidentity, 7 attgenerated, 8 collation when not
     * the type's, 9 (element) typtype, 10 its schema, 11 its name,
     * 12 attcollation (oid), 13 attstorage when not the type's, 14 attcompression,
     * 15 attislocal (false: inherited from a parent, issue 12 items 4-5),
     * 16 partmig: a partition's (privs3: or an INHERITS child's) inherited
     * column with a default or NOT NULL of its own (its parent's column has
     * another), read as its column; 17 tblprops6: attstattarget when set
     * (NULL: the default, -1 before PostgreSQL 17); 18 attopts7: attoptions
     * (text[], NULL when none) */
    [PGQ_COLUMNS] =
        "SELECT a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
        " a.attnotnull,"
        /* A default cannot name a column: deparsing it without the table
         * spares opening (and building the relcache entry of) every table. */
        " CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0, true)"
        "  ELSE pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) END, a.attidentity,"
        " a.attgenerated," COLLREF("co") ", bt.typtype, btn.nspname, bt.typname, a.attcollation,"
        " CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END, a.attcompression, a.attislocal,"
        " NOT a.attislocal AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih"
        "  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = ih.inhparent AND pa.attname = a.attname"
        "  LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum"
        "  WHERE ih.inhrelid = a.attrelid AND pa.attnotnull = a.attnotnull"
        "  AND pg_catalog.pg_get_expr(pd.adbin, 0) IS NOT DISTINCT FROM pg_catalog.pg_get_expr(ad.adbin, 0)),"
        " CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END, a.attoptions::text[]"
        " FROM pg_catalog.pg_attribute a"
        " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
        " JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0"
        "  THEN t.typelem ELSE t.oid END"
        " JOIN pg_catalog.pg_namespace btn ON btn.oid = bt.typnamespace"
        " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
        " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
        "  AND a.attcollation <> t.typcollation"
        " WHERE " USER_REL " AND a.attnum > 0 AND NOT a.attisdropped"
        " ORDER BY a.attrelid, a.attnum",

    /* 0 conrelid, 1 name, 2 contype, 3 conkey, 4 ref schema, 5 ref table,
     * 6 ref columns, 7 confdeltype, 8 confupdtype, 9 deferrable,
     * 10 deferred, 11 check definition, 12 confrelid, 13 confkey,
     * 14 validated, 15 FK match type, 16 connoinherit, 17 the key's index
     * is NULLS NOT DISTINCT, 18 oid, 19 a key's index's storage parameters
     * (text[]), 20 its tablespace (NULL: the default) (issue 12), 21 a
     * foreign key's: the index of the target's key it stands on (fkidx5),
     * 22 a key's index is the table's CLUSTER ON index (tblprops6) */
    [PGQ_CONSTRAINTS] =
        "SELECT con.conrelid, con.conname, con.contype, con.conkey, fn.nspname, fc.relname,"
        /* Referenced columns are named in the client when the target is a
         * table we read; the server names them only for other targets. */
        " CASE WHEN con.contype = 'f' AND (fn.nspname <> ALL ($S) OR fc.relispartition"
        "   OR fc.relkind NOT IN ('r', 'p') OR" NOT_EXT_NEG("pg_catalog.pg_class", "fc.oid") ")"
        "  THEN ARRAY(SELECT fa.attname"
        "   FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
        "   JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.num"
        "   ORDER BY k.ord)::text[] END,"
        " con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,"
        " CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid, true) END,"
        " con.confrelid, con.confkey, con.convalidated, con.confmatchtype, con.connoinherit,"
        " ci.indnullsnotdistinct, con.oid, kc.reloptions::text[], kts.spcname, fki.relname, ki.indisclustered"
        " FROM pg_catalog.pg_constraint con"
        " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid"
        " LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace"
        " LEFT JOIN pg_catalog.pg_index ci ON ci.indexrelid = con.conindid AND con.contype = 'u'"
        " LEFT JOIN pg_catalog.pg_class kc ON kc.oid = con.conindid AND con.contype IN ('p', 'u')"
        " LEFT JOIN pg_catalog.pg_tablespace kts ON kts.oid = kc.reltablespace"
        " LEFT JOIN pg_catalog.pg_class fki ON fki.oid = con.conindid AND con.contype = 'f'"
        " LEFT JOIN pg_catalog.pg_index ki ON ki.indexrelid = con.conindid AND con.contype IN ('p', 'u')"
        " WHERE " USER_TABLE " AND con.contype IN ('p', 'u', 'c', 'f') AND con.conparentid = 0"
        /* inherited from a parent (issue 12 items 4-5): the parent's */
        " AND con.conislocal"
        " ORDER BY con.conrelid, con.oid",

    /* Indexes that back no constraint, with their elements as the raw
     * vectors (names resolved in the client) and the expressions' text.
     * 0 indexrelid, 1 indrelid, 2 name, 3 unique, 4 method, 5 indnkeyatts,
     * 6 predicate, 7 indkey, 8 indoption, 9 indcollation, 10 indclass,
     * 11 key expressions in order (text[], NULL without any),
     * 12 indnullsnotdistinct, 13 storage parameters (reloptions, text[]),
     * 14 tablespace (NULL: the default), 15 per key column, its operator
     * class's name and parameters, chr(31) before each ("" for none;
     * text[]; NULL when no column has any), 16 indisclustered (tblprops6) */
    [PGQ_INDEXES] =
        INDEX_COLUMNS ", i.indisclustered"
        " FROM pg_catalog.pg_index i"
        " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
        " JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_catalog.pg_am am ON am.oid = ic.relam"
        " LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = ic.reltablespace"
        /* NOT EXISTS, not an outer join filtered on NULL: the planner then
         * starts from the chosen schemas' tables instead of every index
         * (0.1 ms instead of 120 ms for a scratch schema among 5,000
         * tables, and a third less for all of them). */
        " WHERE " USER_REL " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint pc"
        "  WHERE pc.conindid = i.indexrelid AND pc.conrelid = i.indrelid AND pc.contype IN ('p', 'u', 'x'))"
        /* a partition's index attached to its parent's (issue 12 item 4) */
        " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ii WHERE ii.inhrelid = i.indexrelid)",

    /* Names of collations and of the operator classes that are not their
     * type's default, for index elements. 0 'c' or 'o', 1 oid, 2 name */
    [PGQ_NAMES] =
        "SELECT 'c', co.oid," COLLREF("co") "FROM pg_catalog.pg_collation co"
        " UNION ALL SELECT 'o', opc.oid," OPCREF("opc") "FROM pg_catalog.pg_opclass opc WHERE NOT opc.opcdefault",

    /* 0 oid, 1 schema, 2 name, 3 type, 4 start, 5 increment, 6 min, 7 max,
     * 8 cache, 9 cycle, 10 owner deptype ('a' serial/OWNED BY, 'i'
     * identity), 11 owner table oid, 12 owner column */
    [PGQ_SEQUENCES] =
        "SELECT c.oid, n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL),"
        " s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,"
        " d.deptype, d.refobjid, ta.attname"
        " FROM pg_catalog.pg_sequence s"
        " JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass"
        "  AND d.objid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass"
        "  AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0"
        " LEFT JOIN pg_catalog.pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid"
        " WHERE n.nspname = ANY ($S)$C AND" NOT_EXT("pg_catalog.pg_class", "c.oid"),

    /* Comments on relations (tables, their columns, indexes) and types,
     * joined in the client: one scan of pg_description, whatever the
     * catalog statistics say. 0 objoid, 1 't' for a type, 2 objsubid,
     * 3 text */
    [PGQ_COMMENTS] =
        "SELECT d.objoid, CASE d.classoid WHEN 'pg_catalog.pg_type'::regclass THEN 't'"
        "  WHEN 'pg_catalog.pg_constraint'::regclass THEN 'k' WHEN 'pg_catalog.pg_namespace'::regclass THEN 's'"
        "  ELSE 'r' END,"
        " d.objsubid, d.description FROM pg_catalog.pg_description d"
        " WHERE d.classoid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_type'::regclass,"
        "  'pg_catalog.pg_constraint'::regclass, 'pg_catalog.pg_namespace'::regclass)",

    /* Row level security policies: 0 table oid, 1 name, 2 permissive, 3 cmd
     * ('*', 'r', 'a', 'w', 'd'), 4 roles (names, 'public' for PUBLIC),
     * 5 USING, 6 WITH CHECK (pg_get_expr), 7 comment. Few rows in any
     * database: the comment is looked up per row. */
    [PGQ_POLICIES] =
        "SELECT po.polrelid, po.polname, po.polpermissive, po.polcmd,"
        " ARRAY(SELECT CASE WHEN ro.r = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(ro.r)::text END"
        "   FROM pg_catalog.unnest(po.polroles) AS ro(r))::text[],"
        " pg_catalog.pg_get_expr(po.polqual, po.polrelid), pg_catalog.pg_get_expr(po.polwithcheck, po.polrelid),"
        " pg_catalog.obj_description(po.oid, 'pg_policy')"
        " FROM pg_catalog.pg_policy po JOIN pg_catalog.pg_class c ON c.oid = po.polrelid"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " WHERE " USER_TABLE,

    /* What the model cannot hold yet: one row per object, to name on
     * stderr (pg_unmodelled.c groups them by kind). Everything in the chosen
     * schemas that is not a table, view, materialized view, enum, sequence,
     * index, constraint, schema or comment, and the database-wide objects
     * (event triggers, publications, subscriptions, casts, ...); never what
     * belongs to an extension. 0 kind, 1 its plural, 2 the object's name as
     * shown, 3 the relation it hangs on (oid, or NULL): objects of a
     * relation that is not read (the version table) are not named. */
    [PGQ_UNMODELLED] =
        "SELECT * FROM ("
        /* Everything said of one relation, from one scan of pg_class: the
         * rows that can say something are picked first, then each says
         * what applies to it. */
        " SELECT x.kind, x.plural, x.name, x.tbl"
        "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace,"
        "  LATERAL (SELECT CASE c.relkind WHEN 'f' THEN 'foreign table' ELSE 'composite type' END AS kind,"
        "    CASE c.relkind WHEN 'f' THEN 'foreign tables' ELSE 'composite types' END AS plural,"
        "    " QN("n.nspname", "c.relname") " AS name, NULL::oid AS tbl"
        /* composite types are modelled (PGQ_UTYPES) */
        "   WHERE c.relkind = 'f'"
        "   AND (c.relkind <> 'c' OR" NOT_EXT("pg_catalog.pg_type", "c.reltype") ")"
        /* partitions and partition keys are modelled (issue 12 item 4); a
         * foreign table partition is a foreign table */
        "   UNION ALL SELECT 'object with granted privileges', 'objects with granted privileges',"
        "    " QN("n.nspname", "c.relname") ", c.oid"
        "   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL"   /* partitions too: tables */
        "   AND c.relacl <> pg_catalog.acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner)) x"
        "  WHERE n.nspname = ANY ($S) AND (c.relkind IN ('f', 'c') OR c.relacl IS NOT NULL)"
        "  AND" NOT_EXT("pg_catalog.pg_class", "c.oid")
        /* table inheritance is modelled (issue 12 item 5) */
        " UNION ALL"
        " SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate'"
        "  WHEN 'w' THEN 'window function' ELSE 'function' END,"
        "  CASE p.prokind WHEN 'p' THEN 'procedures' WHEN 'a' THEN 'aggregates'"
        "  WHEN 'w' THEN 'window functions' ELSE 'functions' END,"
        "  " QN("n.nspname", "p.proname") " || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')',"
        "  NULL"
        "  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
        "  WHERE n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_proc", "p.oid")
        /* functions, procedures and aggregates are modelled (pg_routines.c) */
        "  AND p.prokind IN ('w')"
        /* Constructors of range types belong to their type (deptype 'i'). */
        "  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend y WHERE y.classid = 'pg_catalog.pg_proc'::regclass"
        "   AND y.objid = p.oid AND y.deptype = 'i')"
        " UNION ALL"
        " SELECT 'rule', 'rules', " QN("n.nspname", "c.relname") " || '.' || pg_catalog.quote_ident(ru.rulename), c.oid"
        "  FROM pg_catalog.pg_rewrite ru JOIN pg_catalog.pg_class c ON c.oid = ru.ev_class"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "  WHERE ru.rulename <> '_RETURN' AND " USER_REL
        /* exclusion constraints are modelled (PGQ_EXCLUSIONS, issue 12) */
        /* issue 12: comments on functions, procedures, aggregates, triggers
         * and collations are modelled (pg_routines.c, PGQ_COLLATIONS) */
        " UNION ALL"
        " SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type' WHEN 'p' THEN 'shell type'"
        "  ELSE 'base type' END,"
        "  CASE t.typtype WHEN 'd' THEN 'domains' WHEN 'r' THEN 'range types' WHEN 'p' THEN 'shell types'"
        "  ELSE 'base types' END,"
        "  " QN("n.nspname", "t.typname") ", NULL"
        "  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
        /* domains and range types are modelled (PGQ_UTYPES); a shell type
         * (CREATE TYPE name;) is pseudo until defined */
        "  WHERE ((t.typtype = 'b' AND t.typcategory <> 'A') OR (t.typtype = 'p' AND NOT t.typisdefined))"
        "  AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "t.oid")
        /* tblprops6: a table's CLUSTER ON and statistics targets are
         * modelled; a materialized view's are not, nor a statistics target
         * on a partition's or child's column that is its parent's alone
         * (PGQ_COLUMNS does not read it: the same test as its column 16) */
        " UNION ALL"
        " SELECT 'materialized view cluster index', 'materialized view cluster indexes',"
        "  " QN("n.nspname", "c.relname") " || '.' || pg_catalog.quote_ident(ic.relname), c.oid"
        "  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
        "  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "  WHERE i.indisclustered AND c.relkind = 'm' AND n.nspname = ANY ($S)"
        " UNION ALL"
        " SELECT 'copied index under replica identity or cluster on',"
        "  'copied indexes under replica identity or cluster on',"
        "  " QN("n.nspname", "c.relname") " || '.' || pg_catalog.quote_ident(ic.relname), c.oid"
        "  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
        "  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "  WHERE (i.indisclustered OR (i.indisreplident AND c.relreplident = 'i')) AND n.nspname = ANY ($S)"
        "  AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ii WHERE ii.inhrelid = i.indexrelid)"
        " UNION ALL"
        /* attopts7: as its statistics options (attoptions) */
        " SELECT k.one, k.many,"
        "  " QN("n.nspname", "c.relname") " || '.' || pg_catalog.quote_ident(a.attname), c.oid"
        "  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "  CROSS JOIN LATERAL (VALUES ('column statistics target', 'column statistics targets',"
        "   a.attstattarget >= 0), ('column statistics options', 'column statistics options',"
        "   a.attoptions IS NOT NULL)) k(one, many, hit)"
        "  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
        "  WHERE a.attnum > 0 AND NOT a.attisdropped AND k.hit AND " USER_REL
        "  AND (c.relkind = 'm' OR (c.relkind IN ('r', 'p') AND NOT a.attislocal"
        "   AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih"
        "    JOIN pg_catalog.pg_attribute pa ON pa.attrelid = ih.inhparent AND pa.attname = a.attname"
        "    LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum"
        "    WHERE ih.inhrelid = a.attrelid AND pa.attnotnull = a.attnotnull"
        "    AND pg_catalog.pg_get_expr(pd.adbin, 0) IS NOT DISTINCT FROM pg_catalog.pg_get_expr(ad.adbin, 0))))"
        /* attopts7: an index's columns' statistics targets (ALTER INDEX i
         * ALTER COLUMN 1 SET STATISTICS n) are not modelled; an index has
         * no attribute options (PostgreSQL 15 refuses them) */
        " UNION ALL"
        " SELECT 'index column statistics target', 'index column statistics targets',"
        "  " QN("n.nspname", "ic.relname") " || '.' || a.attnum::text, c.oid"
        "  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
        "  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indexrelid"
        "  WHERE a.attnum > 0 AND a.attstattarget >= 0 AND " USER_REL
        " UNION ALL"
        " SELECT 'statistics object', 'statistics objects', " QN("n.nspname", "st.stxname") ", c.oid"
        "  FROM pg_catalog.pg_statistic_ext st JOIN pg_catalog.pg_class c ON c.oid = st.stxrelid"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace"
        "  WHERE " USER_REL
        " UNION ALL"
        " SELECT CASE o.k WHEN 'o' THEN 'operator' WHEN 'c' THEN 'operator class' WHEN 'f' THEN 'operator family'"
        "  WHEN 't' THEN 'text search configuration' WHEN 'd' THEN 'text search dictionary'"
        "  WHEN 'p' THEN 'text search parser' WHEN 'm' THEN 'text search template' ELSE 'conversion' END,"
        "  CASE o.k WHEN 'o' THEN 'operators' WHEN 'c' THEN 'operator classes' WHEN 'f' THEN 'operator families'"
        "  WHEN 't' THEN 'text search configurations' WHEN 'd' THEN 'text search dictionaries'"
        "  WHEN 'p' THEN 'text search parsers' WHEN 'm' THEN 'text search templates' ELSE 'conversions' END,"
        /* an operator's name is symbols, never quoted */
        "  CASE WHEN o.k = 'o' THEN pg_catalog.quote_ident(n.nspname) || '.' || o.name"
        "   ELSE " QN("n.nspname", "o.name") " END, NULL"
        "  FROM (SELECT 'o' AS k, oprname AS name, oprnamespace AS nsp, 'pg_catalog.pg_operator'::regclass AS cls, oid"
        "   FROM pg_catalog.pg_operator"
        "   UNION ALL SELECT 'c', opcname, opcnamespace, 'pg_catalog.pg_opclass'::regclass, oid FROM pg_catalog.pg_opclass"
        "   UNION ALL SELECT 'f', opfname, opfnamespace, 'pg_catalog.pg_opfamily'::regclass, oid FROM pg_catalog.pg_opfamily"
        "   UNION ALL SELECT 't', cfgname, cfgnamespace, 'pg_catalog.pg_ts_config'::regclass, oid FROM pg_catalog.pg_ts_config"
        "   UNION ALL SELECT 'd', dictname, dictnamespace, 'pg_catalog.pg_ts_dict'::regclass, oid FROM pg_catalog.pg_ts_dict"
        "   UNION ALL SELECT 'p', prsname, prsnamespace, 'pg_catalog.pg_ts_parser'::regclass, oid FROM pg_catalog.pg_ts_parser"
        "   UNION ALL SELECT 'm', tmplname, tmplnamespace, 'pg_catalog.pg_ts_template'::regclass, oid FROM pg_catalog.pg_ts_template"
        "   UNION ALL SELECT 'v', conname, connamespace, 'pg_catalog.pg_conversion'::regclass, oid FROM pg_catalog.pg_conversion) o"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = o.nsp"
        "  WHERE n.nspname = ANY ($S) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = o.cls"
        "   AND x.objid = o.oid AND x.deptype = 'e')"
        /* An operator family made implicitly for an operator class of the
         * same name belongs to it (deptype 'a' from the class). */
        "  AND NOT (o.k = 'f' AND EXISTS (SELECT 1 FROM pg_catalog.pg_opclass oc WHERE oc.opcfamily = o.oid"
        "   AND oc.opcname = o.name AND oc.opcnamespace = o.nsp))"
        " UNION ALL"
        " SELECT 'object with granted privileges', 'objects with granted privileges', g.name, g.tbl"
        "  FROM (SELECT DISTINCT " QN("n.nspname", "c.relname") " || ' (columns)' AS name, c.oid AS tbl"
        "   FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
        "   JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        "   WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND " USER_REL
        "   UNION ALL SELECT 'schema ' || pg_catalog.quote_ident(n.nspname), NULL"
        "   FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY ($S) AND n.nspacl IS NOT NULL"
        "   AND n.nspacl IS DISTINCT FROM COALESCE((SELECT ip.initprivs FROM pg_catalog.pg_init_privs ip"
        "    WHERE ip.objoid = n.oid AND ip.classoid = 'pg_catalog.pg_namespace'::regclass AND ip.objsubid = 0),"
        "    pg_catalog.acldefault('n'::\"char\", n.nspowner))"
        "   UNION ALL SELECT 'function ' || " QN("n.nspname", "p.proname") " || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')', NULL"
        "   FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
        "   WHERE n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_proc", "p.oid")
        /* an aggregate's: UNMODELLED_PROPS (not modelled even when asked) */
        "   AND p.prokind <> 'a'"
        "   AND p.proacl IS NOT NULL AND p.proacl <> pg_catalog.acldefault('f'::\"char\", p.proowner)"
        "   UNION ALL SELECT 'type ' || " QN("n.nspname", "t.typname") ", NULL"
        "   FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
        "   WHERE n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "t.oid")
        "   AND t.typacl IS NOT NULL AND t.typacl <> pg_catalog.acldefault('T'::\"char\", t.typowner)) g"
        " UNION ALL"
        " SELECT 'default privileges', 'default privileges',"
        "  'for role ' || pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(da.defaclrole))"
        "  || COALESCE(' in schema ' || pg_catalog.quote_ident(n.nspname), '')"
        "  || ' on ' || CASE da.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences'"
        "   WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' ELSE 'schemas' END, NULL"
        "  FROM pg_catalog.pg_default_acl da LEFT JOIN pg_catalog.pg_namespace n ON n.oid = da.defaclnamespace"
        "  WHERE da.defaclnamespace = 0 OR n.nspname = ANY ($S)"
        /* Database-wide objects: named whichever schemas are read. */
        " UNION ALL"
        " SELECT 'event trigger', 'event triggers', pg_catalog.quote_ident(et.evtname), NULL"
        "  FROM pg_catalog.pg_event_trigger et WHERE" NOT_EXT("pg_catalog.pg_event_trigger", "et.oid")
        " UNION ALL"
        " SELECT 'publication', 'publications', pg_catalog.quote_ident(pb.pubname), NULL"
        "  FROM pg_catalog.pg_publication pb"
        " UNION ALL"
        " SELECT 'subscription', 'subscriptions', pg_catalog.quote_ident(sb.subname), NULL"
        "  FROM pg_catalog.pg_subscription sb"
        "  WHERE sb.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())"
        " UNION ALL"
        " SELECT 'cast', 'casts', pg_catalog.format_type(ca.castsource, NULL) || ' AS '"
        "  || pg_catalog.format_type(ca.casttarget, NULL), NULL"
        "  FROM pg_catalog.pg_cast ca WHERE ca.oid >= 16384 AND" NOT_EXT("pg_catalog.pg_cast", "ca.oid")
        /* the casts a range type makes for its multirange belong to it */
        "  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend y WHERE y.classid = 'pg_catalog.pg_cast'::regclass"
        "   AND y.objid = ca.oid AND y.deptype = 'i')"
        " UNION ALL"
        " SELECT CASE o.k WHEN 'w' THEN 'foreign-data wrapper' WHEN 's' THEN 'foreign server'"
        "  WHEN 'l' THEN 'language' ELSE 'access method' END,"
        "  CASE o.k WHEN 'w' THEN 'foreign-data wrappers' WHEN 's' THEN 'foreign servers'"
        "  WHEN 'l' THEN 'languages' ELSE 'access methods' END,"
        "  pg_catalog.quote_ident(o.name), NULL"
        "  FROM (SELECT 'w' AS k, fdwname AS name, 'pg_catalog.pg_foreign_data_wrapper'::regclass AS cls, oid"
        "   FROM pg_catalog.pg_foreign_data_wrapper"
        "   UNION ALL SELECT 's', srvname, 'pg_catalog.pg_foreign_server'::regclass, oid FROM pg_catalog.pg_foreign_server"
        "   UNION ALL SELECT 'l', lanname, 'pg_catalog.pg_language'::regclass, oid FROM pg_catalog.pg_language"
        "   UNION ALL SELECT 'a', amname, 'pg_catalog.pg_am'::regclass, oid FROM pg_catalog.pg_am) o"
        "  WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = o.cls"
        "   AND x.objid = o.oid AND x.deptype = 'e')"
        /* privs3: an INHERITS child's inherited column with a default or NOT
         * NULL of its own is modelled as a partition's is (PGQ_COLUMNS 16) */
        UNMODELLED_PROPS
        ") u ORDER BY kind COLLATE \"C\", name COLLATE \"C\"",

    /* ---- domains, composite and range types ---- */
    /* One row a type, never an extension's nor the row type of a table or
     * view: 0 oid, 1 schema, 2 name, 3 format_type of the domain's base or
     * the range's subtype (NULL for a composite), 4 typtype, 5 not null,
     * 6 default, 7 collation when not the base's, 8 subtype_opclass when
     * not the default, 9 (element) typtype of the base or subtype, 10 its
     * schema, 11 its name (the columns' positions of PGQ_COLUMNS, for
     * pg_read_type), 12 canonical, 13 subtype_diff, 14 multirange type,
     * 15 comment */
    [PGQ_UTYPES] =
        "SELECT t.oid, n.nspname, t.typname,"
        " pg_catalog.format_type(COALESCE(r.rngsubtype, NULLIF(t.typbasetype, 0)),"
        "  CASE WHEN t.typtype = 'd' THEN t.typtypmod END),"
        " t.typtype, t.typnotnull,"
        " COALESCE(pg_catalog.pg_get_expr(t.typdefaultbin, 0, true), t.typdefault),"
        " CASE WHEN COALESCE(r.rngcollation, t.typcollation) <> 0"
        "  AND COALESCE(r.rngcollation, t.typcollation) <> b.typcollation THEN" COLLREF("co") "END,"
        " CASE WHEN NOT opc.opcdefault THEN pg_catalog.quote_ident(opc.opcname) END,"
        " bt.typtype, btn.nspname, bt.typname,"
        " CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::text END,"
        " CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::text END,"
        " (SELECT pg_catalog.quote_ident(mt.typname) FROM pg_catalog.pg_type mt WHERE mt.oid = r.rngmultitypid),"
        " pg_catalog.obj_description(t.oid, 'pg_type')"
        " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
        " LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid"
        " LEFT JOIN pg_catalog.pg_type b ON b.oid = COALESCE(r.rngsubtype, NULLIF(t.typbasetype, 0))"
        " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN b.typcategory = 'A' AND b.typelem <> 0"
        "  THEN b.typelem ELSE b.oid END"
        " LEFT JOIN pg_catalog.pg_namespace btn ON btn.oid = bt.typnamespace"
        " LEFT JOIN pg_catalog.pg_collation co ON co.oid = COALESCE(r.rngcollation, t.typcollation)"
        " LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc"
        " WHERE (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class rc"
        "  WHERE rc.oid = t.typrelid AND rc.relkind = 'c')))"
        " AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "t.oid"),

    /* The checks of those domains and the attributes of those composite
     * types, one row each: 0 type oid, 1 'k' check or 'a' attribute,
     * 2 name, 3 the attribute's format_type, 4 pg_get_constraintdef,
     * 5 convalidated, 6 the attribute's collation when not its type's,
     * 7 attnum, 8 unused, 9-11 the attribute's (element) type as in
     * PGQ_COLUMNS. Ordered by type, then attnum (checks: by name). */
    [PGQ_UTYPE_PARTS] =
        "SELECT * FROM ("
        " SELECT con.contypid AS typ, 'k' AS part, con.conname AS name, NULL::text AS fmt,"
        "  pg_catalog.pg_get_constraintdef(con.oid, true) AS def, con.convalidated AS valid, NULL::name AS coll,"
        "  0 AS pos, NULL::text AS unused, NULL::\"char\" AS btyp, NULL::name AS bsch, NULL::name AS bname"
        "  FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_type t ON t.oid = con.contypid"
        "  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
        "  WHERE con.contypid <> 0 AND con.contype = 'c' AND n.nspname = ANY ($S)"
        "  AND" NOT_EXT("pg_catalog.pg_type", "t.oid")
        " UNION ALL"
        " SELECT t.oid, 'a', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), NULL, NULL,"
        "  CASE WHEN a.attcollation <> at.typcollation THEN" COLLREF("co") "END, a.attnum, NULL,"
        "  bt.typtype, btn.nspname, bt.typname"
        "  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
        "  JOIN pg_catalog.pg_class rc ON rc.oid = t.typrelid AND rc.relkind = 'c'"
        "  JOIN pg_catalog.pg_attribute a ON a.attrelid = rc.oid AND a.attnum > 0 AND NOT a.attisdropped"
        "  JOIN pg_catalog.pg_type at ON at.oid = a.atttypid"
        "  JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN at.typcategory = 'A' AND at.typelem <> 0"
        "   THEN at.typelem ELSE at.oid END"
        "  JOIN pg_catalog.pg_namespace btn ON btn.oid = bt.typnamespace"
        "  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
        "  WHERE t.typtype = 'c' AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "t.oid")
        ") p ORDER BY 1, 8, 3",
    /* ---- extensions and collations (pg_build_ext.c) ---- */
    /* Extensions whose objects live in the chosen schemas (plpgsql's are
     * PostgreSQL's own): 0 name, 1 schema, 2 version, 3 the types that
     * belong to it ("schema.name"), whose columns depend on it. */
    [PGQ_EXTENSIONS] =
        "SELECT e.extname, n.nspname, e.extversion,"
        " ARRAY(SELECT tn.nspname || '.' || t.typname FROM pg_catalog.pg_depend x"
        "  JOIN pg_catalog.pg_type t ON t.oid = x.objid JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace"
        "  WHERE x.classid = 'pg_catalog.pg_type'::regclass AND x.refclassid = 'pg_catalog.pg_extension'::regclass"
        "  AND x.refobjid = e.oid AND x.deptype = 'e' AND t.typcategory <> 'A' ORDER BY 1)::text[]"
        " FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
        " WHERE n.nspname = ANY ($S)",

    /* Collations of the chosen schemas, not an extension's: 0 schema,
     * 1 name, 2 provider ('i' icu, 'c' libc), 3 collcollate, 4 collctype,
     * 5 the ICU locale (colliculocale in 15 and 16, colllocale after),
     * 6 deterministic, 7 comment (issue 12: joined, not looked up per row) */
    [PGQ_COLLATIONS] =
        "SELECT n.nspname, co.collname, co.collprovider, co.collcollate, co.collctype,"
        " COALESCE(pg_catalog.to_jsonb(co) ->> 'colllocale', pg_catalog.to_jsonb(co) ->> 'colliculocale'),"
        " co.collisdeterministic, ds.description"
        " FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace"
        " LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = co.oid"
        "  AND ds.classoid = 'pg_catalog.pg_collation'::regclass AND ds.objsubid = 0"
        " WHERE n.nspname = ANY ($S) AND co.collprovider IN ('i', 'c') AND"
        NOT_EXT("pg_catalog.pg_collation", "co.oid"),

    /* ---- exclusion constraints (issue 12, pg_build_exclusion.c) ---- */
    /* One row an exclusion constraint of a table read: 0-15 its index as
     * PGQ_INDEXES has them (pg_build_index_elems reads the elements there),
     * 16 name, 17 the operators in element order (text[]: an operator of
     * pg_catalog bare, another OPERATOR(schema.op)), 18 deferrable,
     * 19 deferred, 20 comment, 21 oid, 22 indisclustered (tblprops6). Few rows in any database: the
     * comment is looked up per row. */
    [PGQ_EXCLUSIONS] =
        INDEX_COLUMNS ","
        " con.conname,"
        " ARRAY(SELECT CASE WHEN opn.nspname = 'pg_catalog' THEN o.oprname::text"
        "   ELSE 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname || ')' END"
        "  FROM pg_catalog.unnest(con.conexclop) WITH ORDINALITY x(op, ord)"
        "  JOIN pg_catalog.pg_operator o ON o.oid = x.op"
        "  JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace ORDER BY x.ord)::text[],"
        " con.condeferrable, con.condeferred, pg_catalog.obj_description(con.oid, 'pg_constraint'), con.oid,"
        " i.indisclustered"
        " FROM pg_catalog.pg_constraint con"
        " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_catalog.pg_index i ON i.indexrelid = con.conindid"
        " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
        " JOIN pg_catalog.pg_am am ON am.oid = ic.relam"
        " LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = ic.reltablespace"
        " WHERE con.contype = 'x' AND con.conparentid = 0 AND " USER_TABLE
        " ORDER BY con.conrelid, con.oid",
};

/* q with $S as schemas_sql and $C as SCRATCH_RELS when `scratch`, else
 * nothing. */
static void put_query(sc_strbuf *b, const char *q, const char *schemas_sql, bool scratch)
{
    const char *p = q, *hit;
    while ((hit = strchr(p, '$')) != NULL) {
        sc_sb_putn(b, p, (size_t)(hit - p));
        if (hit[1] == 'S')
            sc_sb_puts(b, schemas_sql);
        else if (hit[1] == 'C' && scratch)
            put_query(b, SCRATCH_RELS, schemas_sql, false);
        else if (hit[1] != 'C')
            sc_sb_putn(b, hit, hit[1] ? 2 : 1);   /* another $ ($1, $$): kept as it is */
        p = hit + (hit[1] ? 2 : 1);
    }
    sc_sb_puts(b, p);
}

char *pg_sql_with_schemas(const char *q, const char *schemas_sql)
{
    sc_strbuf b = SC_STRBUF_INIT;
    put_query(&b, q, schemas_sql, false);
    return sc_sb_take(&b);
}

char *pg_inspect_sql(const char *schemas_sql, const char *search_path, bool commit, const int *qids,
                     int nq)
{
    return pg_inspect_sql_part(schemas_sql, search_path, true, commit, false, 0, qids, nq);
}

/* What reading back views alone needs (sc_inspect_opts.views_only): the
 * relations, their columns, the indexes of materialized views and their
 * names, what the views read, the comments of their columns. */
static bool views_need(int q)
{
    switch (q) {
    case PGQ_SCHEMAS: case PGQ_ENUMS: case PGQ_TABLES: case PGQ_VIEWS: case PGQ_COLUMNS:
    case PGQ_NAMES: case PGQ_INDEXES: case PGQ_VIEW_REFS: case PGQ_COMMENTS:
        return true;
    default:
        return false;
    }
}

static bool any_view_index(const sc_model *m)
{
    for (size_t i = 0; i < m->views.n; i++)
        if (SC_VEC_AT(m->views, i, sc_view)->indexes.n)
            return true;
    return false;
}

static bool any_table_has(const sc_model *m, bool policies)
{
    for (size_t i = 0; i < m->tables.n; i++) {
        const sc_table *t = SC_VEC_AT(m->tables, i, sc_table);
        if (policies && t->policies.n)
            return true;
        for (size_t j = 0; !policies && j < t->constraints.n; j++)
            if (SC_VEC_AT(t->constraints, j, sc_constraint)->kind == SC_CON_EXCLUDE)
                return true;
    }
    return false;
}

/* Whether a scratch load of m creates nothing query q reads: each of these
 * kinds is only ever created from the model, or implied by a table (an
 * identity's sequence, a key's index); comments and names are cheap. Views
 * over the live tables (the ahead load) create no table at all. */
static bool loads_none(const sc_model *m, int q)
{
    switch (q) {
    case PGQ_ENUMS: return m->enums.n == 0;
    case PGQ_TABLES: case PGQ_CONSTRAINTS: return m->tables.n == 0;
    case PGQ_SEQUENCES: return m->tables.n == 0 && m->sequences.n == 0;
    case PGQ_INDEXES: return m->tables.n == 0 && !any_view_index(m);
    case PGQ_VIEWS: case PGQ_VIEW_REFS: return m->views.n == 0;
    case PGQ_UTYPES: case PGQ_UTYPE_PARTS: return m->utypes.n == 0;
    case PGQ_EXTENSIONS: return m->extensions.n == 0;
    case PGQ_COLLATIONS: return m->collations.n == 0;
    case PGQ_POLICIES: return !any_table_has(m, true);
    case PGQ_EXCLUSIONS: return !any_table_has(m, false);
    default: return false;
    }
}

_Static_assert(PGQ_COUNT <= 32, "pg_unread_queries keeps one bit a query");

uint32_t pg_unread_queries(const sc_inspect_opts *opts)
{
    uint32_t unread = 0;
    for (int q = 0; opts && q < PGQ_COUNT; q++)
        if ((opts->views_only && !views_need(q)) || (opts->loaded && loads_none(opts->loaded, q)))
            unread |= UINT32_C(1) << q;
    return unread;
}

char *pg_inspect_sql_part(const char *schemas_sql, const char *search_path, bool preamble, bool commit,
                          bool scratch, uint32_t unread, const int *qids, int nq)
{
    sc_strbuf b = SC_STRBUF_INIT;
    /* A fixed search_path makes format_type and pg_get_expr spell names the
     * same way whatever the role's settings: objects of public unqualified,
     * others qualified. */
    if (preamble)
        sc_sb_printf(&b, "SET LOCAL search_path = %s;\n", search_path ? search_path : "public");
    /* Whole-catalog reads: sorts in memory, no JIT start-up. */
    if (preamble)
        sc_sb_puts(&b, "SET LOCAL work_mem = '64MB';\n"
                       "SET LOCAL jit = off;\n");
    for (int i = 0; i < nq; i++) {
        /* what the read need not run (pg_unread_queries): the query over
         * no schema, under LIMIT 0, which returns no row without running
         * it (its result, with its columns, is still one the reader
         * counts). Over no schema alone, the server still joins whole
         * catalogs before it finds no row: 20-60 ms a query on 5,000
         * tables, for each scratch load read back. */
        bool empty = unread & (UINT32_C(1) << qids[i]);
        if (empty)
            sc_sb_puts(&b, "SELECT * FROM (");
        put_query(&b, queries[qids[i]], empty ? "ARRAY[]::name[]" : schemas_sql, scratch);
        sc_sb_puts(&b, empty ? ") AS schemac_none LIMIT 0;\n" : ";\n");
    }
    if (commit)
        sc_sb_puts(&b, "COMMIT;\n");
    return sc_sb_take(&b);
}

char *pg_count_sql(const char *schemas_sql)
{
    sc_strbuf b = SC_STRBUF_INIT;
    put_query(&b, "SELECT pg_catalog.pg_export_snapshot(), (SELECT count(*) FROM pg_catalog.pg_class c"
                  " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY ($S))",
              schemas_sql, false);
    return sc_sb_take(&b);
}
