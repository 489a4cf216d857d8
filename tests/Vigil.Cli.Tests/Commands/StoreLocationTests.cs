using Vigil.Storage.Tests.Postgres;

namespace Vigil.Cli.Tests.Commands;

/// <summary><c>--db</c>, <c>VIGIL_DB</c> and the default <c>./data/vigil.db</c>.</summary>
public sealed class StoreLocationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Only writing commands create a store (read commands refuse a missing one: ReadOnlyStoreTests).
    private static string OneSample => Samples.ReportFiles()[0];

    [Fact]
    public void Ingest_NoDbNoEnvironment_CreatesDataVigilDbInWorkingFolder()
    {
        var run = VigilProcess.Run(_temp.Path, ["ingest", OneSample]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_temp.Path, "data", "vigil.db")));
    }

    [Fact]
    public void Ingest_VigilDbVariable_UsesThatFile()
    {
        var path = _temp.File("from-env/store.db");

        var run = VigilProcess.Run(_temp.Path, ["ingest", OneSample], new Dictionary<string, string?> { ["VIGIL_DB"] = path });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(path));
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "data")));
    }

    [Fact]
    public void Ingest_DbOptionAndVariable_OptionWins()
    {
        var fromOption = _temp.File("option.db");
        var fromEnvironment = _temp.File("env.db");

        var run = VigilProcess.Run(_temp.Path, ["ingest", OneSample, "--db", fromOption], new Dictionary<string, string?> { ["VIGIL_DB"] = fromEnvironment });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(fromOption));
        Assert.False(File.Exists(fromEnvironment));
    }

    [Theory]
    [InlineData("postgres://vigil:secret@127.0.0.1:1/vigil")]
    [InlineData("Host=127.0.0.1;Port=1;Database=vigil;Username=vigil;Password=secret")]
    public void Ingest_UnreachablePostgres_OneLineErrorExitTwoWithoutThePassword(string location)
    {
        var run = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports, "--db", location]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("vigil: cannot open the PostgreSQL database postgresql://vigil@127.0.0.1:1/vigil: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Incidents_PostgresWithoutAVigilStore_ClearErrorExitTwoNothingCreated()
    {
        var db = PostgresCluster.CreateDatabaseOn(PostgresCluster.ServerConnectionString, "vigil_cli_empty");
        try
        {
            var run = VigilProcess.Run(_temp.Path, ["incidents"], new Dictionary<string, string?> { ["VIGIL_DB"] = db });

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("vigil: no Vigil store in postgresql://postgres@127.0.0.1:", run.Stderr, StringComparison.Ordinal);
            var ingest = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports], new Dictionary<string, string?> { ["VIGIL_DB"] = db });
            Assert.True(ingest.ExitCode == 0, ingest.ToString());
            Assert.Contains("3 incidents in Host=127.0.0.1;", ingest.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            PostgresCluster.DropDatabase(new Npgsql.NpgsqlConnectionStringBuilder(db).Database!);
        }
    }
}
