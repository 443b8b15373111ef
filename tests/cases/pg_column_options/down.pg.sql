-- table gone
CREATE TABLE gone (
    id integer NOT NULL,
    v  text,
    CONSTRAINT pk_gone PRIMARY KEY (id)
);
ALTER TABLE gone ALTER COLUMN v SET (n_distinct=5);

-- table items
ALTER TABLE items ALTER COLUMN sku SET (n_distinct=-0.5);
ALTER TABLE items ALTER COLUMN qty SET (n_distinct=100, n_distinct_inherited=20);
ALTER TABLE items ALTER COLUMN note SET STATISTICS -1;
ALTER TABLE items ALTER COLUMN note RESET (n_distinct_inherited);
-- HAZARD: drops column items.extra and its data
ALTER TABLE items DROP COLUMN extra;

-- table fresh
-- HAZARD: drops table fresh and all its rows
DROP TABLE fresh;
