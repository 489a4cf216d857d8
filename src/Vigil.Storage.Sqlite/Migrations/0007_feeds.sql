-- Feeds `vigil watch` polls (FEEDS.yaml), their leases and health; one row per poll for the
-- per-day counts (kept 8 days). Times are fixed-width UTC text, so text order is time order.
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rss', 'atom', 'json', 'telegram-preview')),
    interval_seconds INTEGER NOT NULL CHECK (interval_seconds > 0),
    source TEXT,
    language TEXT,
    next_due TEXT NOT NULL,
    leased_by TEXT,
    lease_until TEXT,
    etag TEXT,
    last_modified TEXT,
    last_poll TEXT,
    last_success TEXT,
    last_error TEXT,
    last_error_at TEXT,
    last_status INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    reports_total INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE INDEX feeds_by_due ON feeds (next_due);

CREATE TABLE feed_polls (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    status INTEGER,
    error TEXT,
    new_reports INTEGER NOT NULL
);
CREATE INDEX feed_polls_by_feed ON feed_polls (feed_id, at);
