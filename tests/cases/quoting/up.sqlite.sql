-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

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

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
