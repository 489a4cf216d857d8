using Vigil.Core;
using Vigil.Fusion.Review;

namespace Vigil.Fusion;

/// <summary>
/// One attack fused across every report that describes it. Figures are never summed across
/// reports: each is the current best claim plus the range and history of all claims.
/// <see cref="Id"/> is stable and content-derived: the incident's date and place (docs/fusion.md).
/// <see cref="ReportCount"/> counts distinct reports (latest versions only) that describe it;
/// <see cref="Claims"/> holds every claim of them, ordered by time, report and position in the text.
/// </summary>
public sealed record Incident(
    string Id,
    PlaceRef? Place,
    DateOnly? Date,
    DatePrecision DatePrecision,
    IReadOnlyList<Weapon> Weapons,
    Side? Attacker,
    Figure Killed,
    Figure Injured,
    Figure ChildrenKilled,
    Figure ChildrenInjured,
    Figure Missing,
    Figure Hit,
    IReadOnlyList<string> Damage,
    int ReportCount,
    IReadOnlyList<IncidentClaim> Claims)
{
    /// <summary>The six counted figures, in contract order, with their field.</summary>
    public IEnumerable<KeyValuePair<ClaimField, Figure>> Figures =>
    [
        new(ClaimField.Killed, Killed),
        new(ClaimField.Injured, Injured),
        new(ClaimField.ChildrenKilled, ChildrenKilled),
        new(ClaimField.ChildrenInjured, ChildrenInjured),
        new(ClaimField.Missing, Missing),
        new(ClaimField.Hit, Hit),
    ];

    /// <summary>True when any figure is contested (a downward revision or a disagreement).</summary>
    public bool Contested => Figures.Any(static f => f.Value.Contested);

    /// <summary>The figure for <paramref name="field"/>; <see cref="Figure.None"/> for fields that are not incident figures.</summary>
    public Figure this[ClaimField field] => field switch
    {
        ClaimField.Killed => Killed,
        ClaimField.Injured => Injured,
        ClaimField.ChildrenKilled => ChildrenKilled,
        ClaimField.ChildrenInjured => ChildrenInjured,
        ClaimField.Missing => Missing,
        ClaimField.Hit => Hit,
        _ => Figure.None,
    };

    /// <summary>The reports' accounts the incident is made of (report key, position in its extraction): what review decisions anchor to.</summary>
    public IReadOnlyList<ObservationRef> Members { get; init; } = [];

    /// <summary>What analysts decided about the incident (docs/review.md); null when nothing.</summary>
    public IncidentReview? Review { get; init; }

    /// <summary>The review status: unreviewed unless an analyst set one.</summary>
    public ReviewStatus Status => Review?.Status ?? ReviewStatus.Unreviewed;

    /// <summary>The fields fusion turns into figures, in contract order.</summary>
    public static IReadOnlyList<ClaimField> FigureFields { get; } =
        [ClaimField.Killed, ClaimField.Injured, ClaimField.ChildrenKilled, ClaimField.ChildrenInjured, ClaimField.Missing, ClaimField.Hit];
}

/// <summary>
/// One figure of an incident: the current value (latest claim of the most authoritative claimant
/// kind), low and high over all claims, whether it is contested, and every claim as history.
/// </summary>
public sealed record Figure(
    int? Value,
    Qualifier? Qualifier,
    int? Low,
    int? High,
    bool Contested,
    IReadOnlyList<FigureRevision> History)
{
    /// <summary>A figure no report states.</summary>
    public static Figure None { get; } = new(null, null, null, null, false, []);

    /// <summary>Index in <see cref="History"/> of the claim the current value comes from.</summary>
    public int? CurrentRevision { get; init; }

    /// <summary>Why the current value was chosen ("the most authoritative claimant (local authority)"); null when there is none.</summary>
    public string? Why { get; init; }

    /// <summary>The claim the current value comes from: its claimant and evidence.</summary>
    public FigureRevision? Current => CurrentRevision is { } index && index >= 0 && index < History.Count ? History[index] : null;
}

/// <summary>One claim of a figure as its history keeps it: the value and who said it, when, where.</summary>
public sealed record FigureRevision(
    int Value,
    Qualifier Qualifier,
    string ReportKey,
    int ReportVersion,
    DateTimeOffset? Published,
    string? Source,
    Claimant Claimant,
    Evidence Evidence)
{
    /// <summary>From an earlier version of a report since edited: shown in the history, not counted.</summary>
    public bool Superseded { get; init; }

    /// <summary>Rejected by an analyst (docs/review.md): shown in the history, not counted. Written only when true.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Rejected { get; init; }
}

/// <summary>A claim with the report (latest version) it came from.</summary>
public sealed record IncidentClaim(
    string ReportKey,
    int ReportVersion,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    Claim Claim);
