-- Schema 9: each version's fusion footprint (its index cells and gazetteer names, JSON written by
-- StoredFootprint) beside its extraction, computed while the report is stored: a chunked full
-- rebuild indexes every report from it instead of parsing every extraction once more only for
-- that (docs/performance.md). NULL for versions stored before: the rebuild computes theirs.
ALTER TABLE extractions ADD COLUMN footprint TEXT NULL;
