-- table t
ALTER TABLE t ALTER COLUMN id DROP IDENTITY;

-- sequence t_id_seq
CREATE SEQUENCE t_id_seq AS integer;

-- table t
ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass);
SELECT setval('t_id_seq', max(id)) FROM t HAVING max(id) IS NOT NULL;

-- sequence t_id_seq
ALTER SEQUENCE t_id_seq OWNED BY t.id;
