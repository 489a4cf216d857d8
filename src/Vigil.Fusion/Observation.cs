using Vigil.Core;

namespace Vigil.Fusion;

/// <summary>One report's account of one attack (a <see cref="ReportIncident"/> of the latest version), as fusion clusters it.</summary>
internal sealed class Observation
{
    public required ReportExtraction Report { get; init; }

    public required ReportIncident Incident { get; init; }

    /// <summary>Position of <see cref="Incident"/> in its report: with the report key a unique, total order.</summary>
    public required int Index { get; init; }

    public required DateOnly? Date { get; init; }

    public required DatePrecision Precision { get; init; }

    /// <summary>May be dated one day either side (overnight, near midnight, or only the publication date).</summary>
    public required bool Flexible { get; init; }

    /// <summary>Known weapons (no <see cref="Weapon.Unknown"/>): empty is compatible with anything.</summary>
    public required Weapon[] Weapons { get; init; }

    /// <summary>Settlement-level clustering key, oblast key, or null when the report names no place.</summary>
    public string? PlaceKey { get; set; }

    public bool IsOblastLevel { get; set; }

    public string? OblastCode { get; init; }

    public DateTimeOffset Time => Report.Published ?? Report.Ingested;

    public static int CompareOrder(Observation a, Observation b)
    {
        var byKey = string.CompareOrdinal(a.Report.ReportKey, b.Report.ReportKey);
        if (byKey != 0)
        {
            return byKey;
        }

        var byVersion = a.Report.Version.CompareTo(b.Report.Version);
        return byVersion != 0 ? byVersion : a.Index.CompareTo(b.Index);
    }

    public bool WeaponsCompatible(IReadOnlyCollection<Weapon> others) =>
        Weapons.Length == 0 || others.Count == 0 || Weapons.Any(others.Contains);
}
