-- Revision ID: 100000000003
-- Revises: 100000000002
-- Create Date: 2026-11-22 17:20:00+00:00
-- Message: branch a
-- Dialect: postgresql

-- migrate:up
CREATE TABLE a_side (id bigint);

-- migrate:down
DROP TABLE a_side;
