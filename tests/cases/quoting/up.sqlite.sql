-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table "Orders"
ALTER TABLE "order" RENAME TO "Orders";
-- HAZARD: "Orders"."Mixed Case" becomes NOT NULL: fails if it holds NULLs
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE "_schemac_new_Orders" (
    id           integer NOT NULL,
    "to"         text,
    "Mixed Case" bigint  DEFAULT 0 NOT NULL,
    "user"       text    DEFAULT 'it''s',
    CONSTRAINT "pk_Orders" PRIMARY KEY (id)
);
INSERT INTO "_schemac_new_Orders" (id, "to", "Mixed Case")
    SELECT id, "from", "Mixed Case" FROM "Orders";
DROP TABLE "Orders";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_schemac_new_Orders" RENAME TO "Orders";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "ix order from" ON "Orders" ("to");

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
