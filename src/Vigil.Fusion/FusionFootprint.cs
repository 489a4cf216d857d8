using Vigil.Core;

namespace Vigil.Fusion;

/// <summary>
/// A (region, day) cell: where fusion's decisions about an observation can reach. The region is
/// the oblast code (oblast-level mentions attach only within it), else the place's name key,
/// else the report alone; <see cref="Day"/> is <see cref="DateOnly.DayNumber"/>, or
/// <see cref="Undated"/> (undated observations never meet a dated one).
/// </summary>
public readonly record struct FusionCell(string Region, int Day)
{
    public const int Undated = -1;
}

/// <summary>One gazetteer entry under a name key: two entries under one key make the name ambiguous.</summary>
public sealed record PlaceName(string NameKey, string PlaceId);

/// <summary>An incident with the cells of the observations it is made of.</summary>
public sealed record FusedIncident(Incident Incident, IReadOnlyList<FusionCell> Cells);

/// <summary>What the current version of one report contributes: its cells and its gazetteer names.</summary>
public sealed record ReportFootprint(string ReportKey, IReadOnlyList<FusionCell> Cells, IReadOnlyList<PlaceName> Names);

/// <summary>Footprints, computed by the same code fusion observes reports with.</summary>
public static class FusionFootprint
{
    /// <summary>The footprint of <paramref name="current"/> (a report's latest version).</summary>
    public static ReportFootprint Of(ReportExtraction current, FusionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var observations = IncidentFusion.Observe(current, options ?? FusionOptions.Default).ToList();
        return new ReportFootprint(current.ReportKey, CellsOf(observations), NamesOf(current));
    }

    /// <summary>The gazetteer names a report version contributes to names' ambiguity: its incidents' places, without observing them.</summary>
    public static IReadOnlyList<PlaceName> NamesOf(ReportExtraction report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Extraction.Incidents
            .Select(static i => IncidentFusion.GazetteerName(i.Place))
            .OfType<PlaceName>()
            .Distinct()
            .ToList();
    }

    /// <summary>The key a place's name is clustered and counted under (oblast + name, upper case).</summary>
    public static string NameKey(PlaceRef place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return IncidentFusion.NameKey(place);
    }

    internal static IReadOnlyList<FusionCell> CellsOf(IEnumerable<Observation> observations) =>
        observations.Select(Cell).Distinct().Order(CellOrder).ToList();

    private static FusionCell Cell(Observation observation)
    {
        var region = observation.OblastCode is { } oblast
            ? "o:" + oblast.ToUpperInvariant()
            : observation.Incident.Place is { } place
                ? "p:" + IncidentFusion.NameKey(place)
                : "r:" + observation.Report.ReportKey;
        return new FusionCell(region, observation.Date?.DayNumber ?? FusionCell.Undated);
    }

    private static IComparer<FusionCell> CellOrder { get; } = Comparer<FusionCell>.Create(static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Region, b.Region);
        return c != 0 ? c : a.Day.CompareTo(b.Day);
    });
}
