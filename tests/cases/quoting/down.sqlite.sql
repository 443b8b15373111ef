-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table "order"
-- HAZARD: type of "Orders"."Mixed Case" changes from bigint to integer: values may not fit
-- HAZARD: drops column "Orders"."user" and its data
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE "_schemac_new_Orders" (
    id           integer NOT NULL,
    "from"       text,
    "Mixed Case" integer,
    CONSTRAINT pk_order PRIMARY KEY (id)
);
INSERT INTO "_schemac_new_Orders" (id, "from", "Mixed Case")
    SELECT id, "to", "Mixed Case" FROM "Orders";
DROP TABLE "Orders";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_schemac_new_Orders" RENAME TO "Orders";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "ix order from" ON "Orders" ("from");
ALTER TABLE "Orders" RENAME TO "order";

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
