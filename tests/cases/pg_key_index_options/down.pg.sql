-- table period
-- HAZARD: drops table period and all its rows
DROP TABLE period;

-- table account
ALTER TABLE account DROP CONSTRAINT uq_account_nick;
ALTER TABLE account DROP CONSTRAINT uq_account_email;
ALTER TABLE account DROP CONSTRAINT pk_account;
ALTER TABLE account
    ADD CONSTRAINT uq_account_nick UNIQUE (nick) WITH (fillfactor=90);
ALTER TABLE account
    ADD CONSTRAINT uq_account_email UNIQUE (email);
ALTER TABLE account
    ADD CONSTRAINT pk_account PRIMARY KEY (id);
