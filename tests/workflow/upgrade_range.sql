-- schemac upgrade 100000000002:100000000005 (postgresql), generated offline: run it with the database at 100000000002

CREATE TABLE IF NOT EXISTS schemac_version_checksums (
    version_num VARCHAR(32) NOT NULL,
    checksum VARCHAR(64) NOT NULL,
    CONSTRAINT schemac_version_checksums_pkc PRIMARY KEY (version_num)
);

-- Running upgrade 100000000002 -> 100000000003, branch a
-- 20261122_1720_100000000003_branch_a.sql

BEGIN;

CREATE TABLE a_side (id bigint);

UPDATE schemac_version SET version_num = '100000000003' WHERE version_num = '100000000002';
DELETE FROM schemac_version_checksums WHERE version_num = '100000000003';
INSERT INTO schemac_version_checksums (version_num, checksum) VALUES ('100000000003', 'db60c38b90585f814d0d1d91175829db4e981a4318cf1df12df379909d5a4731');

COMMIT;

-- Running upgrade 100000000002 -> 100000000004, branch b
-- 20261122_1730_100000000004_branch_b.sql

BEGIN;

CREATE TABLE b_side (id bigint);

INSERT INTO schemac_version (version_num) VALUES ('100000000004');
DELETE FROM schemac_version_checksums WHERE version_num = '100000000004';
INSERT INTO schemac_version_checksums (version_num, checksum) VALUES ('100000000004', '25d928b8901f05f9076042c5442f4e69875a598781d96cc28b5ed1a6b9702a74');

COMMIT;

-- Running upgrade 100000000003, 100000000004 -> 100000000005, merge branches
-- 20261122_1740_100000000005_merge_branches.sql

BEGIN;

UPDATE schemac_version SET version_num = '100000000005' WHERE version_num = '100000000003';
DELETE FROM schemac_version WHERE version_num = '100000000004';
DELETE FROM schemac_version_checksums WHERE version_num = '100000000005';
INSERT INTO schemac_version_checksums (version_num, checksum) VALUES ('100000000005', '41c6b86288b49f1b049bbd0fab30b30b51ae9491889d0d06372a5aec05fd1b0a');

COMMIT;
