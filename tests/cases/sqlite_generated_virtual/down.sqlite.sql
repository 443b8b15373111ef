-- table h
ALTER TABLE h DROP COLUMN s;

-- table g
ALTER TABLE g DROP COLUMN w;
