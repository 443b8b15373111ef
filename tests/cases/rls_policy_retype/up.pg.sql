-- table docs
DROP POLICY owner_write ON docs;
-- re-created: the type of docs.tenant changes
DROP POLICY tenant_read ON docs;
-- HAZARD: drops column docs.owner and its data
ALTER TABLE docs DROP COLUMN owner;
ALTER TABLE docs ALTER COLUMN tenant TYPE bigint;
-- re-created: the type of docs.tenant changes
CREATE POLICY tenant_read ON docs FOR SELECT USING (tenant = current_setting('app.tenant', true)::int);
