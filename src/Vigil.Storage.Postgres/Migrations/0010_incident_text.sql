-- Schema 10: nothing on PostgreSQL yet. SQLite's 0010 adds a full-text index keyed by incident for
-- the text filter (docs/performance.md, "The text filter keyed by incident"); here the filter still
-- maps report_versions' GIN matches to incidents through incident_reports. The step exists so both
-- stores number their schemas alike (one version, one name, on either database).
SELECT 1;
