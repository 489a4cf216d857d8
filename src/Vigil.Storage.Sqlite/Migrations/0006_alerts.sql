-- Schema 6: alerts (docs/alerts.md). The change feed and the per-source daily counts are written
-- by triggers, so every write path (incremental fusion, full re-fusion, any later one) feeds them
-- inside its own transaction: a crash between fusion and delivery loses nothing.

-- Each stored incident's last-seen fingerprint (date, place, weapons, current figures): an
-- identical rewrite compares equal and records no change.
CREATE TABLE incident_state (
    incident_id TEXT NOT NULL PRIMARY KEY,
    fingerprint TEXT NOT NULL
) WITHOUT ROWID;

-- The durable change feed; seq is the stream's event id and the dispatcher's cursor.
CREATE TABLE incident_changes (
    seq              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    incident_id      TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('new', 'changed', 'removed')),
    incident_date    TEXT    NULL,
    place_name       TEXT    NULL,
    district         TEXT    NULL,
    admin1           TEXT    NULL,
    admin1_code      TEXT    NULL,
    weapons          TEXT    NULL,
    killed           INTEGER NULL,
    injured          INTEGER NULL,
    children_killed  INTEGER NULL,
    children_injured INTEGER NULL,
    missing          INTEGER NULL,
    changed          TEXT    NOT NULL
);

-- Incidents deleted in the current write; whatever is not re-inserted by its end is 'removed'.
CREATE TABLE incident_removals (
    incident_id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

-- An upgraded store starts from what it holds: its incidents are not all 'new'.
INSERT INTO incident_state (incident_id, fingerprint)
SELECT id, COALESCE(incident_date, '') || '|' || COALESCE(place_name, '') || '|' || COALESCE(district, '') || '|'
        || COALESCE(admin1_code, '') || '|' || weapons || '|' || COALESCE(killed, '') || '|' || COALESCE(injured, '') || '|'
        || COALESCE(children_killed, '') || '|' || COALESCE(children_injured, '') || '|' || COALESCE(missing, '')
FROM incidents;

CREATE TRIGGER incidents_alert_insert AFTER INSERT ON incidents
WHEN NOT EXISTS (
    SELECT 1 FROM incident_state s WHERE s.incident_id = NEW.id AND s.fingerprint =
        COALESCE(NEW.incident_date, '') || '|' || COALESCE(NEW.place_name, '') || '|' || COALESCE(NEW.district, '') || '|'
        || COALESCE(NEW.admin1_code, '') || '|' || NEW.weapons || '|' || COALESCE(NEW.killed, '') || '|' || COALESCE(NEW.injured, '') || '|'
        || COALESCE(NEW.children_killed, '') || '|' || COALESCE(NEW.children_injured, '') || '|' || COALESCE(NEW.missing, ''))
BEGIN
    INSERT INTO incident_changes (incident_id, kind, incident_date, place_name, district, admin1, admin1_code, weapons,
                                  killed, injured, children_killed, children_injured, missing, changed)
    VALUES (NEW.id, CASE WHEN EXISTS (SELECT 1 FROM incident_state s WHERE s.incident_id = NEW.id) THEN 'changed' ELSE 'new' END,
            NEW.incident_date, NEW.place_name, NEW.district, NEW.admin1, NEW.admin1_code, NEW.weapons,
            NEW.killed, NEW.injured, NEW.children_killed, NEW.children_injured, NEW.missing,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    INSERT INTO incident_state (incident_id, fingerprint)
    VALUES (NEW.id, COALESCE(NEW.incident_date, '') || '|' || COALESCE(NEW.place_name, '') || '|' || COALESCE(NEW.district, '') || '|'
        || COALESCE(NEW.admin1_code, '') || '|' || NEW.weapons || '|' || COALESCE(NEW.killed, '') || '|' || COALESCE(NEW.injured, '') || '|'
        || COALESCE(NEW.children_killed, '') || '|' || COALESCE(NEW.children_injured, '') || '|' || COALESCE(NEW.missing, ''))
    ON CONFLICT (incident_id) DO UPDATE SET fingerprint = excluded.fingerprint;
END;

CREATE TRIGGER incidents_alert_delete AFTER DELETE ON incidents
BEGIN
    INSERT OR IGNORE INTO incident_removals (incident_id) VALUES (OLD.id);
END;

-- Watch rules; the secret is kept to sign with and never read back by the API.
CREATE TABLE alert_rules (
    id             INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name           TEXT    NOT NULL,
    owner          TEXT    NOT NULL COLLATE NOCASE,
    place          TEXT    NULL,
    oblast         TEXT    NULL,
    weapons        TEXT    NOT NULL,
    min_killed     INTEGER NULL,
    min_injured    INTEGER NULL,
    min_casualties INTEGER NULL,
    source_alerts  INTEGER NOT NULL,
    webhook_url    TEXT    NULL,
    secret         TEXT    NULL,
    created        TEXT    NOT NULL
);
CREATE INDEX alert_rules_by_owner ON alert_rules (owner);

-- Where each reader of the change feed (the dispatcher) has got to.
CREATE TABLE alert_cursors (
    name     TEXT    NOT NULL PRIMARY KEY,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE alert_deliveries (
    id       TEXT    NOT NULL PRIMARY KEY,
    rule_id  INTEGER NOT NULL,
    event    TEXT    NOT NULL,
    subject  INTEGER NOT NULL,
    body     TEXT    NOT NULL,
    status   TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL,
    created  TEXT    NOT NULL,
    finished TEXT    NULL
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries (status, created);
CREATE INDEX alert_deliveries_by_rule ON alert_deliveries (rule_id, created);

CREATE TABLE alert_attempts (
    delivery_id TEXT    NOT NULL,
    attempt     INTEGER NOT NULL,
    status_code INTEGER NULL,
    error       TEXT    NULL,
    at          TEXT    NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
) WITHOUT ROWID;

-- Reports per source and day, kept by a trigger: the silence check reads sources × days rows.
CREATE TABLE source_daily_counts (
    source        TEXT    NOT NULL,
    day           TEXT    NOT NULL,
    reports       INTEGER NOT NULL,
    last_ingested TEXT    NOT NULL,
    PRIMARY KEY (source, day)
) WITHOUT ROWID;
CREATE INDEX source_daily_counts_by_day ON source_daily_counts (day);

INSERT INTO source_daily_counts (source, day, reports, last_ingested)
SELECT source, substr(ingested, 1, 10), COUNT(*), MAX(ingested) FROM report_versions WHERE source IS NOT NULL GROUP BY source, substr(ingested, 1, 10);

CREATE TRIGGER report_versions_source_count AFTER INSERT ON report_versions
WHEN NEW.source IS NOT NULL
BEGIN
    INSERT INTO source_daily_counts (source, day, reports, last_ingested)
    VALUES (NEW.source, substr(NEW.ingested, 1, 10), 1, NEW.ingested)
    ON CONFLICT (source, day) DO UPDATE SET reports = reports + 1, last_ingested = MAX(last_ingested, excluded.last_ingested);
END;

CREATE TABLE source_alerts (
    id     INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    source TEXT    NOT NULL,
    kind   TEXT    NOT NULL CHECK (kind IN ('silent', 'drop')),
    day    TEXT    NOT NULL,
    detail TEXT    NOT NULL,
    raised TEXT    NOT NULL,
    UNIQUE (source, kind, day)
);
