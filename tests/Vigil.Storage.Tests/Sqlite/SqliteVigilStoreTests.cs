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
