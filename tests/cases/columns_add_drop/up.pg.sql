-- table items
-- HAZARD: drops column items.legacy and its data
ALTER TABLE items DROP COLUMN legacy;
ALTER TABLE items ADD COLUMN qty integer DEFAULT 0 NOT NULL;
ALTER TABLE items ADD COLUMN note character varying(200);
ALTER TABLE items ADD COLUMN active boolean DEFAULT true NOT NULL;
