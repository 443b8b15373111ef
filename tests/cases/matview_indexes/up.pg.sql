-- materialized view daily
-- re-created: its definition changes
DROP MATERIALIZED VIEW daily;
-- HAZARD: materialized view daily is re-created: its query runs again to fill it
-- re-created: its definition changes
CREATE MATERIALIZED VIEW daily AS
select day, sum(amount) as total, count(*) as n from sales group by day;
CREATE INDEX ix_daily_total ON daily (total);
CREATE UNIQUE INDEX ux_daily_day ON daily (day);
COMMENT ON MATERIALIZED VIEW daily IS 'sales per day';

-- materialized view busy_days
CREATE INDEX ix_busy_days_day ON busy_days (day);
