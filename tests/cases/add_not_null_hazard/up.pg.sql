-- table accounts
ALTER TABLE accounts ADD COLUMN active boolean DEFAULT true NOT NULL;
ALTER TABLE accounts ADD COLUMN note text;
ALTER TABLE accounts ADD COLUMN created timestamp with time zone DEFAULT now() NOT NULL;

-- table drafts
-- HAZARD: drops column drafts.legacy and its data
ALTER TABLE drafts DROP COLUMN legacy;
-- HAZARD: adds NOT NULL column drafts.code without a default: fails if drafts has rows: give it a default or add it nullable, fill it, then set NOT NULL
ALTER TABLE drafts ADD COLUMN code text NOT NULL;
