using System.Text.Json;

namespace Vigil.Cli.Tests.Commands;

/// <summary>
/// One strike told three ways (Fixtures/cross-language, written for this test): the regional
/// administration's Ukrainian Telegram post, a Russian-language local news page and an English wire
/// story. Ingested together they are one incident with every claim, each quoted in its own language.
/// </summary>
public sealed class CrossLanguageFusionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures", "cross-language");

    [Fact]
    public void Ingest_UkrainianPostRussianPageEnglishWire_OneIncidentWithAllClaims()
    {
        var db = _temp.File("cross.db");

        var ingest = VigilProcess.Run(_temp.Path, ["ingest", Fixtures, "--db", db]);
        var list = VigilProcess.Run(_temp.Path, ["incidents", "--format", "json", "--db", db]);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("3 inputs: 3 new", ingest.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(list.Stdout);
        var odesa = document.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("place").GetProperty("name").GetString() == "Odesa").ToList();
        var incident = Assert.Single(odesa);
        Assert.Equal("2025-10-05", incident.GetProperty("date").GetString());
        Assert.Equal(3, incident.GetProperty("report_count").GetInt32());
        Assert.Equal(2, incident.GetProperty("killed").GetInt32());
        Assert.Equal(9, incident.GetProperty("injured").GetInt32());
        Assert.Equal(1, incident.GetProperty("children_injured").GetInt32());

        var killed = incident.GetProperty("figures").GetProperty("killed");
        var history = killed.GetProperty("history").EnumerateArray().ToList();
        var evidence = history.Select(h => h.GetProperty("evidence").GetProperty("text").GetString()!).ToList();
        // Every claim quoted in its own language, exactly as the report says it.
        Assert.Contains(evidence, e => e.Contains("Загинули двоє людей", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.Contains("Погибли два человека", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.Contains("killing two people", StringComparison.Ordinal));
        // The administration's own post is an official claim (its channel), not an unattributed one.
        var ukrainian = history.Single(h => h.GetProperty("source").GetString() == "Одеська ОВА");
        Assert.Equal("local_authority", ukrainian.GetProperty("claimant").GetProperty("kind").GetString());
        Assert.Contains("local authority", killed.GetProperty("why").GetString(), StringComparison.Ordinal);
    }
}
