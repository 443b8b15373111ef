-- schemac upgrade 100000000002:100000000005 (postgresql), generated offline: run it with the database at 100000000002

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
