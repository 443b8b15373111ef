-- Revision ID: 100000000006
-- Revises: 100000000005
-- Create Date: 2026-11-22 17:50:00+00:00
-- Message: backfill
-- Dialect: postgresql

-- migrate:up
UPDATE accounts SET email = name || '@example.com' WHERE email IS NULL;

-- migrate:down

