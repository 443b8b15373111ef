CREATE TABLE "order" (
  id INTEGER PRIMARY KEY,
  "group" VARCHAR(20) NOT NULL DEFAULT 'none',
  "user name" VARCHAR(80),
  "limit" INTEGER CHECK ("limit" > 0)
);
CREATE TABLE "Line Items" (
  id INTEGER PRIMARY KEY,
  order_id INTEGER REFERENCES "order" (id) ON DELETE CASCADE,
  "desc" TEXT,
  "Qty" INTEGER DEFAULT 1
);
CREATE INDEX "Line Items_order_id_idx" ON "Line Items" (order_id, "Qty");
CREATE UNIQUE INDEX "order_group_user name_key" ON "order" ("group", "user name");
