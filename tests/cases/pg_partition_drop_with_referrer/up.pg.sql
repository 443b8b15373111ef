-- table notes
-- HAZARD: drops table notes and all its rows
DROP TABLE notes;

-- table events_2023
-- HAZARD: drops table events_2023 and all its rows
DROP TABLE events_2023;

-- table events_2024
-- HAZARD: drops table events_2024 and all its rows
DROP TABLE events_2024;

-- table events
-- HAZARD: drops table events and all its rows
DROP TABLE events;
