-- Revision ID: 100000000004
-- Revises: 100000000002
-- Create Date: 2026-11-22 17:30:00+00:00
-- Message: branch b
-- Dialect: postgresql

-- migrate:up
CREATE TABLE b_side (id bigint);

-- migrate:down
DROP TABLE b_side;
