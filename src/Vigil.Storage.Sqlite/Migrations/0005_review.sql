-- Analysts' review and the audit trail (docs/review.md, docs/security.md).
-- The review columns of an incident are written by fusion with the rest of its row: the status an
-- analyst set, and why it needs an analyst (ReviewFlags bits; the queue sorts on them).
ALTER TABLE incidents ADD COLUMN review_status TEXT NOT NULL DEFAULT 'unreviewed';
ALTER TABLE incidents ADD COLUMN review_flags INTEGER NOT NULL DEFAULT 0;
CREATE INDEX incidents_review_queue ON incidents (review_flags DESC, id) WHERE review_flags > 0 AND review_status <> 'verified';
CREATE INDEX incidents_by_review_status ON incidents (review_status);

-- Decisions are inputs to fusion, anchored to report observations, never edited.
CREATE TABLE review_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL CHECK (action IN ('correct', 'reject', 'merge', 'split', 'status')),
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL,
    anchors TEXT NOT NULL,
    payload TEXT NOT NULL
);

CREATE TABLE review_decision_reports (
    report_key TEXT NOT NULL,
    decision_id INTEGER NOT NULL REFERENCES review_decisions (id),
    PRIMARY KEY (report_key, decision_id)
) WITHOUT ROWID;

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'review decisions are append-only');
END;

CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'review decisions are append-only');
END;

-- "I'm reviewing this": one analyst per incident; a claim lapses after 30 minutes (checked on read).
CREATE TABLE reviewing (
    incident_id TEXT NOT NULL PRIMARY KEY,
    analyst TEXT NOT NULL,
    since TEXT NOT NULL
);

-- Every write through the API: append-only.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    before TEXT,
    after TEXT,
    note TEXT
);
CREATE INDEX audit_log_by_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The stored incidents have no review columns yet: the next ingest rebuilds them with a full re-fusion.
UPDATE fusion_index_state SET built = 0 WHERE id = 1;
