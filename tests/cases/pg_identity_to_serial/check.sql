-- the next value after the rows (a sequence is not rolled back): the
-- same before the up script and after the down script
BEGIN;
INSERT INTO t (v) VALUES ('x') RETURNING id;
ROLLBACK;
