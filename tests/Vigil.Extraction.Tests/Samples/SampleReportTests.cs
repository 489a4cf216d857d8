using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Samples;

/// <summary>
/// The bundled sample (samples/extract/, written for the project in the seed article's shape) gives
/// what issue 2 asks of the seed: one incident with its figures, four tallies, four speakers, the
/// prisoner exchange (and the talks behind it), the war-long total, and no figure from distances, durations or ages.
/// </summary>
public sealed class SampleReportTests
{
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run()
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "extract", "kharkiv-overnight-drones.txt"));
        var extractor = new Extractor(Vigil.Gazetteer.Gazetteer.Default);
        return extractor.Extract(Extract.MaskFrontMatter(file), DocumentInfo.Plain(Published));
    }

    [Fact]
    public void Extract_Sample_OneIncidentWithItsFigures()
    {
        var incident = Assert.Single(Run().Incidents);
        Assert.Equal("Kharkiv", incident.Place?.Name);
        Assert.Equal("UA-63", incident.Place?.Admin1Code);
        Assert.Equal(PlaceKind.City, incident.Place?.Kind);
        Assert.Equal(Published, incident.Date);
        Assert.Equal([Weapon.Drone], incident.Weapons);
        Assert.Equal(Side.RU, incident.Attacker);
        Assert.Equal(3, incident.Killed); // the neighbour who died is one of the three, not a fourth
        Assert.Equal(60, incident.Injured);
        Assert.Null(incident.ChildrenKilled);
        Assert.Equal(9, incident.ChildrenInjured);
        Assert.Null(incident.Missing);
        Assert.Equal(17, incident.Hit);
    }

    [Fact]
    public void Extract_Sample_FourTallies()
    {
        var tallies = Run().AirDefense.Select(t => $"{t.Date:yyyy-MM-dd} {t.Weapon} {t.Attacker} {t.Launched}/{t.Intercepted}").ToList();
        Assert.Equal(
            ["2025-06-11 Drone RU 85/40", "2025-06-09 Drone RU 479/", "2025-06-10 Drone RU 315/", "2025-06-11 Drone UA /32"],
            tallies);
    }

    [Fact]
    public void Extract_Sample_StatementsEventAndStatistic()
    {
        var result = Run();
        Assert.Equal(
            [("Ihor Terekhov", "mayor"), ("Iryna Bondar", "eyewitness"), ("Volodymyr Zelenskyy", "president"), ("Oleh Syniehubov", "governor")],
            result.Statements.Select(s => (s.Speaker, s.Role)).ToList());
        Assert.All(result.Statements, s => Assert.False(string.IsNullOrWhiteSpace(s.Quote)));
        // the exchange, and the talks it was agreed at (specs/README.md: one entry per event type reported)
        Assert.Equal([EventType.PrisonerExchange, EventType.Talks], result.Events.Select(e => e.Type).ToList());
        var statistic = Assert.Single(result.Statistics);
        Assert.Equal(("civilians_killed_cumulative", 12000L, Qualifier.MoreThan), (statistic.Metric, statistic.Value, statistic.Qualifier));
    }

    [Fact]
    public void Extract_Sample_NoFigureFromNonCounts()
    {
        var result = Run();
        int?[] notFigures = [30, 39, 38, 2, 15];
        var values = result.Incidents.SelectMany(i => i.Claims.Select(c => c.Value))
            .Concat(result.AirDefense.SelectMany(a => new[] { a.Launched, a.Intercepted }))
            .ToList();
        Assert.DoesNotContain(values, v => notFigures.Contains(v));
    }
}
