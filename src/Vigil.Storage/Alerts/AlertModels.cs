using System.Text.Json.Serialization;

namespace Vigil.Storage.Alerts;

/// <summary>
/// A watch rule: which new or changed incidents concern its owner (every condition given must
/// hold), and where to POST them. <see cref="Place"/> is a gazetteer name (matching the place or
/// the district), <see cref="Oblast"/> an ISO code (UA-63) or name; both as the incident filters
/// resolve them. <see cref="Secret"/> signs the webhook bodies and is never shown after creation.
/// </summary>
public sealed record WatchRule(
    long Id,
    string Name,
    string Owner,
    string? Place,
    string? Oblast,
    IReadOnlyList<string> Weapons,
    int? MinKilled,
    int? MinInjured,
    int? MinCasualties,
    bool SourceAlerts,
    string? WebhookUrl,
    string? Secret,
    DateTimeOffset Created);

/// <summary>What happened to an incident in one fusion write.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IncidentChangeKind>))]
public enum IncidentChangeKind
{
    /// <summary>An incident id not stored before.</summary>
    [JsonStringEnumMemberName("new")] New,

    /// <summary>Its date, place, weapons or a current figure differ from what was stored.</summary>
    [JsonStringEnumMemberName("changed")] Changed,

    /// <summary>No longer stored (merged into another incident, or its reports now say another date or place).</summary>
    [JsonStringEnumMemberName("removed")] Removed,
}

/// <summary>
/// One entry of the durable change feed (<c>incident_changes</c>, written by the fusion write's own
/// transaction), with the incident's alert-relevant columns as they were written; null for a removal.
/// </summary>
public sealed record IncidentChange(long Seq, string IncidentId, IncidentChangeKind Kind, IncidentSnapshot? Incident, DateTimeOffset At);

/// <summary>The columns a watch rule looks at, as one fusion write stored them.</summary>
public sealed record IncidentSnapshot(
    string Id,
    DateOnly? Date,
    string? Place,
    string? District,
    string? Admin1,
    string? Admin1Code,
    IReadOnlyList<string> Weapons,
    int? Killed,
    int? Injured,
    int? ChildrenKilled,
    int? ChildrenInjured,
    int? Missing);

/// <summary>Where a webhook delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Not yet answered with a 2xx, and attempts remain.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed, or the receiver refused it (a 4xx): no more attempts.</summary>
    Failed,
}

/// <summary>
/// One POST owed to one rule's webhook: <see cref="Id"/> is the delivery id the receiver
/// de-duplicates on (the same on every attempt), <see cref="Body"/> the exact JSON sent.
/// <see cref="Subject"/> is the incident-change sequence number or the source alert id.
/// </summary>
public sealed record AlertDelivery(
    string Id,
    long RuleId,
    string Event,
    long Subject,
    string Body,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset Created,
    DateTimeOffset? Finished);

/// <summary>One try of a delivery: the receiver's status code, or what went wrong.</summary>
public sealed record DeliveryAttempt(string DeliveryId, int Attempt, int? StatusCode, string? Error, DateTimeOffset At);

/// <summary>A source's reports on one day (the day of the ingest time as stamped: UTC for vigil's own ingests).</summary>
public sealed record SourceDay(string Source, DateOnly Day, int Reports, DateTimeOffset LastIngested);

/// <summary>
/// A raised source alert: <see cref="Kind"/> <c>silent</c> or <c>drop</c>; <see cref="Day"/> the
/// day it concerns (the last report's day for silence, the judged day for a drop), which with the
/// source and kind makes it unique, so it is raised and delivered once.
/// </summary>
public sealed record SourceAlertRecord(long Id, string Source, string Kind, DateOnly Day, string Detail, DateTimeOffset Raised);
