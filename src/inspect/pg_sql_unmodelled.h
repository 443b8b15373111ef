/* pg_sql_unmodelled.h - the second half of PGQ_UNMODELLED (pg_sql.c): the
 * properties of modelled objects that pg_dump --schema-only writes and the
 * model does not hold (silent7's audit: two databases differing only in one
 * of these diffed as the same). Each is named, as the objects of the first
 * half are; rows of the same four columns (kind, plural, name, the
 * relation's oid or NULL), UNION ALL'ed onto it. Included by pg_sql.c
 * alone, after QN, NOT_EXT and USER_REL. Whether a kind is named with or
 * without --with-privileges is pg_unmodelled.c's (its kind lists). */
#ifndef SC_PG_SQL_UNMODELLED_H
#define SC_PG_SQL_UNMODELLED_H

/* a relation's name and one of its own (a column, an index, a trigger) */
#define QN2(nsp, rel, sub) QN(nsp, rel) " || '.' || pg_catalog.quote_ident(" sub ")"

/* The current database's owner: owners of other roles are named. */
#define DB_OWNER "(SELECT d.datdba FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())"

/* joins the comment of the object oid of catalog cls (rows with one only) */
#define DESCRIBED(cls, oid) \
    "  JOIN pg_catalog.pg_description ds ON ds.objoid = " oid " AND ds.classoid = '" cls "'::regclass AND ds.objsubid = 0"

