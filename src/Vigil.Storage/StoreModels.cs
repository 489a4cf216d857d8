using System.Text.Json.Serialization;

namespace Vigil.Storage;

/// <summary>What storing one report did.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StoreOutcome>))]
public enum StoreOutcome
{
    [JsonStringEnumMemberName("new")] New,
    [JsonStringEnumMemberName("updated")] Updated,
    [JsonStringEnumMemberName("unchanged")] Unchanged,
}

/// <summary>The outcome of storing a report, the version it now has at its key, and whether that version is the current one.</summary>
public readonly record struct StoreResult(StoreOutcome Outcome, int Version, bool IsCurrent);

/// <summary>
/// A fused incident as stored: the columns queries filter on, plus <see cref="Document"/>, the
/// whole fused incident as JSON (figures, history, claims with evidence) written by the caller.
/// </summary>
public sealed record StoredIncident(
    string Id,
    DateOnly? Date,
    string? Place,
    string? District,
    string? Admin1,
    string? Admin1Code,
    double? Lat,
    double? Lon,
    IReadOnlyList<string> Weapons,
    int? Killed,
    int? Injured,
    int? ChildrenKilled,
    int? ChildrenInjured,
    int ReportCount,
    bool Contested,
    string Document);

/// <summary>
/// Which incidents to list. <see cref="Place"/> matches the place or district name,
/// <see cref="Oblast"/> the oblast name with or without "Oblast", or its ISO code (UA-63);
/// all comparisons ignore case. Dates are inclusive.
/// </summary>
public sealed record IncidentFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Place = null,
    string? Oblast = null,
    string? Weapon = null)
{
    public static readonly IncidentFilter All = new();
}

/// <summary>One stored version of a report.</summary>
public sealed record StoredReportVersion(
    string Key,
    int Version,
    string ContentHash,
    string Text,
    string? Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string Language,
    string Format,
    string? Origin,
    DateTimeOffset Ingested,
    bool IsCurrent,
    int ClaimCount);

/// <summary>A report whose current text matches a full-text query, with a short snippet.</summary>
public sealed record ReportSearchHit(string Key, int Version, string? Title, string Snippet);

/// <summary>
/// Counts of what the store holds. <see cref="Claims"/> counts the current versions' claims;
/// <see cref="ClaimsTotal"/> includes those superseded by later versions.
/// </summary>
public sealed record StoreStats(
    long Reports,
    long ReportVersions,
    long Incidents,
    long Claims,
    long ClaimsTotal,
    long Failed,
    DateTimeOffset? LastIngested);
