using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Vigil.Core;

namespace Vigil.Storage.Postgres;

/// <summary>Incremental fusion's index (migration 0004) and its one-transaction, one-lock session.</summary>
public sealed partial class PostgresVigilStore
{
    public T UpdateFusion<T>(Func<IFusionSession, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return Transaction("updating the incidents", (c, t) =>
            {
                LockFusion(c, t);
                var result = work(new FusionSession(this, c, t));
                SettleRemovals(c, t);
                t.Commit();
                return result;
            });
        }
        finally
        {
            // Fused now: kept any longer, a long-running watcher or ingest would hold every extraction it ever stored.
            _stored.Clear();
        }
    }

    private sealed class FusionSession : IFusionSession, Review.IReviewInput
    {
        public IReadOnlyList<Review.StoredDecision> ReviewDecisions() => ReadDecisions(_c, _t);

        private readonly PostgresVigilStore _store;
        private readonly NpgsqlConnection _c;
        private readonly NpgsqlTransaction _t;

        // The pending rows this session saw, taken once right after the lock: MarkFused deletes
        // exactly these, so a version committed while the session runs stays pending for the next.
        private readonly List<(long Id, string Key)> _pending;

        public FusionSession(PostgresVigilStore store, NpgsqlConnection connection, NpgsqlTransaction transaction)
        {
            _store = store;
            _c = connection;
            _t = transaction;
            _pending = ReadPending();
        }

        public bool IndexBuilt =>
            Convert.ToInt64(Scalar(_c, _t, "SELECT built FROM fusion_index_state WHERE id = 1"), CultureInfo.InvariantCulture) == 1;

        public IReadOnlyList<ReportExtraction> Versions(IReadOnlyCollection<string> reportKeys)
        {
            ArgumentNullException.ThrowIfNull(reportKeys);
            if (reportKeys.Count == 0)
            {
                return [];
            }

            // Numbered like ReadExtractions(currentOnly: false): the highest number is the current version.
            using var command = Command(_c, _t, """
                SELECT rv.report_key,
                       (ROW_NUMBER() OVER (PARTITION BY rv.report_key ORDER BY COALESCE(rv.revised_utc, ''), rv.version))::int,
                       rv.published, rv.ingested, rv.source, rv.url, rv.title, e.document, rv.id
                FROM report_versions rv
                JOIN extractions e ON e.report_version_id = rv.id
                WHERE rv.report_key = ANY(@keys)
                ORDER BY rv.report_key, rv.version
                """, ("keys", reportKeys.ToArray()));
            var rows = _store.ReadExtractionRows(command);
            // In the order the keys were given, as the SQLite store returns them.
            var order = reportKeys.Select((key, index) => (key, index)).DistinctBy(p => p.key, StringComparer.Ordinal)
                .ToDictionary(p => p.key, p => p.index, StringComparer.Ordinal);
            return [.. rows.OrderBy(r => order[r.ReportKey])];
        }

        public IReadOnlyDictionary<string, ReportIndexEntry> StoredFootprints(IReadOnlyCollection<string> reportKeys)
        {
            ArgumentNullException.ThrowIfNull(reportKeys);
            // The current version is fusion's latest too: both order by revision time, then version.
            using var command = Command(_c, _t, """
                SELECT r.report_key, e.footprint
                FROM reports r
                JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                JOIN extractions e ON e.report_version_id = rv.id
                WHERE r.report_key = ANY(@keys) AND e.footprint IS NOT NULL
                """, ("keys", reportKeys.ToArray()));
            using var reader = command.ExecuteReader();
            return StoredFootprint.ReadAll(reader);
        }

        public IReadOnlyList<ReportExtraction> AllVersions() => _store.ReadExtractions(_c, _t, currentOnly: false);

        public IReadOnlyList<string> ReportKeys(string? after, int limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
            using var command = after is null
                ? Command(_c, _t, "SELECT report_key FROM reports ORDER BY report_key LIMIT @limit", ("limit", limit))
                : Command(_c, _t, "SELECT report_key FROM reports WHERE report_key > @after ORDER BY report_key LIMIT @limit", ("after", after), ("limit", limit));
            return ReadStrings(command);
        }

        public IReadOnlyList<IndexCellCount> CellCounts()
        {
            using var command = Command(_c, _t, "SELECT region, day, COUNT(*)::int FROM fusion_report_cells GROUP BY region, day ORDER BY region, day");
            using var reader = command.ExecuteReader();
            var counts = new List<IndexCellCount>();
            while (reader.Read())
            {
                counts.Add(new IndexCellCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
            }

            return counts;
        }

        public IReadOnlyList<string> AmbiguousNames()
        {
            using var command = Command(_c, _t, "SELECT name_key FROM fusion_report_names GROUP BY name_key HAVING MIN(place_id) <> MAX(place_id)");
            return ReadStrings(command);
        }

        private static List<string> ReadStrings(NpgsqlCommand command)
        {
            using var reader = command.ExecuteReader();
            var values = new List<string>();
            while (reader.Read())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }

        public IReadOnlyList<IndexCell> CellsOf(string reportKey)
        {
            using var command = Command(_c, _t, "SELECT region, day FROM fusion_report_cells WHERE report_key = @key", ("key", reportKey));
            return ReadCells(command);
        }

        public IReadOnlyList<IndexName> NamesOf(string reportKey)
        {
            using var command = Command(_c, _t, "SELECT name_key, place_id FROM fusion_report_names WHERE report_key = @key", ("key", reportKey));
            using var reader = command.ExecuteReader();
            var names = new List<IndexName>();
            while (reader.Read())
            {
                names.Add(new IndexName(reader.GetString(0), reader.GetString(1)));
            }

            return names;
        }

        public int EntriesOf(string nameKey)
        {
            // Two index seeks instead of counting every report that names it: callers only ask 0, 1 or more.
            using var command = Command(_c, _t, """
                SELECT (SELECT MIN(place_id) FROM fusion_report_names WHERE name_key = @name),
                       (SELECT MAX(place_id) FROM fusion_report_names WHERE name_key = @name)
                """, ("name", nameKey));
            using var reader = command.ExecuteReader();
            reader.Read();
            return IndexEntries.Count(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        }

        public IReadOnlyList<IndexCell> CellsOfReportsNaming(IReadOnlyCollection<string> nameKeys)
        {
            ArgumentNullException.ThrowIfNull(nameKeys);
            using var command = Command(_c, _t, """
                SELECT DISTINCT c.region, c.day FROM fusion_report_names n
                JOIN fusion_report_cells c ON c.report_key = n.report_key
                WHERE n.name_key = ANY(@names)
                """, ("names", nameKeys.ToArray()));
            return ReadCells(command);
        }

        public IReadOnlyList<string> ReportsIn(IReadOnlyList<IndexRange> ranges)
        {
            ArgumentNullException.ThrowIfNull(ranges);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var range in ranges)
            {
                using var command = Command(_c, _t,
                    "SELECT report_key FROM fusion_report_cells WHERE region = @region AND day BETWEEN @from AND @to",
                    ("region", range.Region), ("from", range.From), ("to", range.To));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    keys.Add(reader.GetString(0));
                }
            }

            return [.. keys.Order(StringComparer.Ordinal)];
        }

        public void IndexReport(string reportKey, IReadOnlyList<IndexCell> cells, IReadOnlyList<IndexName> names)
        {
            ArgumentNullException.ThrowIfNull(cells);
            ArgumentNullException.ThrowIfNull(names);
            using var batch = new NpgsqlBatch(_c, _t);
            Add(batch, "DELETE FROM fusion_report_cells WHERE report_key = @key", ("key", reportKey));
            Add(batch, "DELETE FROM fusion_report_names WHERE report_key = @key", ("key", reportKey));
            foreach (var cell in cells.Distinct())
            {
                Add(batch, "INSERT INTO fusion_report_cells (region, day, report_key) VALUES (@region, @day, @key)",
                    ("region", cell.Region), ("day", cell.Day), ("key", reportKey));
            }

            foreach (var name in names.Distinct())
            {
                Add(batch, "INSERT INTO fusion_report_names (name_key, place_id, report_key) VALUES (@name, @id, @key)",
                    ("name", name.NameKey), ("id", name.PlaceId), ("key", reportKey));
            }

            batch.ExecuteNonQuery();
        }

        public void IndexReports(IReadOnlyList<ReportIndexEntry> reports)
        {
            ArgumentNullException.ThrowIfNull(reports);
            if (reports.Count == 0)
            {
                return;
            }

            // One round trip per page instead of one per report: a rebuild indexes every report.
            var last = ReportIndexEntry.LastPerKey(reports);

            var cells = last.SelectMany(static r => r.Cells.Distinct().Select(c => (Cell: c, r.ReportKey))).ToList();
            var names = last.SelectMany(static r => r.Names.Distinct().Select(n => (Name: n, r.ReportKey))).ToList();
            using var batch = new NpgsqlBatch(_c, _t);
            Add(batch, "DELETE FROM fusion_report_cells WHERE report_key = ANY(@keys)", ("keys", Texts(last.Select(static r => r.ReportKey))));
            Add(batch, "DELETE FROM fusion_report_names WHERE report_key = ANY(@keys)", ("keys", Texts(last.Select(static r => r.ReportKey))));
            Add(batch, "INSERT INTO fusion_report_cells (region, day, report_key) SELECT * FROM unnest(@regions, @days, @keys)",
                ("regions", Texts(cells.Select(static c => c.Cell.Region))),
                ("days", new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = cells.Select(static c => c.Cell.Day).ToArray() }),
                ("keys", Texts(cells.Select(static c => c.ReportKey))));
            Add(batch, "INSERT INTO fusion_report_names (name_key, place_id, report_key) SELECT * FROM unnest(@names, @ids, @keys)",
                ("names", Texts(names.Select(static n => n.Name.NameKey))),
                ("ids", Texts(names.Select(static n => n.Name.PlaceId))),
                ("keys", Texts(names.Select(static n => n.ReportKey))));
            batch.ExecuteNonQuery();

            static NpgsqlParameter Texts(IEnumerable<string> values) =>
                new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = values.ToArray() };
        }

        public int ReplaceIncidents(IReadOnlyList<IndexRange> ranges, IReadOnlyList<IndexedIncident> incidents)
        {
            ArgumentNullException.ThrowIfNull(ranges);
            ArgumentNullException.ThrowIfNull(incidents);
            var doomed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var range in ranges)
            {
                using var command = Command(_c, _t,
                    "SELECT incident_id FROM fusion_incident_cells WHERE region = @region AND day BETWEEN @from AND @to",
                    ("region", range.Region), ("from", range.From), ("to", range.To));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    doomed.Add(reader.GetString(0));
                }
            }

            // An incident re-fused exactly as stored is left alone: rewriting it costs most of an update
            // (its row, document, reports and cells), and most incidents in reach do not change.
            var kept = Unchanged(incidents.Where(i => doomed.Contains(i.Incident.Id)).ToList());
            var deleted = doomed.Where(id => !kept.Contains(id)).ToArray();
            if (deleted.Length > 0)
            {
                using var batch = new NpgsqlBatch(_c, _t);
                Add(batch, "DELETE FROM incidents WHERE id = ANY(@ids)", ("ids", deleted));
                Add(batch, "DELETE FROM incident_documents WHERE incident_id = ANY(@ids)", ("ids", deleted));
                Add(batch, "DELETE FROM incident_reports WHERE incident_id = ANY(@ids)", ("ids", deleted));
                Add(batch, "DELETE FROM fusion_incident_cells WHERE incident_id = ANY(@ids)", ("ids", deleted));
                batch.ExecuteNonQuery();
            }

            InsertIncidents(_c, _t, incidents.Where(i => !kept.Contains(i.Incident.Id)).Select(static i => (i.Incident, i.Cells)));

            if (kept.Count > 0)
            {
                // A kept incident's reports may still have a new version with the same extraction: its
                // links and then its words follow the new text.
                var relinked = new List<string>();
                using (var command = Command(_c, _t, """
                    UPDATE incident_reports ir SET version_id = rv.id, search = to_tsvector('simple', rv.text)
                    FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                    WHERE ir.incident_id = ANY(@ids) AND r.report_key = ir.report_key AND ir.version_id IS DISTINCT FROM rv.id
                    RETURNING ir.incident_id
                    """, ("ids", kept.ToArray())))
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        relinked.Add(reader.GetString(0));
                    }
                }

                if (relinked.Count > 0)
                {
                    Execute(_c, _t, IncidentSearch + " WHERE i.id = ANY(@ids)", ("ids", relinked.Distinct(StringComparer.Ordinal).ToArray()));
                }
            }

            return deleted.Union(incidents.Select(static i => i.Incident.Id)).Count(id => !kept.Contains(id));
        }

        private HashSet<string> Unchanged(List<IndexedIncident> candidates)
        {
            if (candidates.Count == 0)
            {
                return [];
            }

            var ids = candidates.Select(static i => i.Incident.Id).ToArray();
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var command = Command(_c, _t, "SELECT incident_id, document FROM incident_documents WHERE incident_id = ANY(@ids)", ("ids", ids)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    documents[reader.GetString(0)] = reader.GetString(1);
                }
            }

            var cells = ids.ToDictionary(static id => id, static _ => new List<IndexCell>(), StringComparer.Ordinal);
            using (var command = Command(_c, _t, "SELECT incident_id, region, day FROM fusion_incident_cells WHERE incident_id = ANY(@ids)", ("ids", ids)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    cells[reader.GetString(0)].Add(new IndexCell(reader.GetString(1), reader.GetInt32(2)));
                }
            }

            return candidates
                .Where(i => IncidentRewrite.Unchanged(i, documents.GetValueOrDefault(i.Incident.Id), cells[i.Incident.Id]))
                .Select(static i => i.Incident.Id)
                .ToHashSet(StringComparer.Ordinal);
        }

        public void Clear()
        {
            using var batch = new NpgsqlBatch(_c, _t);
            foreach (var table in (ReadOnlySpan<string>)["incidents", "incident_documents", "incident_reports", "fusion_incident_cells", "fusion_report_cells", "fusion_report_names"])
            {
                Add(batch, "DELETE FROM " + table);
            }

            Add(batch, "UPDATE fusion_index_state SET built = 0 WHERE id = 1");
            batch.ExecuteNonQuery();
        }

        public void MarkBuilt() => Execute(_c, _t, "UPDATE fusion_index_state SET built = 1 WHERE id = 1");

        public IReadOnlyList<string> PendingKeys() => [.. _pending.Select(p => p.Key).Distinct(StringComparer.Ordinal)];

        public void MarkFused()
        {
            if (_pending.Count > 0)
            {
                Execute(_c, _t, "DELETE FROM fusion_pending WHERE id = ANY(@ids)", ("ids", _pending.Select(p => p.Id).ToArray()));
                _pending.Clear();
            }
        }

        private List<(long Id, string Key)> ReadPending()
        {
            using var command = Command(_c, _t, "SELECT id, report_key FROM fusion_pending ORDER BY id");
            using var reader = command.ExecuteReader();
            var rows = new List<(long, string)>();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }

            return rows;
        }

        private static List<IndexCell> ReadCells(NpgsqlCommand command)
        {
            using var reader = command.ExecuteReader();
            var cells = new List<IndexCell>();
            while (reader.Read())
            {
                cells.Add(new IndexCell(reader.GetString(0), reader.GetInt32(1)));
            }

            return cells;
        }
    }
}
