using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer, several
/// processes may ingest at once), foreign keys on, a busy timeout, one immediate transaction per
/// report. Synchronous=NORMAL: a crash of the process loses nothing committed; a power cut may
/// lose the last commits but never leaves a partial one.
/// </summary>
public sealed partial class SqliteVigilStore : IVigilStore
{
    private const int BusyTimeoutMilliseconds = 60_000;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    // Extractions this connection stored, by version row id: the re-fusion after a batch reads
    // every current report, and re-parsing the JSON of the ones just written was most of its cost.
    private readonly Dictionary<long, ExtractionResult> _stored = [];

    private readonly bool _readOnly;

    // incident_text's pending work in the current write transaction, by incident rowid (FlushIncidentText).
    private readonly HashSet<long> _textToIndex = [];
    private readonly HashSet<long> _textToUnindex = [];

    // Set when the current write transaction rewrites every incident (a full rebuild or refresh):
    // incident_text is then emptied and filled once at its end, from the final report links, and no
    // incident's rowid is tracked on the way (FlushIncidentText).
    private bool _textRebuild;

    private SqliteVigilStore(SqliteConnection connection, string path, bool readOnly)
    {
        _connection = connection;
        Path = path;
        _readOnly = readOnly;
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens the file at <paramref name="path"/>, creating it and its folder when missing, and applies pending migrations.</summary>
    public static SqliteVigilStore Open(string path) => Open(path, StoreAccess.Create);

    /// <summary>
    /// Opens the file at <paramref name="path"/>. <see cref="StoreAccess.Create"/> creates it (and
    /// its folder) when missing; otherwise a missing file is an error and nothing is created.
    /// <see cref="StoreAccess.ReadOnly"/> writes nothing (no migration, no journal-mode switch), so a
    /// read-only file or someone else's database is never changed; a schema other than this
    /// build's is an error naming both versions.
    /// </summary>
    public static SqliteVigilStore Open(string path, StoreAccess access)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath;
        try
        {
            fullPath = System.IO.Path.GetFullPath(path);
            if (access == StoreAccess.Create)
            {
                var folder = System.IO.Path.GetDirectoryName(fullPath);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new StoreException($"cannot create the database folder for {path}: {e.Message}", e);
        }

        if (access != StoreAccess.Create && !File.Exists(fullPath))
        {
            throw new StoreException($"no Vigil store at {fullPath}; `vigil ingest PATH…` or `vigil demo` creates one (check --db or VIGIL_DB)");
        }

        var readOnly = access == StoreAccess.ReadOnly;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = access switch
            {
                StoreAccess.Create => SqliteOpenMode.ReadWriteCreate,
                StoreAccess.ReadWrite => SqliteOpenMode.ReadWrite,
                _ => SqliteOpenMode.ReadOnly,
            },
            Pooling = readOnly,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            // busy_timeout first: the WAL switch itself may wait for another process's lock.
            Pragma(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}");
            if (readOnly)
            {
                Pragma(connection, "PRAGMA query_only = ON");
                CheckSchema(connection, fullPath);
            }
            else
            {
                Pragma(connection, "PRAGMA journal_mode = WAL");
                Pragma(connection, "PRAGMA synchronous = NORMAL");
                // 64 MB of page cache instead of 2 MB: ingest inserts into indexes keyed by URL, all over
                // the file, and with the default each insert re-read evicted index pages from the OS.
                Pragma(connection, "PRAGMA cache_size = -65536");
                Pragma(connection, "PRAGMA foreign_keys = ON");

                SqliteMigrator.Apply(connection, DateTimeOffset.UtcNow);
                // Statement journals in memory: an insert that fires a trigger (every incident, through the
                // change feed's; every report version, through the per-source counts) keeps one, and past
                // 64 KB SQLite spilled it to a temporary file created and deleted per statement, which
                // doubled the cost of an incident's row in a full fusion (docs/performance.md, 2026-12-01).
                // Read-only connections (the server's queries) keep the default, so their large sorts
                // still spill to disk instead of growing memory, and so do the migrations (set after them).
                Pragma(connection, "PRAGMA temp_store = MEMORY");
            }

            return new SqliteVigilStore(connection, fullPath, readOnly);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open the SQLite database {fullPath}: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A read-only open runs no migration: the file must already be a store of this build's schema.</summary>
    private static void CheckSchema(SqliteConnection connection, string fullPath)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (exists.ExecuteScalar() is null)
        {
            throw new StoreException($"{fullPath} is not a Vigil store (no schema_version table)");
        }

        using var version = connection.CreateCommand();
        version.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var found = Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (found < SqliteMigrator.LatestVersion)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"the store {fullPath} has schema version {found}, older than this vigil's {SqliteMigrator.LatestVersion}; `vigil ingest` into it once upgrades it"));
        }

        if (found > SqliteMigrator.LatestVersion)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"the store {fullPath} has schema version {found}, newer than this vigil knows ({SqliteMigrator.LatestVersion}); upgrade vigil"));
        }
    }

    /// <summary>The schema version recorded in the file.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);

    /// <summary>The value of a PRAGMA (journal_mode, foreign_keys…), as text.</summary>
    public string PragmaValue(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException("not a pragma name", nameof(name));
        }

        return Convert.ToString(Scalar("PRAGMA " + name), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public StoreResult StoreReport(Report report, ExtractionResult extraction, DateTimeOffset ingested)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(extraction);
        return Guard($"storing report {report.Key}", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var (result, versionId, _) = StoreIn(transaction, report, Prepared.Of(extraction, null), LoadVersionHeads(transaction, report.Key), ingested);
            transaction.Commit();
            Remember(versionId, extraction);
            return result;
        });
    }

    public IReadOnlyList<StoreAttempt> StoreReports(IReadOnlyList<ReportToStore> reports, DateTimeOffset ingested)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return [];
        }

        // One commit per batch instead of per report: a commit writes every page the report touched
        // to the WAL (and now and then checkpoints with an fsync); it was most of storing's time.
        // The JSON written per report (the extraction document, the claim rows, the footprint) is
        // made on every core first: on the writer thread it was a third of storing.
        var prepared = new Prepared[reports.Count];
        Parallel.For(0, reports.Count, i => prepared[i] = Prepared.Of(reports[i].Extraction, reports[i].Footprint));
        try
        {
            // First without a savepoint per report (three statements fewer each); should SQLite
            // refuse one report, the batch is rolled back and stored again with savepoints, so that
            // report fails alone, as before.
            return StoreBatch(reports, prepared, ingested, savepoints: false)
                ?? StoreBatch(reports, prepared, ingested, savepoints: true)!;
        }
        catch (SqliteException e)
        {
            var error = $"storing a batch of {reports.Count} reports in {Path}: {e.Message}";
            return [.. reports.Select(_ => StoreAttempt.Failed(error))];
        }
    }

    /// <summary>
    /// Stores a batch in one transaction; without <paramref name="savepoints"/>, null (nothing
    /// committed) when SQLite refused a report.
    /// </summary>
    private StoreAttempt[]? StoreBatch(IReadOnlyList<ReportToStore> reports, Prepared[] prepared, DateTimeOffset ingested, bool savepoints)
    {
        var attempts = new StoreAttempt[reports.Count];
        var stored = new List<(long VersionId, ExtractionResult Extraction)>(reports.Count);
        using (var transaction = _connection.BeginTransaction(deferred: false))
        {
            // Asked once per batch: with no failure recorded, no report needs its origin's failure cleared.
            var failuresRecorded = Scalar(transaction, "SELECT 1 FROM ingest_failures LIMIT 1") is not null;
            // Every key's stored versions in one statement instead of one per report; kept up to date
            // as the batch stores (a batch may hold two versions of one report).
            var heads = LoadVersionHeads(transaction, reports.Select(static r => r.Report.Key));
            // Without savepoints, the claim rows of the whole batch go in with one statement at its end.
            var claims = savepoints ? null : new List<(long VersionId, string Rows)>(reports.Count);
            for (var i = 0; i < reports.Count; i++)
            {
                var (report, extraction, _) = reports[i];
                if (!heads.TryGetValue(report.Key, out var versions))
                {
                    heads[report.Key] = versions = [];
                }

                if (!savepoints)
                {
                    try
                    {
                        var (result, versionId, head) = StoreIn(transaction, report, prepared[i], versions, ingested, failuresRecorded, claims);
                        Add(versions, head);
                        attempts[i] = new StoreAttempt(result, null);
                        stored.Add((versionId, extraction));
                    }
                    catch (SqliteException)
                    {
                        transaction.Rollback();
                        return null;
                    }

                    continue;
                }

                // Savepoints through the prepared commands: SqliteTransaction.Save parses a new command per call.
                Execute(transaction, "SAVEPOINT report");
                try
                {
                    var (result, versionId, head) = StoreIn(transaction, report, prepared[i], versions, ingested, failuresRecorded);
                    Execute(transaction, "RELEASE report");
                    Add(versions, head);
                    attempts[i] = new StoreAttempt(result, null);
                    stored.Add((versionId, extraction));
                }
                catch (SqliteException e)
                {
                    // This report alone is undone; the batch goes on.
                    Execute(transaction, "ROLLBACK TO report");
                    Execute(transaction, "RELEASE report");
                    attempts[i] = StoreAttempt.Failed($"storing report {report.Key} in {Path}: {e.Message}");
                }
            }

            if (claims is not null)
            {
                try
                {
                    InsertClaims(transaction, claims);
                }
                catch (SqliteException)
                {
                    transaction.Rollback();
                    return null;
                }
            }

            transaction.Commit();
        }

        foreach (var (versionId, extraction) in stored)
        {
            Remember(versionId, extraction);
        }

        return attempts;

        static void Add(List<VersionHead> versions, VersionHead? head)
        {
            if (head is not null)
            {
                versions.Add(head);
            }
        }
    }

    private void Remember(long versionId, ExtractionResult extraction)
    {
        if (versionId > 0 && _stored.Count < StoreValues.FusionCacheLimit)
        {
            _stored[versionId] = extraction;
        }
    }

    /// <summary>
    /// Stores one report inside <paramref name="transaction"/>, given its stored <paramref name="versions"/>
    /// (left as they are: the caller adds the returned head once the report is in); the version row
    /// id, or 0 when unchanged (nothing written, no head).
    /// </summary>
    private (StoreResult Result, long VersionId, VersionHead? Head) StoreIn(SqliteTransaction transaction, Report report, Prepared prepared,
        List<VersionHead> versions, DateTimeOffset ingested, bool failuresRecorded = true, List<(long VersionId, string Rows)>? claims = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var same = versions.FirstOrDefault(v => string.Equals(v.ContentHash, report.ContentHash, StringComparison.Ordinal));
        if (same is not null)
        {
            return (new StoreResult(StoreOutcome.Unchanged, same.Version, same.Version == CurrentVersion(versions)), 0, null);
        }

        var version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        var revisedUtc = (report.Updated ?? report.Published) is { } revised ? StoreValues.UtcTimestamp(revised) : null;
        var head = new VersionHead(version, report.ContentHash, revisedUtc);
        var current = CurrentVersion([.. versions, head]);

        Execute(transaction, """
            INSERT INTO reports (report_key, current_version, first_ingested) VALUES ($key, $current, $ingested)
            ON CONFLICT (report_key) DO UPDATE SET current_version = excluded.current_version
            """, ("$key", report.Key), ("$current", current), ("$ingested", StoreValues.Timestamp(ingested)));

        var versionId = Convert.ToInt64(Scalar(transaction, """
            INSERT INTO report_versions (report_key, version, content_hash, text, title, published, updated, revised_utc,
                                         source, url, language, format, origin, ingested)
            VALUES ($key, $version, $hash, $text, $title, $published, $updated, $revised_utc, $source, $url, $language, $format, $origin, $ingested)
            RETURNING id
            """,
            ("$key", report.Key), ("$version", version), ("$hash", report.ContentHash), ("$text", report.Text),
            ("$title", StoreValues.OrNull(report.Title)),
            ("$published", report.Published is { } pub ? StoreValues.Timestamp(pub) : DBNull.Value),
            ("$updated", report.Updated is { } upd ? StoreValues.Timestamp(upd) : DBNull.Value),
            ("$revised_utc", StoreValues.OrNull(revisedUtc)),
            ("$source", StoreValues.OrNull(report.Source)), ("$url", StoreValues.OrNull(report.Url)),
            ("$language", report.Language), ("$format", report.Format), ("$origin", StoreValues.OrNull(report.Origin)),
            ("$ingested", StoreValues.Timestamp(ingested))), CultureInfo.InvariantCulture);

        Execute(transaction, "INSERT INTO extractions (report_version_id, document, footprint) VALUES ($id, $document, $footprint)",
            ("$id", versionId), ("$document", prepared.Document), ("$footprint", StoreValues.OrNull(prepared.Footprint)));
        if (claims is null)
        {
            Execute(transaction, SqliteClaimRows.Insert, ("$version_id", versionId), ("$rows", prepared.ClaimRows));
        }
        else
        {
            claims.Add((versionId, prepared.ClaimRows));
        }
        if (report.Origin is not null && failuresRecorded)
        {
            Execute(transaction, "DELETE FROM ingest_failures WHERE origin = $origin", ("$origin", report.Origin));
        }

        return (new StoreResult(versions.Count == 0 ? StoreOutcome.New : StoreOutcome.Updated, version, version == current), versionId, head);
    }

    public bool Contains(string key, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(contentHash);
        return Guard("looking up a report", () => Scalar(null,
            "SELECT 1 FROM report_versions WHERE report_key = $key AND content_hash = $hash",
            ("$key", key), ("$hash", contentHash)) is not null);
    }

    public IReadOnlyList<bool> ContainsAll(IReadOnlyList<(string Key, string ContentHash)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return [];
        }

        return Guard("looking up reports", () =>
        {
            var command = Command(null, "SELECT report_key, content_hash FROM report_versions WHERE report_key IN (SELECT value FROM json_each($keys))");
            Bind(command, ("$keys", JsonSerializer.Serialize(reports.Select(static r => r.Key).Distinct(StringComparer.Ordinal).ToArray(), VigilJson.Compact)));
            var stored = new HashSet<(string, string)>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    stored.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            return (IReadOnlyList<bool>)[.. reports.Select(stored.Contains)];
        });
    }

    public IReadOnlyList<ReportExtraction> CurrentExtractions() =>
        Guard("reading the current extractions", () => ReadExtractions(null, currentOnly: true));

    public int RefreshIncidents(Func<IReadOnlyList<ReportExtraction>, IReadOnlyList<StoredIncident>> fuse)
    {
        ArgumentNullException.ThrowIfNull(fuse);
        return Guard("replacing the incidents", () =>
        {
            // The write lock is held from reading the extractions to the commit: a concurrent
            // ingest cannot slip a report in between and have it missing from the incidents.
            using var transaction = _connection.BeginTransaction(deferred: false);
            ForgetIncidentText();
            var incidents = fuse(ReadExtractions(transaction, currentOnly: false));
            CatchUpTextIndex(transaction);
            DeleteEveryIncident(transaction);
            Execute(transaction, "DELETE FROM incident_documents");
            Execute(transaction, "DELETE FROM incident_reports");
            ClearIncidentText();
            // Incidents fused without their cells: incremental fusion must rebuild before it trusts the index.
            Execute(transaction, "DELETE FROM fusion_incident_cells");
            Execute(transaction, "UPDATE fusion_index_state SET built = 0 WHERE id = 1");
            // In slices: one slice's JSON (documents included) is held at a time.
            foreach (var slice in incidents.Chunk(IncidentSlice))
            {
                InsertIncidents(transaction, slice);
            }

            Execute(transaction, """
                UPDATE incident_reports SET version_id = (
                    SELECT rv.id FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                    WHERE r.report_key = incident_reports.report_key)
                """);
            FlushIncidentText(transaction);
            SettleRemovals(transaction);
            transaction.Commit();
            _stored.Clear();
            return incidents.Count;
        });
    }

    /// <summary>
    /// Writes incidents (with their fusion cells when given) as one insert per incident and per report did:
    /// their documents, their reports with their current version ids, their rows (the change feed's
    /// trigger fires per row as before), in the order given, so rowids come out the same. Links,
    /// rows and cells with one statement each over JSON arrays instead of one per incident or link: a statement that fires a
    /// trigger keeps a statement journal and runs its program setup once, and binding 25 named
    /// parameters per row cost about a quarter of a rebuild's incident writes (docs/performance.md).
    /// </summary>
    private void InsertIncidents(SqliteTransaction transaction, StoredIncident[] incidents, IReadOnlyList<IndexCell>[]? cells = null)
    {
        if (incidents.Length == 0)
        {
            return;
        }

        foreach (var incident in incidents)
        {
            if (incident.ReportKeys.Count >= IncidentTextSlots && incident.ReportKeys.Distinct(StringComparer.Ordinal).Count() >= IncidentTextSlots)
            {
                // More slots than incident_text's rowid leaves would run into the next incident's rows and match for it.
                throw new StoreException($"incident {incident.Id} has more than {IncidentTextSlots - 1} reports, more than the text index holds per incident");
            }
        }

        // Documents one row each (two parameters, no trigger, so no statement journal): as one JSON
        // array, a slice's 8 MB of documents went through two more large strings, and the peak rose by 250 MB.
        var insertDocument = Command(transaction, "INSERT INTO incident_documents (incident_id, document) VALUES ($id, $document)");
        var id = insertDocument.Parameters.Add("$id", SqliteType.Text);
        var document = insertDocument.Parameters.Add("$document", SqliteType.Text);
        foreach (var incident in incidents)
        {
            id.Value = incident.Id;
            document.Value = incident.Document;
            insertDocument.ExecuteNonQuery();
        }

        var json = SqliteIncidentRows.Of(incidents, cells);
        // No ORDER BY: json_each gives the array's elements in order, so rows go in as the loop wrote them.
        // The report's current version is looked up as the row goes in: a separate UPDATE afterwards cost as much again.
        Execute(transaction, """
            INSERT OR IGNORE INTO incident_reports (report_key, incident_id, version_id)
            SELECT k.value, i.value ->> 0,
                   (SELECT rv.id FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                    WHERE r.report_key = k.value)
            FROM json_each($rows) i, json_each(i.value -> 1) k
            """, ("$rows", json.Reports));
        var insert = Command(transaction, """
            INSERT INTO incidents (id, incident_date, date_precision, place_name, district, place_kind, place_resolved, admin1, admin1_code,
                                   lat, lon, killed, injured, children_killed, children_injured, missing, weapons, attacker,
                                   report_count, contested, sort_date, weapon_mask, casualties, review_status, review_flags)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8,
                   value ->> 9, value ->> 10, value ->> 11, value ->> 12, value ->> 13, value ->> 14, value ->> 15, value ->> 16, value ->> 17,
                   value ->> 18, value ->> 19, value ->> 20, value ->> 21, value ->> 22, value ->> 23, value ->> 24
            FROM json_each($rows)
            RETURNING rowid
            """);
        Bind(insert, ("$rows", json.Rows));
        using (var reader = insert.ExecuteReader())
        {
            while (reader.Read())
            {
                IndexIncidentText(reader.GetInt64(0));
            }
        }

        if (json.Cells is not null)
        {
            Execute(transaction, """
                INSERT INTO fusion_incident_cells (region, day, incident_id)
                SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)
                """, ("$rows", json.Cells));
        }
    }

    /// <summary>
    /// Deletes every incident as <c>DELETE FROM incidents</c> does, the change feed's delete trigger
    /// included (every id into incident_removals), but in one statement each instead of the trigger
    /// run row by row: a statement that fires triggers keeps a statement journal of every page it
    /// changes, which this connection keeps in memory (temp_store), so deleting a large store's
    /// incidents that way held the whole incidents table and its indexes in memory for a moment. The
    /// trigger is dropped and re-created from its stored SQL inside the transaction; nothing else
    /// sees the store without it.
    /// </summary>
    private void DeleteEveryIncident(SqliteTransaction transaction)
    {
        if (Scalar(transaction, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'incidents_alert_delete'") is not string trigger)
        {
            Execute(transaction, "DELETE FROM incidents");
            return;
        }

        Execute(transaction, "INSERT OR IGNORE INTO incident_removals (incident_id) SELECT id FROM incidents");
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DROP TRIGGER incidents_alert_delete";
        command.ExecuteNonQuery();
        // Without a trigger SQLite empties the table and its indexes whole (no statement journal, no per-row work).
        command.CommandText = "DELETE FROM incidents";
        command.ExecuteNonQuery();
#pragma warning disable CA2100 // The trigger's own SQL, as the migration created it, read back from sqlite_master.
        command.CommandText = trigger;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The largest number of reports one incident's text rows can hold: incident_text's rowid is the
    /// incident's rowid × 2^20 plus the report's slot (migration 0010).
    /// </summary>
    private const int IncidentTextSlots = 1 << 20;

    /// <summary>Incidents written by one set of <see cref="InsertIncidents"/> statements when a caller hands over more.</summary>
    private const int IncidentSlice = 1_000;

    /// <summary>
    /// Marks an incident written in this transaction (by its rowid) for indexing in incident_text at
    /// the transaction's end (<see cref="FlushIncidentText"/>).
    /// </summary>
    private void IndexIncidentText(long rowid)
    {
        if (!_textRebuild)
        {
            _textToIndex.Add(rowid);
        }
    }

    /// <summary>
    /// Marks a deleted or revised incident's text rows (its whole rowid range) for deletion at the
    /// transaction's end; an incident written and deleted in the same transaction was never indexed.
    /// </summary>
    private void UnindexIncidentText(long rowid)
    {
        if (!_textRebuild && !_textToIndex.Remove(rowid))
        {
            _textToUnindex.Add(rowid);
        }
    }

    /// <summary>Drops the pending incident_text work (a transaction ended without <see cref="FlushIncidentText"/>).</summary>
    private void ForgetIncidentText()
    {
        _textToIndex.Clear();
        _textToUnindex.Clear();
        _textRebuild = false;
    }

    /// <summary>
    /// Marks the current transaction as a rewrite of every incident: <see cref="FlushIncidentText"/>
    /// empties incident_text and fills it once from the final report links (<see cref="RebuildIncidentText"/>).
    /// </summary>
    private void ClearIncidentText()
    {
        ForgetIncidentText();
        _textRebuild = true;
    }

    /// <summary>
    /// Empties incident_text and fills it from every incident's report links in one statement, as
    /// migration 0010 filled it: a full rebuild or refresh does this once, at the end of its
    /// transaction, instead of indexing its incidents as it writes them; a store written around this
    /// class (bench/Vigil.ApiLatency) calls it after writing its rows.
    /// </summary>
    public static void RebuildIncidentText(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO incident_text (incident_text) VALUES ('delete-all')";
        command.ExecuteNonQuery();
        // CROSS JOIN keeps SQLite's loop order: incidents in rowid order, each one's links in key order
        // from incident_reports_by_incident, so the rows come in ascending text rowids with no sort
        // (a sort would copy every text through a temporary B-tree) and FTS5 writes a few large segments.
        command.CommandText = """
            INSERT INTO incident_text (rowid, text)
            SELECT (i.rowid << 20) + (SELECT COUNT(*) FROM incident_reports x WHERE x.incident_id = ir.incident_id AND x.report_key < ir.report_key),
                   rv.text
            FROM incidents i
            CROSS JOIN incident_reports ir ON ir.incident_id = i.id
            CROSS JOIN report_versions rv ON rv.id = ir.version_id
            ORDER BY i.rowid, ir.report_key
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Brings incident_text up to date with this transaction's incident writes: the deleted and revised
    /// incidents' rows go, then the written incidents' rows come, one row per report with a current
    /// version at the incident's rowid × 2^20 plus the report's rank among the incident's keys. Done
    /// once per transaction, in ascending rowids: done per incident, deletes of older rowids between
    /// inserts of newer ones made FTS5 flush its pending segment at every switch (fusing took about
    /// 60 % longer at 30,000 reports).
    /// </summary>
    private void FlushIncidentText(SqliteTransaction transaction)
    {
        if (_textRebuild)
        {
            RebuildIncidentText(_connection, transaction);
            ForgetIncidentText();
            return;
        }

        foreach (var rowid in _textToUnindex.Order())
        {
            Execute(transaction, "DELETE FROM incident_text WHERE rowid BETWEEN $first AND $last",
                ("$first", rowid << 20), ("$last", (rowid << 20) + IncidentTextSlots - 1));
        }

        if (_textToIndex.Count > 0)
        {
            // No ORDER BY: json_each gives the rowids in the ascending order written, and each incident's
            // reports come in key order from incident_reports_by_incident; a sort would copy every text.
            Execute(transaction, """
                INSERT INTO incident_text (rowid, text)
                SELECT (i.rowid << 20) + (SELECT COUNT(*) FROM incident_reports x WHERE x.incident_id = ir.incident_id AND x.report_key < ir.report_key),
                       rv.text
                FROM json_each($rowids) j
                JOIN incidents i ON i.rowid = j.value
                JOIN incident_reports ir ON ir.incident_id = i.id
                JOIN report_versions rv ON rv.id = ir.version_id
                """, ("$rowids", JsonSerializer.Serialize(_textToIndex.Order().ToArray(), VigilJson.Compact)));
        }

        ForgetIncidentText();
    }

    public IReadOnlyList<StoredIncident> Incidents(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("reading incidents", () =>
        {
            var where = IncidentWhere.Build(filter);
            var command = Command(null, IncidentSelect + "\n" + where.Sql + "\nORDER BY i.incident_date IS NULL, i.incident_date, i.id");
            where.BindTo(command);
            return StoreRows.Incidents(command);
        });
    }

    public StoredIncident? Incident(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Guard("reading an incident", () =>
        {
            var command = Command(null, IncidentSelect + " WHERE i.id = $id");
            Bind(command, ("$id", id));
            return StoreRows.Incidents(command).FirstOrDefault();
        });
    }

    public IReadOnlyList<StoredReportVersion> ReportVersions(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Guard("reading report versions", () =>
        {
            var command = Command(null, """
                SELECT rv.report_key, rv.version, rv.content_hash, rv.text, rv.title, rv.published, rv.source, rv.url,
                       rv.language, rv.format, rv.origin, rv.ingested, r.current_version,
                       (SELECT COUNT(*) FROM claims c WHERE c.report_version_id = rv.id)
                FROM report_versions rv JOIN reports r ON r.report_key = rv.report_key
                WHERE rv.report_key = $key
                ORDER BY rv.version
                """);
            Bind(command, ("$key", key));
            using var reader = command.ExecuteReader();
            var versions = new List<StoredReportVersion>();
            while (reader.Read())
            {
                versions.Add(new StoredReportVersion(
                    reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetStringOrNull(4),
                    reader.GetStringOrNull(5) is { } published ? StoreValues.ReadTimestamp(published) : null,
                    reader.GetStringOrNull(6), reader.GetStringOrNull(7), reader.GetString(8), reader.GetString(9),
                    reader.GetStringOrNull(10), StoreValues.ReadTimestamp(reader.GetString(11)),
                    reader.GetInt32(1) == reader.GetInt32(12), reader.GetInt32(13)));
            }

            return versions;
        });
    }

    public IReadOnlyList<ReportSearchHit> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var match = ToFtsQuery(query);
        if (match.Length == 0)
        {
            return [];
        }

        return Guard("searching report text", () =>
        {
            EnsureTextIndex();

            var command = Command(null, """
                SELECT rv.report_key, rv.version, rv.title, snippet(report_text, 0, '[', ']', '…', 12)
                FROM report_text
                JOIN report_versions rv ON rv.id = report_text.rowid
                JOIN reports r ON r.report_key = rv.report_key AND r.current_version = rv.version
                WHERE report_text MATCH $match
                ORDER BY rank, rv.report_key
                LIMIT $limit
                """);
            Bind(command, ("$match", match), ("$limit", limit));
            using var reader = command.ExecuteReader();
            var hits = new List<ReportSearchHit>();
            while (reader.Read())
            {
                hits.Add(new ReportSearchHit(reader.GetString(0), reader.GetInt32(1), reader.GetStringOrNull(2), reader.GetString(3)));
            }

            return hits;
        });
    }

    public void RecordFailure(string origin, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(reason);
        Guard("recording a failure", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            Execute(transaction, """
                INSERT INTO ingest_failures (origin, reason, last_seen) VALUES ($origin, $reason, $at)
                ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, last_seen = excluded.last_seen
                """, ("$origin", origin), ("$reason", reason), ("$at", StoreValues.Timestamp(at)));
            transaction.Commit();
            return 0;
        });
    }

    public StoreStats Stats() => Guard("counting", () =>
    {
        // One read transaction: the counts agree with each other even while another process writes.
        using var transaction = _connection.BeginTransaction(deferred: true);
        long Count(string sql) => Convert.ToInt64(Scalar(transaction, sql), CultureInfo.InvariantCulture);
        var last = Scalar(transaction, "SELECT MAX(ingested) FROM report_versions") as string;
        var stats = new StoreStats(
            Reports: Count("SELECT COUNT(*) FROM reports"),
            ReportVersions: Count("SELECT COUNT(*) FROM report_versions"),
            Incidents: Count("SELECT COUNT(*) FROM incidents"),
            Claims: Count("""
                SELECT COUNT(*) FROM claims c
                JOIN report_versions rv ON rv.id = c.report_version_id
                JOIN reports r ON r.report_key = rv.report_key AND r.current_version = rv.version
                """),
            ClaimsTotal: Count("SELECT COUNT(*) FROM claims"),
            Failed: Count("SELECT COUNT(*) FROM ingest_failures"),
            LastIngested: last is null ? null : StoreValues.ReadTimestamp(last));
        transaction.Commit();
        return stats;
    });

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _stored.Clear();
        _connection.Dispose();
    }

    private const string IncidentSelect = """
        SELECT i.id, i.incident_date, i.place_name, i.district, i.admin1, i.admin1_code, i.lat, i.lon, i.weapons, i.killed, i.injured,
               i.children_killed, i.children_injured, i.report_count, i.contested, d.document,
               i.date_precision, i.place_kind, i.place_resolved, i.attacker, i.missing
        FROM incidents i JOIN incident_documents d ON d.incident_id = i.id
        """;

    /// <summary>
    /// The stored extractions: only each report's current version, or every version for fusion,
    /// which keeps superseded figures in the history. For fusion, versions are numbered by the
    /// order that picks the current one (revision time, then arrival), not by arrival alone, so
    /// the highest number is always the current version whatever order the versions arrived in.
    /// </summary>
    private List<ReportExtraction> ReadExtractions(SqliteTransaction? transaction, bool currentOnly)
    {
        var command = Command(transaction, currentOnly
            ? """
              SELECT rv.report_key, rv.version, rv.published, rv.ingested, rv.source, rv.url, rv.title, e.document, rv.id
              FROM reports r
              JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
              JOIN extractions e ON e.report_version_id = rv.id
              ORDER BY rv.report_key
              """
            : """
              SELECT rv.report_key, rv.version, rv.published, rv.ingested, rv.source, rv.url, rv.title, e.document, rv.id,
                     COALESCE(rv.revised_utc, '')
              FROM report_versions rv
              JOIN extractions e ON e.report_version_id = rv.id
              ORDER BY rv.report_key, rv.version
              """);
        using var reader = command.ExecuteReader();
        return ReadExtractions(reader, numberByRevision: !currentOnly);
    }

    /// <summary>
    /// Reports stored since the last batch end are indexed first, so search never misses one. A
    /// read-only store cannot; it sees what the last ingest indexed (ingest always catches up at its end).
    /// </summary>
    private void EnsureTextIndex()
    {
        if (!_readOnly && TextIndexBehind())
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            CatchUpTextIndex(transaction);
            transaction.Commit();
        }
    }

    private bool TextIndexBehind() =>
        Convert.ToInt64(Scalar(null, "SELECT (SELECT COALESCE(MAX(id), 0) FROM report_versions) - (SELECT indexed_upto FROM text_index_state)"),
            CultureInfo.InvariantCulture) > 0;

    /// <summary>Indexes every version stored since the last catch-up, in one statement (one FTS5 segment).</summary>
    private void CatchUpTextIndex(SqliteTransaction transaction)
    {
        Execute(transaction, """
            INSERT INTO report_text (rowid, text)
            SELECT id, text FROM report_versions WHERE id > (SELECT indexed_upto FROM text_index_state) ORDER BY id
            """);
        Execute(transaction, "UPDATE text_index_state SET indexed_upto = (SELECT COALESCE(MAX(id), 0) FROM report_versions) WHERE id = 1");
    }

    /// <summary>The claim rows of several versions in one statement, in the order one insert per version would give them ids.</summary>
    private void InsertClaims(SqliteTransaction transaction, List<(long VersionId, string Rows)> claims)
    {
        if (claims.Count > 0)
        {
            Execute(transaction, SqliteClaimRows.InsertBatch, ("$batch", SqliteClaimRows.Batch(claims)));
        }
    }

    /// <summary>The stored versions of every one of <paramref name="keys"/>, by key (a key with none is absent).</summary>
    private Dictionary<string, List<VersionHead>> LoadVersionHeads(SqliteTransaction transaction, IEnumerable<string> keys)
    {
        var command = Command(transaction, """
            SELECT report_key, version, content_hash, revised_utc FROM report_versions
            WHERE report_key IN (SELECT value FROM json_each($keys))
            """);
        Bind(command, ("$keys", JsonSerializer.Serialize(keys.Distinct(StringComparer.Ordinal).ToArray(), VigilJson.Compact)));
        using var reader = command.ExecuteReader();
        var heads = new Dictionary<string, List<VersionHead>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (!heads.TryGetValue(key, out var versions))
            {
                heads[key] = versions = [];
            }

            versions.Add(new VersionHead(reader.GetInt32(1), reader.GetString(2), reader.GetStringOrNull(3)));
        }

        return heads;
    }

    private List<VersionHead> LoadVersionHeads(SqliteTransaction transaction, string key)
    {
        var command = Command(transaction, "SELECT version, content_hash, revised_utc FROM report_versions WHERE report_key = $key");
        Bind(command, ("$key", key));
        using var reader = command.ExecuteReader();
        var heads = new List<VersionHead>();
        while (reader.Read())
        {
            heads.Add(new VersionHead(reader.GetInt32(0), reader.GetString(1), reader.GetStringOrNull(2)));
        }

        return heads;
    }

    /// <summary>
    /// The version whose claims count: the latest updated (or published), then the latest ingested.
    /// Ordering by the source's own times (not arrival) makes the result the same whichever order
    /// versions are ingested in.
    /// </summary>
    private static int CurrentVersion(List<VersionHead> versions) =>
        versions.OrderByDescending(v => v.RevisedUtc ?? string.Empty, StringComparer.Ordinal).ThenByDescending(v => v.Version).First().Version;

    /// <summary>Each word a quoted FTS5 term, so user input never hits FTS5's query syntax.</summary>
    internal static string ToFtsQuery(string query)
    {
        var builder = new StringBuilder();
        foreach (var word in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.ToString();
    }

    private static object Blank(string? value) => string.IsNullOrWhiteSpace(value) ? DBNull.Value : value.Trim();

    private T Guard<T>(string what, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{what} in {Path}: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw new StoreException($"{what} in {Path}: unreadable stored JSON ({e.Message})", e);
        }
    }

    /// <summary>
    /// The command for <paramref name="sql"/>, prepared once per connection and reused: SQLite
    /// parses each statement once instead of once per report, a large share of an insert's cost.
    /// </summary>
    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL of this class; values always go through parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            _commands[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(transaction, sql);
        Bind(command, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql) => Scalar(null, sql);

    private object? Scalar(SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(transaction, sql);
        Bind(command, parameters);
        return command.ExecuteScalar();
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant pragmas.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private sealed record VersionHead(int Version, string ContentHash, string? RevisedUtc);

    /// <summary>The JSON one report's rows are written from.</summary>
    private sealed record Prepared(string Document, string ClaimRows, string? Footprint)
    {
        public static Prepared Of(ExtractionResult extraction, ReportIndexEntry? footprint) =>
            new(JsonSerializer.Serialize(extraction, VigilJson.Compact), SqliteClaimRows.Json(extraction),
                footprint is null ? null : StoredFootprint.Write(footprint));
    }
}
