-- table keyed
ALTER TABLE keyed DROP CONSTRAINT pk_keyed;
ALTER TABLE keyed
    ADD CONSTRAINT pk_keyed PRIMARY KEY (a, b);
ALTER TABLE keyed REPLICA IDENTITY USING INDEX pk_keyed;
ALTER TABLE keyed CLUSTER ON pk_keyed;

-- table tagged
-- HAZARD: type of tagged.tag changes from text to character varying(50): values may not fit
ALTER TABLE tagged ALTER COLUMN tag TYPE character varying(50);

-- table users
ALTER TABLE accounts RENAME TO users;
ALTER INDEX ix_accounts_email RENAME TO ix_users_email;
ALTER TABLE users RENAME CONSTRAINT pk_accounts TO pk_users;
-- HAZARD: type of users.email changes from text to character varying(200): values may not fit
ALTER TABLE users ALTER COLUMN email TYPE character varying(200);
ALTER TABLE users REPLICA IDENTITY USING INDEX ix_users_email;
ALTER TABLE users CLUSTER ON pk_users;
