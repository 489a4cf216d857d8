using System.Text.Json;

namespace Vigil.Cli.Tests.Commands;

/// <summary>The samples ingested once, for the read-only commands.</summary>
public sealed class IngestedSamples : IDisposable
{
    private readonly TempFolder _temp = new();

    public IngestedSamples()
    {
        Db = _temp.File("samples.db");
        var run = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports, "--db", Db]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("ingesting the samples failed: " + run);
        }
    }

    public string Db { get; }

    public string Folder => _temp.Path;

    public void Dispose() => _temp.Dispose();
}

public sealed class QueryCommandTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    [Fact]
    public void Incidents_Table_ListsKharkivAndOdesa()
    {
        var run = Vigil("incidents");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kharkiv", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Odesa", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2025-09-18", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--place", "Odesa" }, 1)]
    [InlineData(new[] { "--oblast", "UA-63" }, 2)]
    [InlineData(new[] { "--oblast", "Kharkiv" }, 2)]
    [InlineData(new[] { "--from", "2025-09-10" }, 2)]
    [InlineData(new[] { "--to", "2025-09-10" }, 1)]
    [InlineData(new[] { "--weapon", "drone" }, 2)]
    [InlineData(new[] { "--weapon", "glide_bomb" }, 1)]
    [InlineData(new[] { "--weapon", "drone", "--place", "Kharkiv" }, 1)]
    [InlineData(new[] { "--from", "2025-10-01" }, 0)]
    public void Incidents_Filters_SelectExpectedCount(string[] filters, int expected)
    {
        var run = Vigil(["incidents", "--format", "json", .. filters]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected, IncidentSummary.Parse(run.Stdout).Count);
    }

    [Fact]
    public void Incidents_BadDate_UsageErrorNamingTheValue()
    {
        var run = Vigil("incidents", "--from", "18/09/2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("18/09/2025", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_KharkivIncident_FiguresHistoryAndQuotedEvidence()
    {
        var kharkiv = KharkivSeptember18();

        var table = Vigil("show", kharkiv.Id);
        var json = Vigil("show", kharkiv.Id, "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("History of injured", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("“", table.Stdout, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Stdout);
        var claims = document.RootElement.GetProperty("claims");
        Assert.True(claims.GetArrayLength() >= 6);
        Assert.All(claims.EnumerateArray(), claim => Assert.False(string.IsNullOrWhiteSpace(EvidenceText(claim))));
    }

    [Fact]
    public void Show_UnknownId_ExitTwoWithOneLine()
    {
        var run = Vigil("show", "no-such-incident");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no incident 'no-such-incident'", Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_GeoJsonToFile_FeatureCollectionWithOneFeaturePerIncident()
    {
        var file = Path.Combine(samples.Folder, "incidents.geojson");

        var run = Vigil("export", "--format", "geojson", "-o", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal(3, document.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void Export_CsvFiltered_HeaderAndOneRow()
    {
        var run = Vigil("export", "--format", "csv", "--place", "Odesa");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Odesa", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_Json_CountsOfTheSamples()
    {
        var run = Vigil("stats", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        var stats = document.RootElement;
        Assert.Equal(11, stats.GetProperty("reports").GetInt32());
        Assert.Equal(12, stats.GetProperty("report_versions").GetInt32());
        Assert.Equal(3, stats.GetProperty("incidents").GetInt32());
        Assert.Equal(0, stats.GetProperty("failed").GetInt32());
        Assert.True(stats.GetProperty("claims").GetInt32() > 0);
        Assert.True(stats.GetProperty("claims_total").GetInt32() >= stats.GetProperty("claims").GetInt32());
    }

    private IncidentSummary KharkivSeptember18()
    {
        var run = Vigil("incidents", "--format", "json", "--place", "Kharkiv", "--from", "2025-09-18", "--to", "2025-09-18");
        Assert.True(run.ExitCode == 0, run.ToString());
        return Assert.Single(IncidentSummary.Parse(run.Stdout));
    }

    private static string? EvidenceText(JsonElement claim) =>
        claim.TryGetProperty("evidence", out var evidence) ? evidence.GetProperty("text").GetString()
        : claim.GetProperty("claim").GetProperty("evidence").GetProperty("text").GetString();

    private VigilRun Vigil(params string[] arguments) => VigilProcess.Run(samples.Folder, [.. arguments, "--db", samples.Db]);
}
