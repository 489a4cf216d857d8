using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>A SQLite file in a temporary folder per test.</summary>
public sealed class SqliteStoreProvider : StoreProvider
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-store-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "nested", "vigil.db");

    public override IVigilStore CreateEmpty() => SqliteVigilStore.Open(DatabasePath);

    public override IVigilStore OpenAgain() => SqliteVigilStore.Open(DatabasePath);

    public override void ExecuteRaw(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + DatabasePath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override void RefuseReportKey(string key) => ExecuteRaw($"""
        CREATE TRIGGER refuse_bad BEFORE INSERT ON report_versions WHEN NEW.report_key = '{key}'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
        """);

    protected override void Dispose(bool disposing)
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        base.Dispose(disposing);
    }
}

/// <summary>The whole store contract against SQLite.</summary>
public sealed class SqliteVigilStoreContractTests : VigilStoreContractTests<SqliteStoreProvider>;

/// <summary>What is particular to the SQLite file: pragmas, migrations, the folder.</summary>
public sealed class SqliteVigilStoreTests : IDisposable
{
    private readonly SqliteStoreProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public void Open_MissingFolder_CreatesFolderAndFile()
    {
        using var store = SqliteVigilStore.Open(_provider.DatabasePath);

        Assert.True(File.Exists(_provider.DatabasePath));
        Assert.Equal(Path.GetFullPath(_provider.DatabasePath), store.Path);
    }

    [Fact]
    public void Open_NewFile_WalForeignKeysAndBusyTimeout()
    {
        using var store = SqliteVigilStore.Open(_provider.DatabasePath);

        Assert.Equal("wal", store.PragmaValue("journal_mode"));
        Assert.Equal("1", store.PragmaValue("foreign_keys"));
        Assert.Equal("60000", store.PragmaValue("busy_timeout"));
    }

    [Fact]
    public void Open_Twice_MigrationsAppliedOnce()
    {
        using (var first = SqliteVigilStore.Open(_provider.DatabasePath))
        {
            Assert.Equal(SqliteMigrator.LatestVersion, first.SchemaVersion);
        }

        using var second = SqliteVigilStore.Open(_provider.DatabasePath);

        Assert.Equal(SqliteMigrator.LatestVersion, second.SchemaVersion);
        Assert.Equal(11, second.SchemaVersion);
    }

    [Fact]
    public void Migrations_Embedded_NumberedFromOneWithoutGaps()
    {
        Assert.Equal(Enumerable.Range(1, SqliteMigrator.Migrations.Count), SqliteMigrator.Migrations.Select(m => m.Version));
        Assert.Contains("fts5", SqliteMigrator.Migrations[0].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotADatabase_StoreExceptionNamingTheFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_provider.DatabasePath)!);
        File.WriteAllText(_provider.DatabasePath, "this is not a SQLite database, just some text that is long enough to be a header");

        var error = Assert.Throws<StoreException>(() => SqliteVigilStore.Open(_provider.DatabasePath));

        Assert.Contains(Path.GetFullPath(_provider.DatabasePath), error.Message, StringComparison.Ordinal);
    }
}

