-- Schema 6, as SQLite's 0006: alerts (docs/alerts.md). Triggers feed the change feed and the
-- per-source daily counts inside the writing transaction. Fusion writes hold the fusion advisory
-- lock, so change sequence numbers commit in order and a reader resuming after one misses none.

CREATE TABLE incident_state (
    incident_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    fingerprint TEXT NOT NULL
);

CREATE TABLE incident_changes (
    seq              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id      TEXT COLLATE "C" NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('new', 'changed', 'removed')),
    incident_date    TEXT COLLATE "C" NULL,
    place_name       TEXT NULL,
    district         TEXT NULL,
    admin1           TEXT NULL,
    admin1_code      TEXT COLLATE "C" NULL,
    weapons          TEXT NULL,
    killed           INTEGER NULL,
    injured          INTEGER NULL,
    children_killed  INTEGER NULL,
    children_injured INTEGER NULL,
    missing          INTEGER NULL,
    changed          TEXT COLLATE "C" NOT NULL
);

CREATE TABLE incident_removals (
    incident_id TEXT COLLATE "C" NOT NULL PRIMARY KEY
);

CREATE FUNCTION vigil_incident_fingerprint(i incidents) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(i.incident_date, '') || '|' || COALESCE(i.place_name, '') || '|' || COALESCE(i.district, '') || '|'
        || COALESCE(i.admin1_code, '') || '|' || i.weapons || '|' || COALESCE(i.killed::text, '') || '|' || COALESCE(i.injured::text, '') || '|'
        || COALESCE(i.children_killed::text, '') || '|' || COALESCE(i.children_injured::text, '') || '|' || COALESCE(i.missing::text, '')
$$;

INSERT INTO incident_state (incident_id, fingerprint) SELECT i.id, vigil_incident_fingerprint(i) FROM incidents i;

CREATE FUNCTION vigil_incident_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    print TEXT := vigil_incident_fingerprint(NEW);
    known TEXT;
BEGIN
    SELECT fingerprint INTO known FROM incident_state WHERE incident_id = NEW.id;
    IF known IS NOT NULL AND known = print THEN
        RETURN NULL;
    END IF;
    INSERT INTO incident_changes (incident_id, kind, incident_date, place_name, district, admin1, admin1_code, weapons,
                                  killed, injured, children_killed, children_injured, missing, changed)
    VALUES (NEW.id, CASE WHEN known IS NULL THEN 'new' ELSE 'changed' END,
            NEW.incident_date, NEW.place_name, NEW.district, NEW.admin1, NEW.admin1_code, NEW.weapons,
            NEW.killed, NEW.injured, NEW.children_killed, NEW.children_injured, NEW.missing,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
    INSERT INTO incident_state (incident_id, fingerprint) VALUES (NEW.id, print)
    ON CONFLICT (incident_id) DO UPDATE SET fingerprint = excluded.fingerprint;
    RETURN NULL;
END
$$;

CREATE TRIGGER incidents_alert_insert AFTER INSERT ON incidents FOR EACH ROW EXECUTE FUNCTION vigil_incident_inserted();

CREATE FUNCTION vigil_incident_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO incident_removals (incident_id) VALUES (OLD.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER incidents_alert_delete AFTER DELETE ON incidents FOR EACH ROW EXECUTE FUNCTION vigil_incident_deleted();

CREATE TABLE alert_rules (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           TEXT    NOT NULL,
    owner          TEXT    NOT NULL,
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
CREATE INDEX alert_rules_by_owner ON alert_rules (lower(owner));

CREATE TABLE alert_cursors (
    name     TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    position BIGINT NOT NULL
);

CREATE TABLE alert_deliveries (
    id       TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    rule_id  BIGINT  NOT NULL,
    event    TEXT    NOT NULL,
    subject  BIGINT  NOT NULL,
    body     TEXT    NOT NULL,
    status   TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL,
    created  TEXT COLLATE "C" NOT NULL,
    finished TEXT COLLATE "C" NULL
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries (status, created);
CREATE INDEX alert_deliveries_by_rule ON alert_deliveries (rule_id, created);

CREATE TABLE alert_attempts (
    delivery_id TEXT COLLATE "C" NOT NULL,
    attempt     INTEGER NOT NULL,
    status_code INTEGER NULL,
    error       TEXT    NULL,
    at          TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);

CREATE TABLE source_daily_counts (
    source        TEXT COLLATE "C" NOT NULL,
    day           TEXT COLLATE "C" NOT NULL,
    reports       INTEGER NOT NULL,
    last_ingested TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (source, day)
);
CREATE INDEX source_daily_counts_by_day ON source_daily_counts (day);

INSERT INTO source_daily_counts (source, day, reports, last_ingested)
SELECT source, substr(ingested, 1, 10), COUNT(*), MAX(ingested) FROM report_versions WHERE source IS NOT NULL GROUP BY source, substr(ingested, 1, 10);

CREATE FUNCTION vigil_report_version_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.source IS NOT NULL THEN
        INSERT INTO source_daily_counts (source, day, reports, last_ingested)
        VALUES (NEW.source, substr(NEW.ingested, 1, 10), 1, NEW.ingested)
        ON CONFLICT (source, day) DO UPDATE
            SET reports = source_daily_counts.reports + 1,
                last_ingested = GREATEST(source_daily_counts.last_ingested, excluded.last_ingested);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER report_versions_source_count AFTER INSERT ON report_versions FOR EACH ROW EXECUTE FUNCTION vigil_report_version_counted();

CREATE TABLE source_alerts (
    id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source TEXT COLLATE "C" NOT NULL,
    kind   TEXT NOT NULL CHECK (kind IN ('silent', 'drop')),
    day    TEXT COLLATE "C" NOT NULL,
    detail TEXT NOT NULL,
    raised TEXT COLLATE "C" NOT NULL,
    UNIQUE (source, kind, day)
);
