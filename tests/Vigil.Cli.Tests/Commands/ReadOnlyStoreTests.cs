using System.Diagnostics;
using System.Text.Json;

namespace Vigil.Cli.Tests.Commands;

/// <summary>Read commands open an existing store read-only: never a new file, fine on a read-only one.</summary>
public sealed class ReadOnlyStoreTests(IngestedSamples samples) : IClassFixture<IngestedSamples>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("incidents")]
    [InlineData("stats")]
    [InlineData("export", "--format", "csv")]
    [InlineData("show", "2025-09-18-kharkiv-872684")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    public void ReadCommand_MissingStore_ExitTwoOneLineAndNoFileCreated(params string[] arguments)
    {
        var typo = _temp.File("typo/vigli.db");

        var run = VigilProcess.Run(_temp.Path, [.. arguments, "--db", typo], timeoutSeconds: 120);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("vigil: no Vigil store at", line, StringComparison.Ordinal);
        Assert.False(File.Exists(typo));
        Assert.False(Directory.Exists(_temp.File("typo")));
    }

    [Fact]
    public void Incidents_DefaultStoreMissing_NoDataFolderCreated()
    {
        var run = VigilProcess.Run(_temp.Path, ["incidents"]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(_temp.File("data")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Incidents_ReadOnlyFile_ListsTheIncidents()
    {
        var copy = _temp.File("readonly.db");
        File.Copy(samples.Db, copy);
        File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = File.ReadAllBytes(copy);

        var run = VigilProcess.Run(_temp.Path, ["incidents", "--format", "json", "--db", copy]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [Theory]
    [InlineData(new[] { "--oblast", "Narnia" }, "--oblast")]
    [InlineData(new[] { "--weapon", "laser" }, "--weapon")]
    [InlineData(new[] { "--place", "Atlantisville" }, "--place")]
    [InlineData(new[] { "--min-killed", "-2" }, "--min-killed")]
    [InlineData(new[] { "--bbox", "40,50,30" }, "--bbox")]
    public void Incidents_BadFilter_ExitTwoNamingTheOption(string[] filter, string option)
    {
        var run = VigilProcess.Run(samples.Folder, ["incidents", "--db", samples.Db, .. filter]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("vigil: " + option + ":", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--place", "Kharkov" }, 2)]
    [InlineData(new[] { "--min-killed", "2" }, 1)]
    [InlineData(new[] { "--weapon", "drone,glide_bomb" }, 3)]
    [InlineData(new[] { "--bbox", "30,46,31,47" }, 1)]
    [InlineData(new[] { "--text", "Peresypskyi" }, 1)]
    public void Incidents_NewFilters_SameAsTheApi(string[] filter, int expected)
    {
        var run = VigilProcess.Run(samples.Folder, ["incidents", "--format", "json", "--db", samples.Db, .. filter]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Serve_PrintsAddressAnswersAndStopsCleanlyOnTerminate()
    {
        using var process = VigilProcess.Start(samples.Folder, ["serve", "--db", samples.Db, "--urls", "http://127.0.0.1:0"]);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync() ?? string.Empty;
            var match = System.Text.RegularExpressions.Regex.Match(line, @"http://127\.0\.0\.1:[0-9]+");
            Assert.True(match.Success, line);
            using var client = new HttpClient();
            var health = JsonDocument.Parse(await client.GetStringAsync(new Uri(match.Value + "/health"))).RootElement;
            Assert.Equal(3, health.GetProperty("incidents").GetInt32());

            // SIGTERM takes the same clean-stop path as Ctrl+C (SIGINT), which a test cannot send
            // reliably: a process started from a background job inherits SIGINT as ignored.
            using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Serve_UnknownPublishValue_ExitTwo()
    {
        var run = VigilProcess.Run(samples.Folder, ["serve", "--db", samples.Db, "--public", "--publish", "everything"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("everything", run.Stderr, StringComparison.Ordinal);
    }
}
