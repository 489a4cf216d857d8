using Vigil.Storage;

namespace Vigil.Server;

/// <summary>Where an incident is, and how to draw it: <c>point</c>, <c>area</c> or <c>none</c> (docs/api.md).</summary>
public sealed record PlaceSummary(
    string Name,
    string? District,
    string? Kind,
    string? Admin1,
    string? Admin1Code,
    double? Lat,
    double? Lon,
    bool Resolved,
    string Precision)
{
    /// <summary>The place's name in Ukrainian where the gazetteer knows it (the dashboard's Ukrainian interface).</summary>
    public string? NameUk { get; init; }
}

/// <summary>One incident in a list: no claims, no history.</summary>
public sealed record IncidentListItem(
    string Id,
    DateOnly? Date,
    string? DatePrecision,
    PlaceSummary? Place,
    IReadOnlyList<string> Weapons,
    string? Attacker,
    int? Killed,
    int? Injured,
    int? ChildrenKilled,
    int? ChildrenInjured,
    int? Missing,
    int ReportCount,
    bool Contested);

/// <summary>A page of a list.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, string? NextCursor, long Total);

/// <summary>A list without paging.</summary>
public sealed record ItemsResponse<T>(IReadOnlyList<T> Items);

/// <summary>A report's current version as a list shows it; <see cref="Id"/> is URL-safe.</summary>
public sealed record ReportListItem(
    string Id,
    string Key,
    int Version,
    string? Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string Language,
    DateTimeOffset Ingested,
    int ClaimCount);

/// <summary>A report of an incident.</summary>
public sealed record IncidentReportRef(string Id, string Key, int Version, string? Title, DateTimeOffset? Published, string? Source, string? Url);

public sealed record ClaimantDto(string? Name, string? Role, string? Kind);

public sealed record EvidenceDto(int Start, int End, string Text);

/// <summary>One claim of a report, with the incident it was fused into (null when none: a tally, a dropped mention).</summary>
public sealed record ReportClaimDto(
    string Field,
    int? Value,
    string Qualifier,
    string Scope,
    ClaimantDto Claimant,
    EvidenceDto Evidence,
    string? IncidentId);

public sealed record ReportVersionDto(int Version, string ContentHash, DateTimeOffset? Published, DateTimeOffset Ingested, bool Current, int ClaimCount);

/// <summary>A report in full: the current version's text exactly as read, its claims (UTF-16 offsets into <see cref="Text"/>) and every version.</summary>
public sealed record ReportDetail(
    string Id,
    string Key,
    int Version,
    string? Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string Language,
    DateTimeOffset Ingested,
    int ClaimCount,
    string Text,
    IReadOnlyList<ReportClaimDto> Claims,
    IReadOnlyList<ReportVersionDto> Versions);

/// <summary>What <c>POST /api/v1/reports</c> did.</summary>
public sealed record ReportPosted(ReportListItem Report, string Outcome, IReadOnlyList<IncidentListItem> Incidents);

public sealed record DailyItem(DateOnly Date, int Incidents, long Killed, long Injured, long ChildrenKilled, long ChildrenInjured, long Launched, long Intercepted);

public sealed record OblastItem(string? Admin1Code, string? Admin1, int Incidents, long Killed, long Injured);

public sealed record AirDefenseItem(
    DateOnly? Date,
    string Weapon,
    string? Attacker,
    int? Launched,
    int? Intercepted,
    ClaimantDto Claimant,
    EvidenceDto Evidence,
    string ReportId);

public sealed record HealthResponse(string Status, long Reports, long Incidents);

internal static class ApiMapping
{
    public static ReportListItem ToItem(this ReportSummary r) =>
        new(ReportIds.Encode(r.Key), r.Key, r.Version, r.Title, r.Published, r.Source, r.Url, r.Language, r.Ingested, r.ClaimCount);

    public static IncidentReportRef ToRef(this ReportSummary r) =>
        new(ReportIds.Encode(r.Key), r.Key, r.Version, r.Title, r.Published, r.Source, r.Url);
}
