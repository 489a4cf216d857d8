using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Core;
using static Vigil.Fusion.Tests.Reports;

namespace Vigil.Fusion.Tests;

/// <summary>A random batch of report extractions and the same batch in another order.</summary>
public sealed record ReportBatch(IReadOnlyList<ReportExtraction> Reports, IReadOnlyList<ReportExtraction> Shuffled)
{
    public override string ToString() => string.Join(", ", Reports.Select(r => $"{r.ReportKey}@v{r.Version}"));
}

public static class ReportBatchArbitrary
{
    private static readonly PlaceRef?[] Places = [Kharkiv, KharkivSaltivskyi, KharkivOblast, Chuhuiv, Odesa, null];
    private static readonly Weapon[][] WeaponSets = [[], [Weapon.Drone], [Weapon.Missile], [Weapon.Drone, Weapon.Missile], [Weapon.Unknown]];
    private static readonly Claimant[] Claimants = [Mayor, Governor, Newsroom, Wire, Ministry, Analyst, Claimant.Unattributed];
    private static readonly ClaimField[] Fields = [ClaimField.Killed, ClaimField.Injured, ClaimField.ChildrenInjured, ClaimField.Hit];
    private static readonly string[] Sentences = ["Two died.", "Many were hurt overnight.", "The toll rose.", "Officials said so."];

    public static Arbitrary<ReportBatch> Batches() => BatchGen.ToArbitrary();

    private static Gen<Claim> ClaimGen =>
        from claimField in Gen.Elements(Fields)
        from value in Gen.Choose(0, 40)
        from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
        from claimant in Gen.Elements(Claimants)
        from sentence in Gen.Elements(Sentences)
        from start in Gen.Choose(0, 300)
        select Claim(claimField, value, claimant, sentence, qualifier, start);

    private static Gen<(int Key, ReportExtraction Report)> ReportGen =>
        from key in Gen.Choose(0, 12)
        from place in Gen.Elements(Places)
        from day in Gen.Choose(9, 12)
        from reportedOnly in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from weapons in Gen.Elements(WeaponSets)
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        from claims in Gen.Choose(0, 4).SelectMany(n => ClaimGen.ListOf(n))
        select (key, Report(
            $"https://example.org/{key}", At(6, day, hour, minute), place, Day(6, day), weapons, [.. claims],
            precision: reportedOnly ? DatePrecision.Reported : DatePrecision.Day));

    private static Gen<ReportBatch> BatchGen =>
        from drafts in Gen.Choose(1, 25).SelectMany(n => ReportGen.ListOf(n))
        let reports = Versioned(drafts)
        from shuffled in Gen.Shuffle(reports.ToArray())
        select new ReportBatch(reports, shuffled);

    /// <summary>Reports drawn with the same key become successive versions of it, as ingest would store them.</summary>
    private static List<ReportExtraction> Versioned(IEnumerable<(int Key, ReportExtraction Report)> drafts)
    {
        var seen = new Dictionary<int, int>();
        var result = new List<ReportExtraction>();
        foreach (var (key, report) in drafts)
        {
            var version = seen[key] = seen.GetValueOrDefault(key) + 1;
            result.Add(report with { Version = version, Ingested = report.Ingested.AddHours(version) });
        }

        return result;
    }
}

[Properties(Arbitrary = [typeof(ReportBatchArbitrary)], MaxTest = 300)]
public sealed class FusionProperties
{
    private static string Snapshot(IEnumerable<ReportExtraction> reports) =>
        JsonSerializer.Serialize(IncidentFusion.Fuse(reports), VigilJson.Compact);

    [Property]
    public bool Fuse_ShuffledInput_SameIncidents(ReportBatch batch) =>
        Snapshot(batch.Reports) == Snapshot(batch.Shuffled);

    [Property]
    public bool Fuse_EveryReportTwice_SameIncidents(ReportBatch batch) =>
        Snapshot(batch.Reports) == Snapshot([.. batch.Shuffled, .. batch.Reports]);

    [Property]
    public bool Fuse_AnyBatch_CurrentValueIsAClaimWithinLowHigh(ReportBatch batch) =>
        IncidentFusion.Fuse(batch.Reports).SelectMany(i => i.Figures).All(pair =>
            pair.Value.Value is not { } value
            || (pair.Value.History.Any(r => r.Value == value) && pair.Value.Low <= value && value <= pair.Value.High));

    [Property]
    public bool Fuse_AnyBatch_IdsUniqueAndEveryLatestReportCounted(ReportBatch batch)
    {
        var incidents = IncidentFusion.Fuse(batch.Reports);
        var keysWithIncidents = batch.Reports.Select(r => r.ReportKey).Distinct(StringComparer.Ordinal).Count();
        return incidents.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() == incidents.Count
            && incidents.Sum(i => i.ReportCount) >= keysWithIncidents;
    }
}