#define UNMODELLED_PROPS                                                                                       \
    /* a table's, partition's or materialized view's tablespace (an     */                                     \
    /* index's is modelled) and a table access method other than heap   */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'relation in a tablespace', 'relations in a tablespace',"                                         \
    "  " QN("n.nspname", "c.relname") " || ' (' || pg_catalog.quote_ident(ts.spcname) || ')', c.oid"           \
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                    \
    "  JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace"                                           \
    "  WHERE " USER_REL                                                                                        \
    " UNION ALL"                                                                                               \
    " SELECT 'table access method', 'table access methods',"                                                   \
    "  " QN("n.nspname", "c.relname") " || ' (' || pg_catalog.quote_ident(am.amname) || ')', c.oid"            \
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                    \
    "  JOIN pg_catalog.pg_am am ON am.oid = c.relam"                                                           \
    "  WHERE " USER_REL " AND c.relkind IN ('r', 'm') AND am.amname <> 'heap'"                                \
    /* a materialized view's TOAST parameters (a table's: modelled)     */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'toast storage parameter', 'toast storage parameters',"                                           \
    "  " QN("n.nspname", "c.relname") " || ' (' || pg_catalog.array_to_string(ARRAY(SELECT 'toast.' || o"      \
    "   FROM pg_catalog.unnest(tc.reloptions) o), ', ') || ')', c.oid"                                        \
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                    \
    "  JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid"                                                \
    "  WHERE " USER_REL " AND c.relkind = 'm' AND tc.reloptions IS NOT NULL"                               \
    /* a materialized view's column storage and compression             */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'materialized view column storage or compression',"                                               \
    "  'materialized view columns storage or compression',"                                                    \
    "  " QN2("n.nspname", "c.relname", "a.attname") ", c.oid"                                                  \
    "  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"                        \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    "  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"                                                        \
    "  WHERE c.relkind = 'm' AND a.attnum > 0 AND NOT a.attisdropped AND " USER_REL                            \
    /* attcompression: PostgreSQL 14 on; '' (no compression of its own) */                                     \
    "  AND (a.attstorage <> t.typstorage"                                                                      \
    "   OR COALESCE(pg_catalog.to_jsonb(a) ->> 'attcompression', '') NOT IN ('', '\\u0000'))"                  \
    /* a partition's or child's inherited column stored or compressed  */                                     \
    /* otherwise than its parent's (CREATE ... PARTITION OF / INHERITS  */                                     \
    /* copies the parent's, ALTER of the parent recurses)               */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'inherited column storage or compression of its own',"                                            \
    "  'inherited columns storage or compression of their own',"                                               \
    "  " QN2("n.nspname", "c.relname", "a.attname") ", c.oid"                                                  \
    "  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"                        \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    "  WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND NOT a.attislocal AND " USER_REL \
    "  AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih JOIN pg_catalog.pg_attribute pa"                   \
    "   ON pa.attrelid = ih.inhparent AND pa.attname = a.attname"                                              \
    "   WHERE ih.inhrelid = c.oid AND (pa.attstorage <> a.attstorage"                                          \
    "   OR pg_catalog.to_jsonb(pa) ->> 'attcompression' IS DISTINCT FROM pg_catalog.to_jsonb(a) ->> 'attcompression'))" \
    /* an identity column's sequence: its name where CREATE would give  */                                     \
    /* another (makeObjectName: table_column_seq, the longer of the two */                                     \
    /* parts cut to fit 63 bytes; ASCII names), and its comment         */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'identity sequence name', 'identity sequence names',"                                             \
    "  " QN2("n.nspname", "c.relname", "a.attname") " || ' (' || pg_catalog.quote_ident(s.relname) || ')', c.oid" \
    "  FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class s ON s.oid = d.objid"                              \
    "  JOIN pg_catalog.pg_class c ON c.oid = d.refobjid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" \
    "  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid"                      \
    "  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass"   \
    "  AND d.deptype = 'i' AND s.relkind = 'S' AND " USER_REL                                                  \
    "  AND s.relname <> pg_catalog.left(c.relname, LEAST(pg_catalog.length(c.relname),"                        \
    "   GREATEST(58 - pg_catalog.length(a.attname), 29))) || '_'"                                              \
    "   || pg_catalog.left(a.attname, LEAST(pg_catalog.length(a.attname),"                                    \
    "   GREATEST(58 - pg_catalog.length(c.relname), 29))) || '_seq'"                                           \
    " UNION ALL"                                                                                               \
    " SELECT 'comment on an identity sequence', 'comments on identity sequences',"                             \
    "  " QN("n.nspname", "s.relname") ", c.oid"                                                                \
    "  FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class s ON s.oid = d.objid"                              \
    "  JOIN pg_catalog.pg_class c ON c.oid = d.refobjid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" \
    DESCRIBED("pg_catalog.pg_class", "s.oid")                                                          \
    "  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass"   \
    "  AND d.deptype = 'i' AND s.relkind = 'S' AND " USER_REL                                                  \
    /* an unlogged sequence, but one of an unlogged table's columns     */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'unlogged sequence', 'unlogged sequences', " QN("n.nspname", "c.relname") ", NULL"                \
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                    \
    "  WHERE c.relkind = 'S' AND c.relpersistence = 'u' AND n.nspname = ANY ($S)"                             \
    "  AND" NOT_EXT("pg_catalog.pg_class", "c.oid")                                                            \
    "  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class t ON t.oid = d.refobjid"  \
    "   WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid"                                \
    "   AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i') AND t.relpersistence = 'u')" \
    /* a view's column default (ALTER VIEW ... SET DEFAULT) and a table */                                     \
    /* made OF a composite type                                         */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'view column default', 'view column defaults', " QN2("n.nspname", "c.relname", "a.attname") ", c.oid" \
    "  FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid"                         \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    "  JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum"                      \
    "  WHERE c.relkind = 'v' AND " USER_REL                                                                    \
    " UNION ALL"                                                                                               \
    " SELECT 'typed table', 'typed tables',"                                                                   \
    "  " QN("n.nspname", "c.relname") " || ' (of ' || pg_catalog.format_type(c.reloftype, NULL) || ')', c.oid" \
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                    \
    "  WHERE c.reloftype <> 0 AND " USER_REL                                                                   \
    /* ON DELETE SET NULL (a) / SET DEFAULT (a): the column list        */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'foreign key action column list', 'foreign key action column lists',"                             \
    "  " QN2("n.nspname", "c.relname", "con.conname") ", c.oid"                                                \
    "  FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"                   \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    "  WHERE con.contype = 'f' AND con.confdeltype IN ('n', 'd') AND " USER_REL                                \
    "  AND pg_catalog.pg_get_constraintdef(con.oid) ~ 'ON DELETE SET (NULL|DEFAULT) [(]'"                      \
    /* a partitioned index made ON ONLY the parent and not attached     */                                     \
    /* on every partition (an index column's statistics target: pg_sql.c) */                                 \
    " UNION ALL"                                                                                               \
    " SELECT 'partitioned index not on every partition', 'partitioned indexes not on every partition',"        \
    "  " QN2("n.nspname", "c.relname", "ic.relname") ", c.oid"                                                 \
    "  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"                        \
    "  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" \
    "  WHERE NOT i.indisvalid AND ic.relkind = 'I' AND " USER_REL                                              \
    /* a partition's clone of its parent's trigger, enabled otherwise   */                                     \
    /* (tgparentid: PostgreSQL 13 on)                                   */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'partition trigger enabled otherwise than its parent''s',"                                        \
    "  'partition triggers enabled otherwise than their parent''s',"                                           \
    "  " QN2("n.nspname", "c.relname", "tg.tgname") " || ' (' || CASE tg.tgenabled WHEN 'D' THEN 'disabled'"   \
    "   WHEN 'R' THEN 'replica' WHEN 'A' THEN 'always' ELSE 'enabled' END || ')', c.oid"                      \
    "  FROM pg_catalog.pg_trigger tg JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid"                         \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    "  JOIN pg_catalog.pg_trigger pt ON pt.oid = (pg_catalog.to_jsonb(tg) ->> 'tgparentid')::oid"              \
    "  WHERE tg.tgenabled <> pt.tgenabled AND c.relispartition AND " USER_REL                                  \
    /* comments on what a partition or child inherits: a column, a     */                                     \
    /* constraint cloned from its parent's                              */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'comment on an inherited column', 'comments on inherited columns',"                               \
    "  " QN2("n.nspname", "c.relname", "a.attname") ", c.oid"                                                  \
    "  FROM pg_catalog.pg_description ds JOIN pg_catalog.pg_class c ON c.oid = ds.objoid"                      \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    "  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = ds.objsubid"                        \
    "  WHERE ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid > 0 AND NOT a.attislocal"          \
    "  AND c.relkind IN ('r', 'p') AND " USER_REL                                                              \
    " UNION ALL"                                                                                               \
    " SELECT 'comment on an inherited constraint', 'comments on inherited constraints',"                       \
    "  " QN2("n.nspname", "c.relname", "con.conname") ", c.oid"                                                \
    "  FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"                   \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    DESCRIBED("pg_catalog.pg_constraint", "con.oid")                                                   \
    "  WHERE con.conparentid <> 0 AND " USER_REL                                                               \
    /* comments on a partition's index attached to its parent's (the    */                                     \
    /* model holds the parent's), a materialized view's index, the      */                                     \
    /* index of a primary key, unique or exclusion constraint (the      */                                     \
    /* constraint's comment is modelled), a domain's constraint, a      */                                     \
    /* composite type's attribute                                       */                                     \
    " UNION ALL"                                                                                               \
    " SELECT CASE WHEN k.con THEN 'comment on a constraint''s index'"                                          \
    "  WHEN c.relkind = 'm' THEN 'comment on a materialized view index'"                                       \
    "  ELSE 'comment on an attached partition index' END,"                                                     \
    "  CASE WHEN k.con THEN 'comments on constraints'' indexes'"                                               \
    "  WHEN c.relkind = 'm' THEN 'comments on materialized view indexes'"                                      \
    "  ELSE 'comments on attached partition indexes' END,"                                                     \
    "  " QN2("n.nspname", "c.relname", "ic.relname") ", c.oid"                                                 \
    "  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"                        \
    "  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" \
    DESCRIBED("pg_catalog.pg_class", "ic.oid")                                                         \
    "  CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint kc"                           \
    "   WHERE kc.conindid = ic.oid AND kc.conrelid = c.oid AND kc.contype IN ('p', 'u', 'x')) AS con) k"       \
    "  WHERE (ic.relispartition OR c.relkind = 'm' OR k.con) AND " USER_REL                                    \
    " UNION ALL"                                                                                               \
    " SELECT 'comment on a domain constraint', 'comments on domain constraints',"                              \
    "  " QN2("n.nspname", "t.typname", "con.conname") ", NULL"                                                 \
    "  FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_type t ON t.oid = con.contypid"                    \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"                                               \
    DESCRIBED("pg_catalog.pg_constraint", "con.oid")                                                   \
    "  WHERE con.contypid <> 0 AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "t.oid")           \
    " UNION ALL"                                                                                               \
    " SELECT 'comment on a composite type attribute', 'comments on composite type attributes',"                \
    "  " QN2("n.nspname", "c.relname", "a.attname") ", NULL"                                                   \
    "  FROM pg_catalog.pg_description ds JOIN pg_catalog.pg_class c ON c.oid = ds.objoid"                      \
    "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                               \
    "  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = ds.objsubid"                        \
    "  WHERE ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid > 0 AND c.relkind = 'c'"           \
    "  AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_type", "c.reltype")                                \
    /* an extension's comment other than its control file's; an object  */                                     \
    /* marked DEPENDS ON EXTENSION                                      */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'extension comment', 'extension comments', pg_catalog.quote_ident(e.extname), NULL"               \
    "  FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"                \
    "  LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = e.oid"                                            \
    "   AND ds.classoid = 'pg_catalog.pg_extension'::regclass AND ds.objsubid = 0"                            \
    "  LEFT JOIN pg_catalog.pg_available_extensions av ON av.name = e.extname"                                 \
    "  WHERE n.nspname = ANY ($S) AND ds.description IS DISTINCT FROM av.comment"                              \
    " UNION ALL"                                                                                               \
    " SELECT 'dependency on an extension', 'dependencies on extensions',"                                      \
    "  pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) || ' on ' || pg_catalog.quote_ident(e.extname), NULL" \
    "  FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid"                       \
    "  WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'x'"                           \
    /* a transform (database-wide)                                      */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'transform', 'transforms', 'for ' || pg_catalog.format_type(tr.trftype, NULL)"                    \
    "  || ' language ' || pg_catalog.quote_ident(l.lanname), NULL"                                             \
    "  FROM pg_catalog.pg_transform tr JOIN pg_catalog.pg_language l ON l.oid = tr.trflang"                    \
    "  WHERE" NOT_EXT("pg_catalog.pg_transform", "tr.oid")                                                     \
    /* privileges the model does not hold, even with --with-privileges: */                                     \
    /* a language's, an aggregate's, what an initial grant of a schema  */                                     \
    /* (public's USAGE to PUBLIC) lost, and default privileges that     */                                     \
    /* revoke one of PostgreSQL's defaults                              */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'language with granted privileges', 'languages with granted privileges',"                         \
    "  pg_catalog.quote_ident(l.lanname), NULL"                                                                \
    "  FROM pg_catalog.pg_language l WHERE l.lanacl IS NOT NULL"                                               \
    "  AND l.lanacl IS DISTINCT FROM COALESCE((SELECT ip.initprivs FROM pg_catalog.pg_init_privs ip"           \
    "   WHERE ip.objoid = l.oid AND ip.classoid = 'pg_catalog.pg_language'::regclass AND ip.objsubid = 0),"   \
    "   pg_catalog.acldefault('l'::\"char\", l.lanowner))"                                                    \
    " UNION ALL"                                                                                               \
    " SELECT 'aggregate with granted privileges', 'aggregates with granted privileges',"                       \
    "  " QN("n.nspname", "p.proname") " || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')', NULL"      \
    "  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"                     \
    "  WHERE p.prokind = 'a' AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_proc", "p.oid")             \
    "  AND p.proacl IS NOT NULL AND p.proacl <> pg_catalog.acldefault('f'::\"char\", p.proowner)"             \
    " UNION ALL"                                                                                               \
    " SELECT 'schema with an initial grant revoked', 'schemas with an initial grant revoked',"                 \
    "  pg_catalog.quote_ident(n.nspname), NULL"                                                                \
    "  FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_init_privs ip ON ip.objoid = n.oid"                   \
    "   AND ip.classoid = 'pg_catalog.pg_namespace'::regclass AND ip.objsubid = 0"                            \
    "  WHERE n.nspname = ANY ($S) AND EXISTS (SELECT e.grantee, e.privilege_type"                              \
    "   FROM pg_catalog.aclexplode(ip.initprivs) e WHERE e.grantee <> e.grantor"                               \
    "   EXCEPT SELECT g.grantee, g.privilege_type"                                                             \
    "   FROM pg_catalog.aclexplode(COALESCE(n.nspacl, pg_catalog.acldefault('n'::\"char\", n.nspowner))) g)"  \
    " UNION ALL"                                                                                               \
    " SELECT 'default privileges revoking a default', 'default privileges revoking a default',"                \
    "  'for role ' || pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(da.defaclrole))"                       \
    "  || ' on ' || CASE da.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences'"                    \
    "   WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' ELSE 'schemas' END, NULL"                              \
    "  FROM pg_catalog.pg_default_acl da WHERE da.defaclnamespace = 0 AND EXISTS (SELECT *"                    \
    "   FROM pg_catalog.aclexplode(pg_catalog.acldefault(CASE da.defaclobjtype WHEN 'S' THEN 's'"              \
    "    ELSE da.defaclobjtype END::\"char\", da.defaclrole))"                                                 \
    "   EXCEPT SELECT * FROM pg_catalog.aclexplode(da.defaclacl))"                                             \
    /* owners the model does not hold (--with-privileges): an           */                                     \
    /* aggregate's and a collation's, when not the database's owner; a  */                                     \
    /* partition's, when not its parent's; a partition's column grants  */                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'partition with column privileges', 'partitions with column privileges',"                         \
    "  " QN("n.nspname", "c.relname") ", c.oid"                                                                \
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                    \
    "  WHERE c.relispartition AND " USER_REL " AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a"            \
    "   WHERE a.attrelid = c.oid AND a.attnum > 0 AND a.attacl IS NOT NULL)"                                   \
    " UNION ALL"                                                                                               \
    " SELECT 'partition owner', 'partition owners',"                                                           \
    "  " QN("n.nspname", "c.relname") " || ' (' || pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(c.relowner)) || ')', c.oid" \
    "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                    \
    "  JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = c.oid JOIN pg_catalog.pg_class pc ON pc.oid = ih.inhparent" \
    "  WHERE c.relispartition AND c.relowner <> pc.relowner AND " USER_REL                                     \
    " UNION ALL"                                                                                               \
    " SELECT 'aggregate owner', 'aggregate owners',"                                                           \
    "  " QN("n.nspname", "p.proname") " || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ') ('"           \
    "  || pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(p.proowner)) || ')', NULL"                         \
    "  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"                     \
    "  WHERE p.prokind = 'a' AND n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_proc", "p.oid")             \
    "  AND p.proowner <> " DB_OWNER                                                                            \
    " UNION ALL"                                                                                               \
    " SELECT 'collation owner', 'collation owners',"                                                           \
    "  " QN("n.nspname", "co.collname") " || ' (' || pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(co.collowner)) || ')', NULL" \
    "  FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace"             \
    "  WHERE n.nspname = ANY ($S) AND" NOT_EXT("pg_catalog.pg_collation", "co.oid")                            \
    "  AND co.collowner <> " DB_OWNER

#endif
