namespace Vigil.Core;

/// <summary>Metadata of the document an extraction ran over.</summary>
public sealed record DocumentInfo(string? Title, DateOnly? Published, string Language, string? Source, string? Url)
{
    public static DocumentInfo Plain(DateOnly? published) => new(null, published, "en", null, null);
}

/// <summary>One attack as one report describes it; figures are this report's, derived from <see cref="Claims"/>.</summary>
public sealed record ReportIncident(
    PlaceRef? Place,
    DateOnly? Date,
    DatePrecision DatePrecision,
    IReadOnlyList<Weapon> Weapons,
    Side? Attacker,
    int? Killed,
    int? Injured,
    int? ChildrenKilled,
    int? ChildrenInjured,
    int? Missing,
    int? Hit,
    IReadOnlyList<string> Damage,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>What the report says people there lack or need restored (power, water, shelter, …), with evidence.</summary>
    public IReadOnlyList<Need> Needs { get; init; } = [];
}

/// <summary>A need the report states for an incident's place ("left without power", "needs insulin"), and the sentence that says it.</summary>
public sealed record Need(NeedType Type, Evidence Evidence);

/// <summary>A tally of launched and intercepted munitions (nationwide, or the adversary's claim).</summary>
public sealed record AirDefenseTally(
    DateOnly? Date,
    Weapon Weapon,
    Side? Attacker,
    int? Launched,
    int? Intercepted,
    Claimant Claimant,
    Evidence Evidence,
    int? Suppressed = null,
    ClaimScope Scope = ClaimScope.Nationwide);

/// <summary>A quoted statement and its speaker.</summary>
public sealed record Statement(string? Speaker, string? Role, string? Channel, string Quote, Evidence Evidence)
{
    /// <summary>The speaker's name as the report writes it when <see cref="Speaker"/> is its romanisation (Олег Синєгубов); else null.</summary>
    public string? SpeakerOriginal { get; init; }
}

/// <summary>Something reported that is not an attack on civilians (exchanges, talks, evacuations).</summary>
public sealed record ReportEvent(EventType Type, DateOnly? Date, Evidence Evidence);

/// <summary>A cumulative figure (the war's total dead): never an incident's toll.</summary>
public sealed record Statistic(string Metric, long Value, Qualifier Qualifier, Claimant Claimant, Evidence Evidence);

/// <summary>Everything extracted from one report: the <c>vigil.extraction/1</c> document.</summary>
public sealed record ExtractionResult(
    DocumentInfo Document,
    IReadOnlyList<ReportIncident> Incidents,
    IReadOnlyList<AirDefenseTally> AirDefense,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<ReportEvent> Events,
    IReadOnlyList<Statistic> Statistics)
{
    public const string Schema = "vigil.extraction/1";
}
