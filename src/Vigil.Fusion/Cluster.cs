using Vigil.Core;
using Vigil.Fusion.Review;

namespace Vigil.Fusion;

/// <summary>Observations of one attack while clustering. What decides attachment is fixed when it is made.</summary>
internal sealed class Cluster
{
    private static readonly Comparer<Observation> Order = Comparer<Observation>.Create(Observation.CompareOrder);

    public Cluster(List<Observation> members, DateOnly? date, bool flexible)
    {
        Members = members;
        Date = date;
        Flexible = flexible;
        AnchorWeapons = members.SelectMany(static o => o.Weapons).ToHashSet();
        AnchorCount = members.Count;
        PlaceKey = members[0].PlaceKey;
        OblastCode = members[0].OblastCode;
    }

    public List<Observation> Members { get; }

    /// <summary>Earlier versions of member reports: history only, never current values or clustering.</summary>
    public List<Observation> Superseded { get; } = [];

    /// <summary>Analysts' decisions that apply to this cluster (docs/review.md).</summary>
    public List<ReviewDecision> Decisions { get; } = [];

    /// <summary>The members the id is derived from when review merged others in or split some out; null: <see cref="Members"/>.</summary>
    public List<Observation>? IdMembers { get; set; }

    public DateOnly? Date { get; }

    /// <summary>No firmly dated report anchors it: matches within a day either side.</summary>
    public bool Flexible { get; }

    public IReadOnlyCollection<Weapon> AnchorWeapons { get; }

    public int AnchorCount { get; }

    public string? PlaceKey { get; }

    public string? OblastCode { get; }

    public Observation First => Members.Min(Order)!;
}

/// <summary>A claim with the time it was made (publication, else ingestion).</summary>
internal sealed record TimedClaim(IncidentClaim Claim, DateTimeOffset Time, bool Superseded = false)
{
    /// <summary>An analyst rejected it: shown in the history, never counted.</summary>
    public bool Rejected { get; init; }

    /// <summary>History order: time, then report, then position in the text.</summary>
    public static IComparer<TimedClaim> HistoryOrder { get; } = Comparer<TimedClaim>.Create(static (a, b) =>
    {
        var c = a.Time.CompareTo(b.Time);
        if (c == 0) c = string.CompareOrdinal(a.Claim.ReportKey, b.Claim.ReportKey);
        if (c == 0) c = a.Claim.ReportVersion.CompareTo(b.Claim.ReportVersion);
        if (c == 0) c = a.Claim.Claim.Evidence.Start.CompareTo(b.Claim.Claim.Evidence.Start);
        if (c == 0) c = a.Claim.Claim.Evidence.End.CompareTo(b.Claim.Claim.Evidence.End);
        if (c == 0) c = a.Claim.Claim.Field.CompareTo(b.Claim.Claim.Field);
        if (c == 0) c = Nullable.Compare(a.Claim.Claim.Value, b.Claim.Claim.Value);
        if (c == 0) c = string.CompareOrdinal(a.Claim.Claim.Category, b.Claim.Claim.Category);
        if (c == 0) c = a.Claim.Claim.Claimant.Kind.CompareTo(b.Claim.Claim.Claimant.Kind);
        if (c == 0) c = string.CompareOrdinal(a.Claim.Claim.Claimant.Name, b.Claim.Claim.Claimant.Name);
        return c;
    });

    public Claim Source => Claim.Claim;

    public int Rank => ClaimantAuthority.Rank(Source.Claimant.Kind);

    /// <summary>The smallest true value the claim allows ("more than 3" → 4, "up to 5" → 0).</summary>
    public int Lower => Source.Qualifier switch
    {
        Qualifier.UpTo => 0,
        Qualifier.MoreThan => Source.Value!.Value + 1,
        _ => Source.Value!.Value,
    };

    /// <summary>The largest true value the claim allows ("at least 3" → unbounded).</summary>
    public int Upper => Source.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan ? int.MaxValue : Source.Value!.Value;
}
