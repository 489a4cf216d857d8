using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Core;
using static Vigil.Fusion.Tests.Reports;

namespace Vigil.Fusion.Tests;

/// <summary>Reports in arrival order, cut into ingest batches of the given sizes.</summary>
public sealed record IngestSequence(IReadOnlyList<ReportExtraction> Reports, IReadOnlyList<int> BatchSizes)
{
    public override string ToString() =>
        string.Join(", ", Reports.Select(r => $"{r.ReportKey}@v{r.Version}:{string.Join('+', r.Extraction.Incidents.Select(i => $"{i.Place?.Name}/{i.Date:MM-dd}/{i.DatePrecision}"))}"))
        + " | batches " + string.Join(',', BatchSizes);
}

public static class IngestSequenceArbitrary
{
    private static readonly PlaceRef MalaRohanA = new("Mala Rohan", PlaceKind.Settlement, null, "Kharkiv Oblast", "UA-63", "UA", 49.9, 36.4, "Mala Rohan", "gn:rohan-a");
    private static readonly PlaceRef MalaRohanB = new("Mala Rohan", PlaceKind.Settlement, null, "Kharkiv Oblast", "UA-63", "UA", 49.7, 36.1, "Mala Rohan", "gn:rohan-b");
    private static readonly PlaceRef OdesaOblast = new("Odesa Oblast", PlaceKind.Oblast, null, "Odesa Oblast", "UA-51", "UA", 46.5, 30.5, "Odesa region", "gn:odesa-oblast");
    private static readonly PlaceRef Hamlet = new("Hamlet", null, null, "Kharkiv Oblast", "UA-63", null, null, null, "Hamlet", null, Resolved: false);

    private static readonly PlaceRef?[] Places =
        [Kharkiv, Kharkiv, KharkivSaltivskyi, KharkivOblast, KharkivOblast, Chuhuiv, Odesa, OdesaOblast, MalaRohanA, MalaRohanB, Hamlet, PlaceRef.Unresolved("Nowhere"), null];

    private static readonly Weapon[][] WeaponSets = [[], [Weapon.Drone], [Weapon.Drone], [Weapon.Missile], [Weapon.Drone, Weapon.Missile]];
    private static readonly string[] Sentences = ["Two died.", "Many were hurt overnight.", "The toll rose.", "Officials said so."];
    private static readonly Claimant[] Claimants = [Mayor, Governor, Newsroom, Ministry];

    public static Arbitrary<IngestSequence> Sequences() => SequenceGen.ToArbitrary();

    private static Gen<Claim> ClaimGen =>
        from claimField in Gen.Elements(ClaimField.Killed, ClaimField.Injured)
        from value in Gen.Choose(0, 30)
        from claimant in Gen.Elements(Claimants)
        from sentence in Gen.Elements(Sentences)
        from start in Gen.Choose(0, 200)
        select Claim(claimField, value, claimant, sentence, Qualifier.Exact, start);

    private static Gen<ReportIncident> IncidentGen =>
        from place in Gen.Elements(Places)
        from day in Gen.Choose(1, 45)
        from precision in Gen.Frequency((6, Gen.Constant(DatePrecision.Day)), (2, Gen.Constant(DatePrecision.Reported)), (1, Gen.Constant(DatePrecision.Month)))
        from weapons in Gen.Elements(WeaponSets)
        from claims in Gen.Choose(0, 2).SelectMany(n => ClaimGen.ListOf(n))
        select new ReportIncident(place, Day(6, 1).AddDays(day), precision, weapons, Side.RU, null, null, null, null, null, null, [], [.. claims]);

    private static Gen<(int Key, ReportExtraction Report)> ReportGen =>
        from key in Gen.Choose(0, 30)
        from incidents in Gen.Frequency((5, Gen.Constant(1)), (1, Gen.Constant(2))).SelectMany(n => IncidentGen.ListOf(n))
        from lag in Gen.Choose(0, 1)
        from hour in Gen.Elements(0, 1, 8, 12, 17, 23)
        select (key, Build(key, [.. incidents], lag, hour));

    private static ReportExtraction Build(int key, IReadOnlyList<ReportIncident> incidents, int lag, int hour)
    {
        var first = incidents[0].Date!.Value.AddDays(lag);
        var published = new DateTimeOffset(first.Year, first.Month, first.Day, hour, 10, 0, Kyiv);
        var report = Report($"https://example.org/{key}", published, null, first, [], []);
        return report with { Extraction = report.Extraction with { Incidents = incidents } };
    }

    private static Gen<IngestSequence> SequenceGen =>
        from drafts in Gen.Choose(1, 40).SelectMany(n => ReportGen.ListOf(n))
        from sizes in Gen.Choose(1, 6).ListOf(40)
        select new IngestSequence(Versioned(drafts), [.. sizes]);

