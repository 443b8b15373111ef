-- schemac downgrade head:base (postgresql), generated offline: run it with the database at head

CREATE TABLE IF NOT EXISTS schemac_version_checksums (
    version_num VARCHAR(32) NOT NULL,
    checksum VARCHAR(64) NOT NULL,
    CONSTRAINT schemac_version_checksums_pkc PRIMARY KEY (version_num)
);

-- Running downgrade 100000000006 -> 100000000005, backfill
-- 20261122_1750_100000000006_backfill.sql

BEGIN;

UPDATE schemac_version SET version_num = '100000000005' WHERE version_num = '100000000006';
DELETE FROM schemac_version_checksums WHERE version_num = '100000000006';

COMMIT;

-- Running downgrade 100000000005 -> 100000000003, 100000000004, merge branches
-- 20261122_1740_100000000005_merge_branches.sql

BEGIN;

UPDATE schemac_version SET version_num = '100000000003' WHERE version_num = '100000000005';
INSERT INTO schemac_version (version_num) VALUES ('100000000004');
DELETE FROM schemac_version_checksums WHERE version_num = '100000000005';

COMMIT;

-- Running downgrade 100000000004 -> 100000000002, branch b
-- 20261122_1730_100000000004_branch_b.sql

BEGIN;

DROP TABLE b_side;

DELETE FROM schemac_version WHERE version_num = '100000000004';
DELETE FROM schemac_version_checksums WHERE version_num = '100000000004';

COMMIT;

-- Running downgrade 100000000003 -> 100000000002, branch a
-- 20261122_1720_100000000003_branch_a.sql

BEGIN;

DROP TABLE a_side;

UPDATE schemac_version SET version_num = '100000000002' WHERE version_num = '100000000003';
DELETE FROM schemac_version_checksums WHERE version_num = '100000000003';

COMMIT;

-- Running downgrade 100000000002 -> 100000000001, add email
-- 20261122_1710_100000000002_add_email.sql

BEGIN;

ALTER TABLE accounts DROP COLUMN email;

UPDATE schemac_version SET version_num = '100000000001' WHERE version_num = '100000000002';
DELETE FROM schemac_version_checksums WHERE version_num = '100000000002';

COMMIT;

-- Running downgrade 100000000001 -> <base>, create accounts
-- 20261122_1700_100000000001_create_accounts.sql

BEGIN;

DROP INDEX ix_accounts_name;
DROP TABLE accounts;

DELETE FROM schemac_version WHERE version_num = '100000000001';
DELETE FROM schemac_version_checksums WHERE version_num = '100000000001';

COMMIT;

DROP TABLE schemac_version;
DROP TABLE IF EXISTS schemac_version_checksums;
