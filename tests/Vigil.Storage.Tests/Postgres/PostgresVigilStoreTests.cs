using Npgsql;
using Vigil.Storage.Postgres;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>What is particular to PostgreSQL: migrations under a lock, read-only opens, locations, concurrency and reconnects.</summary>
public sealed class PostgresVigilStoreTests : IDisposable
{
    private const string Text1 = "Three people were killed in Kharkiv overnight, the head of the regional administration said.";

    private readonly PostgresStoreProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public void Migrations_Embedded_NumberedFromOneWithoutGapsLikeSqlite()
    {
        Assert.Equal(Enumerable.Range(1, PostgresMigrator.Migrations.Count), PostgresMigrator.Migrations.Select(m => m.Version));
        Assert.Equal(
            global::Vigil.Storage.Sqlite.SqliteMigrator.Migrations.Select(m => m.Name),
            PostgresMigrator.Migrations.Select(m => m.Name));
    }

    [Fact]
    public void Open_ManyProcessesAtOnceOnANewDatabase_EachMigrationAppliedOnce()
    {
        var connectionString = _provider.CreateBare();

        // Eight opens racing on an empty database: the advisory lock queues them, the first migrates.
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => PostgresVigilStore.Open(connectionString, StoreAccess.Create).Dispose());

        using var store = PostgresVigilStore.Open(connectionString, StoreAccess.ReadOnly);
        Assert.Equal(PostgresMigrator.LatestVersion, store.SchemaVersion);
        Assert.Equal(PostgresMigrator.Migrations.Count, Count(connectionString, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Open_ReadOnlyDatabaseWithoutVigil_ClearErrorAndNothingCreated()
    {
        var connectionString = _provider.CreateBare();

        var error = Assert.Throws<StoreException>(() => PostgresVigilStore.Open(connectionString, StoreAccess.ReadOnly));

        Assert.StartsWith("no Vigil store in postgresql://postgres@127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count(connectionString, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Fact]
    public void Open_ReadOnly_ReadsButRefusesWrites()
    {
        using (var writer = _provider.CreateEmpty())
        {
            writer.RefreshIncidents(_ => [TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone")]);
        }

        using var reader = PostgresVigilStore.Open(_provider.ConnectionString, StoreAccess.ReadOnly);

        Assert.Equal(1, reader.Stats().Incidents);
        var error = Assert.Throws<StoreException>(() => reader.RecordFailure("x", "y", TestData.Ingested));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Unreachable_StoreExceptionWithoutThePassword()
    {
        var error = Assert.Throws<StoreException>(() => PostgresVigilStore.Open("postgres://vigil:s3cret@127.0.0.1:1/vigil", StoreAccess.ReadOnly));

        Assert.StartsWith("cannot open the PostgreSQL database postgresql://vigil@127.0.0.1:1/vigil", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://ana:p%40ss@db.example.org:6543/vigil?sslmode=require", "db.example.org", 6543, "vigil", "ana", "p@ss")]
    [InlineData("postgresql://localhost/store", "localhost", 5432, "store", null, null)]
    [InlineData("Host=10.0.0.5;Port=5433;Database=v;Username=u;Password=pw", "10.0.0.5", 5433, "v", "u", "pw")]
    public void Parse_UrlOrConnectionString_NpgsqlSettings(string location, string host, int port, string database, string? user, string? password)
    {
        var builder = PostgresLocation.Parse(location);

        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }

    [Fact]
    public void Parse_UnknownUrlParameter_StoreExceptionWithoutThePassword()
    {
        var error = Assert.Throws<StoreException>(() => PostgresLocation.Parse("postgres://u:hidden@h/db?bogus_option=1"));

        Assert.DoesNotContain("hidden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoreReport_SameReportFromEightConnectionsAtOnce_StoredOnce()
    {
        _provider.CreateEmpty().Dispose();
        var report = TestData.Report("https://example.org/a", Text1);
        var outcomes = new StoreOutcome[8];

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            using var store = _provider.OpenAgain();
            outcomes[i] = store.StoreReport(report, TestData.Extraction(Text1, 3), TestData.Ingested).Outcome;
        });

        Assert.Equal(1, outcomes.Count(o => o == StoreOutcome.New));
        Assert.Equal(7, outcomes.Count(o => o == StoreOutcome.Unchanged));
        using var check = _provider.OpenAgain();
        Assert.Equal((1L, 1L), (check.Stats().Reports, check.Stats().ReportVersions));
    }

    [Fact]
    public void Open_StoreAtSchemaTen_FillsTheLinksWordsAndTheTextFilterAnswersTheSame()
    {
        using (var store = _provider.CreateEmpty())
        {
            const string school = "A drone hit a school in Sumy.";
            store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);
            store.StoreReport(TestData.Report("https://example.org/b", school), TestData.Extraction(school, 0), TestData.Ingested);
            store.RefreshIncidents(_ =>
            [
                TestData.Incident("i-a", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone") with { ReportKeys = ["https://example.org/a"] },
                TestData.Incident("i-b", new DateOnly(2025, 6, 11), "Sumy", "Sumy Oblast", "UA-59", "drone") with { ReportKeys = ["https://example.org/b"] },
            ]);
        }

        // Back to schema 10: the links as that version wrote them, without their words.
        _provider.ExecuteRaw("DROP INDEX incidents_search; ALTER TABLE incidents DROP COLUMN search; ALTER TABLE incident_reports DROP COLUMN search; DROP AGGREGATE vigil_tsvector_agg (tsvector); DELETE FROM schema_version WHERE version >= 11");

        using var upgraded = _provider.OpenAgain();

        Assert.Equal(PostgresMigrator.LatestVersion, ((PostgresVigilStore)upgraded).SchemaVersion);
        Assert.Equal(["i-b"], upgraded.IncidentPage(new IncidentFilter { Text = "school" }, 10).Items.Select(i => i.Id));
        Assert.Equal(["i-a"], upgraded.IncidentPage(new IncidentFilter { Text = "killed overnight" }, 10).Items.Select(i => i.Id));
        Assert.Equal(2, upgraded.IncidentPage(new IncidentFilter { Text = "in" }, 10).Total);
        Assert.Equal(0, upgraded.IncidentPage(new IncidentFilter { Text = "tractor" }, 10).Total);
    }

    [Fact]
    public void StoreReports_OverlappingBatchesFromFourConnectionsAtOnce_EachReportStoredOnce()
    {
        _provider.CreateEmpty().Dispose();
        // Four batches over the same 40 reports, each in another order: the key locks are taken in key
        // order, so no two batches wait on each other crosswise, and every report is new exactly once.
        var reports = Enumerable.Range(0, 40).Select(i => new ReportToStore(
            TestData.Report($"https://example.org/{i:D2}", Text1 + " " + i), TestData.Extraction(Text1, 3))).ToArray();
        var attempts = new IReadOnlyList<StoreAttempt>[4];

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, w =>
        {
            using var store = _provider.OpenAgain();
            var order = w % 2 == 0 ? reports : [.. reports.Reverse()];
            attempts[w] = store.StoreReports([.. order.Skip(w * 5), .. order.Take(w * 5)], TestData.Ingested);
        });

        var all = attempts.SelectMany(a => a).ToList();
        Assert.All(all, a => Assert.Null(a.Error));
        Assert.Equal(40, all.Count(a => a.Result!.Value.Outcome == StoreOutcome.New));
        Assert.Equal(120, all.Count(a => a.Result!.Value.Outcome == StoreOutcome.Unchanged));
        using var check = _provider.OpenAgain();
        Assert.Equal((40L, 40L), (check.Stats().Reports, check.Stats().ReportVersions));
    }

    [Fact]
    public async Task UpdateFusion_TwoAtOnce_SecondWaitsForTheFirstToCommit()
    {
        _provider.CreateEmpty().Dispose();
        using var first = _provider.OpenAgain();
        using var second = _provider.OpenAgain();
        using var firstInside = new ManualResetEventSlim();
        var firstDone = 0;
        var secondSawFirstDone = -1;

        var a = Task.Run(() => first.UpdateFusion(_ =>
        {
            firstInside.Set();
            Thread.Sleep(700);
            Volatile.Write(ref firstDone, 1);
            return 0;
        }));
        Assert.True(firstInside.Wait(TimeSpan.FromSeconds(30)));
        var b = Task.Run(() => second.UpdateFusion(_ => secondSawFirstDone = Volatile.Read(ref firstDone)));
        await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, secondSawFirstDone);
    }

    [Fact]
    public void UpdateFusion_PendingVersions_SeenOnceThenMarkedFused()
    {
        using var store = _provider.CreateEmpty();
        store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);

        var seen = store.UpdateFusion(session =>
        {
            var keys = session.PendingKeys();
            session.MarkFused();
            return keys;
        });
        var after = store.UpdateFusion(session => session.PendingKeys());

        Assert.Equal(["https://example.org/a"], seen);
        Assert.Empty(after);
    }

    [Fact]
    public void StoreReport_ServerDroppedTheConnections_ReconnectsAndStores()
    {
        using var store = _provider.CreateEmpty();
        store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);

        // What a server restart does to a pool: every idle connection is gone.
        var terminated = Count(PostgresCluster.ConnectionString("postgres"), $"""
            SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = '{new NpgsqlConnectionStringBuilder(_provider.ConnectionString).Database}' AND pid <> pg_backend_pid()
            """);
        const string text2 = "Two people were injured in Odesa.";
        var result = store.StoreReport(TestData.Report("https://example.org/b", text2), TestData.Extraction(text2, 0), TestData.Ingested);

        Assert.True(terminated > 0);
        Assert.Equal(StoreOutcome.New, result.Outcome);
        Assert.Equal(2, store.Stats().Reports);
    }

    private static long Count(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
#pragma warning disable CA2100 // Test SQL.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
