-- table accounts
ALTER TABLE users ALTER COLUMN email TYPE text;
ALTER TABLE users RENAME CONSTRAINT pk_users TO pk_accounts;
ALTER INDEX ix_users_email RENAME TO ix_accounts_email;
ALTER TABLE users RENAME TO accounts;
ALTER TABLE accounts REPLICA IDENTITY USING INDEX ix_accounts_email;
ALTER TABLE accounts CLUSTER ON pk_accounts;

-- table tagged
ALTER TABLE tagged ALTER COLUMN tag TYPE text;

-- table keyed
ALTER TABLE keyed DROP CONSTRAINT pk_keyed;
ALTER TABLE keyed
    ADD CONSTRAINT pk_keyed PRIMARY KEY (a);
ALTER TABLE keyed REPLICA IDENTITY USING INDEX pk_keyed;
ALTER TABLE keyed CLUSTER ON pk_keyed;
