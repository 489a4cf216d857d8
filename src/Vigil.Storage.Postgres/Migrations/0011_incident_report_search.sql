-- Schema 11: the text filter keyed by incident on PostgreSQL (docs/performance.md, "The PostgreSQL
-- text filter keyed by incident"). Through report_versions' expression index the filter re-parsed
-- every matching report's text and joined it to its incidents: p50 624 ms for one common word over a
-- million reports. Now each incident keeps the words of its reports' current texts (as of the fusion
-- that wrote it) under a GIN index, and each report link the words of its own text: a query of one
-- word is answered by the incidents' index alone, and a query of several words also by the links'
-- index, so an incident matches as before when one of its reports holds every word.
ALTER TABLE incident_reports ADD COLUMN search tsvector NULL;
UPDATE incident_reports ir SET search = to_tsvector('simple', rv.text) FROM report_versions rv WHERE rv.id = ir.version_id;
-- An incident's words are its links' words joined (tsvector ||), not its texts parsed once more.
CREATE OR REPLACE AGGREGATE vigil_tsvector_agg (tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');
ALTER TABLE incidents ADD COLUMN search tsvector NULL;
UPDATE incidents i SET search = t.search
FROM (SELECT incident_id, vigil_tsvector_agg(search) AS search FROM incident_reports GROUP BY incident_id) t
WHERE t.incident_id = i.id;
CREATE INDEX incidents_search ON incidents USING GIN (search);
CREATE INDEX incident_reports_search ON incident_reports USING GIN (search);
