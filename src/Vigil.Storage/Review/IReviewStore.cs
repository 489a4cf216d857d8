namespace Vigil.Storage.Review;

/// <summary>
/// An analyst's decision as stored: the action, who and when, the note, and two JSON documents the
/// application writes and reads (<see cref="Anchors"/>: the observations it is anchored to;
/// <see cref="Payload"/>: what it decides). <see cref="ReportKeys"/> are every report its anchors
/// name, so incremental fusion finds the decisions of the reports it re-fuses. Decisions are never
/// updated or deleted.
/// </summary>
public sealed record StoredDecision(long Id, string Action, string Actor, DateTimeOffset At, string Note, string Anchors, string Payload, IReadOnlyList<string> ReportKeys);

/// <summary>Who said they are reviewing an incident now, and since when.</summary>
public sealed record ReviewingClaim(string IncidentId, string Analyst, DateTimeOffset Since);

/// <summary>An incident in the review queue: its summary, why it is there (bits of <see cref="ReviewFlags"/>) and its status.</summary>
public sealed record ReviewQueueItem(IncidentSummary Incident, int Flags, string Status);

/// <summary>Why an incident needs an analyst, as bits: the larger the number, the worse (the queue sorts on it).</summary>
public static class ReviewFlags
{
    /// <summary>A figure is contested.</summary>
    public const int Contested = 8;

    /// <summary>A figure's current claim has low confidence.</summary>
    public const int LowConfidence = 4;

    /// <summary>Not reviewed yet and someone was killed or injured.</summary>
    public const int NewWithCasualties = 2;

    /// <summary>The place is not in the gazetteer.</summary>
    public const int UnresolvedPlace = 1;

    /// <summary>The words the API lists for <paramref name="flags"/>, worst first.</summary>
    public static IReadOnlyList<string> Names(int flags)
    {
        var names = new List<string>(4);
        if ((flags & Contested) != 0) names.Add("contested");
        if ((flags & LowConfidence) != 0) names.Add("low_confidence");
        if ((flags & NewWithCasualties) != 0) names.Add("new_with_casualties");
        if ((flags & UnresolvedPlace) != 0) names.Add("unresolved_place");
        return names;
    }
}

/// <summary>
/// Analysts' review (migration 0005, docs/review.md): decisions that fusion takes as input,
/// "who is reviewing it now", and the queue of incidents that need an analyst.
/// </summary>
public interface IReviewStore
{
    /// <summary>Appends a decision (its <c>Id</c> is ignored) and returns the id it got: later decisions have larger ids.</summary>
    long AddDecision(StoredDecision decision);

    /// <summary>Every decision, oldest first.</summary>
    IReadOnlyList<StoredDecision> Decisions();

    /// <summary>Who is reviewing the incident, unless that claim is older than <paramref name="lapse"/> at <paramref name="now"/>.</summary>
    ReviewingClaim? Reviewing(string incidentId, DateTimeOffset now, TimeSpan lapse);

    /// <summary>
    /// Claims the incident for <paramref name="analyst"/> (renewing their own claim) unless another
    /// analyst's claim is still fresh; returns whoever holds it afterwards.
    /// </summary>
    ReviewingClaim ClaimReviewing(string incidentId, string analyst, DateTimeOffset now, TimeSpan lapse);

    /// <summary>Ends <paramref name="analyst"/>'s claim on the incident; false when they held none.</summary>
    bool ReleaseReviewing(string incidentId, string analyst);

    /// <summary>Incidents not verified that need an analyst (flags above 0), worst first, then by id.</summary>
    Page<ReviewQueueItem> ReviewQueue(int limit, PageCursor? after = null);
}

/// <summary>The review side of fusion's one write transaction: the decisions as that transaction sees them.</summary>
public interface IReviewInput
{
    IReadOnlyList<StoredDecision> ReviewDecisions();
}

/// <summary>The review and audit sides of a data store (the same database).</summary>
public static class ReviewStores
{
    /// <exception cref="StoreException">This store keeps no review decisions.</exception>
    public static IReviewStore Review(this IVigilStore store) =>
        store as IReviewStore ?? throw new StoreException("this store keeps no review decisions");

    /// <exception cref="StoreException">This store keeps no audit trail.</exception>
    public static IAuditStore Audit(this IVigilStore store) =>
        store as IAuditStore ?? throw new StoreException("this store keeps no audit trail");
}
