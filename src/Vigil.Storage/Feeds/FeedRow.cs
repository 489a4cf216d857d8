namespace Vigil.Storage.Feeds;

/// <summary>A <c>feeds</c> row as both stores read it. For store implementations.</summary>
public sealed record FeedRow(
    long Id,
    FeedDefinition Definition,
    DateTimeOffset NextDue,
    string? LeasedBy,
    DateTimeOffset? LeaseUntil,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastPoll,
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int? LastStatus,
    int ConsecutiveFailures,
    long ReportsTotal)
{
    public FeedHealth ToHealth(int reportsLast24Hours, IReadOnlyList<FeedDayCount> perDay) => new(
        Definition.Name, Definition.Url, Definition.Kind, (int)Definition.Interval.TotalSeconds, Definition.Source, Definition.Language,
        LastPoll, LastSuccess, LastError, LastErrorAt, ConsecutiveFailures, LastStatus, NextDue, LeasedBy, LeaseUntil,
        ReportsTotal, reportsLast24Hours, perDay);
}
