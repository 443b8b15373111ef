-- table scratch
ALTER TABLE scratch RESET (autovacuum_vacuum_scale_factor);
ALTER TABLE scratch SET UNLOGGED;

-- table fresh
-- HAZARD: drops table fresh and all its rows
DROP TABLE fresh;

-- table cache
ALTER TABLE cache SET (fillfactor=70, autovacuum_enabled=false);
ALTER TABLE cache RESET (toast_tuple_target);
ALTER TABLE cache SET LOGGED;