    private static List<ReportExtraction> Versioned(IEnumerable<(int Key, ReportExtraction Report)> drafts)
    {
        var seen = new Dictionary<int, int>();
        var result = new List<ReportExtraction>();
        foreach (var (key, report) in drafts)
        {
            var version = seen[key] = seen.GetValueOrDefault(key) + 1;
            result.Add(report with { Version = version, Ingested = report.Ingested.AddDays(40).AddHours(version) });
        }

        return result;
    }
}

/// <summary>
/// Incremental fusion as the store runs it, over lists: footprints of current versions, the
/// affected cells of each batch, the halo's reports re-fused with the global ambiguous names, and
/// the incidents near the batch replaced.
/// </summary>
internal sealed class IncrementalModel
{
    private readonly List<ReportExtraction> _all = [];
    private readonly Dictionary<string, ReportFootprint> _footprints = new(StringComparer.Ordinal);
    private readonly List<FusedIncident> _incidents = [];

    public IReadOnlyList<Incident> Incidents => _incidents.Select(f => f.Incident).ToList();

    public void Ingest(IReadOnlyList<ReportExtraction> batch)
    {
        var keys = batch.Select(r => r.ReportKey).Distinct(StringComparer.Ordinal).ToList();
        var affected = keys.Where(_footprints.ContainsKey).SelectMany(k => _footprints[k].Cells).ToList();
        var entriesBefore = EntriesByName();

        _all.AddRange(batch);
        foreach (var key in keys)
        {
            var current = _all.Where(r => r.ReportKey == key).OrderByDescending(r => r.Version).ThenByDescending(r => r.Ingested).First();
            _footprints[key] = FusionFootprint.Of(current);
            affected.AddRange(_footprints[key].Cells);
        }

        var entriesAfter = EntriesByName();
        var flipped = entriesBefore.Keys.Union(entriesAfter.Keys)
            .Where(name => IncrementalFusion.AmbiguityFlips(entriesBefore.GetValueOrDefault(name), entriesAfter.GetValueOrDefault(name)))
            .ToHashSet(StringComparer.Ordinal);
        affected.AddRange(_footprints.Values.Where(f => f.Names.Any(n => flipped.Contains(n.NameKey))).SelectMany(f => f.Cells));

        var halo = IncrementalFusion.Around(affected, IncrementalFusion.Halo);
        var inner = IncrementalFusion.Around(affected, IncrementalFusion.Inner);
        var haloKeys = _footprints.Values.Where(f => f.Cells.Any(c => IncrementalFusion.Within(c, halo))).Select(f => f.ReportKey).ToHashSet(StringComparer.Ordinal);
        var ambiguous = entriesAfter.Where(p => p.Value > 1).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var refused = IncidentFusion.FuseWithCells(_all.Where(r => haloKeys.Contains(r.ReportKey)), ambiguousNames: ambiguous);

        _incidents.RemoveAll(f => f.Cells.Any(c => IncrementalFusion.Within(c, inner)));
        _incidents.AddRange(IncrementalFusion.Replacements(refused, inner));
    }

    private Dictionary<string, int> EntriesByName() =>
        _footprints.Values.SelectMany(f => f.Names).Distinct()
            .GroupBy(n => n.NameKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}

[Properties(Arbitrary = [typeof(IngestSequenceArbitrary)], MaxTest = 400)]
public sealed class IncrementalFusionProperties
{
    private static string Canonical(IEnumerable<Incident> incidents) =>
        JsonSerializer.Serialize(incidents.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(), VigilJson.Compact);

    [Property]
    public bool Ingest_OneByOne_SameAsFullFusion(IngestSequence sequence)
    {
        var model = new IncrementalModel();
        foreach (var report in sequence.Reports)
        {
            model.Ingest([report]);
        }

        return Canonical(model.Incidents) == Canonical(IncidentFusion.Fuse(sequence.Reports));
    }

    [Property]
    public bool Ingest_RandomSubBatches_SameAsFullFusionAfterEach(IngestSequence sequence)
    {
        var model = new IncrementalModel();
        var done = 0;
        foreach (var size in sequence.BatchSizes)
        {
            if (done >= sequence.Reports.Count)
            {
                break;
            }

            var batch = sequence.Reports.Skip(done).Take(size).ToList();
            done += batch.Count;
            model.Ingest(batch);
            if (Canonical(model.Incidents) != Canonical(IncidentFusion.Fuse(sequence.Reports.Take(done))))
            {
                return false;
            }
        }

        model.Ingest(sequence.Reports.Skip(done).ToList());
        return Canonical(model.Incidents) == Canonical(IncidentFusion.Fuse(sequence.Reports));
    }
}
