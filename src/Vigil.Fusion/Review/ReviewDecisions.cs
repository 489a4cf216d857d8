using Vigil.Core;

namespace Vigil.Fusion.Review;

/// <summary>
/// Applies analysts' decisions to the clusters fusion formed (docs/review.md): merges and splits
/// first, in decision order, then every other decision goes to the cluster holding its first
/// surviving anchor. Works on the clusters only, never on stored incidents, so a re-fusion applies
/// the same decisions again.
/// </summary>
internal static class ReviewDecisions
{
    public static void Apply(List<Cluster> clusters, IReadOnlyList<ReviewDecision>? decisions)
    {
        if (decisions is null || decisions.Count == 0)
        {
            return;
        }

        var ordered = decisions.OrderBy(static d => d.Id).ToList();
        var home = new Dictionary<ObservationRef, Cluster>();
        // The cluster fusion itself formed for each observation: an id is only ever derived from
        // members of one such cluster, whose cells lie within fusion's reach of each other.
        var origin = new Dictionary<ObservationRef, Cluster>();
        foreach (var cluster in clusters)
        {
            foreach (var member in cluster.Members)
            {
                home[Ref(member)] = cluster;
                origin[Ref(member)] = cluster;
            }
        }

        foreach (var decision in ordered)
        {
            if (decision.Action is not (ReviewAction.Merge or ReviewAction.Split) || Target(home, decision.Anchors) is not { } target)
            {
                continue;
            }

            if (decision.Action == ReviewAction.Merge)
            {
                if (Target(home, decision.Others) is { } other && other != target)
                {
                    // The merged incident keeps the id its own reports give it.
                    target.IdMembers ??= [.. target.Members];
                    target.Members.AddRange(other.Members);
                    target.Members.Sort(Observation.CompareOrder);
                    target.Decisions.AddRange(other.Decisions);
                    foreach (var member in other.Members)
                    {
                        home[Ref(member)] = target;
                    }

                    clusters.Remove(other);
                }

                target.Decisions.Add(decision);
            }
            else
            {
                var leaving = decision.Others.ToHashSet();
                var moved = target.Members.Where(m => leaving.Contains(Ref(m))).ToList();
                if (moved.Count == 0 || moved.Count == target.Members.Count)
                {
                    target.Decisions.Add(decision);
                    continue;
                }

                target.Members.RemoveAll(m => leaving.Contains(Ref(m)));
                if (target.IdMembers?.Where(m => !leaving.Contains(Ref(m))).ToList() is { } kept)
                {
                    target.IdMembers = kept.Count > 0 ? kept : OwnGroup(target.Members, origin);
                }

                var split = new Cluster(moved, moved.Where(static m => m.Date is not null).Select(static m => m.Date).Min() ?? target.Date, target.Flexible)
                {
                    IdMembers = OwnGroup(moved, origin),
                };
                split.Decisions.Add(decision);
                target.Decisions.Add(decision);
                clusters.Add(split);
                foreach (var member in moved)
                {
                    home[Ref(member)] = split;
                }
            }
        }

        foreach (var decision in ordered)
        {
            if (decision.Action is not (ReviewAction.Merge or ReviewAction.Split) && Target(home, decision.Anchors) is { } target)
            {
                target.Decisions.Add(decision);
            }
        }
    }

    /// <summary>
    /// The members that came from the same fusion-formed cluster as the first: what an incident
    /// left with members of several merged incidents takes its id from (docs/review.md, "Ids under
    /// review"). An id drawn from all of them could pair one report's date with another's place,
    /// weeks apart, where an incremental re-fusion never numbers it against its same-day twins.
    /// </summary>
    private static List<Observation> OwnGroup(List<Observation> members, Dictionary<ObservationRef, Cluster> origin)
    {
        var first = origin[Ref(members[0])];
        return members.Where(m => origin[Ref(m)] == first).ToList();
    }

    /// <summary>The cluster of the first anchor that still exists (the report's current version still has that observation).</summary>
    private static Cluster? Target(Dictionary<ObservationRef, Cluster> home, IReadOnlyList<ObservationRef> anchors)
    {
        foreach (var anchor in anchors)
        {
            if (home.TryGetValue(anchor, out var cluster))
            {
                return cluster;
            }
        }

        return null;
    }

    public static ObservationRef Ref(Observation observation) => new(observation.Report.ReportKey, observation.Index);

    /// <summary>The analyst's figures as claims: claimant kind analyst, the note as evidence, the decision's time as publication.</summary>
    public static IEnumerable<TimedClaim> CorrectionClaims(IEnumerable<ReviewDecision> decisions) =>
        decisions
            .Where(static d => d.Action == ReviewAction.Correct && d.Figures is not null)
            .SelectMany(static d => d.Figures!.OrderBy(static f => f.Key).Select(f => new TimedClaim(
                new IncidentClaim(d.ReportKey, 1, d.At, "Vigil review", null, new Claim(
                    f.Key, f.Value, Qualifier.Exact, ClaimScope.Incident,
                    new Claimant(d.Analyst, "analyst", ClaimantKind.Analyst),
                    null, null, null, new Evidence(0, d.Note.Length, d.Note))),
                d.At)));

    /// <summary>What the decisions of one cluster say about it; null when none applies.</summary>
    public static IncidentReview? Summarise(IReadOnlyList<ReviewDecision> decisions)
    {
        if (decisions.Count == 0)
        {
            return null;
        }

        var ordered = decisions.Distinct().OrderBy(static d => d.Id).ToList();
        var status = ordered.LastOrDefault(static d => d.Action == ReviewAction.Status && d.Status is not null)?.Status ?? ReviewStatus.Unreviewed;
        var rejected = ordered
            .Where(static d => d.Action == ReviewAction.Reject && d.ClaimId is not null)
            .GroupBy(static d => d.ClaimId!, StringComparer.Ordinal)
            .Select(static g => g.Last())
            .Select(static d => new ClaimRejection(d.ClaimId!, d.Note, d.Analyst, d.At, d.Id))
            .ToList();
        return new IncidentReview(
            status,
            ordered.Select(static d => new ReviewEntry(d.Id, d.Action, d.Analyst, d.At, d.Note)).ToList(),
            rejected);
    }
}
