-- Revision ID: 100000000001
-- Revises: 
-- Create Date: 2026-11-22 17:00:00+00:00
-- Message: create accounts
-- Dialect: postgresql

-- migrate:up
-- hand-written
CREATE TABLE accounts (
    id   bigint PRIMARY KEY,
    name text NOT NULL DEFAULT 'a;b'
);
-- schemac:no-transaction
CREATE INDEX CONCURRENTLY ix_accounts_name ON accounts (name);

-- migrate:down
DROP INDEX ix_accounts_name;
DROP TABLE accounts;
