-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

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

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
