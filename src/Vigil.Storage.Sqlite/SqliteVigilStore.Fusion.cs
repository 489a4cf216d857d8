using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core;

namespace Vigil.Storage.Sqlite;

/// <summary>Incremental fusion's index (migration 0004) and its one-transaction session.</summary>
public sealed partial class SqliteVigilStore
{
    public T UpdateFusion<T>(Func<IFusionSession, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Guard("updating the incidents", () =>
        {
            try
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                var result = FusionProfile.Time("work", () => work(new FusionSession(this, transaction)));
                FusionProfile.Time("incident_text", () => FlushIncidentText(transaction));
                FusionProfile.Time("settle removals", () => SettleRemovals(transaction));
                FusionProfile.Time("report_text catch-up", () => CatchUpTextIndex(transaction));
                FusionProfile.Time("commit", transaction.Commit);
                FusionProfile.Report("SQLite fusion transaction");
                return result;
            }
            finally
            {
                // Pending text-index work of a rolled-back transaction must not reach the next one.
                ForgetIncidentText();
                // Fused now: kept any longer, a long-running watcher or ingest would hold every extraction it ever stored.
                _stored.Clear();
            }
        });
    }

    /// <summary>
    /// The rows of an extraction query (key, number, published, ingested, source, url, title,
    /// document, version id), their JSON parsed on every core: parsing was most of reading a
    /// halo or a rebuild's chunk, and the writer thread's connection only has to hand out bytes.
    /// Documents are read as SQLite's UTF-8 and parsed from it: as .NET strings they were
    /// transcoded twice (to UTF-16 on this thread, back to UTF-8 inside the parser).
    /// With <paramref name="numberByRevision"/>, the rows come ordered by key and version with
    /// COALESCE(revised_utc, '') as a tenth column, and each version is numbered here by the order
    /// that picks the current one (revision time, then version): a ROW_NUMBER window in the SQL
    /// made SQLite copy every row, documents included, through two temporary sorts (about 40 µs
    /// a version on the store's thread, three times the plain read).
    /// </summary>
    private List<ReportExtraction> ReadExtractions(SqliteDataReader reader, bool numberByRevision = false)
    {
        var rows = new List<ExtractionRow>();
        var revisions = numberByRevision ? new List<string>() : null;
        while (reader.Read())
        {
            var cached = _stored.GetValueOrDefault(reader.GetInt64(8));
            rows.Add(new ExtractionRow(reader.GetString(0), reader.GetInt32(1), reader.GetStringOrNull(2), reader.GetString(3), reader.GetStringOrNull(4),
                reader.GetStringOrNull(5), reader.GetStringOrNull(6), cached is null ? reader.GetFieldValue<byte[]>(7) : null, cached));
            revisions?.Add(reader.GetString(9));
        }

        if (revisions is not null)
        {
            NumberByRevision(rows, revisions);
        }

        var extractions = new ReportExtraction[rows.Count];
        try
        {
            Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = rows.Count < 64 ? 1 : Environment.ProcessorCount }, i =>
            {
                var row = rows[i];
                var extraction = row.Cached
                    ?? JsonSerializer.Deserialize<ExtractionResult>(row.Document!, VigilJson.Compact)
                    ?? throw new StoreException($"the stored extraction of {row.Key} is empty");
                extractions[i] = new ReportExtraction(
                    row.Key, row.Number,
                    row.Published is { } published ? StoreValues.ReadTimestamp(published) : null,
                    StoreValues.ReadTimestamp(row.Ingested),
                    row.Source, row.Url, row.Title, extraction);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The caller's Guard names the store and the step; it knows JSON and store errors, not the wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return [.. extractions];
    }

    private record struct ExtractionRow(string Key, int Number, string? Published, string Ingested, string? Source, string? Url, string? Title,
        byte[]? Document, ExtractionResult? Cached);

    /// <summary>
    /// Replaces each row's version with its rank among its report's versions by (revision time,
    /// version), as ROW_NUMBER() OVER (PARTITION BY key ORDER BY COALESCE(revised_utc, ''), version)
    /// gives it; rows arrive grouped by key. Revision times are ISO-8601 ASCII, so ordinal order is SQLite's.
    /// </summary>
    private static void NumberByRevision(List<ExtractionRow> rows, List<string> revisions)
    {
        var start = 0;
        while (start < rows.Count)
        {
            var end = start + 1;
            while (end < rows.Count && string.Equals(rows[end].Key, rows[start].Key, StringComparison.Ordinal))
            {
                end++;
            }

            if (end - start > 1)
            {
                var order = Enumerable.Range(start, end - start)
                    .OrderBy(i => revisions[i], StringComparer.Ordinal)
                    .ThenBy(i => rows[i].Number)
                    .ToList();
                for (var rank = 0; rank < order.Count; rank++)
                {
                    var i = order[rank];
                    rows[i] = rows[i] with { Number = rank + 1 };
                }
            }
            else
            {
                rows[start] = rows[start] with { Number = 1 };
            }

            start = end;
        }
    }

    private sealed class FusionSession(SqliteVigilStore store, SqliteTransaction transaction) : IFusionSession, Review.IReviewInput
    {
        public IReadOnlyList<Review.StoredDecision> ReviewDecisions() => store.ReadDecisions(transaction);

        public bool IndexBuilt =>
            Convert.ToInt64(store.Scalar(transaction, "SELECT built FROM fusion_index_state WHERE id = 1"), CultureInfo.InvariantCulture) == 1;

        public IReadOnlyList<ReportExtraction> Versions(IReadOnlyCollection<string> reportKeys)
        {
            ArgumentNullException.ThrowIfNull(reportKeys);
            // One statement for the whole halo (hundreds of keys) instead of one per key.
            var command = store.Command(transaction, """
                SELECT rv.report_key, rv.version, rv.published, rv.ingested, rv.source, rv.url, rv.title, e.document, rv.id,
                       COALESCE(rv.revised_utc, '')
                FROM report_versions rv
                JOIN extractions e ON e.report_version_id = rv.id
                WHERE rv.report_key IN (SELECT value FROM json_each($keys))
                ORDER BY rv.report_key, rv.version
                """);
            Bind(command, ("$keys", JsonSerializer.Serialize(reportKeys.Distinct(StringComparer.Ordinal).ToArray(), VigilJson.Compact)));
            using var reader = command.ExecuteReader();
            return store.ReadExtractions(reader, numberByRevision: true);
        }

        public IReadOnlyList<ReportExtraction> AllVersions() => store.ReadExtractions(transaction, currentOnly: false);

        public IReadOnlyList<string> ReportKeys(string? after, int limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
            var command = store.Command(transaction,
                "SELECT report_key FROM reports WHERE report_key > $after ORDER BY report_key LIMIT $limit");
            Bind(command, ("$after", after ?? string.Empty), ("$limit", limit));
            return ReadStrings(command);
        }

        public IReadOnlyDictionary<string, ReportIndexEntry> StoredFootprints(IReadOnlyCollection<string> reportKeys)
        {
            ArgumentNullException.ThrowIfNull(reportKeys);
            // The current version is fusion's latest too: both order by revision time, then version.
            var command = store.Command(transaction, """
                SELECT r.report_key, e.footprint
                FROM reports r
                JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                JOIN extractions e ON e.report_version_id = rv.id
                WHERE r.report_key IN (SELECT value FROM json_each($keys)) AND e.footprint IS NOT NULL
                """);
            Bind(command, ("$keys", JsonSerializer.Serialize(reportKeys.Distinct(StringComparer.Ordinal).ToArray(), VigilJson.Compact)));
            using var reader = command.ExecuteReader();
            return StoredFootprint.ReadAll(reader);
        }

        public IReadOnlyList<IndexCellCount> CellCounts()
        {
            var command = store.Command(transaction, "SELECT region, day, COUNT(*) FROM fusion_report_cells GROUP BY region, day ORDER BY region, day");
            using var reader = command.ExecuteReader();
            var counts = new List<IndexCellCount>();
            while (reader.Read())
            {
                counts.Add(new IndexCellCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
            }

            return counts;
        }

        public IReadOnlyList<string> AmbiguousNames() => ReadStrings(store.Command(transaction,
            "SELECT name_key FROM fusion_report_names GROUP BY name_key HAVING MIN(place_id) <> MAX(place_id)"));

        private static List<string> ReadStrings(SqliteCommand command)
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
            var command = store.Command(transaction, "SELECT region, day FROM fusion_report_cells WHERE report_key = $key");
            Bind(command, ("$key", reportKey));
            return ReadCells(command);
        }

        public IReadOnlyList<IndexName> NamesOf(string reportKey)
        {
            var command = store.Command(transaction, "SELECT name_key, place_id FROM fusion_report_names WHERE report_key = $key");
            Bind(command, ("$key", reportKey));
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
            var command = store.Command(transaction, """
                SELECT (SELECT MIN(place_id) FROM fusion_report_names WHERE name_key = $name),
                       (SELECT MAX(place_id) FROM fusion_report_names WHERE name_key = $name)
                """);
            Bind(command, ("$name", nameKey));
            using var reader = command.ExecuteReader();
            reader.Read();
            return IndexEntries.Count(reader.GetStringOrNull(0), reader.GetStringOrNull(1));
        }

        public IReadOnlyList<IndexCell> CellsOfReportsNaming(IReadOnlyCollection<string> nameKeys)
        {
            ArgumentNullException.ThrowIfNull(nameKeys);
            var cells = new HashSet<IndexCell>();
            foreach (var name in nameKeys)
            {
                var command = store.Command(transaction, """
                    SELECT c.region, c.day FROM fusion_report_names n
                    JOIN fusion_report_cells c ON c.report_key = n.report_key
                    WHERE n.name_key = $name
                    """);
                Bind(command, ("$name", name));
                cells.UnionWith(ReadCells(command));
            }

            return [.. cells];
        }

        public IReadOnlyList<string> ReportsIn(IReadOnlyList<IndexRange> ranges)
        {
            ArgumentNullException.ThrowIfNull(ranges);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var range in ranges)
            {
                var command = store.Command(transaction,
                    "SELECT report_key FROM fusion_report_cells WHERE region = $region AND day BETWEEN $from AND $to");
                Bind(command, ("$region", range.Region), ("$from", range.From), ("$to", range.To));
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
            store.Execute(transaction, "DELETE FROM fusion_report_cells WHERE report_key = $key", ("$key", reportKey));
            store.Execute(transaction, "DELETE FROM fusion_report_names WHERE report_key = $key", ("$key", reportKey));
            foreach (var cell in cells.Distinct())
            {
                store.Execute(transaction, "INSERT INTO fusion_report_cells (region, day, report_key) VALUES ($region, $day, $key)",
                    ("$region", cell.Region), ("$day", cell.Day), ("$key", reportKey));
            }

            foreach (var name in names.Distinct())
            {
                store.Execute(transaction, "INSERT INTO fusion_report_names (name_key, place_id, report_key) VALUES ($name, $id, $key)",
                    ("$name", name.NameKey), ("$id", name.PlaceId), ("$key", reportKey));
            }
        }

        public void IndexReports(IReadOnlyList<ReportIndexEntry> reports)
        {
            ArgumentNullException.ThrowIfNull(reports);
            if (reports.Count == 0)
            {
                return;
            }

            // Five statements per page instead of two plus one per row per report: a rebuild indexes every report.
            var last = ReportIndexEntry.LastPerKey(reports);

            var (keys, cells, names) = IndexJson(last);
            store.Execute(transaction, "DELETE FROM fusion_report_cells WHERE report_key IN (SELECT value FROM json_each($keys))", ("$keys", keys));
            store.Execute(transaction, "DELETE FROM fusion_report_names WHERE report_key IN (SELECT value FROM json_each($keys))", ("$keys", keys));
            store.Execute(transaction, """
                INSERT INTO fusion_report_cells (region, day, report_key)
                SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)
                """, ("$rows", cells));
            store.Execute(transaction, """
                INSERT INTO fusion_report_names (name_key, place_id, report_key)
                SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)
                """, ("$rows", names));
        }

        /// <summary>The keys, then [region, day, key] and [name, id, key] rows (each report's distinct), as JSON arrays.</summary>
        private static (string Keys, string Cells, string Names) IndexJson(IEnumerable<ReportIndexEntry> reports)
        {
            using var keys = new MemoryStream();
            using var cells = new MemoryStream();
            using var names = new MemoryStream();
            using (var keyWriter = new Utf8JsonWriter(keys))
            using (var cellWriter = new Utf8JsonWriter(cells))
            using (var nameWriter = new Utf8JsonWriter(names))
            {
                keyWriter.WriteStartArray();
                cellWriter.WriteStartArray();
                nameWriter.WriteStartArray();
                foreach (var report in reports)
                {
                    keyWriter.WriteStringValue(report.ReportKey);
                    foreach (var cell in report.Cells.Distinct())
                    {
                        cellWriter.WriteStartArray();
                        cellWriter.WriteStringValue(cell.Region);
                        cellWriter.WriteNumberValue(cell.Day);
                        cellWriter.WriteStringValue(report.ReportKey);
                        cellWriter.WriteEndArray();
                    }

                    foreach (var name in report.Names.Distinct())
                    {
                        nameWriter.WriteStartArray();
                        nameWriter.WriteStringValue(name.NameKey);
                        nameWriter.WriteStringValue(name.PlaceId);
                        nameWriter.WriteStringValue(report.ReportKey);
                        nameWriter.WriteEndArray();
                    }
                }

                keyWriter.WriteEndArray();
                cellWriter.WriteEndArray();
                nameWriter.WriteEndArray();
            }

            return (System.Text.Encoding.UTF8.GetString(keys.ToArray()), System.Text.Encoding.UTF8.GetString(cells.ToArray()),
                System.Text.Encoding.UTF8.GetString(names.ToArray()));
        }

        public int ReplaceIncidents(IReadOnlyList<IndexRange> ranges, IReadOnlyList<IndexedIncident> incidents)
        {
            ArgumentNullException.ThrowIfNull(ranges);
            ArgumentNullException.ThrowIfNull(incidents);
            var doomed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var range in ranges)
            {
                var command = store.Command(transaction,
                    "SELECT incident_id FROM fusion_incident_cells WHERE region = $region AND day BETWEEN $from AND $to");
                Bind(command, ("$region", range.Region), ("$from", range.From), ("$to", range.To));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    doomed.Add(reader.GetString(0));
                }
            }

            // An incident re-fused exactly as stored is left alone: rewriting it costs most of an update
            // (its row, document, reports and cells), and most incidents in reach do not change.
            var kept = incidents.Where(i => doomed.Contains(i.Incident.Id) && Unchanged(i)).Select(static i => i.Incident.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in doomed.Where(id => !kept.Contains(id)))
            {
                // Its text rows go with it: a rewritten incident gets a new rowid, and its rows follow it.
                if (store.Scalar(transaction, "DELETE FROM incidents WHERE id = $id RETURNING rowid", ("$id", id)) is long rowid)
                {
                    store.UnindexIncidentText(rowid);
                }

                store.Execute(transaction, "DELETE FROM incident_documents WHERE incident_id = $id", ("$id", id));
                store.Execute(transaction, "DELETE FROM incident_reports WHERE incident_id = $id", ("$id", id));
                store.Execute(transaction, "DELETE FROM fusion_incident_cells WHERE incident_id = $id", ("$id", id));
            }

            // Every new or rewritten incident with a few set-based statements, in the order given (written with its reports' current versions).
            foreach (var slice in incidents.Where(i => !kept.Contains(i.Incident.Id)).Chunk(IncidentSlice))
            {
                store.InsertIncidents(transaction, [.. slice.Select(static i => i.Incident)], [.. slice.Select(static i => i.Cells)]);
            }

            foreach (var indexed in incidents.Where(i => kept.Contains(i.Incident.Id)))
            {
                // A kept incident's reports may still have a new version with the same extraction; its
                // text rows are then indexed again from the new versions (same rowid, same slots).
                var revised = store.Command(transaction, """
                    UPDATE incident_reports SET version_id = (
                        SELECT rv.id FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                        WHERE r.report_key = incident_reports.report_key)
                    WHERE incident_id = $id AND version_id IS NOT (
                        SELECT rv.id FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                        WHERE r.report_key = incident_reports.report_key)
                    """);
                Bind(revised, ("$id", indexed.Incident.Id));
                if (revised.ExecuteNonQuery() > 0)
                {
                    var rowid = Convert.ToInt64(store.Scalar(transaction, "SELECT rowid FROM incidents WHERE id = $id", ("$id", indexed.Incident.Id)),
                        CultureInfo.InvariantCulture);
                    store.UnindexIncidentText(rowid);
                    store.IndexIncidentText(rowid);
                }
            }

            return doomed.Union(incidents.Select(static i => i.Incident.Id)).Count(id => !kept.Contains(id));
        }

        private bool Unchanged(IndexedIncident indexed)
        {
            var document = store.Scalar(transaction, "SELECT document FROM incident_documents WHERE incident_id = $id", ("$id", indexed.Incident.Id)) as string;
            var command = store.Command(transaction, "SELECT region, day FROM fusion_incident_cells WHERE incident_id = $id");
            Bind(command, ("$id", indexed.Incident.Id));
            return IncidentRewrite.Unchanged(indexed, document, ReadCells(command));
        }

        public void Clear()
        {
            store.DeleteEveryIncident(transaction);
            foreach (var table in (ReadOnlySpan<string>)["incident_documents", "incident_reports", "fusion_incident_cells", "fusion_report_cells", "fusion_report_names"])
            {
                store.Execute(transaction, "DELETE FROM " + table);
            }

            store.ClearIncidentText();

            store.Execute(transaction, "UPDATE fusion_index_state SET built = 0 WHERE id = 1");
        }

        public void MarkBuilt() => store.Execute(transaction, "UPDATE fusion_index_state SET built = 1 WHERE id = 1");

        public IReadOnlyList<string> PendingKeys()
        {
            // No DISTINCT: SQLite would scan the whole report_key index for it instead of the few rows past fused_upto.
            var command = store.Command(transaction,
                "SELECT report_key FROM report_versions WHERE id > (SELECT fused_upto FROM fusion_index_state WHERE id = 1)");
            using var reader = command.ExecuteReader();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }

            return [.. keys];
        }

        public void MarkFused() => store.Execute(transaction,
            "UPDATE fusion_index_state SET fused_upto = (SELECT COALESCE(MAX(id), 0) FROM report_versions) WHERE id = 1");

        private static List<IndexCell> ReadCells(SqliteCommand command)
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
