-- table cache
ALTER TABLE cache SET (fillfactor=80, toast_tuple_target=256);
ALTER TABLE cache RESET (autovacuum_enabled);
ALTER TABLE cache SET UNLOGGED;

-- table fresh
CREATE UNLOGGED TABLE fresh (
    id integer NOT NULL,
    CONSTRAINT pk_fresh PRIMARY KEY (id)
) WITH (fillfactor=50);

-- table scratch
ALTER TABLE scratch SET (autovacuum_vacuum_scale_factor=0.05);
ALTER TABLE scratch SET LOGGED;
