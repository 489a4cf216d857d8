using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Application.Ingest;
using Vigil.Core;
using Vigil.Fusion;
using Vigil.Fusion.Review;
using Vigil.Storage;
using Vigil.Storage.Review;

namespace Vigil.Application.Review;

/// <summary>How a review request ended.</summary>
public enum ReviewOutcome
{
    Done,
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>The outcome, a one-line detail when it failed, and the incident as fused after the decision.</summary>
public sealed record ReviewResult(ReviewOutcome Outcome, string? Detail = null, StoredIncident? Incident = null, long? DecisionId = null)
{
    public static ReviewResult Failed(ReviewOutcome outcome, string detail) => new(outcome, detail);
}

/// <summary>What an analyst corrects; null members are left as fused.</summary>
public sealed record Correction(IReadOnlyDictionary<ClaimField, int>? Figures, PlaceRef? Place, DateOnly? Date, IReadOnlyList<Weapon>? Weapons)
{
    public bool IsEmpty => (Figures is null || Figures.Count == 0) && Place is null && Date is null && Weapons is null;
}

/// <summary>
/// Analysts' review over a store (docs/review.md): each decision is anchored to the incident's
/// members, stored, applied by re-fusing the incidents it touches, and written to the audit trail.
/// The caller serialises writers (one at a time, as ingest).
/// </summary>
public sealed class ReviewService
{
    /// <summary>"I'm reviewing this" lapses after this long unless renewed.</summary>
    public static readonly TimeSpan ReviewingLapse = TimeSpan.FromMinutes(30);

    private readonly TimeProvider _time;

    public ReviewService(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>The incident's version for optimistic concurrency (an ETag): changes whenever its stored document does.</summary>
    public static string Version(StoredIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(incident.Document)), 0, 12) + "\"";
    }

    public ReviewResult Correct(IVigilStore store, string incidentId, Correction correction, string note, string actor, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(correction);
        if (correction.IsEmpty)
        {
            return ReviewResult.Failed(ReviewOutcome.Invalid, "nothing to correct: give killed, injured, children_killed, children_injured, missing, place, date or weapons");
        }

        return Decide(store, incidentId, ifMatch, "incident.correct", actor, note, (incident, anchors, at) =>
            new ReviewDecision(0, ReviewAction.Correct, actor, at, note, anchors)
            {
                Figures = correction.Figures is { Count: > 0 } figures ? figures : null,
                Place = correction.Place,
                Date = correction.Date,
                Weapons = correction.Weapons,
            });
    }

    public ReviewResult Reject(IVigilStore store, string incidentId, string claimId, string reason, string actor, string? ifMatch) =>
        Decide(store, incidentId, ifMatch, "incident.reject", actor, reason, (incident, anchors, at) =>
            incident.Claims.Any(c => string.Equals(ClaimIds.Of(c), claimId, StringComparison.Ordinal))
                ? new ReviewDecision(0, ReviewAction.Reject, actor, at, reason, anchors) { ClaimId = claimId }
                : null, target: claimId, missing: $"incident {incidentId} has no claim '{claimId}'");

    public ReviewResult SetStatus(IVigilStore store, string incidentId, ReviewStatus status, string note, string actor, string? ifMatch) =>
        Decide(store, incidentId, ifMatch, "incident.status", actor, note, (incident, anchors, at) =>
            new ReviewDecision(0, ReviewAction.Status, actor, at, note, anchors) { Status = status });

    public ReviewResult Merge(IVigilStore store, string incidentId, string otherId, string note, string actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.Equals(incidentId, otherId, StringComparison.Ordinal))
        {
            return ReviewResult.Failed(ReviewOutcome.Invalid, "an incident cannot be merged with itself");
        }

        if (store.Incident(otherId) is not { } other)
        {
            return ReviewResult.Failed(ReviewOutcome.NotFound, $"no incident '{otherId}'");
        }

