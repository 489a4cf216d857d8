-- Schema 2, as SQLite's 0002: summary columns on incidents, documents apart, incident → report
-- links, and the indexes the list, paging and statistics use. (No PostgreSQL store predates this
-- schema, so there are no stored documents to back-fill from.)

ALTER TABLE incidents
    ADD COLUMN date_precision TEXT NULL,
    ADD COLUMN place_kind     TEXT NULL,
    ADD COLUMN place_resolved INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN attacker       TEXT NULL,
    ADD COLUMN missing        INTEGER NULL,
    ADD COLUMN sort_date      TEXT COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN weapon_mask    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN casualties     INTEGER NOT NULL DEFAULT 0,
    DROP COLUMN document;

CREATE TABLE incident_documents (
    incident_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    document    TEXT NOT NULL
);

CREATE TABLE incident_reports (
    report_key  TEXT COLLATE "C" NOT NULL,
    incident_id TEXT COLLATE "C" NOT NULL,
    version_id  BIGINT NULL,
    PRIMARY KEY (report_key, incident_id)
);
CREATE INDEX incident_reports_by_incident ON incident_reports (incident_id);
CREATE INDEX incident_reports_by_version ON incident_reports (version_id, incident_id);

CREATE INDEX incidents_newest ON incidents (sort_date DESC, id);
CREATE INDEX incidents_by_oblast ON incidents (admin1_code, sort_date DESC, id);
CREATE INDEX incidents_by_casualties ON incidents (casualties);
CREATE INDEX incidents_by_weapons ON incidents (weapon_mask);
CREATE INDEX incidents_by_lon ON incidents (lon, lat);
-- Place and oblast filters ignore case, as SQLite's NOCASE columns do.
CREATE INDEX incidents_by_place ON incidents (lower(place_name));
CREATE INDEX incidents_by_district ON incidents (lower(district));
CREATE INDEX incidents_by_admin1 ON incidents (lower(admin1));

ALTER TABLE claims ADD COLUMN attacker TEXT NULL;
CREATE INDEX claims_air_defense_by_date ON claims (claim_date) WHERE section = 'air_defense';

CREATE INDEX report_versions_by_ingested ON report_versions (ingested DESC, report_key);
