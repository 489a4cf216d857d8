using Vigil.Core;
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
/// One report of a batch for <see cref="IVigilStore.StoreReports"/>, with what was extracted from
/// it and, when the caller computed it, its fusion footprint (stored beside the extraction so a
/// full rebuild need not parse the extraction again to index it; see <see cref="StoredFootprint"/>).
/// </summary>
public sealed record ReportToStore(Report Report, ExtractionResult Extraction, ReportIndexEntry? Footprint = null);

/// <summary>What became of one report of a batch: its result, or why the store refused it.</summary>
public readonly record struct StoreAttempt(StoreResult? Result, string? Error)
{
    public static StoreAttempt Failed(string error) => new(null, error);
}

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
    string Document)
{
    /// <summary><c>day</c>, <c>month</c> or <c>reported</c>.</summary>
    public string? DatePrecision { get; init; }

    /// <summary><c>oblast</c>, <c>raion</c>, <c>city</c>, <c>settlement</c>, <c>city_district</c>.</summary>
    public string? PlaceKind { get; init; }

    /// <summary>False for a place name as written that the gazetteer does not know.</summary>
    public bool PlaceResolved { get; init; } = true;

    /// <summary><c>RU</c>, <c>UA</c> or null.</summary>
    public string? Attacker { get; init; }

    public int? Missing { get; init; }

    /// <summary>The reports the incident is built from (written on refresh; not read back by <see cref="IVigilStore.Incident"/>).</summary>
    public IReadOnlyList<string> ReportKeys { get; init; } = [];

    /// <summary><c>unreviewed</c>, <c>verified</c> or <c>disputed</c> (docs/review.md; written on refresh, not read back).</summary>
    public string ReviewStatus { get; init; } = "unreviewed";

    /// <summary>Why it needs an analyst: <see cref="Review.ReviewFlags"/> bits (written on refresh, not read back).</summary>
    public int ReviewFlags { get; init; }
}

/// <summary>
/// Which incidents to list. <see cref="Place"/> matches the place or district name,
/// <see cref="Oblast"/> the oblast name with or without "Oblast", or its ISO code (UA-63);
/// all comparisons ignore case. Dates are inclusive. <see cref="Weapon"/> and
/// <see cref="Weapons"/> together: any of them. Minimums compare the current figures
/// (casualties = killed + injured, a missing figure counting as 0). <see cref="Text"/>: every
/// word in the current text of one of the incident's reports.
/// </summary>
public sealed record IncidentFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Place = null,
    string? Oblast = null,
    string? Weapon = null)
{
    public static readonly IncidentFilter All = new();

    public IReadOnlyList<string> Weapons { get; init; } = [];

    public int? MinKilled { get; init; }

    public int? MinInjured { get; init; }

    public int? MinCasualties { get; init; }

    public GeoBox? Bbox { get; init; }

    public string? Text { get; init; }

    /// <summary>Only incidents an analyst verified (anonymous readers of a <c>--publish verified</c> server).</summary>
    public bool VerifiedOnly { get; init; }

    /// <summary>The weapons asked for, lower case, without duplicates.</summary>
    public IReadOnlyList<string> AllWeapons() =>
        (Weapon is { Length: > 0 } one ? Weapons.Append(one) : Weapons)
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => w.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
}

/// <summary>A WGS 84 bounding box in degrees.</summary>
public readonly record struct GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat);

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
