-- Vigil store, schema 1. Plain SQL kept close to what PostgreSQL accepts (TEXT/INTEGER/REAL,
-- ISO-8601 timestamps as TEXT, ON CONFLICT upserts); only the FTS5 table is SQLite-specific
-- (PostgreSQL would use a tsvector column with a GIN index instead).

-- One row per report identity (canonical URL or sha256 of the text).
CREATE TABLE reports (
    report_key       TEXT    NOT NULL PRIMARY KEY,
    current_version  INTEGER NOT NULL,
    first_ingested   TEXT    NOT NULL
);

-- Every version of every report as received: text exactly as read plus metadata.
CREATE TABLE report_versions (
    id               INTEGER NOT NULL PRIMARY KEY,
    report_key       TEXT    NOT NULL REFERENCES reports (report_key),
    version          INTEGER NOT NULL,
    content_hash     TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    title            TEXT    NULL,
    published        TEXT    NULL,   -- as stated, with its offset
    updated          TEXT    NULL,   -- last modified, where the source says so
    revised_utc      TEXT    NULL,   -- COALESCE(updated, published) in UTC: which version is latest
    source           TEXT    NULL,
    url              TEXT    NULL,
    language         TEXT    NOT NULL,
    format           TEXT    NOT NULL,
    origin           TEXT    NULL,
    ingested         TEXT    NOT NULL,
    UNIQUE (report_key, version),
    UNIQUE (report_key, content_hash)
);

-- The whole extraction of one version (air defence, statements, statistics, events), as JSON.
CREATE TABLE extractions (
    report_version_id INTEGER NOT NULL PRIMARY KEY REFERENCES report_versions (id),
    document          TEXT    NOT NULL
);

-- Claims as rows, keyed to the report version they come from, for queries and counts.
CREATE TABLE claims (
    id                INTEGER NOT NULL PRIMARY KEY,
    report_version_id INTEGER NOT NULL REFERENCES report_versions (id),
    section           TEXT    NOT NULL,   -- incident | air_defense
    incident_index    INTEGER NULL,       -- which incident of the report
    field             TEXT    NOT NULL,
    value             INTEGER NULL,
    qualifier         TEXT    NOT NULL,
    scope             TEXT    NOT NULL,
    claimant_name     TEXT    NULL,
    claimant_role     TEXT    NULL,
    claimant_kind     TEXT    NOT NULL,
    claim_date        TEXT    NULL,
    place_mention     TEXT    NULL,
    weapon            TEXT    NULL,
    category          TEXT    NULL,
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    evidence_text     TEXT    NOT NULL
);
CREATE INDEX claims_by_version ON claims (report_version_id);

-- Inputs that could not be read, by origin (file, feed item); cleared when the origin later succeeds.
CREATE TABLE ingest_failures (
    origin    TEXT NOT NULL PRIMARY KEY,
    reason    TEXT NOT NULL,
    last_seen TEXT NOT NULL
);

-- Materialised fusion output, replaced as a whole after each ingest batch.
CREATE TABLE incidents (
    id               TEXT    NOT NULL PRIMARY KEY,
    incident_date    TEXT    NULL,
    place_name       TEXT    NULL,
    district         TEXT    NULL,
    admin1           TEXT    NULL,
    admin1_code      TEXT    NULL,
    lat              REAL    NULL,
    lon              REAL    NULL,
    killed           INTEGER NULL,
    injured          INTEGER NULL,
    children_killed  INTEGER NULL,
    children_injured INTEGER NULL,
    weapons          TEXT    NOT NULL,   -- comma-separated, sorted: 'drone,missile'
    report_count     INTEGER NOT NULL,
    contested        INTEGER NOT NULL,
    document         TEXT    NOT NULL
);
CREATE INDEX incidents_by_date ON incidents (incident_date);

-- Full-text search over report text (external content: the text lives once, in report_versions).
-- Indexed in bulk after each ingest batch, not per report: one FTS5 segment per report commit was
-- the largest single cost of storing a report. report_versions.id only grows, so a high-water mark
-- says what is indexed; catching up is idempotent, and a killed run is caught up by the next.
CREATE VIRTUAL TABLE report_text USING fts5 (text, content = 'report_versions', content_rowid = 'id');

CREATE TABLE text_index_state (
    id           INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    indexed_upto INTEGER NOT NULL
);
INSERT INTO text_index_state (id, indexed_upto) VALUES (1, 0);
