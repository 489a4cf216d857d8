using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Vigil.Core;

namespace Vigil.Fusion.Review;

/// <summary>What an analyst decided about an incident.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewAction>))]
public enum ReviewAction
{
    /// <summary>New figures, place, date or weapons: a claim by the analyst that outranks every source.</summary>
    [JsonStringEnumMemberName("correct")] Correct,

    /// <summary>One claim is wrong: kept and shown, never counted.</summary>
    [JsonStringEnumMemberName("reject")] Reject,

    /// <summary>Two incidents are one attack (must-link).</summary>
    [JsonStringEnumMemberName("merge")] Merge,

    /// <summary>Some reports describe another attack (cannot-link): they become an incident of their own.</summary>
    [JsonStringEnumMemberName("split")] Split,

    /// <summary>The incident's review status.</summary>
    [JsonStringEnumMemberName("status")] Status,
}

/// <summary>Where an incident stands in review. Anonymous readers of a <c>--publish verified</c> server see only <see cref="Verified"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewStatus>))]
public enum ReviewStatus
{
    [JsonStringEnumMemberName("unreviewed")] Unreviewed,
    [JsonStringEnumMemberName("verified")] Verified,
    [JsonStringEnumMemberName("disputed")] Disputed,
}

/// <summary>
/// One report's account of one attack: the report key and the position of the incident in its
/// extraction. What a decision is anchored to, since incident ids are derived from date and place
/// and change when those do.
/// </summary>
public sealed record ObservationRef(string ReportKey, int Index);

/// <summary>
/// An analyst's decision, an input to fusion (docs/review.md). <see cref="Anchors"/> are the members of
/// the incident when the analyst saw it, in fusion's order: the decision applies to the incident
/// holding the first anchor that still exists, however the ids or the other members have changed since.
/// <see cref="Id"/> orders decisions (later ones win).
/// </summary>
public sealed record ReviewDecision(long Id, ReviewAction Action, string Analyst, DateTimeOffset At, string Note, IReadOnlyList<ObservationRef> Anchors)
{
    /// <summary>Correct: the figures the analyst gives.</summary>
    public IReadOnlyDictionary<ClaimField, int>? Figures { get; init; }

    /// <summary>Correct: the place, as the gazetteer has it.</summary>
    public PlaceRef? Place { get; init; }

    /// <summary>Correct: the day of the attack.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Correct: the weapons.</summary>
    public IReadOnlyList<Weapon>? Weapons { get; init; }

    /// <summary>Reject: the claim (<see cref="ClaimIds.Of"/>).</summary>
    public string? ClaimId { get; init; }

    /// <summary>Merge: the other incident's members; split: the observations that leave the incident.</summary>
    public IReadOnlyList<ObservationRef> Others { get; init; } = [];

    /// <summary>Status: the new status.</summary>
    public ReviewStatus? Status { get; init; }

    /// <summary>The report key an analyst's corrected figures carry in the figures' history.</summary>
    public string ReportKey => "vigil:review/" + Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The review of one incident as fusion applied it: status, the decisions with their notes, rejected claims.</summary>
public sealed record IncidentReview(ReviewStatus Status, IReadOnlyList<ReviewEntry> Decisions, IReadOnlyList<ClaimRejection> Rejected);

/// <summary>A decision that shaped the incident, with its note.</summary>
public sealed record ReviewEntry(long Id, ReviewAction Action, string Analyst, DateTimeOffset At, string Note);

/// <summary>A claim an analyst rejected, with the reason.</summary>
public sealed record ClaimRejection(string ClaimId, string Reason, string Analyst, DateTimeOffset At, long DecisionId);

/// <summary>Stable claim ids: the report, its version and where the claim's evidence is in the text.</summary>
public static class ClaimIds
{
    public static string Of(IncidentClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var key = string.Join('\n',
            claim.ReportKey,
            claim.ReportVersion.ToString(CultureInfo.InvariantCulture),
            claim.Claim.Field.ToString(),
            claim.Claim.Evidence.Start.ToString(CultureInfo.InvariantCulture),
            claim.Claim.Evidence.End.ToString(CultureInfo.InvariantCulture),
            claim.Claim.Value?.ToString(CultureInfo.InvariantCulture) ?? claim.Claim.Category ?? string.Empty);
        return "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 8);
    }
}
