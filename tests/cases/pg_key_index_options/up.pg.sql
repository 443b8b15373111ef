-- table account
ALTER TABLE account DROP CONSTRAINT pk_account;
ALTER TABLE account DROP CONSTRAINT uq_account_email;
ALTER TABLE account DROP CONSTRAINT uq_account_nick;
ALTER TABLE account
    ADD CONSTRAINT pk_account PRIMARY KEY (id) WITH (fillfactor=70) USING INDEX TABLESPACE pg_default;
ALTER TABLE account
    ADD CONSTRAINT uq_account_email UNIQUE (email) WITH (fillfactor=80, deduplicate_items=off);
ALTER TABLE account
    ADD CONSTRAINT uq_account_nick UNIQUE (nick);

-- table period
CREATE TABLE period (
    id     integer   NOT NULL,
    during int4range NOT NULL,
    CONSTRAINT pk_period PRIMARY KEY (id) WITH (fillfactor=50),
    CONSTRAINT ex_period_during EXCLUDE USING gist (during WITH &&) WITH (fillfactor=60) USING INDEX TABLESPACE pg_default
);
