using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>A SQLite file in a temporary folder per test.</summary>
public sealed class SqliteStoreProvider : StoreProvider
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-store-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "nested", "vigil.db");

    public override IVigilStore CreateEmpty() => SqliteVigilStore.Open(DatabasePath);

    public override IVigilStore OpenAgain() => SqliteVigilStore.Open(DatabasePath);

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
        Assert.Equal(2, second.SchemaVersion);
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
