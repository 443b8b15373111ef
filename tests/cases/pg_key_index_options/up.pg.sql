-- table account
ALTER INDEX pk_account SET (fillfactor=70);
ALTER INDEX pk_account SET TABLESPACE pg_default;
ALTER INDEX uq_account_email SET (fillfactor=80, deduplicate_items=off);
ALTER INDEX uq_account_nick RESET (fillfactor);

-- table period
CREATE TABLE period (
    id     integer   NOT NULL,
    during int4range NOT NULL,
    CONSTRAINT pk_period PRIMARY KEY (id) WITH (fillfactor=50),
    CONSTRAINT ex_period_during EXCLUDE USING gist (during WITH &&) WITH (fillfactor=60) USING INDEX TABLESPACE pg_default
);
