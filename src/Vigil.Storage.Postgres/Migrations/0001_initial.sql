-- Vigil store on PostgreSQL, schema 1: the same tables as the SQLite store's 0001. Times stay ISO-8601
-- text exactly as the SQLite store writes them (published keeps its own offset, which timestamptz
-- would drop), so both stores order, page and round-trip identically. Keys and sort columns use the
-- "C" collation: byte order, as SQLite compares, whatever locale the database was created with.

CREATE TABLE reports (
    report_key       TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    current_version  INTEGER NOT NULL,
    first_ingested   TEXT    NOT NULL
);

CREATE TABLE report_versions (
    id               BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_key       TEXT COLLATE "C" NOT NULL REFERENCES reports (report_key),
    version          INTEGER NOT NULL,
    content_hash     TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    title            TEXT    NULL,
    published        TEXT COLLATE "C" NULL,
    updated          TEXT    NULL,
    revised_utc      TEXT COLLATE "C" NULL,
    source           TEXT    NULL,
    url              TEXT    NULL,
    language         TEXT    NOT NULL,
    format           TEXT    NOT NULL,
    origin           TEXT    NULL,
    ingested         TEXT COLLATE "C" NOT NULL,
    -- What keeps concurrent ingesters from storing one version twice, whatever they race on.
    UNIQUE (report_key, version),
    UNIQUE (report_key, content_hash)
);

CREATE TABLE extractions (
    report_version_id BIGINT NOT NULL PRIMARY KEY REFERENCES report_versions (id),
    document          TEXT   NOT NULL
);

CREATE TABLE claims (
    id                BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_version_id BIGINT  NOT NULL REFERENCES report_versions (id),
    section           TEXT    NOT NULL,
    incident_index    INTEGER NULL,
    field             TEXT    NOT NULL,
    value             INTEGER NULL,
    qualifier         TEXT    NOT NULL,
    scope             TEXT    NOT NULL,
    claimant_name     TEXT    NULL,
    claimant_role     TEXT    NULL,
    claimant_kind     TEXT    NOT NULL,
    claim_date        TEXT COLLATE "C" NULL,
    place_mention     TEXT    NULL,
    weapon            TEXT    NULL,
    category          TEXT    NULL,
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    evidence_text     TEXT    NOT NULL
);
CREATE INDEX claims_by_version ON claims (report_version_id);

CREATE TABLE ingest_failures (
    origin    TEXT NOT NULL PRIMARY KEY,
    reason    TEXT NOT NULL,
    last_seen TEXT NOT NULL
);

CREATE TABLE incidents (
    id               TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    incident_date    TEXT COLLATE "C" NULL,
    place_name       TEXT    NULL,
    district         TEXT    NULL,
    admin1           TEXT    NULL,
    admin1_code      TEXT COLLATE "C" NULL,
    lat              DOUBLE PRECISION NULL,
    lon              DOUBLE PRECISION NULL,
    killed           INTEGER NULL,
    injured          INTEGER NULL,
    children_killed  INTEGER NULL,
    children_injured INTEGER NULL,
    weapons          TEXT    NOT NULL,
    report_count     INTEGER NOT NULL,
    contested        INTEGER NOT NULL,
    document         TEXT    NOT NULL
);

-- Full-text search: where SQLite keeps an FTS5 table caught up in bulk, PostgreSQL indexes the
-- text column itself (the 'simple' configuration: lower-cased words, no stemming, like FTS5's
-- unicode61 tokenizer), so there is nothing to catch up.
CREATE INDEX report_versions_text ON report_versions USING GIN (to_tsvector('simple', text));
