-- table docs
-- re-created: the type of docs.tenant changes
DROP POLICY tenant_read ON docs;
-- HAZARD: type of docs.tenant changes from bigint to integer: values may not fit
ALTER TABLE docs ALTER COLUMN tenant TYPE integer;
ALTER TABLE docs ADD COLUMN owner text;
-- re-created: the type of docs.tenant changes
CREATE POLICY tenant_read ON docs FOR SELECT USING (tenant = current_setting('app.tenant', true)::int);
CREATE POLICY owner_write ON docs FOR UPDATE USING (owner = current_user);
