-- Schema 4, as SQLite's 0004: the index incremental fusion reads (docs/fusion.md).

CREATE TABLE fusion_report_cells (
    region     TEXT COLLATE "C" NOT NULL,
    day        INTEGER NOT NULL,
    report_key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (region, day, report_key)
);
CREATE INDEX fusion_report_cells_by_report ON fusion_report_cells (report_key);

CREATE TABLE fusion_report_names (
    name_key   TEXT COLLATE "C" NOT NULL,
    place_id   TEXT COLLATE "C" NOT NULL,
    report_key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (name_key, place_id, report_key)
);
CREATE INDEX fusion_report_names_by_report ON fusion_report_names (report_key);

CREATE TABLE fusion_incident_cells (
    region      TEXT COLLATE "C" NOT NULL,
    day         INTEGER NOT NULL,
    incident_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (region, day, incident_id)
);
CREATE INDEX fusion_incident_cells_by_incident ON fusion_incident_cells (incident_id);

CREATE TABLE fusion_index_state (
    id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    built INTEGER NOT NULL
);
INSERT INTO fusion_index_state (id, built) VALUES (1, 0);

-- Versions stored and not yet fused. SQLite keeps a high-water mark of version ids; with several
-- writers an id can commit after a higher one was already fused, so here each stored version
-- leaves a row (in its own transaction) and a fusion deletes exactly the rows it read. A worker
-- killed between storing and fusing leaves its rows for whoever fuses next.
CREATE TABLE fusion_pending (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_key TEXT COLLATE "C" NOT NULL
);
