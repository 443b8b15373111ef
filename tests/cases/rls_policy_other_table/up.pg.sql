-- table docs
-- re-created: the type of members.org changes
DROP POLICY org_members ON docs;

-- table members
ALTER TABLE members ALTER COLUMN org TYPE bigint;

-- table docs
-- re-created: the type of members.org changes
CREATE POLICY org_members ON docs USING (exists (select 1 from members m where m.org = docs.org and m.id = current_setting('app.member', true)::int));
