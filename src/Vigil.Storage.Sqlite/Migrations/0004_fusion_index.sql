-- Schema 4: the index incremental fusion reads (docs/fusion.md, "Incremental fusion"). A cell is
-- (region, day): region the oblast code (else the place's name key, else the report alone), day
-- the day number (-1 undated). Filled by a full re-fusion (`vigil refuse`); until then, built = 0
-- and ingest re-fuses everything.

-- The cells of each report's current version: which reports a batch must re-fuse with it.
CREATE TABLE fusion_report_cells (
    region     TEXT    NOT NULL,
    day        INTEGER NOT NULL,
    report_key TEXT    NOT NULL,
    PRIMARY KEY (region, day, report_key)
) WITHOUT ROWID;
CREATE INDEX fusion_report_cells_by_report ON fusion_report_cells (report_key);

-- The gazetteer entries each current version names: a name with two entries splits by id.
CREATE TABLE fusion_report_names (
    name_key   TEXT NOT NULL,
    place_id   TEXT NOT NULL,
    report_key TEXT NOT NULL,
    PRIMARY KEY (name_key, place_id, report_key)
) WITHOUT ROWID;
CREATE INDEX fusion_report_names_by_report ON fusion_report_names (report_key);

-- The member cells of each incident: which stored incidents a batch replaces.
CREATE TABLE fusion_incident_cells (
    region      TEXT    NOT NULL,
    day         INTEGER NOT NULL,
    incident_id TEXT    NOT NULL,
    PRIMARY KEY (region, day, incident_id)
) WITHOUT ROWID;
CREATE INDEX fusion_incident_cells_by_incident ON fusion_incident_cells (incident_id);

-- built: the index covers every report and incident. fused_upto: the highest report_versions.id
-- fused so far; versions above it (stored by a run killed before its fusion step, or by another
-- process) are fused by the next update, whoever runs it.
CREATE TABLE fusion_index_state (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    built      INTEGER NOT NULL,
    fused_upto INTEGER NOT NULL
);
INSERT INTO fusion_index_state (id, built, fused_upto) VALUES (1, 0, 0);
