using System.Collections.Concurrent;
using System.Data;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Polly;
using Polly.Retry;
using Vigil.Core;

namespace Vigil.Storage.Postgres;

/// <summary>
/// The server store: PostgreSQL with the SQLite store's tables and behaviour. Every operation takes
/// a pooled connection for its own unit of work (one transaction), so several processes and threads
/// share a database. What keeps concurrent writers right is the database's: unique constraints, a
/// row lock per report key, <c>ON CONFLICT</c> upserts, and one transaction-scoped advisory lock
/// around each fusion. A unit of work that fails on a transient fault (connection lost, server
/// restarting, serialization failure, deadlock) is retried whole with backoff; each is idempotent.
/// </summary>
public sealed partial class PostgresVigilStore : IVigilStore
{
    // One data source (and pool) per connection string for the process: stores opened per request share it.
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    private readonly NpgsqlDataSource _source;
    private readonly ResiliencePipeline _retry;

    // Extractions this store wrote, by version id: fusion after a batch reads them back, and
    // re-parsing the JSON just written was most of its cost (as in the SQLite store).
    private readonly ConcurrentDictionary<long, ExtractionResult> _stored = new();

    private PostgresVigilStore(NpgsqlDataSource source, string description)
    {
        _source = source;
        Description = description;
        _retry = RetryPipeline(source, maxAttempts: 10);
    }

    /// <summary>Where the store is, for messages: host, port, database and user, never the password.</summary>
    public string Description { get; }

    /// <summary>
    /// Opens the database named by <paramref name="location"/> (a <c>postgres://</c> URL or an Npgsql
    /// connection string). Create and ReadWrite run pending migrations; ReadOnly runs none, refuses
    /// a database without this build's schema, and sets every transaction read-only.
    /// </summary>
    /// <exception cref="StoreException">Unreachable, not a Vigil store (read-only), another schema.</exception>
    public static PostgresVigilStore Open(string location, StoreAccess access)
    {
        var builder = PostgresLocation.Parse(location);
        var description = PostgresLocation.Describe(builder);
        // Statements used again and again (one per report) are prepared once per connection.
        builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 2;
        if (access == StoreAccess.ReadOnly)
        {
            builder.Options = (builder.Options is { Length: > 0 } options ? options + " " : string.Empty) + "-c default_transaction_read_only=on";
        }

        var source = Sources.GetOrAdd(builder.ConnectionString, static cs => NpgsqlDataSource.Create(cs));
        try
        {
            RetryPipeline(source, maxAttempts: 4).Execute(() =>
            {
                using var connection = source.OpenConnection();
                if (access == StoreAccess.ReadOnly)
                {
                    CheckSchema(connection, description);
                }
                else
                {
                    PostgresMigrator.Apply(connection, DateTimeOffset.UtcNow);
                }
            });
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"cannot open the PostgreSQL database {description}: {e.Message}", e);
        }

