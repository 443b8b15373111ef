CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  data,
  v VARCHAR(40),
  ts timestamp,
  d double precision,
  u unsigned big int,
  b BLOB,
  n NUMERIC,
  s STRING,
  CHECK (id > 0)
);
