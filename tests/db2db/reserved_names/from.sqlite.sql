CREATE TABLE "order" (
  id INTEGER PRIMARY KEY,
  "group" TEXT,
  "Select" INTEGER,
  "user name" VARCHAR(40)
);
CREATE TABLE "Line Items" (
  id INTEGER PRIMARY KEY,
  order_id INTEGER REFERENCES "order" (id),
  "desc" TEXT
);
