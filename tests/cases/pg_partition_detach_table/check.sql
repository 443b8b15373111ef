SELECT kind, payload FROM events_old ORDER BY kind;
