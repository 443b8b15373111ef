-- table period
-- HAZARD: drops table period and all its rows
DROP TABLE period;

-- table account
ALTER INDEX uq_account_nick SET (fillfactor=90);
ALTER INDEX uq_account_email RESET (fillfactor, deduplicate_items);
ALTER INDEX pk_account RESET (fillfactor);
DO $schemac$ BEGIN EXECUTE pg_catalog.format('ALTER INDEX %s SET TABLESPACE %I', 'pk_account', (SELECT t.spcname FROM pg_catalog.pg_database d JOIN pg_catalog.pg_tablespace t ON t.oid = d.dattablespace WHERE d.datname = pg_catalog.current_database())); END $schemac$;
