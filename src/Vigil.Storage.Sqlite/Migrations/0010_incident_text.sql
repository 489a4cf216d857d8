-- Schema 10: the text filter's own full-text index, keyed by incident (docs/performance.md, "The
-- text filter keyed by incident"). One row per (incident, report with a current version) in
-- incident_reports, holding that version's text; its rowid is the incident's rowid × 2^20 plus the
-- report's slot (its rank among the incident's report keys), so the incidents a query matches are
-- the match's rowids shifted right by 20: no lookup per matching report. A query of several words
-- still needs them all in one report, as over report_text. Same tokenizer as report_text
-- (unicode61, the default), so a query matches the same reports. Contentless (the text lives in
-- report_versions) with contentless_delete, so the writer deletes an incident's rows by rowid
-- range when it deletes or rewrites the incident; 'delete-all' empties it for a full rebuild.
CREATE VIRTUAL TABLE incident_text USING fts5 (text, content = '', contentless_delete = 1);

-- Incidents in rowid order and each one's reports in key order: rowids ascending, so FTS5 writes
-- the rows as a few large segments instead of flushing whenever a rowid goes backwards.
INSERT INTO incident_text (rowid, text)
SELECT (i.rowid << 20) + (SELECT COUNT(*) FROM incident_reports x WHERE x.incident_id = ir.incident_id AND x.report_key < ir.report_key),
       rv.text
FROM incidents i
JOIN incident_reports ir ON ir.incident_id = i.id
JOIN report_versions rv ON rv.id = ir.version_id
ORDER BY i.rowid, ir.report_key;
