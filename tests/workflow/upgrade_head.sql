-- schemac upgrade head (postgresql), generated offline: run it with the database at base

CREATE TABLE IF NOT EXISTS schemac_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT schemac_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> 100000000001, create accounts
-- 20261122_1700_100000000001_create_accounts.sql

BEGIN;

-- hand-written
CREATE TABLE accounts (
    id   bigint PRIMARY KEY,
    name text NOT NULL DEFAULT 'a;b'
);
-- schemac:no-transaction
COMMIT;

CREATE INDEX CONCURRENTLY ix_accounts_name ON accounts (name);

BEGIN;

INSERT INTO schemac_version (version_num) VALUES ('100000000001');

COMMIT;

-- Running upgrade 100000000001 -> 100000000002, add email
-- 20261122_1710_100000000002_add_email.sql

BEGIN;

ALTER TABLE accounts ADD COLUMN email text;

UPDATE schemac_version SET version_num = '100000000002' WHERE version_num = '100000000001';

COMMIT;

-- Running upgrade 100000000002 -> 100000000003, branch a
-- 20261122_1720_100000000003_branch_a.sql

BEGIN;

CREATE TABLE a_side (id bigint);

UPDATE schemac_version SET version_num = '100000000003' WHERE version_num = '100000000002';

COMMIT;

-- Running upgrade 100000000002 -> 100000000004, branch b
-- 20261122_1730_100000000004_branch_b.sql

BEGIN;

CREATE TABLE b_side (id bigint);

INSERT INTO schemac_version (version_num) VALUES ('100000000004');

COMMIT;

-- Running upgrade 100000000003, 100000000004 -> 100000000005, merge branches
-- 20261122_1740_100000000005_merge_branches.sql

BEGIN;

UPDATE schemac_version SET version_num = '100000000005' WHERE version_num = '100000000003';
DELETE FROM schemac_version WHERE version_num = '100000000004';

COMMIT;

-- Running upgrade 100000000005 -> 100000000006, backfill
-- 20261122_1750_100000000006_backfill.sql

BEGIN;

UPDATE accounts SET email = name || '@example.com' WHERE email IS NULL;

UPDATE schemac_version SET version_num = '100000000006' WHERE version_num = '100000000005';

COMMIT;
