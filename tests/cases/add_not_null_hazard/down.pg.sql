-- table drafts
-- HAZARD: drops column drafts.code and its data
ALTER TABLE drafts DROP COLUMN code;
-- HAZARD: adds NOT NULL column drafts.legacy without a default: fails if drafts has rows: give it a default or add it nullable, fill it, then set NOT NULL
ALTER TABLE drafts ADD COLUMN legacy text NOT NULL;

-- table accounts
-- HAZARD: drops column accounts.created and its data
ALTER TABLE accounts DROP COLUMN created;
-- HAZARD: drops column accounts.note and its data
ALTER TABLE accounts DROP COLUMN note;
-- HAZARD: drops column accounts.active and its data
ALTER TABLE accounts DROP COLUMN active;
