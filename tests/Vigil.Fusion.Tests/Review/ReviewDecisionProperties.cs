using System.Text.Json;
using FsCheck.Xunit;
using Vigil.Core;
using Vigil.Fusion.Review;

namespace Vigil.Fusion.Tests.Review;

/// <summary>
/// Decisions keep fusion independent of input order: random batches with decisions derived from
/// their own incidents (every kind, anchored to members as the service anchors them) fuse to the
/// same JSON shuffled, and again after each report is ingested twice.
/// </summary>
[Properties(Arbitrary = [typeof(ReportBatchArbitrary)], MaxTest = 300)]
public sealed class ReviewDecisionProperties
{
    private static readonly DateTimeOffset At = new(2025, 7, 1, 12, 0, 0, TimeSpan.Zero);

    private static string Canonical(IEnumerable<Incident> incidents) =>
        JsonSerializer.Serialize(incidents.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(), VigilJson.Compact);

    /// <summary>One decision of each kind, on incidents picked by position (the first, the second…), as an analyst would make them.</summary>
    private static List<ReviewDecision> Decisions(IReadOnlyList<Incident> incidents)
    {
        var decisions = new List<ReviewDecision>();
        if (incidents.Count == 0)
        {
            return decisions;
        }

        Incident Pick(int i) => incidents[i % incidents.Count];
        decisions.Add(new ReviewDecision(1, ReviewAction.Correct, "olena", At, "checked", Pick(0).Members)
        {
            Figures = new Dictionary<ClaimField, int> { [ClaimField.Killed] = 7 },
            Weapons = [Weapon.Missile],
        });
        if (Pick(1).Claims.Count > 0)
        {
            decisions.Add(new ReviewDecision(2, ReviewAction.Reject, "olena", At, "a sub-count", Pick(1).Members) { ClaimId = ClaimIds.Of(Pick(1).Claims[0]) });
        }

        decisions.Add(new ReviewDecision(3, ReviewAction.Merge, "taras", At, "one attack", Pick(2).Members) { Others = Pick(3).Members });
        if (Pick(4).Members.Count > 1)
        {
            decisions.Add(new ReviewDecision(4, ReviewAction.Split, "taras", At, "two attacks", Pick(4).Members) { Others = [Pick(4).Members[^1]] });
        }

        decisions.Add(new ReviewDecision(5, ReviewAction.Status, "olena", At, string.Empty, Pick(5).Members) { Status = ReviewStatus.Verified });
        return decisions;
    }

    [Property]
    public bool Fuse_WithDecisionsShuffledInput_SameIncidents(ReportBatch batch)
    {
        var decisions = Decisions(IncidentFusion.Fuse(batch.Reports));
        var reversed = decisions.AsEnumerable().Reverse().ToList();

        return Canonical(IncidentFusion.Fuse(batch.Reports, decisions: decisions))
            == Canonical(IncidentFusion.Fuse(batch.Shuffled, decisions: reversed));
    }

    [Property]
    public bool Fuse_WithDecisionsEveryReportTwice_SameIncidents(ReportBatch batch)
    {
        var decisions = Decisions(IncidentFusion.Fuse(batch.Reports));

        return Canonical(IncidentFusion.Fuse(batch.Reports, decisions: decisions))
            == Canonical(IncidentFusion.Fuse([.. batch.Reports, .. batch.Shuffled], decisions: decisions));
    }
}
