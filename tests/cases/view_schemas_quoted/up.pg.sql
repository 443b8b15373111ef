-- view summary
-- re-created: reads reports."Big Orders", which is re-created
DROP VIEW summary;

-- view reports."Big Orders"
-- re-created: reads "App Data"."Orders"."Total", whose type changes
DROP VIEW reports."Big Orders";

-- table "App Data"."Orders"
ALTER TABLE "App Data"."Orders" ALTER COLUMN "Total" TYPE numeric(12,2);

-- view reports."Big Orders"
-- re-created: reads "App Data"."Orders"."Total", whose type changes
CREATE VIEW reports."Big Orders" AS
select id, "Total" from "App Data"."Orders" where "Total" > 10;

-- view summary
-- re-created: reads reports."Big Orders", which is re-created
CREATE VIEW summary AS
select count(*) as n from reports."Big Orders";
