using Vigil.Core;

namespace Vigil.Storage;

/// <summary>A (region, day) cell of fusion's index; day is a day number, -1 for undated.</summary>
public readonly record struct IndexCell(string Region, int Day);

/// <summary>A region's days <see cref="From"/>..<see cref="To"/> inclusive.</summary>
public readonly record struct IndexRange(string Region, int From, int To);

/// <summary>A gazetteer entry a report's current version names under a name key.</summary>
public readonly record struct IndexName(string NameKey, string PlaceId);

/// <summary>How many reports have an indexed cell at (<see cref="Region"/>, <see cref="Day"/>).</summary>
public readonly record struct IndexCellCount(string Region, int Day, int Reports);

/// <summary>One report's indexed cells and names, as <see cref="IFusionSession.IndexReports"/> writes them.</summary>
public sealed record ReportIndexEntry(string ReportKey, IReadOnlyList<IndexCell> Cells, IReadOnlyList<IndexName> Names)
{
    /// <summary>A page of entries with each key once, its last entry, as one IndexReport after another would leave it.</summary>
    public static IReadOnlyCollection<ReportIndexEntry> LastPerKey(IReadOnlyList<ReportIndexEntry> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var last = new Dictionary<string, ReportIndexEntry>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            last[report.ReportKey] = report;
        }

        return last.Values;
    }
}

/// <summary>An incident to store with the cells of its members.</summary>
public sealed record IndexedIncident(StoredIncident Incident, IReadOnlyList<IndexCell> Cells);

/// <summary>
/// The store's side of incremental fusion (docs/fusion.md): an index of each report's current
/// cells and gazetteer names, and of each incident's member cells. Every call happens inside the
/// one write transaction of <see cref="IVigilStore.UpdateFusion{T}"/>.
/// </summary>
public interface IFusionSession
{
    /// <summary>Whether the index covers every stored report and incident (false on a store fused before it existed, or by <see cref="IVigilStore.RefreshIncidents"/>).</summary>
    bool IndexBuilt { get; }

    /// <summary>Every stored version of the given reports, numbered as <see cref="IVigilStore.RefreshIncidents"/> numbers them (highest is current).</summary>
    IReadOnlyList<ReportExtraction> Versions(IReadOnlyCollection<string> reportKeys);

    /// <summary>Every stored version of every report.</summary>
    IReadOnlyList<ReportExtraction> AllVersions();

    /// <summary>
    /// Up to <paramref name="limit"/> stored report keys after <paramref name="after"/> (null: from the
    /// first) in the store's key order: a full rebuild pages through the reports with it instead of
    /// holding every extraction at once.
    /// </summary>
    IReadOnlyList<string> ReportKeys(string? after, int limit);

    /// <summary>
    /// The footprints stored with the fusion-current version of each of <paramref name="reportKeys"/>
    /// (see <see cref="StoredFootprint"/>), by key; a report whose current version has none (stored
    /// without one, or by an older footprint version) is left out, and the caller computes it from
    /// the extraction. A store that keeps none returns none.
    /// </summary>
    IReadOnlyDictionary<string, ReportIndexEntry> StoredFootprints(IReadOnlyCollection<string> reportKeys) =>
        new Dictionary<string, ReportIndexEntry>(StringComparer.Ordinal);

    /// <summary>Every indexed (region, day) cell with its number of reports, ordered by region then day.</summary>
    IReadOnlyList<IndexCellCount> CellCounts();

    /// <summary>Every name key under which the current versions name two or more gazetteer entries.</summary>
    IReadOnlyList<string> AmbiguousNames();

    /// <summary>The indexed cells of one report's current version.</summary>
    IReadOnlyList<IndexCell> CellsOf(string reportKey);

    /// <summary>The indexed gazetteer names of one report's current version.</summary>
    IReadOnlyList<IndexName> NamesOf(string reportKey);

    /// <summary>How many distinct gazetteer entries the current versions name under <paramref name="nameKey"/>: 0, 1, or 2 for two or more.</summary>
    int EntriesOf(string nameKey);

    /// <summary>The indexed cells of every report naming one of <paramref name="nameKeys"/>.</summary>
    IReadOnlyList<IndexCell> CellsOfReportsNaming(IReadOnlyCollection<string> nameKeys);

    /// <summary>The reports with an indexed cell in one of <paramref name="ranges"/>.</summary>
    IReadOnlyList<string> ReportsIn(IReadOnlyList<IndexRange> ranges);

    /// <summary>Replaces one report's indexed cells and names.</summary>
    void IndexReport(string reportKey, IReadOnlyList<IndexCell> cells, IReadOnlyList<IndexName> names);

    /// <summary>
    /// Replaces the indexed cells and names of several reports, as <see cref="IndexReport"/> one by
    /// one would: a full rebuild indexes every report a page at a time, and a store may write a
    /// page in a few statements instead of a few per report.
    /// </summary>
    void IndexReports(IReadOnlyList<ReportIndexEntry> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            IndexReport(report.ReportKey, report.Cells, report.Names);
        }
    }

    /// <summary>
    /// Deletes the incidents with a member cell in <paramref name="ranges"/> and stores
    /// <paramref name="incidents"/>, leaving alone those stored exactly so already
    /// (<see cref="IncidentRewrite.Unchanged"/>); returns how many incidents were written or deleted.
    /// </summary>
    int ReplaceIncidents(IReadOnlyList<IndexRange> ranges, IReadOnlyList<IndexedIncident> incidents);

    /// <summary>Deletes every incident and index row: the start of a full rebuild.</summary>
    void Clear();

    /// <summary>Marks the index complete (after a full rebuild).</summary>
    void MarkBuilt();

    /// <summary>Reports with a version stored since the last <see cref="MarkFused"/>: whatever ran (or was killed) in between, they are not fused yet.</summary>
    IReadOnlyList<string> PendingKeys();

    /// <summary>Records that every version stored so far is fused.</summary>
    void MarkFused();
}

public partial interface IVigilStore
{
    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction (with the full-text index caught up)
    /// and commits; an exception rolls everything back.
    /// </summary>
    T UpdateFusion<T>(Func<IFusionSession, T> work);
}

/// <summary>The store-independent half of <see cref="IFusionSession.EntriesOf"/>.</summary>
public static class IndexEntries
{
    /// <summary>0, 1 or 2 (two or more) entries, from the lowest and highest place id under a name.</summary>
    public static int Count(string? lowest, string? highest) =>
        lowest is null ? 0 : string.Equals(lowest, highest, StringComparison.Ordinal) ? 1 : 2;
}
