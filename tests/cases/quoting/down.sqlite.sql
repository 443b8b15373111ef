-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table "order"
-- HAZARD: type of "Orders"."Mixed Case" changes from bigint to integer: values may not fit
-- HAZARD: drops column "Orders"."user" and its data
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE "Orders" RENAME TO "_schemac_old_Orders";
PRAGMA legacy_alter_table = OFF;
CREATE TABLE "Orders" (
    id           integer,
    "from"       text,
    "Mixed Case" integer,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'order', count(*) FROM "_schemac_old_Orders";
INSERT INTO "Orders" (id, "from", "Mixed Case")
    SELECT id, "to", "Mixed Case" FROM "_schemac_old_Orders";
DROP TABLE "_schemac_old_Orders";
CREATE INDEX "ix order from" ON "Orders" ("from");
ALTER TABLE "Orders" RENAME TO "order";

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of order failed: rolled back, nothing changed" CHECK (tbl IS NOT 'order'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'order' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'order' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'ix order from' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'order');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'order' AND n <> (SELECT count(*) FROM "order");
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

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
