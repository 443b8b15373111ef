-- table fresh
CREATE TABLE fresh (
    id integer NOT NULL,
    v  text,
    CONSTRAINT pk_fresh PRIMARY KEY (id)
);
ALTER TABLE fresh ALTER COLUMN v SET (n_distinct=7, n_distinct_inherited=0.5);

-- table items
ALTER TABLE items ADD COLUMN extra text;
ALTER TABLE items ALTER COLUMN extra SET STORAGE external;
ALTER TABLE items ALTER COLUMN extra SET (n_distinct=-0.25);
ALTER TABLE items ALTER COLUMN note SET STATISTICS 300;
ALTER TABLE items ALTER COLUMN note SET (n_distinct_inherited=-1);
ALTER TABLE items ALTER COLUMN qty SET (n_distinct=200);
ALTER TABLE items ALTER COLUMN qty RESET (n_distinct_inherited);
ALTER TABLE items ALTER COLUMN sku RESET (n_distinct);

-- table gone
-- HAZARD: drops table gone and all its rows
DROP TABLE gone;