        return new PostgresVigilStore(source, description);
    }

    private static void CheckSchema(NpgsqlConnection connection, string description)
    {
        var found = PostgresMigrator.Found(connection)
            ?? throw new StoreException($"no Vigil store in {description} (no schema_version table); `vigil ingest --db …` creates one");
        if (found < PostgresMigrator.LatestVersion)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"the store {description} has schema version {found}, older than this vigil's {PostgresMigrator.LatestVersion}; `vigil ingest` into it once upgrades it"));
        }

        if (found > PostgresMigrator.LatestVersion)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"the store {description} has schema version {found}, newer than this vigil knows ({PostgresMigrator.LatestVersion}); upgrade vigil"));
        }
    }

    /// <summary>The schema version recorded in the database.</summary>
    public int SchemaVersion => Run("reading the schema version", (c, t) =>
        Convert.ToInt32(Scalar(c, t, "SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture));

    /// <summary>
    /// Faults worth a retry of the whole unit of work: the connection went (server restart, network),
    /// the server is shutting down or starting, or the database asks for one (serialization, deadlock).
    /// </summary>
    internal static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException pg => pg.SqlState is "40001" or "40P01" or "57P01" or "57P02" or "57P03" or "53300" or "55P03"
            || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is IOException or System.Net.Sockets.SocketException,
        _ => false,
    };

    private static ResiliencePipeline RetryPipeline(NpgsqlDataSource source, int maxAttempts) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(IsTransient),
                MaxRetryAttempts = maxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(3),
                OnRetry = _ =>
                {
                    // After a restart every idle pooled connection is dead: drop them, not one per attempt.
                    source.Clear();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    public StoreResult StoreReport(Report report, ExtractionResult extraction, DateTimeOffset ingested)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(extraction);
        return StoreOne(new ReportToStore(report, extraction, null), Prepared.Of(extraction, null), ingested);
    }

    private StoreResult StoreOne(ReportToStore item, Prepared prepared, DateTimeOffset ingested)
    {
        var (result, versionId) = Transaction($"storing report {item.Report.Key}", (c, t) =>
        {
            var written = Write(c, t, [item], [prepared], ingested);
            t.Commit();
            return written[0];
        });
        Remember(versionId, item.Extraction);
        return result;
    }

    public IReadOnlyList<StoreAttempt> StoreReports(IReadOnlyList<ReportToStore> reports, DateTimeOffset ingested)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return [];
        }

        // The documents are made on every core first; then the whole batch is one transaction of two
        // round trips. One transaction per report spent most of its time waiting on the server's answers
        // (2,000 reports/s on SQLite against about 430 here).
        var prepared = new Prepared[reports.Count];
        Parallel.For(0, reports.Count, i => prepared[i] = Prepared.Of(reports[i].Extraction, reports[i].Footprint));
        try
        {
            var written = Transaction($"storing a batch of {reports.Count} reports", (c, t) =>
            {
                var rows = Write(c, t, reports, prepared, ingested);
                t.Commit();
                return rows;
            });
            for (var i = 0; i < reports.Count; i++)
            {
                Remember(written[i].VersionId, reports[i].Extraction);
            }

            return [.. written.Select(static w => new StoreAttempt(w.Result, null))];
        }
        catch (StoreException e)
        {
            if (e.InnerException is NpgsqlException transient && IsTransient(transient))
            {
                // Retried and still unreachable: one by one would only wait as long again per report.
                return [.. reports.Select(_ => StoreAttempt.Failed(e.Message))];
            }

            // The server refused something in the batch (a NUL in a text, a constraint): nothing of it
            // was committed. Stored one by one, the report it refused fails alone.
            var attempts = new StoreAttempt[reports.Count];
            for (var i = 0; i < reports.Count; i++)
            {
                try
                {
                    attempts[i] = new StoreAttempt(StoreOne(reports[i], prepared[i], ingested), null);
                }
                catch (StoreException one)
                {
                    attempts[i] = StoreAttempt.Failed(one.Message);
                }
            }

            return attempts;
        }
    }

    /// <summary>
    /// Stores <paramref name="reports"/> inside <paramref name="t"/> (not committed) in two round trips,
    /// and gives each its result and version row id (0 when unchanged). First every key's row, created
    /// if new and then locked in key order (writers of one report queue here, in any process, and two
    /// batches never wait on each other crosswise; the unique constraints on (key, version) and (key,
    /// hash) stand behind it), with the stored versions; then everything written, in one batch.
    /// </summary>
    private static (StoreResult Result, long VersionId)[] Write(NpgsqlConnection c, NpgsqlTransaction t,
        IReadOnlyList<ReportToStore> reports, Prepared[] prepared, DateTimeOffset ingested)
    {
        var keys = reports.Select(static r => r.Report.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var heads = keys.ToDictionary(static k => k, static _ => new List<VersionHead>(), StringComparer.Ordinal);
        using (var head = new NpgsqlBatch(c, t))
        {
            Add(head, """
                INSERT INTO reports (report_key, current_version, first_ingested)
                SELECT key, 0, @ingested FROM unnest(@keys) WITH ORDINALITY AS k(key, n) ORDER BY n
                ON CONFLICT (report_key) DO NOTHING
                """, ("keys", keys), ("ingested", StoreValues.Timestamp(ingested)));
            Add(head, "SELECT 1 FROM reports WHERE report_key = ANY(@keys) ORDER BY report_key FOR UPDATE", ("keys", keys));
            Add(head, "SELECT report_key, version, content_hash, revised_utc FROM report_versions WHERE report_key = ANY(@keys)", ("keys", keys));
            using var reader = head.ExecuteReader();
            do
            {
                while (reader.FieldCount == 4 && reader.Read())
                {
                    heads[reader.GetString(0)].Add(new VersionHead(reader.GetInt32(1), reader.GetString(2), reader.GetStringOrNull(3)));
                }
            }
            while (reader.NextResult());
        }

        var results = new (StoreResult Result, long VersionId)[reports.Count];
        var writing = new List<int>(reports.Count);
        using var batch = new NpgsqlBatch(c, t);
        for (var i = 0; i < reports.Count; i++)
        {
            var (report, extraction, _) = reports[i];
            var versions = heads[report.Key];
            var same = versions.FirstOrDefault(v => string.Equals(v.ContentHash, report.ContentHash, StringComparison.Ordinal));
            if (same is not null)
            {
                results[i] = (new StoreResult(StoreOutcome.Unchanged, same.Version, same.Version == CurrentVersion(versions)), 0);
                continue;
            }

            // A batch may hold two versions of one report: the second sees the first as stored.
            var version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
            var revisedUtc = (report.Updated ?? report.Published) is { } revised ? StoreValues.UtcTimestamp(revised) : null;
            var outcome = versions.Count == 0 ? StoreOutcome.New : StoreOutcome.Updated;
            versions.Add(new VersionHead(version, report.ContentHash, revisedUtc));
            var current = CurrentVersion(versions);
            results[i] = (new StoreResult(outcome, version, version == current), 0);
            writing.Add(i);

            // The later statements find the new version's id by its (key, version), a unique index lookup.
            Add(batch, "UPDATE reports SET current_version = @current WHERE report_key = @key", ("key", report.Key), ("current", current));
            Add(batch, """
                INSERT INTO report_versions (report_key, version, content_hash, text, title, published, updated, revised_utc,
                                             source, url, language, format, origin, ingested)
                VALUES (@key, @version, @hash, @text, @title, @published, @updated, @revised_utc, @source, @url, @language, @format, @origin, @ingested)
                RETURNING id
                """,
                ("key", report.Key), ("version", version), ("hash", report.ContentHash), ("text", report.Text),
                ("title", Text(report.Title)),
                ("published", report.Published is { } pub ? StoreValues.Timestamp(pub) : Text(null)),
                ("updated", report.Updated is { } upd ? StoreValues.Timestamp(upd) : Text(null)),
                ("revised_utc", Text(revisedUtc)),
                ("source", Text(report.Source)), ("url", Text(report.Url)),
                ("language", report.Language), ("format", report.Format), ("origin", Text(report.Origin)),
                ("ingested", StoreValues.Timestamp(ingested)));
            Add(batch, $"INSERT INTO extractions (report_version_id, document, footprint) SELECT rv.id, @document, @footprint {ThisVersion}",
                ("key", report.Key), ("version", version), ("document", prepared[i].Document), ("footprint", Text(prepared[i].Footprint)));
            AddClaims(batch, report.Key, version, extraction);
        }

        if (writing.Count == 0)
        {
            return results;
        }

        var origins = writing.Select(i => reports[i].Report.Origin).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (origins.Length > 0)
        {
            Add(batch, "DELETE FROM ingest_failures WHERE origin = ANY(@origins)", ("origins", origins));
        }

        // Not fused yet: whoever fuses next takes them, should this process die before it does.
        Add(batch, "INSERT INTO fusion_pending (report_key) SELECT * FROM unnest(@keys)",
            ("keys", writing.Select(i => reports[i].Report.Key).ToArray()));

        using (var reader = batch.ExecuteReader())
        {
            // The version ids come back in the order written, one single-column result each.
            var next = 0;
            do
            {
                if (reader.FieldCount == 1 && reader.Read())
                {
                    var at = writing[next++];
                    results[at] = (results[at].Result, reader.GetInt64(0));
                }
            }
            while (reader.NextResult());
            if (next != writing.Count)
            {
                throw new StoreException($"{next} version ids returned for {writing.Count} reports");
            }
        }

        return results;
    }

    private void Remember(long versionId, ExtractionResult extraction)
    {
        if (versionId > 0 && _stored.Count < StoreValues.FusionCacheLimit)
        {
            _stored[versionId] = extraction;
        }
    }

    /// <summary>What a report's rows hold besides the report itself, made before the transaction.</summary>
    private sealed record Prepared(string Document, string? Footprint)
    {
        public static Prepared Of(ExtractionResult extraction, ReportIndexEntry? footprint) =>
            new(JsonSerializer.Serialize(extraction, VigilJson.Compact), footprint is null ? null : StoredFootprint.Write(footprint));
    }

    public bool Contains(string key, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(contentHash);
        return Run("looking up a report", (c, t) => Scalar(c, t,
            "SELECT 1 FROM report_versions WHERE report_key = @key AND content_hash = @hash",
            ("key", key), ("hash", contentHash)) is not null);
    }

    public IReadOnlyList<ReportExtraction> CurrentExtractions() =>
        Run("reading the current extractions", (c, t) => ReadExtractions(c, t, currentOnly: true));

    public int RefreshIncidents(Func<IReadOnlyList<ReportExtraction>, IReadOnlyList<StoredIncident>> fuse)
    {
        ArgumentNullException.ThrowIfNull(fuse);
        return Transaction("replacing the incidents", (c, t) =>
        {
            LockFusion(c, t);
            var incidents = fuse(ReadExtractions(c, t, currentOnly: false));
            Execute(c, t, "DELETE FROM incidents");
            Execute(c, t, "DELETE FROM incident_documents");
            Execute(c, t, "DELETE FROM incident_reports");
            Execute(c, t, "DELETE FROM fusion_incident_cells");
            Execute(c, t, "UPDATE fusion_index_state SET built = 0 WHERE id = 1");
            InsertIncidents(c, t, incidents.Select(static i => (i, (IReadOnlyList<IndexCell>)[])));

            SettleRemovals(c, t);
            t.Commit();
            _stored.Clear();
            return incidents.Count;
        });
    }

    /// <summary>
    /// Fusion reads the reports around a batch and replaces the incidents there: two fusions at
    /// once could each miss the other's reports. One transaction-scoped advisory lock queues them
    /// (across processes; released by commit, rollback or a dropped connection), and each, reading
    /// after the lock, sees everything committed before it.
    /// </summary>
    private static void LockFusion(NpgsqlConnection c, NpgsqlTransaction t) =>
        Execute(c, t, "SELECT pg_advisory_xact_lock(" + FusionLockKey.ToString(CultureInfo.InvariantCulture) + ")");

    /// <summary>The advisory lock key of fusion ("vigil fu" as a number).</summary>
    internal const long FusionLockKey = 0x7669_6769_6C5F_6675;

    /// <summary>
    /// Writes incidents, several to a round trip (one each made a first full fusion of a million
    /// reports wait on the server a hundred thousand times).
    /// </summary>
    private static void InsertIncidents(NpgsqlConnection c, NpgsqlTransaction t, IEnumerable<(StoredIncident Incident, IReadOnlyList<IndexCell> Cells)> incidents)
    {
        var batch = new NpgsqlBatch(c, t);
        try
        {
            foreach (var (incident, cells) in incidents)
            {
                AddIncident(batch, incident, cells);
                if (batch.BatchCommands.Count >= 1_000)
                {
                    batch.ExecuteNonQuery();
                    batch.Dispose();
                    batch = new NpgsqlBatch(c, t);
                }
            }

            if (batch.BatchCommands.Count > 0)
            {
                batch.ExecuteNonQuery();
            }
        }
        finally
        {
            batch.Dispose();
        }
    }

    /// <summary>One incident's statements: its columns, its document, its reports (with their current version) and its index cells.</summary>
    private static void AddIncident(NpgsqlBatch batch, StoredIncident incident, IReadOnlyList<IndexCell> cells)
    {
        Add(batch, """
            INSERT INTO incidents (id, incident_date, date_precision, place_name, district, place_kind, place_resolved, admin1, admin1_code,
                                   lat, lon, killed, injured, children_killed, children_injured, missing, weapons, attacker,
                                   report_count, contested, sort_date, weapon_mask, casualties)
            VALUES (@id, @date, @date_precision, @place, @district, @place_kind, @place_resolved, @admin1, @admin1_code,
                    @lat, @lon, @killed, @injured, @children_killed, @children_injured, @missing, @weapons, @attacker,
                    @report_count, @contested, @sort_date, @weapon_mask, @casualties)
            """,
            ("id", incident.Id),
            ("date", incident.Date is { } d ? StoreValues.Date(d) : Text(null)),
            ("place", Text(incident.Place)), ("district", Text(incident.District)),
            ("admin1", Text(incident.Admin1)), ("admin1_code", Text(incident.Admin1Code)),
            ("lat", Real(incident.Lat)), ("lon", Real(incident.Lon)),
            ("killed", Int(incident.Killed)), ("injured", Int(incident.Injured)),
            ("children_killed", Int(incident.ChildrenKilled)), ("children_injured", Int(incident.ChildrenInjured)),
            ("weapons", string.Join(',', incident.Weapons.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))),
            ("report_count", incident.ReportCount), ("contested", incident.Contested ? 1 : 0),
            ("date_precision", Text(incident.DatePrecision)), ("place_kind", Text(incident.PlaceKind)),
            ("place_resolved", incident.PlaceResolved ? 1 : 0), ("missing", Int(incident.Missing)),
            ("attacker", Text(incident.Attacker)),
            ("sort_date", SortKeys.Of(incident.Date)), ("weapon_mask", WeaponMask.Of(incident.Weapons)),
            ("casualties", (incident.Killed ?? 0) + (incident.Injured ?? 0)));
        Add(batch, "INSERT INTO incident_documents (incident_id, document) VALUES (@id, @document)", ("id", incident.Id), ("document", incident.Document));
        AddReviewColumns(batch, incident);
        foreach (var key in incident.ReportKeys.Distinct(StringComparer.Ordinal))
        {
            // The link keeps its report's current version and that text's words for the text filter (migration 0011).
            Add(batch, """
                INSERT INTO incident_reports (report_key, incident_id, version_id, search)
                SELECT @key, @id, v.id, to_tsvector('simple', v.text)
                FROM (VALUES (1)) AS one (n)
                LEFT JOIN LATERAL (SELECT rv.id, rv.text FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                                   WHERE r.report_key = @key) AS v ON true
                ON CONFLICT DO NOTHING
                """, ("key", key), ("id", incident.Id));
        }

        Add(batch, IncidentSearch + " WHERE i.id = @id", ("id", incident.Id));
        foreach (var cell in cells.Distinct())
        {
            Add(batch, "INSERT INTO fusion_incident_cells (region, day, incident_id) VALUES (@region, @day, @id)",
                ("region", cell.Region), ("day", cell.Day), ("id", incident.Id));
        }
    }

    /// <summary>Sets an incident's words from its links' (migration 0011); the caller adds which incidents.</summary>
    internal const string IncidentSearch = """
        UPDATE incidents i SET search = (SELECT vigil_tsvector_agg(ir.search) FROM incident_reports ir WHERE ir.incident_id = i.id)
        """;

    public void RecordFailure(string origin, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(reason);
        Run("recording a failure", (c, t) => Execute(c, t, """
            INSERT INTO ingest_failures (origin, reason, last_seen) VALUES (@origin, @reason, @at)
            ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, last_seen = excluded.last_seen
            """, ("origin", origin), ("reason", reason), ("at", StoreValues.Timestamp(at))));
    }

    public StoreStats Stats() => Transaction("counting", (c, t) =>
    {
        long Count(string sql) => Convert.ToInt64(Scalar(c, t, sql), CultureInfo.InvariantCulture);
        var last = Scalar(c, t, "SELECT MAX(ingested) FROM report_versions") as string;
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
        t.Commit();
        return stats;
    }, IsolationLevel.RepeatableRead);

    public void Dispose()
    {
        // The data source is the process's (shared by every store on this database); only the cache is ours.
        _stored.Clear();
    }

    private List<ReportExtraction> ReadExtractions(NpgsqlConnection c, NpgsqlTransaction? t, bool currentOnly)
    {
        using var command = Command(c, t, currentOnly
            ? """
              SELECT rv.report_key, rv.version, rv.published, rv.ingested, rv.source, rv.url, rv.title, e.document, rv.id
              FROM reports r
              JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
              JOIN extractions e ON e.report_version_id = rv.id
              ORDER BY rv.report_key
              """
            : """
              SELECT rv.report_key,
                     (ROW_NUMBER() OVER (PARTITION BY rv.report_key ORDER BY COALESCE(rv.revised_utc, ''), rv.version))::int,
                     rv.published, rv.ingested, rv.source, rv.url, rv.title, e.document, rv.id
              FROM report_versions rv
              JOIN extractions e ON e.report_version_id = rv.id
              ORDER BY rv.report_key, rv.version
              """);
        return ReadExtractionRows(command);
    }

    private List<ReportExtraction> ReadExtractionRows(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var extractions = new List<ReportExtraction>();
        while (reader.Read())
        {
            if (!_stored.TryGetValue(reader.GetInt64(8), out var extraction))
            {
                extraction = JsonSerializer.Deserialize<ExtractionResult>(reader.GetString(7), VigilJson.Compact)
                    ?? throw new StoreException($"the stored extraction of {reader.GetString(0)} is empty");
            }

            extractions.Add(new ReportExtraction(
                reader.GetString(0), reader.GetInt32(1),
                reader.GetStringOrNull(2) is { } published ? StoreValues.ReadTimestamp(published) : null,
                StoreValues.ReadTimestamp(reader.GetString(3)),
                reader.GetStringOrNull(4), reader.GetStringOrNull(5), reader.GetStringOrNull(6), extraction));
        }

        return extractions;
    }

    /// <summary>The version whose claims count: the latest updated (or published), then the latest ingested (as in the SQLite store).</summary>
    private static int CurrentVersion(List<VersionHead> versions) =>
        versions.OrderByDescending(v => v.RevisedUtc ?? string.Empty, StringComparer.Ordinal).ThenByDescending(v => v.Version).First().Version;

    /// <summary>The version a batch has just inserted, by its unique (key, version).</summary>
    private const string ThisVersion = "FROM report_versions rv WHERE rv.report_key = @key AND rv.version = @version";

    private static void AddClaims(NpgsqlBatch batch, string key, int versionNumber, ExtractionResult extraction)
    {
        for (var i = 0; i < extraction.Incidents.Count; i++)
        {
            foreach (var claim in extraction.Incidents[i].Claims)
            {
                AddClaim(batch, key, versionNumber, "incident", i, claim, null);
            }
        }

        foreach (var tally in extraction.AirDefense)
        {
            if (tally.Launched is { } launched)
            {
                AddClaim(batch, key, versionNumber, "air_defense", null, new Claim(ClaimField.Launched, launched, Qualifier.Exact, tally.Scope,
                    tally.Claimant, tally.Date, null, tally.Weapon, tally.Evidence), tally.Attacker);
            }

            if (tally.Intercepted is { } intercepted)
            {
                AddClaim(batch, key, versionNumber, "air_defense", null, new Claim(ClaimField.Intercepted, intercepted, Qualifier.Exact, tally.Scope,
                    tally.Claimant, tally.Date, null, tally.Weapon, tally.Evidence), tally.Attacker);
            }
        }
    }

    private static void AddClaim(NpgsqlBatch batch, string key, int versionNumber, string section, int? incidentIndex, Claim claim, Side? attacker) =>
        Add(batch, $"""
            INSERT INTO claims (report_version_id, section, incident_index, field, value, qualifier, scope, claimant_name, claimant_role,
                                claimant_kind, claim_date, place_mention, weapon, category, evidence_start, evidence_end, evidence_text, attacker)
            SELECT rv.id, @section, @incident_index, @field, @value, @qualifier, @scope, @claimant_name, @claimant_role,
                   @claimant_kind, @claim_date, @place_mention, @weapon, @category, @evidence_start, @evidence_end, @evidence_text, @attacker
            {ThisVersion}
            """,
            ("key", key), ("version", versionNumber), ("section", section), ("incident_index", Int(incidentIndex)),
            ("field", JsonName(claim.Field)), ("value", Int(claim.Value)),
            ("qualifier", JsonName(claim.Qualifier)), ("scope", JsonName(claim.Scope)),
            ("claimant_name", Text(claim.Claimant.Name)), ("claimant_role", Text(claim.Claimant.Role)),
            ("claimant_kind", JsonName(claim.Claimant.Kind)),
            ("claim_date", claim.Date is { } d ? StoreValues.Date(d) : Text(null)),
            ("place_mention", Text(claim.PlaceMention)),
            ("weapon", claim.Weapon is { } w ? JsonName(w) : Text(null)),
            ("category", Text(claim.Category)),
            ("evidence_start", claim.Evidence.Start), ("evidence_end", claim.Evidence.End), ("evidence_text", claim.Evidence.Text),
            ("attacker", attacker is { } side ? JsonName(side) : Text(null)));

    // The contract's spelling of an enum value ("children_killed"), as its JSON converter writes it.
    private static string JsonName<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, VigilJson.Compact).Trim('"');

    // Typed values for nullable parameters: a bare DBNull tells PostgreSQL nothing about its type.
    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Int(int? value) => new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer, Value = value is { } v ? v : DBNull.Value };

    private static NpgsqlParameter Real(double? value) => new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Double, Value = value is { } v ? v : DBNull.Value };

    /// <summary>Runs one unit of work on a pooled connection (no explicit transaction), retried whole on a transient fault.</summary>
    private T Run<T>(string what, Func<NpgsqlConnection, NpgsqlTransaction?, T> work) => Guard(what, () => _retry.Execute(() =>
    {
        using var connection = _source.OpenConnection();
        return work(connection, null);
    }));

    private void Run(string what, Action<NpgsqlConnection, NpgsqlTransaction?> work) => Run(what, (c, t) =>
    {
        work(c, t);
        return 0;
    });

    /// <summary>Runs one transaction on a pooled connection, retried whole on a transient fault; <paramref name="work"/> commits.</summary>
    private T Transaction<T>(string what, Func<NpgsqlConnection, NpgsqlTransaction, T> work, IsolationLevel level = IsolationLevel.ReadCommitted) =>
        Guard(what, () => _retry.Execute(() =>
        {
            using var connection = _source.OpenConnection();
            using var transaction = connection.BeginTransaction(level);
            return work(connection, transaction);
        }));

    private T Guard<T>(string what, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{what} in {Description}: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw new StoreException($"{what} in {Description}: unreadable stored JSON ({e.Message})", e);
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection c, NpgsqlTransaction? t, string sql, params (string Name, object Value)[] parameters)
    {
#pragma warning disable CA2100 // Constant SQL of this class (filters add only fixed clauses); values always go through parameters.
        var command = new NpgsqlCommand(sql, c, t);
#pragma warning restore CA2100
        Bind(command.Parameters, parameters);
        return command;
    }

    private static void Add(NpgsqlBatch batch, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        Bind(command.Parameters, parameters);
        batch.BatchCommands.Add(command);
    }

    private static void Bind(NpgsqlParameterCollection collection, (string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (value is NpgsqlParameter typed)
            {
                typed.ParameterName = name;
                collection.Add(typed);
            }
            else
            {
                collection.AddWithValue(name, value);
            }
        }
    }

    private static int Execute(NpgsqlConnection c, NpgsqlTransaction? t, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection c, NpgsqlTransaction? t, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        return command.ExecuteScalar();
    }

    private sealed record VersionHead(int Version, string ContentHash, string? RevisedUtc);
}
