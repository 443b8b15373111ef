-- view my_docs
-- re-created: reads function tenant(), which is dropped
DROP VIEW my_docs;

-- trigger docs_touch on docs
-- re-created: calls tenant(), which is re-created
DROP TRIGGER docs_touch ON public.docs;

-- table docs
-- re-created: calls tenant(), which is re-created
DROP POLICY docs_tenant ON docs;

-- domain tenant_id
-- re-created: calls tenant(), which is dropped
ALTER DOMAIN tenant_id DROP DEFAULT;

-- table docs
-- re-created: calls tenant(), which is dropped
ALTER TABLE docs DROP CONSTRAINT ck_docs_tenant;
-- re-created: calls tenant(), which is dropped
ALTER TABLE docs ALTER COLUMN tenant DROP DEFAULT;

-- function tenant()
DROP FUNCTION public.tenant();

-- function tenant(boolean)
SET check_function_bodies = false;
create function tenant(strict_mode boolean default false) returns integer language sql stable as $$ select 7 $$;

-- domain tenant_id
-- re-created: calls tenant(), which is dropped
ALTER DOMAIN tenant_id SET DEFAULT tenant();

-- table docs
-- re-created: calls tenant(), which is dropped
ALTER TABLE docs ALTER COLUMN tenant SET DEFAULT tenant();
-- re-created: calls tenant(), which is dropped
ALTER TABLE docs
    ADD CONSTRAINT ck_docs_tenant CHECK (tenant > 0 or tenant = tenant());
-- re-created: calls tenant(), which is re-created
CREATE POLICY docs_tenant ON docs USING (tenant = tenant());

-- view my_docs
-- re-created: reads function tenant(), which is dropped
CREATE VIEW my_docs AS
select id, body from docs where tenant = tenant();

-- trigger docs_touch on docs
-- re-created: calls tenant(), which is re-created
create trigger docs_touch before update on docs for each row when (tenant() is not null) execute function touch();
