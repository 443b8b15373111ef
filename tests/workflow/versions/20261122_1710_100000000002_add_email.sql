-- Revision ID: 100000000002
-- Revises: 100000000001
-- Create Date: 2026-11-22 17:10:00+00:00
-- Message: add email
-- Dialect: postgresql

-- migrate:up
ALTER TABLE accounts ADD COLUMN email text;

-- migrate:down
ALTER TABLE accounts DROP COLUMN email;