        var otherMembers = IncidentDocuments.FromStored(other).Members;
        return Decide(store, incidentId, null, "incident.merge", actor, note, (incident, anchors, at) =>
            otherMembers.Count == 0 ? null : new ReviewDecision(0, ReviewAction.Merge, actor, at, note, anchors) { Others = otherMembers },
            target: incidentId + "+" + otherId, missing: $"incident {otherId} predates review anchors: run `vigil refuse` once");
    }

    public ReviewResult Split(IVigilStore store, string incidentId, IReadOnlyCollection<string> reportKeys, string note, string actor, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(reportKeys);
        return Decide(store, incidentId, ifMatch, "incident.split", actor, note, (incident, anchors, at) =>
        {
            var leaving = anchors.Where(a => reportKeys.Contains(a.ReportKey)).ToList();
            return leaving.Count == 0 || leaving.Count == anchors.Count
                ? null
                : new ReviewDecision(0, ReviewAction.Split, actor, at, note, anchors) { Others = leaving };
        }, missing: "the reports to split out must be some, not all, of the incident's reports");
    }

    /// <summary>Claims the incident for <paramref name="actor"/>; null when it is unknown. The answer names whoever holds it (maybe another analyst).</summary>
    public ReviewingClaim? ClaimReviewing(IVigilStore store, string incidentId, string actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Incident(incidentId) is null)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var holder = store.Review().ClaimReviewing(incidentId, actor, now, ReviewingLapse);
        if (string.Equals(holder.Analyst, actor, StringComparison.OrdinalIgnoreCase))
        {
            store.Audit().Append(new AuditEntry(0, now, actor, "incident.reviewing", incidentId, null, null, null));
        }

        return holder;
    }

    /// <summary>Ends <paramref name="actor"/>'s claim on the incident; false when they held none.</summary>
    public bool ReleaseReviewing(IVigilStore store, string incidentId, string actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        var released = store.Review().ReleaseReviewing(incidentId, actor);
        if (released)
        {
            store.Audit().Append(new AuditEntry(0, _time.GetUtcNow(), actor, "incident.release", incidentId, null, null, null));
        }

        return released;
    }

    /// <summary>Who reviews the incident now, unless the claim lapsed.</summary>
    public ReviewingClaim? Reviewing(IVigilStore store, string incidentId)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Review().Reviewing(incidentId, _time.GetUtcNow(), ReviewingLapse);
    }

    /// <summary>
    /// The common path: look the incident up, check its version, anchor a decision to its members,
    /// store it, re-fuse what it touches, find the incident again by its first anchor, audit.
    /// </summary>
    private ReviewResult Decide(
        IVigilStore store, string incidentId, string? ifMatch, string action, string actor, string note,
        Func<Incident, IReadOnlyList<ObservationRef>, DateTimeOffset, ReviewDecision?> make,
        string? target = null, string? missing = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(incidentId);
        if (store.Incident(incidentId) is not { } stored)
        {
            return ReviewResult.Failed(ReviewOutcome.NotFound, $"no incident '{incidentId}'");
        }

        if (ifMatch is not null && ifMatch != "*" && !string.Equals(ifMatch, Version(stored), StringComparison.Ordinal))
        {
            return ReviewResult.Failed(ReviewOutcome.Conflict, $"incident {incidentId} changed since version {ifMatch}; it is now {Version(stored)}: read it again");
        }

        var before = IncidentDocuments.FromStored(stored);
        if (before.Members.Count == 0)
        {
            return ReviewResult.Failed(ReviewOutcome.Conflict, $"incident {incidentId} was fused before review anchors existed: run `vigil refuse` once");
        }

        var now = _time.GetUtcNow();
        if (make(before, before.Members, now) is not { } decision)
        {
            return ReviewResult.Failed(action == "incident.reject" ? ReviewOutcome.NotFound : ReviewOutcome.Invalid, missing ?? "nothing to decide");
        }

        var id = store.Review().AddDecision(ReviewDecisionCodec.ToStored(decision));
        FusionUpdate.Update(store, decision.Anchors.Concat(decision.Others).Select(static a => a.ReportKey).Distinct(StringComparer.Ordinal).ToList());
        // A split answers with the incident that keeps the other reports.
        var after = Find(store, decision.Action == ReviewAction.Split ? decision.Anchors.Except(decision.Others).ToList() : decision.Anchors);
        store.Audit().Append(new AuditEntry(0, now, actor, action, target ?? incidentId,
            Snapshot(before, incidentId),
            after is null ? null : Snapshot(IncidentDocuments.FromStored(after), after.Id, id),
            note));
        return new ReviewResult(ReviewOutcome.Done, null, after, id);
    }

    /// <summary>The incident that now holds the first surviving anchor, or null.</summary>
    public static StoredIncident? Find(IVigilStore store, IReadOnlyList<ObservationRef> anchors)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(anchors);
        foreach (var anchor in anchors)
        {
            foreach (var summary in store.IncidentsOfReport(anchor.ReportKey))
            {
                if (store.Incident(summary.Id) is { } stored && IncidentDocuments.FromStored(stored).Members.Contains(anchor))
                {
                    return stored;
                }
            }
        }

        return null;
    }

    /// <summary>What the audit trail keeps of an incident before and after a decision: what a decision can change.</summary>
    private static string Snapshot(Incident incident, string id, long? decisionId = null) =>
        JsonSerializer.Serialize(new AuditSnapshot(
            id, decisionId, incident.Date, incident.Place?.Name, incident.Weapons,
            incident.Killed.Value, incident.Injured.Value, incident.ChildrenKilled.Value, incident.ChildrenInjured.Value, incident.Missing.Value,
            incident.Status, incident.Review?.Rejected.Select(static r => r.ClaimId).ToList() ?? [], incident.ReportCount), VigilJson.Compact);

    private sealed record AuditSnapshot(
        string Id, long? DecisionId, DateOnly? Date, string? Place, IReadOnlyList<Weapon> Weapons,
        int? Killed, int? Injured, int? ChildrenKilled, int? ChildrenInjured, int? Missing,
        ReviewStatus Status, IReadOnlyList<string> RejectedClaims, int ReportCount);
}
