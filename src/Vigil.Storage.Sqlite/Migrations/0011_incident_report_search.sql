-- Schema 11: nothing on SQLite. PostgreSQL's 0011 keys its text filter by incident, as SQLite's 0010
-- (incident_text) already does here. The step exists so both stores number their schemas alike.
SELECT 1;
