CREATE TABLE "order" (
    id serial PRIMARY KEY,
    "group" character varying(20) NOT NULL DEFAULT 'none',
    "user name" character varying(80),
    "limit" integer CHECK ("limit" > 0)
);
CREATE TABLE "Line Items" (
    id serial PRIMARY KEY,
    order_id integer REFERENCES "order" (id) ON DELETE CASCADE,
    "desc" text,
    "Qty" integer DEFAULT 1
);
CREATE INDEX "Line Items_order_id_idx" ON "Line Items" (order_id, "Qty");
CREATE UNIQUE INDEX "order_group_user name_key" ON "order" ("group", "user name");
