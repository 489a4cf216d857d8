using Microsoft.Data.Sqlite;

namespace Vigil.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Export_StoredDocumentUnreadable_ExitTwoOneLineAndNoFileLeft()
    {
        var db = _temp.File("damaged.db");
        var ingest = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports, "--db", db]);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        // Valid JSON that is no incident: what a hand edit or another program's bug could leave.
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE incident_documents SET document = '{\"id\":\"x\",\"claims\":[]}' WHERE rowid = (SELECT MIN(rowid) FROM incident_documents)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var file = _temp.File("out.json");
        var run = VigilProcess.Run(_temp.Path, ["export", "--db", db, "--format", "json", "-o", file]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unreadable", Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(file + ".tmp"));
    }

    public void Dispose() => _temp.Dispose();
}
