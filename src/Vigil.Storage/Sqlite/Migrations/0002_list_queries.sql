-- Schema 2: what the HTTP API's list, paging and statistics need, answered from columns and
-- indexes instead of each incident's JSON document.

-- Every field of a list summary as a column (filled from the documents already stored).
ALTER TABLE incidents ADD COLUMN date_precision TEXT NULL;
ALTER TABLE incidents ADD COLUMN place_kind     TEXT NULL;
ALTER TABLE incidents ADD COLUMN place_resolved INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN attacker       TEXT NULL;
ALTER TABLE incidents ADD COLUMN missing        INTEGER NULL;
UPDATE incidents SET
    date_precision = json_extract(document, '$.date_precision'),
    place_kind     = json_extract(document, '$.place.kind'),
    place_resolved = COALESCE(json_extract(document, '$.place.resolved'), 1),
    attacker       = json_extract(document, '$.attacker'),
    missing        = json_extract(document, '$.missing')
WHERE json_valid(document);

-- The document (claims, history: kilobytes per incident) moves to its own table, so a list or a
-- count over 100,000 incidents reads narrow rows only.
CREATE TABLE incident_documents (
    incident_id TEXT NOT NULL PRIMARY KEY,
    document    TEXT NOT NULL
);
INSERT INTO incident_documents (incident_id, document) SELECT id, document FROM incidents;
ALTER TABLE incidents DROP COLUMN document;

-- Which reports each incident is built from: the full-text filter, an incident's report list and
-- the incidents a new report touched.
CREATE TABLE incident_reports (
    report_key  TEXT NOT NULL,
    incident_id TEXT NOT NULL,
    PRIMARY KEY (report_key, incident_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO incident_reports (report_key, incident_id)
SELECT json_extract(c.value, '$.report_key'), d.incident_id
FROM incident_documents d, json_each(d.document, '$.claims') c
WHERE json_valid(d.document) AND json_extract(c.value, '$.report_key') IS NOT NULL;
CREATE INDEX incident_reports_by_incident ON incident_reports (incident_id);

-- Newest first with a stable keyset (date descending, undated last, then id), overall and per oblast.
DROP INDEX incidents_by_date;
CREATE INDEX incidents_newest ON incidents (COALESCE(incident_date, '') DESC, id);
CREATE INDEX incidents_by_oblast ON incidents (admin1_code, COALESCE(incident_date, '') DESC, id);
CREATE INDEX incidents_by_place ON incidents (place_name COLLATE NOCASE);
CREATE INDEX incidents_by_district ON incidents (district COLLATE NOCASE);

-- Air-defence tallies by day (the daily series and /air-defense), with the attacker they name.
ALTER TABLE claims ADD COLUMN attacker TEXT NULL;
UPDATE claims SET attacker = (
    SELECT json_extract(t.value, '$.attacker')
    FROM extractions e, json_each(e.document, '$.air_defense') t
    WHERE e.report_version_id = claims.report_version_id
      AND json_extract(t.value, '$.evidence.start') = claims.evidence_start
    LIMIT 1)
WHERE section = 'air_defense';
CREATE INDEX claims_air_defense_by_date ON claims (claim_date) WHERE section = 'air_defense';

-- Reports newest ingested first.
CREATE INDEX report_versions_by_ingested ON report_versions (ingested DESC, report_key);
