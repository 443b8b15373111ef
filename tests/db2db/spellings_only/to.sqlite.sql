create table "t" (
  "id" integer primary key,
  "a" varchar(10) default 'x',
  "b" datetime default CURRENT_TIMESTAMP,
  "c" numeric(8, 2) default 0,
  "e" boolean not null default 0,
  "f" text default ''
);
create index "t_a_idx" on "t"("a");
