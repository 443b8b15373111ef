-- materialized view busy_days
DROP INDEX ix_busy_days_day;

-- materialized view daily
-- re-created: its definition changes
DROP MATERIALIZED VIEW daily;
-- HAZARD: materialized view daily is re-created: its query runs again to fill it
-- re-created: its definition changes
CREATE MATERIALIZED VIEW daily AS
select day, sum(amount) as total from sales group by day;
CREATE UNIQUE INDEX ux_daily_day ON daily (day);
