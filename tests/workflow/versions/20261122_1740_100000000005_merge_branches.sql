-- Revision ID: 100000000005
-- Revises: 100000000003, 100000000004
-- Create Date: 2026-11-22 17:40:00+00:00
-- Message: merge branches
-- Dialect: postgresql

-- migrate:up


-- migrate:down

