using Vigil.Application.Review;
using Vigil.Fusion;
using Vigil.Fusion.Review;
using Vigil.Storage;
using Vigil.Storage.Review;

namespace Vigil.Application.Ingest;

/// <summary>Analysts' review decisions as an input of fusion, full and incremental (docs/review.md).</summary>
public static partial class FusionUpdate
{
    /// <summary>Every stored decision, as the fusion transaction sees it; none when the store keeps none.</summary>
    private static List<ReviewDecision> ReviewDecisionsOf(IFusionSession session) =>
        session is IReviewInput input ? input.ReviewDecisions().Select(ReviewDecisionCodec.FromStored).ToList() : [];

    /// <summary>
    /// What an incremental re-fusion must read given the affected cells and the decisions: the halo's
    /// reports, plus every report a decision of theirs is anchored to (a decision applies where its
    /// first surviving anchor is, so all its anchors must be seen); and a merge or split ties the cells
    /// of its reports together, and so does any decision anchored to several reports (an edit of one can
    /// move it to another's incident), so those cells are affected too, until nothing more is reached.
    /// Returns the ranges to replace, the reports to re-fuse and the decisions that apply to them.
    /// </summary>
    private static (IReadOnlyList<CellRange> Inner, IReadOnlyList<string> Keys, IReadOnlyList<ReviewDecision> Decisions) Reach(
        IFusionSession session, List<FusionCell> affected, IReadOnlyList<ReviewDecision> all)
    {
        var cells = affected.ToHashSet();
        while (true)
        {
            var halo = IncrementalFusion.Around(cells, IncrementalFusion.Halo);
            var keys = session.ReportsIn(ToIndex(halo)).ToHashSet(StringComparer.Ordinal);
            var relevant = all.Where(d => ReportKeys(d).Any(keys.Contains)).ToList();
            var grown = relevant
                .Where(IncrementalFusion.TiesReports)
                .SelectMany(ReportKeys)
                .Distinct(StringComparer.Ordinal)
                .SelectMany(session.CellsOf)
                .Select(static c => new FusionCell(c.Region, c.Day))
                .Where(cells.Add)
                .Count();
            if (grown == 0)
            {
                keys.UnionWith(relevant.SelectMany(ReportKeys));
                return (IncrementalFusion.Around(cells, IncrementalFusion.Inner), keys.Order(StringComparer.Ordinal).ToList(), relevant);
            }
        }
    }

    private static IEnumerable<string> ReportKeys(ReviewDecision decision) =>
        decision.Anchors.Concat(decision.Others).Select(static a => a.ReportKey);
}
