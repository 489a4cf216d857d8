using Vigil.Fusion.Review;

namespace Vigil.Fusion;

/// <summary>A region's days from <see cref="From"/> to <see cref="To"/> inclusive (both <see cref="FusionCell.Undated"/> for its undated cell).</summary>
public readonly record struct CellRange(string Region, int From, int To);

/// <summary>
/// The pure half of incremental fusion (docs/fusion.md, "Incremental fusion"): which cells a batch
/// affects, which stored reports must be re-fused with it, and which incidents it replaces. The
/// store does the reading and writing in one transaction.
/// </summary>
public static class IncrementalFusion
{
    /// <summary>
    /// Days around an affected cell in which an incident may change: a changed anchor moves
    /// flexible attachments ±1 day, regrouping reaches 2 more, oblast mentions attach ±1 to those
    /// clusters and regroup in turn, and a changed incident renumbers same-day same-place twins.
    /// </summary>
    public const int Inner = 10;

    /// <summary>Days around an affected cell whose reports are re-fused: <see cref="Inner"/> plus everything an incident there depends on.</summary>
    public const int Halo = 24;

    /// <summary>Whether a name's ambiguity flips (one entry ↔ several): then every report naming it changes place key.</summary>
    public static bool AmbiguityFlips(int entriesBefore, int entriesAfter) => (entriesBefore > 1) != (entriesAfter > 1);

    /// <summary>
    /// Whether a review decision ties the incidents of several reports together, so that a re-fusion
    /// of one must re-fuse the others' cells too: a merge or split, or any decision anchored to more
    /// than one report (it applies to its first surviving anchor, which an edit of one report moves).
    /// </summary>
    public static bool TiesReports(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Action is ReviewAction.Merge or ReviewAction.Split
            || decision.Anchors.Concat(decision.Others).Select(static a => a.ReportKey).Distinct(StringComparer.Ordinal).Skip(1).Any();
    }

    /// <summary>The cells within <paramref name="radius"/> days of <paramref name="cells"/>, as merged day ranges per region.</summary>
    public static IReadOnlyList<CellRange> Around(IEnumerable<FusionCell> cells, int radius)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        var ranges = new List<CellRange>();
        foreach (var region in cells.Distinct().GroupBy(static c => c.Region, StringComparer.Ordinal).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            if (region.Any(static c => c.Day == FusionCell.Undated))
            {
                ranges.Add(new CellRange(region.Key, FusionCell.Undated, FusionCell.Undated));
            }

            CellRange? open = null;
            foreach (var day in region.Where(static c => c.Day != FusionCell.Undated).Select(static c => c.Day).Order())
            {
                var (from, to) = (Math.Max(0, day - radius), day + radius);
                if (open is { } current && from <= current.To + 1)
                {
                    open = current with { To = Math.Max(current.To, to) };
                }
                else
                {
                    if (open is { } done)
                    {
                        ranges.Add(done);
                    }

                    open = new CellRange(region.Key, from, to);
                }
            }

            if (open is { } last)
            {
                ranges.Add(last);
            }
        }

        return ranges;
    }

    /// <summary>Whether <paramref name="cell"/> lies in one of <paramref name="ranges"/>.</summary>
    public static bool Within(FusionCell cell, IReadOnlyList<CellRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        foreach (var range in ranges)
        {
            if (string.Equals(range.Region, cell.Region, StringComparison.Ordinal) && range.From <= cell.Day && cell.Day <= range.To)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Of the incidents re-fused from the halo's reports, those that replace the stored ones: the
    /// incidents with a member cell within <see cref="Inner"/> days of an affected cell (the store
    /// deletes its incidents matching the same test). The rest were fused from a partial view.
    /// </summary>
    public static IReadOnlyList<FusedIncident> Replacements(IEnumerable<FusedIncident> refused, IReadOnlyList<CellRange> inner)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return refused.Where(f => f.Cells.Any(c => Within(c, inner))).ToList();
    }
}
