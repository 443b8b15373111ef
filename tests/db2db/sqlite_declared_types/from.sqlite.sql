-- issue 13: declared types kept verbatim through a rebuild (a CHECK is added):
-- an untyped column keeps BLOB affinity, odd type names keep their text and
-- so their affinity; typeof() of every stored value is the same throughout
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  data,
  v varchar(20),
  ts timestamp,
  d double precision,
  u unsigned big int,
  b BLOB,
  n NUMERIC,
  s STRING
);
