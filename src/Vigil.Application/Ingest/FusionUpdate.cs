using Vigil.Core;
using Vigil.Fusion;
using Vigil.Storage;

namespace Vigil.Application.Ingest;

/// <summary>
/// Brings the stored incidents up to date after a batch, in one store transaction: incrementally
/// (only the incidents the batch can touch, exactly as a full re-fusion would give them; see
/// docs/fusion.md) when the store's fusion index is built, else by a full rebuild that builds it.
/// </summary>
public static partial class FusionUpdate
{
    /// <summary>Re-fuses every report and rebuilds the fusion index (<c>vigil refuse</c>); returns the incident count.</summary>
    public static int Rebuild(IVigilStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.UpdateFusion(RebuildIn);
    }

    /// <summary>
    /// Re-fuses what <paramref name="changedKeys"/> (reports with a new version) and every version
    /// stored since the last fusion can touch; returns how many incidents it wrote or deleted (those re-fused unchanged are left alone).
    /// </summary>
    public static int Update(IVigilStore store, IReadOnlyCollection<string> changedKeys)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changedKeys);
        return store.UpdateFusion(session => session.IndexBuilt ? Incremental(session, changedKeys) : RebuildIn(session));
    }

    private static int RebuildIn(IFusionSession session)
    {
        var all = session.AllVersions();
        session.Clear();
        foreach (var versions in all.GroupBy(static r => r.ReportKey, StringComparer.Ordinal))
        {
            var footprint = FusionFootprint.Of(Latest(versions));
            session.IndexReport(versions.Key, ToIndex(footprint.Cells), ToIndex(footprint.Names));
        }

        var fused = IncidentFusion.FuseWithCells(all, decisions: ReviewDecisionsOf(session));
        session.ReplaceIncidents([], fused.Select(ToIndexed).ToList());
        session.MarkBuilt();
        session.MarkFused();
        return fused.Count;
    }

    private static int Incremental(IFusionSession session, IReadOnlyCollection<string> batchKeys)
    {
        // Versions stored but never fused (a run killed before this step, another process) count as changed too.
        var changedKeys = batchKeys.Union(session.PendingKeys(), StringComparer.Ordinal).ToList();
        session.MarkFused();
        if (changedKeys.Count == 0)
        {
            return 0;
        }

        var affected = new List<FusionCell>();
        var touchedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in changedKeys)
        {
            affected.AddRange(session.CellsOf(key).Select(static c => new FusionCell(c.Region, c.Day)));
            touchedNames.UnionWith(session.NamesOf(key).Select(static n => n.NameKey));
        }

        var footprints = session.Versions(changedKeys)
            .GroupBy(static r => r.ReportKey, StringComparer.Ordinal)
            .Select(static versions => FusionFootprint.Of(Latest(versions)))
            .ToList();
        touchedNames.UnionWith(footprints.SelectMany(static f => f.Names).Select(static n => n.NameKey));
        var entriesBefore = touchedNames.ToDictionary(name => name, session.EntriesOf, StringComparer.Ordinal);
        foreach (var footprint in footprints)
        {
            session.IndexReport(footprint.ReportKey, ToIndex(footprint.Cells), ToIndex(footprint.Names));
            affected.AddRange(footprint.Cells);
        }

        var flipped = touchedNames.Where(name => IncrementalFusion.AmbiguityFlips(entriesBefore[name], session.EntriesOf(name))).ToList();
        if (flipped.Count > 0)
        {
            affected.AddRange(session.CellsOfReportsNaming(flipped).Select(static c => new FusionCell(c.Region, c.Day)));
        }

        // Review decisions reach further than the batch's cells (docs/review.md): see Reach.
        var (inner, keys, decisions) = Reach(session, affected, ReviewDecisionsOf(session));
        var reports = session.Versions(keys);

        // Every name the re-fused versions mention, judged by the whole store's index.
        var ambiguous = reports
            .SelectMany(FusionFootprint.NamesOf)
            .Select(static n => n.NameKey)
            .Distinct(StringComparer.Ordinal)
            .Where(name => session.EntriesOf(name) > 1)
            .ToHashSet(StringComparer.Ordinal);
        var fused = IncidentFusion.FuseWithCells(reports, ambiguousNames: ambiguous, decisions: decisions);
        var replacements = IncrementalFusion.Replacements(fused, inner);
        return session.ReplaceIncidents(ToIndex(inner), replacements.Select(ToIndexed).ToList());
    }

    /// <summary>The version fusion treats as current: the highest number (the store numbers versions so), then the latest arrival.</summary>
    private static ReportExtraction Latest(IEnumerable<ReportExtraction> versions) =>
        versions.OrderByDescending(static r => r.Version).ThenByDescending(static r => r.Ingested).ThenByDescending(static r => r.Published).First();

    private static IndexedIncident ToIndexed(FusedIncident fused) =>
        new(IncidentDocuments.ToStored(fused.Incident), ToIndex(fused.Cells));

    private static List<IndexCell> ToIndex(IEnumerable<FusionCell> cells) => cells.Select(static c => new IndexCell(c.Region, c.Day)).ToList();

    private static List<IndexName> ToIndex(IEnumerable<PlaceName> names) => names.Select(static n => new IndexName(n.NameKey, n.PlaceId)).ToList();

    private static List<IndexRange> ToIndex(IEnumerable<CellRange> ranges) => ranges.Select(static r => new IndexRange(r.Region, r.From, r.To)).ToList();
}
