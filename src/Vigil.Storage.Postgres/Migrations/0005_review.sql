-- Analysts' review and the audit trail, as SQLite's 0005 (docs/review.md, docs/security.md).
ALTER TABLE incidents ADD COLUMN review_status TEXT NOT NULL DEFAULT 'unreviewed';
ALTER TABLE incidents ADD COLUMN review_flags INTEGER NOT NULL DEFAULT 0;
CREATE INDEX incidents_review_queue ON incidents (review_flags DESC, id) WHERE review_flags > 0 AND review_status <> 'verified';
CREATE INDEX incidents_by_review_status ON incidents (review_status);

CREATE TABLE review_decisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('correct', 'reject', 'merge', 'split', 'status')),
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL,
    anchors TEXT NOT NULL,
    payload TEXT NOT NULL
);

CREATE TABLE review_decision_reports (
    report_key TEXT NOT NULL,
    decision_id BIGINT NOT NULL REFERENCES review_decisions (id),
    PRIMARY KEY (report_key, decision_id)
);

CREATE TABLE reviewing (
    incident_id TEXT NOT NULL PRIMARY KEY,
    analyst TEXT NOT NULL,
    since TEXT NOT NULL
);

CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    before TEXT,
    after TEXT,
    note TEXT
);
CREATE INDEX audit_log_by_at ON audit_log (at);

-- Append-only, enforced by the database: any UPDATE or DELETE (TRUNCATE too) raises.
CREATE FUNCTION vigil_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION vigil_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION vigil_append_only();
CREATE TRIGGER review_decisions_append_only BEFORE UPDATE OR DELETE ON review_decisions
    FOR EACH ROW EXECUTE FUNCTION vigil_append_only();
CREATE TRIGGER review_decisions_no_truncate BEFORE TRUNCATE ON review_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION vigil_append_only();

UPDATE fusion_index_state SET built = 0 WHERE id = 1;
