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

-- Which reports each incident is built from: the text filter, an incident's reports and the
-- incidents a new report touched. version_id is the report's current version at the last refresh
-- (the rowid of its text in report_text), so the text filter goes from full-text matches to
-- incidents through this one index, never through the wide report_versions rows.
CREATE TABLE incident_reports (
    report_key  TEXT    NOT NULL,
    incident_id TEXT    NOT NULL,
    version_id  INTEGER NULL,
    PRIMARY KEY (report_key, incident_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO incident_reports (report_key, incident_id)
SELECT json_extract(c.value, '$.report_key'), d.incident_id
FROM incident_documents d, json_each(d.document, '$.claims') c
WHERE json_valid(d.document) AND json_extract(c.value, '$.report_key') IS NOT NULL;
UPDATE incident_reports SET version_id = (
    SELECT rv.id FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
    WHERE r.report_key = incident_reports.report_key);
CREATE INDEX incident_reports_by_incident ON incident_reports (incident_id);
CREATE INDEX incident_reports_by_version ON incident_reports (version_id, incident_id);

-- Filter columns a list and its count can read from an index alone: the keyset's sort key
-- (undated incidents sort last, as ''), the weapons as bits (drone 1, missile 2, glide_bomb 4,
-- artillery 8, mlrs 16, aircraft 32, mine 64, unknown 128) and killed + injured.
ALTER TABLE incidents ADD COLUMN sort_date   TEXT    NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN weapon_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN casualties  INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET
    sort_date = COALESCE(incident_date, ''),
    casualties = COALESCE(killed, 0) + COALESCE(injured, 0),
    weapon_mask = (CASE WHEN instr(',' || weapons || ',', ',drone,') > 0 THEN 1 ELSE 0 END)
                + (CASE WHEN instr(',' || weapons || ',', ',missile,') > 0 THEN 2 ELSE 0 END)
                + (CASE WHEN instr(',' || weapons || ',', ',glide_bomb,') > 0 THEN 4 ELSE 0 END)
                + (CASE WHEN instr(',' || weapons || ',', ',artillery,') > 0 THEN 8 ELSE 0 END)
                + (CASE WHEN instr(',' || weapons || ',', ',mlrs,') > 0 THEN 16 ELSE 0 END)
                + (CASE WHEN instr(',' || weapons || ',', ',aircraft,') > 0 THEN 32 ELSE 0 END)
                + (CASE WHEN instr(',' || weapons || ',', ',mine,') > 0 THEN 64 ELSE 0 END)
                + (CASE WHEN instr(',' || weapons || ',', ',unknown,') > 0 THEN 128 ELSE 0 END);

-- Newest first with a stable keyset (sort_date descending, then id), overall and per oblast. Both
-- carry every filter column, so a page scan and a filtered count never touch the table rows.
DROP INDEX incidents_by_date;
CREATE INDEX incidents_newest ON incidents (sort_date DESC, id, admin1_code, weapon_mask, killed, injured, casualties, lat, lon);
CREATE INDEX incidents_by_oblast ON incidents (admin1_code, sort_date DESC, id, weapon_mask, killed, injured, casualties, lat, lon);
CREATE INDEX incidents_by_casualties ON incidents (casualties);
CREATE INDEX incidents_by_weapons ON incidents (weapon_mask);
CREATE INDEX incidents_by_lon ON incidents (lon, lat);
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
