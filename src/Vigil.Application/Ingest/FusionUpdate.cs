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
    /// <summary>
    /// Reports a full rebuild fuses at once (with their halo): enough that few regions are cut and a
    /// store that fits is read only once, few enough that memory stays flat whatever the store's
    /// size (about 10 KB per report in flight: 2.1 GB for 200,000 at once).
    /// </summary>
    public const int RebuildChunkReports = 50_000;

    /// <summary>Reports whose footprints a rebuild reads at a time to build the index.</summary>
    private const int IndexPage = 5_000;

    /// <summary>
    /// A region is cut into chunks of at least this many days, so the halo read around each cut
    /// (<see cref="IncrementalFusion.Halo"/> days either side) costs at most half the chunk again.
    /// </summary>
    private const int MinimumCutDays = 4 * IncrementalFusion.Halo;

    /// <summary>Re-fuses every report and rebuilds the fusion index (<c>vigil refuse</c>); returns the incident count.</summary>
    public static int Rebuild(IVigilStore store) => Rebuild(store, RebuildChunkReports);

    /// <summary>As <see cref="Rebuild(IVigilStore)"/>, with the chunks' size and cuts given (tests use tiny chunks to cut everywhere).</summary>
    internal static int Rebuild(IVigilStore store, int reportsPerChunk, int minimumCutDays = MinimumCutDays, int writeSlice = WriteSlice)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reportsPerChunk);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumCutDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(writeSlice);
        return store.UpdateFusion(session => RebuildIn(session, reportsPerChunk, minimumCutDays, writeSlice));
    }

    /// <summary>
    /// Re-fuses what <paramref name="changedKeys"/> (reports with a new version) and every version
    /// stored since the last fusion can touch; returns how many incidents it wrote or deleted (those re-fused unchanged are left alone).
    /// </summary>
    public static int Update(IVigilStore store, IReadOnlyCollection<string> changedKeys)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changedKeys);
        return store.UpdateFusion(session => session.IndexBuilt ? Incremental(session, changedKeys) : RebuildIn(session, RebuildChunkReports, MinimumCutDays, WriteSlice));
    }

    /// <summary>
    /// A full re-fusion with bounded memory (docs/performance.md, "Ingest"): a store of one chunk
    /// or less is read and fused at once; a larger one has every report's footprint indexed a page
    /// at a time, then fuses the cells chunk by chunk as incremental fusion would
    /// re-fuse them (each chunk's cells as the affected cells, with their halo and the reach of
    /// review decisions), keeping each incident from the one chunk that holds its first cell. An
    /// incident with a cell among the affected ones is exactly what fusing everything gives, so the
    /// union is the full fusion.
    /// </summary>
    /// <remarks>
    /// Two cores: the store's connection (this thread) reads the next chunk while another thread
    /// fuses the one just read and builds its incidents' documents, and it writes a chunk's
    /// incidents while the next chunk is fused. Chunks are independent (what one writes, incidents
    /// and their cells, no later chunk reads), so the overlap changes nothing in the result.
    /// </remarks>
    private static int RebuildIn(IFusionSession session, int reportsPerChunk, int minimumCutDays, int writeSlice)
    {
        FusionProfile.Time(" clear", session.Clear);
        if (session.ReportKeys(null, reportsPerChunk + 1).Count <= reportsPerChunk)
        {
            // The whole store fits in one chunk: read it once, as chunks would read it twice (index, then fusion).
            return RebuildAtOnce(session, writeSlice);
        }

        string? after = null;
        while (session.ReportKeys(after, IndexPage) is { Count: > 0 } keys)
        {
            // The footprints stored with the reports (computed while they were stored); only the
            // reports without one are read and parsed here, as the chunks will read them again.
            var stored = session.StoredFootprints(keys);
            var missing = keys.Where(key => !stored.ContainsKey(key)).ToList();
            var computed = missing.Count == 0 ? [] : IndexEntries(session.Versions(missing)).ToDictionary(static e => e.ReportKey, StringComparer.Ordinal);
            session.IndexReports([.. keys.Select(key => stored.GetValueOrDefault(key) ?? computed.GetValueOrDefault(key)).OfType<ReportIndexEntry>()]);
            after = keys[^1];
        }

        // Ambiguity is the whole store's, as one fusion of everything would judge it.
        var ambiguous = session.AmbiguousNames().ToHashSet(StringComparer.Ordinal);
        var decisions = ReviewDecisionsOf(session);
        var incidents = 0;
        Task<List<FusedIncident>>? fusing = null;
        foreach (var chunk in Chunks(session.CellCounts(), reportsPerChunk, minimumCutDays))
        {
            var (_, keys, relevant) = Reach(session, [.. chunk], decisions);
            var versions = FusionProfile.Time(" read chunk versions", () => session.Versions(keys));
            var previous = fusing;
            fusing = Task.Run(() => IncidentFusion.FuseWithCells(versions, ambiguousNames: ambiguous, decisions: relevant)
                .Where(f => chunk.Contains(FirstCell(f.Cells)))
                .ToList());
            if (previous is not null)
            {
                incidents += Write(session, FusionProfile.Time(" wait for fusing", previous.GetAwaiter().GetResult), writeSlice);
            }
        }

        if (fusing is not null)
        {
            incidents += Write(session, fusing.GetAwaiter().GetResult(), writeSlice);
        }

        session.MarkBuilt();
        session.MarkFused();
        return incidents;
    }

    private static int RebuildAtOnce(IFusionSession session, int writeSlice)
    {
        var all = FusionProfile.Time(" read all versions", session.AllVersions);
        var decisions = ReviewDecisionsOf(session);
        // Fusing (one thread) runs beside the index's writes on this thread.
        var fusing = Task.Run(() => FusionProfile.Time(" (fuse, other thread)", () => IncidentFusion.FuseWithCells(all, decisions: decisions)));
        var entries = FusionProfile.Time(" footprints", () => IndexEntries(all));
        FusionProfile.Time(" write fusion index", () => session.IndexReports(entries));
        var fused = FusionProfile.Time(" wait for fusing", fusing.GetAwaiter().GetResult);
        Write(session, fused, writeSlice);
        session.MarkBuilt();
        session.MarkFused();
        return fused.Count;
    }

    /// <summary>Reports whose incidents' documents are built (on another thread) while the previous slice is written.</summary>
    private const int WriteSlice = 1_000;

    /// <summary>
    /// Stores new incidents (nothing is replaced: a rebuild cleared the store), a slice at a time:
    /// the next slice's documents (JSON and hashes, pure) are built on another thread while this one
    /// writes; returns how many were written.
    /// </summary>
    private static int Write(IFusionSession session, IReadOnlyList<FusedIncident> fused, int writeSlice)
    {
        Task<List<IndexedIncident>> Build(int from) =>
            Task.Run(() => FusionProfile.Time(" (documents, other thread)", () => fused.Skip(from).Take(writeSlice).Select(ToIndexed).ToList()));

        var written = 0;
        var building = fused.Count > 0 ? Build(0) : null;
        for (var from = 0; building is not null; from += writeSlice)
        {
            var slice = FusionProfile.Time(" wait for documents", building.GetAwaiter().GetResult);
            building = from + writeSlice < fused.Count ? Build(from + writeSlice) : null;
            FusionProfile.Time(" write incidents", () => session.ReplaceIncidents([], slice));
            written += slice.Count;
        }

        return written;
    }

    /// <summary>
    /// The index rows of a report version about to be stored, as <see cref="IndexEntries"/> computes
    /// them from the stored version (the store keeps <see cref="Report.Published"/> with its offset
    /// and the extraction as JSON that reads back equal), for <see cref="ReportToStore.Footprint"/>.
    /// </summary>
    public static ReportIndexEntry FootprintOf(Report report, ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(extraction);
        // Version and arrival time do not enter a footprint: only the key, the publication time and the extraction.
        var footprint = FusionFootprint.Of(new ReportExtraction(report.Key, 1, report.Published, DateTimeOffset.UnixEpoch,
            report.Source, report.Url, report.Title, extraction));
        return new ReportIndexEntry(footprint.ReportKey, ToIndex(footprint.Cells), ToIndex(footprint.Names));
    }

    /// <summary>The index rows of each report's current version among <paramref name="versions"/>, computed on every core.</summary>
    private static List<ReportIndexEntry> IndexEntries(IReadOnlyList<ReportExtraction> versions) =>
        versions.GroupBy(static r => r.ReportKey, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(static versions => FusionFootprint.Of(Latest(versions)))
            .Select(static footprint => new ReportIndexEntry(footprint.ReportKey, ToIndex(footprint.Cells), ToIndex(footprint.Names)))
            .ToList();

    /// <summary>
    /// The index's cells cut into chunks of about <paramref name="reportsPerChunk"/> reports, in
    /// region then day order: small regions share a chunk, a large one is cut between days (never
    /// sooner than <paramref name="minimumCutDays"/> into it, so the halos stay a fraction of the work).
    /// </summary>
    internal static IEnumerable<HashSet<FusionCell>> Chunks(IReadOnlyList<IndexCellCount> cells, int reportsPerChunk, int minimumCutDays)
    {
        var chunk = new HashSet<FusionCell>();
        var reports = 0;
        string? region = null;
        var regionStart = 0; // the first day of the current region in the current chunk
        foreach (var cell in cells)
        {
            var newRegion = !string.Equals(cell.Region, region, StringComparison.Ordinal);
            if (reports >= reportsPerChunk && (newRegion || cell.Day - regionStart >= minimumCutDays))
            {
                yield return chunk;
                (chunk, reports, regionStart) = ([], 0, cell.Day);
            }

            if (newRegion)
            {
                (region, regionStart) = (cell.Region, cell.Day);
            }

            chunk.Add(new FusionCell(cell.Region, cell.Day));
            reports += cell.Reports;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>The cell that decides which chunk owns an incident: a function of its cells alone, so every chunk that fuses it agrees.</summary>
    private static FusionCell FirstCell(IReadOnlyList<FusionCell> cells)
    {
        var first = cells[0];
        foreach (var cell in cells)
        {
            var byRegion = string.CompareOrdinal(cell.Region, first.Region);
            if (byRegion < 0 || (byRegion == 0 && cell.Day < first.Day))
            {
                first = cell;
            }
        }

        return first;
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