/// <summary>Read-only opening: read commands and the server never create, migrate or write.</summary>
public sealed class SqliteReadOnlyOpenTests : IDisposable
{
    private readonly SqliteStoreProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Theory]
    [InlineData(StoreAccess.ReadOnly)]
    [InlineData(StoreAccess.ReadWrite)]
    public void Open_MissingFile_StoreExceptionAndNothingCreated(StoreAccess access)
    {
        var error = Assert.Throws<StoreException>(() => SqliteVigilStore.Open(_provider.DatabasePath, access));

        Assert.Contains("no Vigil store at", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_provider.DatabasePath));
        Assert.False(Directory.Exists(Path.GetDirectoryName(_provider.DatabasePath)));
    }

    [Fact]
    public void Open_ReadOnly_ReadsButRefusesWrites()
    {
        using (var writer = SqliteVigilStore.Open(_provider.DatabasePath))
        {
            writer.RefreshIncidents(_ => [TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone")]);
        }

        using var reader = SqliteVigilStore.Open(_provider.DatabasePath, StoreAccess.ReadOnly);

        Assert.Equal(1, reader.Stats().Incidents);
        Assert.Throws<StoreException>(() => reader.RecordFailure("x", "y", TestData.Ingested));
    }

    [Fact]
    public void Open_ReadOnlyOlderSchema_SaysSoAndDoesNotMigrate()
    {
        using (SqliteVigilStore.Open(_provider.DatabasePath))
        {
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _provider.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM schema_version WHERE version > 1";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => SqliteVigilStore.Open(_provider.DatabasePath, StoreAccess.ReadOnly));

        Assert.Contains("schema version 1, older", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ReadOnlyNotAVigilFile_SaysSo()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_provider.DatabasePath)!);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _provider.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE someone_elses (x)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => SqliteVigilStore.Open(_provider.DatabasePath, StoreAccess.ReadOnly));

        Assert.Contains("not a Vigil store", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>A store written by schema 1 keeps its incidents listable after migrating to schema 2.</summary>
public sealed class SqliteSchemaTwoMigrationTests : IDisposable
{
    private readonly SqliteStoreProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public void Open_SchemaOneStoreWithIncidents_SummaryColumnsAndReportLinksFilledFromDocuments()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_provider.DatabasePath)!);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _provider.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SqliteMigrator.Migrations[0].Sql + """
                ;
                CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL);
                INSERT INTO schema_version VALUES (1, '0001_initial', '2025-01-01T00:00:00Z');
                INSERT INTO incidents (id, incident_date, place_name, district, admin1, admin1_code, lat, lon, killed, injured,
                                       children_killed, children_injured, weapons, report_count, contested, document)
                VALUES ('i-old', '2025-06-11', 'Kharkiv', 'Saltivskyi', 'Kharkiv Oblast', 'UA-63', 49.98, 36.25, 3, NULL, NULL, NULL,
                        'drone,missile', 2, 0,
                        '{"id":"i-old","place":{"name":"Kharkiv","kind":"city_district","resolved":true},"date_precision":"day","attacker":"RU","missing":1,"claims":[{"report_key":"https://example.org/a"},{"report_key":"https://example.org/b"},{"report_key":"https://example.org/a"}]}');
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteVigilStore.Open(_provider.DatabasePath, StoreAccess.ReadWrite);

        Assert.Equal(SqliteMigrator.LatestVersion, store.SchemaVersion);
        var item = Assert.Single(store.IncidentPage(new IncidentFilter { Weapons = ["missile"], MinCasualties = 3 }, 10).Items);
        Assert.Equal(("i-old", "day", "city_district", "RU", 1), (item.Id, item.DatePrecision, item.PlaceKind, item.Attacker, item.Missing));
        Assert.Equal(["i-old"], store.IncidentsOfReport("https://example.org/b").Select(i => i.Id));
        Assert.Contains("\"i-old\"", store.Incident("i-old")!.Document, StringComparison.Ordinal);
        Assert.Empty(store.IncidentPage(new IncidentFilter { Weapons = ["glide_bomb"] }, 10).Items);
    }

}

/// <summary>
/// The text filter's index keyed by incident (migration 0010) answers as the mapping it replaced did:
/// each incident whose report_text-indexed current version (incident_reports.version_id) matches.
/// </summary>
public sealed class SqliteIncidentTextTests : IDisposable
{
    private static readonly string[] Words = ["drone", "school", "market", "kindergarten", "bridge", "shelling", "hospital", "railway"];

    private readonly SqliteStoreProvider _provider = new();
    private readonly Random _random = new(2026);

    public void Dispose() => _provider.Dispose();

    [Fact]
    public void IncidentPage_TextAfterRefreshUpdatesAndRebuild_SameIncidentsAsTheReportMapping()
    {
        using var store = SqliteVigilStore.Open(_provider.DatabasePath);
        var keys = StoreReports(store, 240);

        store.RefreshIncidents(_ => [.. Group(keys, "f", 0, 30).Select(i => i.Incident)]);
        AssertSameAsReportMapping(store, "refresh");

        // Incremental: a third of the reports revised, the incidents of days 0-9 regrouped, the rest untouched.
        foreach (var key in keys.Where((_, i) => i % 3 == 0))
        {
            Revise(store, key, "2025-06-12T08:00:00+03:00", sameExtraction: false);
        }

        store.UpdateFusion(session => session.ReplaceIncidents([new IndexRange("UA-63", 0, 9)], Group(keys.Take(80).ToList(), "u", 0, 10)));
        AssertSameAsReportMapping(store, "incremental update");

        // Merges and splits: the same reports regrouped into fewer, then more, incidents.
        store.UpdateFusion(session => session.ReplaceIncidents([new IndexRange("UA-63", 0, 9)], Group(keys.Take(80).ToList(), "m", 0, 3)));
        AssertSameAsReportMapping(store, "merge");
        var split = Group(keys.Take(80).ToList(), "s", 0, 10);
        store.UpdateFusion(session => session.ReplaceIncidents([new IndexRange("UA-63", 0, 9)], split));
        AssertSameAsReportMapping(store, "split");

        // Kept incidents whose reports got a new version with the same extraction.
        foreach (var key in keys.Take(80).Where((_, i) => i % 4 == 1))
        {
            Revise(store, key, "2025-06-13T08:00:00+03:00", sameExtraction: true);
        }

        Assert.Equal(0, store.UpdateFusion(session => session.ReplaceIncidents([new IndexRange("UA-63", 0, 9)], split)));
        AssertSameAsReportMapping(store, "kept incidents, reports revised");

        // A full rebuild through the fusion session.
        store.UpdateFusion(session =>
        {
            session.Clear();
            return session.ReplaceIncidents([new IndexRange("UA-63", 0, 40)], Group(keys, "r", 0, 40));
        });
        AssertSameAsReportMapping(store, "rebuild");
    }

    [Fact]
    public void UpdateFusion_RebuildCancelledBeforeTheTextIndexIsBuilt_NothingStaleAndTheNextRunBuildsIt()
    {
        List<string> keys;
        using (var store = SqliteVigilStore.Open(_provider.DatabasePath))
        {
            keys = StoreReports(store, 120);
            store.RefreshIncidents(_ => [.. Group(keys, "f", 0, 20).Select(i => i.Incident)]);
            AssertSameAsReportMapping(store, "refresh");

            // A full rebuild cancelled after writing every incident, before its transaction's end, where
            // incident_text is built once from the final links: the text rows of the new incidents never exist.
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            Assert.Throws<OperationCanceledException>(() => store.UpdateFusion<int>(session =>
            {
                session.Clear();
                var written = session.ReplaceIncidents([new IndexRange("UA-63", 0, 40)], Group(keys, "c", 0, 40));
                cancel.Token.ThrowIfCancellationRequested();
                return written;
            }));

            Assert.All(store.IncidentPage(new IncidentFilter(), 1000).Items, i => Assert.StartsWith("f-", i.Id, StringComparison.Ordinal));
            AssertSameAsReportMapping(store, "cancelled rebuild, same connection");
        }

        // As after a killed process: a new connection sees the last commit, incidents and their index alike.
        using var reopened = SqliteVigilStore.Open(_provider.DatabasePath, StoreAccess.ReadWrite);
        AssertSameAsReportMapping(reopened, "cancelled rebuild, reopened");

        // The next run's rebuild builds the index; the incremental update after it keeps it per incident again.
        reopened.UpdateFusion(session =>
        {
            session.Clear();
            return session.ReplaceIncidents([new IndexRange("UA-63", 0, 40)], Group(keys, "r", 0, 40));
        });
        Assert.All(reopened.IncidentPage(new IncidentFilter(), 1000).Items, i => Assert.StartsWith("r-", i.Id, StringComparison.Ordinal));
        AssertSameAsReportMapping(reopened, "rebuild after the cancel");
        foreach (var key in keys.Where((_, i) => i % 5 == 0))
        {
            Revise(reopened, key, "2025-06-12T08:00:00+03:00", sameExtraction: false);
        }

        reopened.UpdateFusion(session => session.ReplaceIncidents([new IndexRange("UA-63", 0, 9)], Group(keys.Take(60).ToList(), "u", 0, 10)));
        AssertSameAsReportMapping(reopened, "incremental update after the rebuild");
    }

    [Fact]
    public void Open_StoreAtSchemaNine_FillsTheIncidentTextAndAnswersTheSame()
    {
        using (var store = SqliteVigilStore.Open(_provider.DatabasePath))
        {
            var keys = StoreReports(store, 120);
            store.RefreshIncidents(_ => [.. Group(keys, "f", 0, 20).Select(i => i.Incident)]);
        }

        // Back to schema 9: the same tables and rows that version wrote, without the index.
        _provider.ExecuteRaw("DROP TABLE incident_text; DELETE FROM schema_version WHERE version >= 10");

        using var upgraded = SqliteVigilStore.Open(_provider.DatabasePath, StoreAccess.ReadWrite);

        Assert.Equal(11, upgraded.SchemaVersion);
        AssertSameAsReportMapping(upgraded, "upgraded");
    }

    private List<string> StoreReports(SqliteVigilStore store, int count)
    {
        var keys = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var key = $"https://example.org/r{n:D3}";
            var text = Text(n);
            store.StoreReport(TestData.Report(key, text, TestData.At("2025-06-11T08:00:00+03:00")), TestData.Extraction(text, 1), TestData.Ingested);
            keys.Add(key);
        }

        return keys;
    }

    private string Text(int n) => $"{Words[_random.Next(Words.Length)]} and {Words[_random.Next(Words.Length)]} hit, report {n}.";

    private void Revise(SqliteVigilStore store, string key, string published, bool sameExtraction)
    {
        var text = Text(_random.Next(1000));
        // The same extraction as the stored version (TestData's evidence is the first 20 characters): fusion keeps the incident.
        var extraction = sameExtraction ? store.CurrentExtractions().Single(e => e.ReportKey == key).Extraction : TestData.Extraction(text, 2);
        store.StoreReport(TestData.Report(key, text, TestData.At(published)), extraction, TestData.Ingested);
    }

    /// <summary>Incidents of one to four reports each (a report may be in two), one cell each on days from..to-1.</summary>
    private List<IndexedIncident> Group(List<string> keys, string prefix, int from, int to)
    {
        var incidents = new List<IndexedIncident>();
        for (var at = 0; at < keys.Count;)
        {
            var size = Math.Min(keys.Count - at, 1 + _random.Next(4));
            var members = keys.Skip(at).Take(size).ToList();
            if (_random.Next(6) == 0)
            {
                members.Add(keys[_random.Next(keys.Count)]);
            }

            var id = $"{prefix}-{incidents.Count:D3}";
            var day = from + (incidents.Count % (to - from));
            var incident = TestData.Incident(id, new DateOnly(2025, 6, 1).AddDays(day), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone")
                with { ReportKeys = members, Document = string.Join(',', members.Prepend(id)) };
            incidents.Add(new IndexedIncident(incident, [new IndexCell("UA-63", day)]));
            at += size;
        }

        return incidents;
    }

    private void AssertSameAsReportMapping(SqliteVigilStore store, string step)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _provider.DatabasePath + ";Pooling=False");
        connection.Open();
        string[] queries = [.. Words, "drone school", "market hit", "report", "tractor"];
        foreach (var query in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT DISTINCT ir.incident_id FROM incident_reports ir
                WHERE ir.version_id IN (SELECT rowid FROM report_text WHERE report_text MATCH $match)
                ORDER BY ir.incident_id
                """;
            command.Parameters.AddWithValue("$match", SqliteVigilStore.ToFtsQuery(query));
            var expected = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    expected.Add(reader.GetString(0));
                }
            }

            var page = store.IncidentPage(new IncidentFilter { Text = query }, 1000);
            Assert.True(expected.SequenceEqual(page.Items.Select(i => i.Id).Order(StringComparer.Ordinal)), $"{step}, q={query}: {expected.Count} expected, {page.Items.Count} found");
            Assert.Equal(expected.Count, page.Total);
            var withDates = store.IncidentPage(new IncidentFilter { Text = query, From = new DateOnly(2025, 6, 5) }, 1000);
            Assert.Equal(withDates.Items.Count, withDates.Total);
            Assert.True(withDates.Items.All(i => expected.Contains(i.Id)), $"{step}, q={query} from 2025-06-05: an incident outside the matches");
        }

        // No text row outlives its incident or report link (a stale row would match for whoever takes its rowid).
        using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT (SELECT COUNT(*) FROM incident_text) - (SELECT COUNT(*) FROM incident_reports WHERE version_id IS NOT NULL)";
        Assert.Equal(0L, (long)rows.ExecuteScalar()!);
    }
}

