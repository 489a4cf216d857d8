-- Schema 8: a bbox filter's page in newest-first order read from one index (docs/performance.md):
-- with the sort key and id beside lon/lat, the newest matches are found without reading each
-- matching row. Replaces the (lon, lat) index, which this one also serves.
DROP INDEX IF EXISTS incidents_by_lon;
CREATE INDEX IF NOT EXISTS incidents_by_lon_sorted ON incidents (lon, lat, sort_date DESC, id);
