-- table events_2
-- HAZARD: drops table events_2 and all its rows
DROP TABLE events_2;

-- table events_1
-- HAZARD: drops table events_1 and all its rows
DROP TABLE events_1;

-- table events_0
-- HAZARD: drops table events_0 and all its rows
DROP TABLE events_0;

-- table events
-- HAZARD: drops table events and all its rows
DROP TABLE events;
