-- names that must be quoted: reserved words, upper case, spaces
CREATE TABLE "order" (
    id serial PRIMARY KEY,
    "group" text,
    "Select" integer,
    "user name" character varying(40)
);
CREATE TABLE "Line Items" (
    id serial PRIMARY KEY,
    order_id integer REFERENCES "order" (id),
    "desc" text
);
