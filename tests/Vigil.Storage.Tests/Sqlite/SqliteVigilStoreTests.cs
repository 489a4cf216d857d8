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
        Assert.Equal(10, second.SchemaVersion);
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

    [Fact]
    public void StoreReports_SqliteRefusesOneReport_ThatOneFailsTheRestAreStored()
    {
        using var store = SqliteVigilStore.Open(_provider.DatabasePath);
        _provider.ExecuteRaw("""
            CREATE TRIGGER refuse_bad BEFORE INSERT ON report_versions WHEN NEW.report_key = 'https://example.org/bad'
            BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
            """);
        const string text = "Two people were injured in Odesa, the governor said.";
        ReportToStore[] batch =
        [
            new(TestData.Report("https://example.org/a", text), TestData.Extraction(text, 0, 2)),
            new(TestData.Report("https://example.org/bad", text), TestData.Extraction(text, 0, 2)),
            new(TestData.Report("https://example.org/c", text), TestData.Extraction(text, 0, 2)),
            new(TestData.Report("https://example.org/a", text), TestData.Extraction(text, 0, 2)),
        ];

        var attempts = store.StoreReports(batch, TestData.Ingested);

        Assert.Equal(new StoreAttempt(new StoreResult(StoreOutcome.New, 1, IsCurrent: true), null), attempts[0]);
        Assert.Null(attempts[1].Result);
        Assert.Contains("https://example.org/bad", attempts[1].Error, StringComparison.Ordinal);
        Assert.Contains("refused for the test", attempts[1].Error, StringComparison.Ordinal);
        Assert.Equal(new StoreAttempt(new StoreResult(StoreOutcome.New, 1, IsCurrent: true), null), attempts[2]);
        Assert.Equal(new StoreAttempt(new StoreResult(StoreOutcome.Unchanged, 1, IsCurrent: true), null), attempts[3]);
        var stats = store.Stats();
        Assert.Equal((2L, 2L, 8L), (stats.Reports, stats.ReportVersions, stats.ClaimsTotal));
    }
}