/// <summary>
/// Incidents are written a slice at a time with set-based statements over JSON arrays: every value
/// must come back exactly as the one-row inserts with bound parameters wrote it.
/// </summary>
public sealed class SqliteIncidentBulkWriteTests : IDisposable
{
    private readonly SqliteStoreProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public void RefreshIncidents_ThreeSlicesOfOddValues_ReadBackBitForBitInOrderWithTheirChangesAndReports()
    {
        using var store = SqliteVigilStore.Open(_provider.DatabasePath);
        var keys = new List<string>();
        for (var n = 0; n < 30; n++)
        {
            var key = $"https://example.org/b{n:D2}";
            store.StoreReport(TestData.Report(key, $"drone hit, report {n}.", TestData.At("2025-06-11T08:00:00+03:00")),
                TestData.Extraction($"drone hit, report {n}.", 1), TestData.Ingested);
            keys.Add(key);
        }

        var random = new Random(15);
        string[] oddTexts = ["quote \" and \\ backslash", "Харків, «лапки»", "emoji 🚀 and 𝔘", "line\nbreak\ttab\u0001", "\u2028 </script> & <b>", ""];
        var incidents = new List<StoredIncident>();
        for (var i = 0; i < 2_345; i++)
        {
            // Full-precision coordinates (random mantissas), some integral and some tiny, must survive the JSON text.
            double? lat = (i % 50) switch { 0 => null, 1 => 50.0, 2 => 1e-7, _ => 44 + random.NextDouble() * 9 };
            double? lon = (i % 37) switch { 0 => null, 1 => -0.5, _ => 22 + random.NextDouble() * 19 };
            var odd = oddTexts[i % oddTexts.Length];
            incidents.Add(new StoredIncident($"x-{i:D4}", i % 11 == 0 ? null : new DateOnly(2025, 6, 1).AddDays(i % 90),
                i % 13 == 0 ? null : "Place " + odd, i % 3 == 0 ? null : "District " + odd, "Oblast", i % 17 == 0 ? null : "UA-63",
                lat, lon, i % 5 == 0 ? [] : ["drone", i % 2 == 0 ? "Missile" : "drone"], i % 7 == 0 ? null : i % 40, i % 9 == 0 ? null : i,
                null, i % 4, 1 + (i % 3), i % 2 == 0, "{\"id\":\"x\",\"text\":\"" + odd + "\"}" + i)
            {
                DatePrecision = i % 3 == 0 ? null : "day",
                PlaceKind = "city",
                PlaceResolved = i % 6 != 0,
                Attacker = i % 8 == 0 ? null : "RU",
                Missing = i % 10 == 0 ? 2 : null,
                ReportKeys = [keys[i % keys.Count], keys[(i * 7) % keys.Count], "https://example.org/not-stored"],
                ReviewStatus = i % 19 == 0 ? "disputed" : "unreviewed",
                ReviewFlags = i % 23,
            });
        }

        Assert.Equal(incidents.Count, store.RefreshIncidents(_ => incidents));

        foreach (var expected in incidents)
        {
            var actual = store.Incident(expected.Id) ?? throw new Xunit.Sdk.XunitException($"{expected.Id} missing");
            Assert.Equal(Bits(expected.Lat), Bits(actual.Lat));
            Assert.Equal(Bits(expected.Lon), Bits(actual.Lon));
            Assert.Equal(expected.Document, actual.Document);
            Assert.Equal((expected.Date, expected.Place, expected.District, expected.Admin1Code, expected.Killed, expected.Injured, expected.ChildrenKilled),
                (actual.Date, actual.Place, actual.District, actual.Admin1Code, actual.Killed, actual.Injured, actual.ChildrenKilled));
            Assert.Equal((expected.ChildrenInjured, expected.ReportCount, expected.Contested, expected.DatePrecision, expected.PlaceResolved, expected.Attacker, expected.Missing),
                (actual.ChildrenInjured, actual.ReportCount, actual.Contested, actual.DatePrecision, actual.PlaceResolved, actual.Attacker, actual.Missing));
            Assert.Equal(expected.Weapons.Select(static w => w.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal), actual.Weapons);
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _provider.DatabasePath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // Rowids in the order given (the text index keys on them); one 'new' change per incident, in the same order.
        command.CommandText = "SELECT group_concat(id, ',') FROM (SELECT id FROM incidents ORDER BY rowid)";
        Assert.Equal(string.Join(',', incidents.Select(static i => i.Id)), command.ExecuteScalar());
        command.CommandText = "SELECT group_concat(incident_id || ':' || kind, ',') FROM (SELECT incident_id, kind FROM incident_changes ORDER BY seq)";
        Assert.Equal(string.Join(',', incidents.Select(static i => i.Id + ":new")), command.ExecuteScalar());
        command.CommandText = """
            SELECT group_concat(v, ',') FROM (SELECT id || '|' || weapon_mask || '|' || sort_date || '|' || casualties || '|' || review_status || '|' || review_flags
                                                     || '|' || typeof(lat) || '|' || typeof(killed) AS v FROM incidents ORDER BY rowid)
            """;
        Assert.Equal(string.Join(',', incidents.Select(static i => string.Join('|', i.Id, WeaponMask.Of(i.Weapons), SortKeys.Of(i.Date),
            (i.Killed ?? 0) + (i.Injured ?? 0), i.ReviewStatus, i.ReviewFlags, i.Lat is null ? "null" : "real", i.Killed is null ? "null" : "integer"))),
            command.ExecuteScalar());
        // Each link with the report's current version id; the unknown report linked with none; duplicates within an incident once.
        command.CommandText = "SELECT COUNT(*), COUNT(version_id), COUNT(DISTINCT incident_id) FROM incident_reports";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var distinctLinks = incidents.Sum(static i => i.ReportKeys.Distinct().Count());
        Assert.Equal((distinctLinks, distinctLinks - incidents.Count, incidents.Count), (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;
}
