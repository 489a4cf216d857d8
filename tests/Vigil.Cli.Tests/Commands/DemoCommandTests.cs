namespace Vigil.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Demo_FreshFolder_IngestsSamplesIntoDefaultStoreAndPrintsIncidents()
    {
        var run = VigilProcess.Run(_temp.Path, ["demo", "--no-serve"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_temp.Path, "data", "vigil.db")));
        Assert.Contains("12 inputs: 11 new", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kharkiv", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Odesa", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_RunTwice_SecondRunUnchangedSameTable()
    {
        var first = VigilProcess.Run(_temp.Path, ["demo", "--no-serve"]);
        var second = VigilProcess.Run(_temp.Path, ["demo", "--no-serve"]);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 new, 0 updated, 12 unchanged", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(TableOf(first.Stdout), TableOf(second.Stdout));
    }

    private static string TableOf(string stdout) => stdout[stdout.IndexOf('╭', StringComparison.Ordinal)..];
}
